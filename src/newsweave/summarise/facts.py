"""Summary sentences built only from extracted, cited facts: a disputed figure with who says what, an
updated figure with its latest value and date, and the main contradiction (the main speakers: summarise/speakers.py).

Each sentence cites the articles and the exact sentences its facts come from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.model import Article, Claim
from newsweave.reconcile.figure_status import UNATTRIBUTED, from_to
from newsweave.reconcile.money import MONEY_TERMS
from newsweave.records import Contradiction, Figure, SentenceRef, SummarySentence
from newsweave.unit_words import AGE, unit_words

QUALIFIER_WORDS = {"approximately": "about ", "over": "over ", "under": "under ", "up_to": "up to ",
                   "at_least": "at least "}  # fmt: skip
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
MAX_DENIALS = 2
CLAUSE_WORDS = 20  # a quoted side longer than this is cut to the clause about the contradiction


def amount(value: float, unit: str | None = None, kind: str = "count") -> str:
    """A value as a reader writes it: 25000000 -> "25 million", 9.5e9 USD -> "$9.5 billion", 3.8% -> "3.8%"."""
    number = None
    for scale, word in SCALES:
        if abs(value) >= scale and round(value / scale, 2) * scale == round(value, 2):
            number = f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    if number is None:
        number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "percent" or kind == "percent":
        return f"{number}%"
    if unit in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[unit] + number
    return f"{number} {unit_words(value, unit)}" if unit else number


def claim_amount(claim: Claim) -> str:
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        return f"{amount(claim.low, claim.unit, claim.kind)} to {amount(claim.high, claim.unit, claim.kind)}"
    return QUALIFIER_WORDS.get(claim.qualifier, "") + amount(claim.value, claim.unit, claim.kind)


# A percentage followed by a comparative compares two things ("appear about 14 percent bigger, and 30 percent
# brighter"): it is no share of anything.
COMPARATIVE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent)\s+(more|less|fewer|"
    r"(?!(?:under|over|other|after|never|ever|either|neither|whether|per|together|whatever|water|power|paper|"
    r"number|member|quarter|order)\b)[a-z]{2,}er)\b",
    re.IGNORECASE,
)


def comparative(members: list[Claim]) -> str | None:
    """The comparative most of a percentage figure's sentences put right after its own value ("bigger"), if any."""
    words = [
        m.group(2).lower()
        for c in members
        if c.kind == "percent"
        for m in COMPARATIVE.finditer(c.sentence)
        if float(m.group(1).replace(",", "")) == c.value
    ]
    return max(dict.fromkeys(words), key=words.count) if words else None


def figure_name(figure: Figure, members: list[Claim] | None = None) -> str:
    """ "the number of North Korean troops", "the lifeline", "the share of young people"; a percentage that
    compares, from its own sentences: "how much bigger perigee full moons are"."""
    about = figure.about
    compares = comparative(members or []) if figure.kind == "percent" else None
    if compares and figure.unit != AGE:
        verb = "are" if about.endswith("s") and not about.endswith("ss") else "is"
        return f"how much {compares} {about} {verb}" + (f" ({figure.period})" if figure.period else "")
    if figure.unit == AGE:
        return f"the age of {about}" if about[:1].isupper() else f"the {about}'s age"  # "the boy's age"
    if about.startswith("amount") or about == "percentage" or (figure.kind == "money" and about in MONEY_TERMS):
        name = f"the {about}"
    else:
        name = {
            "money": f"the amount of {about}",
            "percent": f"the share of {about}",
            "quantity": f"the figure for {about}",
        }.get(figure.kind, f"the number of {about}")
    return name + (f" ({figure.period})" if figure.period else "")


def _side_label(side: str) -> str:
    return "no source named" if side == UNATTRIBUTED else side


def _members(figure: Figure, claims: dict[str, Claim]) -> list[Claim]:
    return [claims[c] for c in figure.claims if c in claims]


def _refs(members: list[Claim]) -> list[SentenceRef]:
    return [SentenceRef(c.article, c.start, c.end) for c in members]


def _who_gives_which(figure: Figure, members: list[Claim], side_of: dict[str, str]) -> str:
    """Each value once, with every side that gives it, lowest first: "about 8,000 (United States); over 10,000
    (South Korea)"; "3 (www.npr.org; police); 4 (The zoo; www.rt.com)" for an age. A value no one named gives
    is left out when named sides give others."""
    by_value: dict[float, list[Claim]] = {}
    for claim in sorted(members, key=lambda c: c.value):
        by_value.setdefault(claim.value, []).append(claim)
    parts: dict[str, list[str]] = {}
    for told in by_value.values():
        qualifiers = [c.qualifier for c in told]
        typical = max(told, key=lambda c: qualifiers.count(c.qualifier))  # "at least 7" as most say it
        said = claim_amount(replace(typical, unit=None) if figure.unit == AGE else typical)  # "3", not "3 year of age"
        sides = parts.setdefault(said, [])
        sides += [s for s in dict.fromkeys(side_of.get(c.id, UNATTRIBUTED) for c in told) if s not in sides]
    named = {said: [s for s in sides if s != UNATTRIBUTED] for said, sides in parts.items()}
    if sum(bool(sides) for sides in named.values()) > 1:
        parts = {said: sides for said, sides in named.items() if sides}
    return "; ".join(f"{said} ({'; '.join(_side_label(s) for s in sides)})" for said, sides in parts.items())


def _figure_sentence(text: str, figure: Figure, members: list[Claim], kind: str) -> SummarySentence:
    """A sentence about one figure group, citing the articles and sentences of its claims."""
    return SummarySentence(
        text=text, articles=sorted({c.article for c in members}), sentences=_refs(members), figure=figure.id, kind=kind
    )


def dispute_sentence(figure: Figure, claims: dict[str, Claim], side_of: dict[str, str]) -> SummarySentence:
    """ "Reports differ on the number of X: about 8,000 (United States); over 10,000 (South Korea)." """
    members = _members(figure, claims)
    text = f"Reports differ on {figure_name(figure, members)}: {_who_gives_which(figure, members, side_of)}."
    return _figure_sentence(text, figure, members, "dispute")


def agreed_sentence(figure: Figure, claims: dict[str, Claim]) -> SummarySentence:
    """ "Reports agree on the amount of campaign: $449,000 (The Hill; USA TODAY; ...)." """
    members = _members(figure, claims)
    values = sorted({c.value for c in members})
    if len({c.unit for c in members}) > 1:  # one weight in two units: "400 pounds or 181 kilograms"
        said = " or ".join(dict.fromkeys(claim_amount(c) for c in sorted(members, key=lambda c: c.unit != figure.unit)))
    else:
        low, high = (amount(v, figure.unit, figure.kind) for v in (values[0], values[-1]))
        said = low if len(values) == 1 else f"{low} to {high}"
    sides = [_side_label(s) for s in figure.by_affiliation if s != UNATTRIBUTED] or ["several reports"]
    return _figure_sentence(
        f"Reports agree on {figure_name(figure, members)}: {said} ({'; '.join(sides)}).", figure, members, "agreed"
    )


def spread_sentence(figure: Figure, claims: dict[str, Claim], side_of: dict[str, str]) -> SummarySentence:
    """A figure the reports agree on within its spread but give with different values, who gives which:
    "Reports give the number of people killed as at least 5 (www.independent.co.uk); at least 7 (www.bbc.com;
    ...)." (Croydon: "At least five people are dead" in the Independent, "seven" in the others.)"""
    members = _members(figure, claims)
    text = f"Reports give {figure_name(figure, members)} as {_who_gives_which(figure, members, side_of)}."
    return _figure_sentence(text, figure, members, "agreed")


def update_sentence(figure: Figure, claims: dict[str, Claim]) -> SummarySentence | None:
    """ "The number of X was updated over time: 50 on 2019-11-17 (BBC), ...; the latest, 59 on 2019-11-19 (AP)."
    One value given on one day is one point with everyone who gives it ("at least 7 on 2016-11-09 (United
    Kingdom; www.dailymail.co.uk; www.bbc.com)", not three points, croydon). One report's from-to pair alone:
    "The valuation fell from $47 billion to $8 billion by 2019-11-18 (TRD)." """
    if not figure.updates:
        return None
    members = {c.id: c for c in _members(figure, claims)}
    name = figure_name(figure, list(members.values()))
    name = f"{name[0].upper()}{name[1:]}"
    pairs = [c for c in members.values() if from_to(c) and c.low is not None]
    if len(members) == 1 and pairs:
        claim, point = pairs[0], figure.updates[-1]
        verb = "fell" if claim.value < (claim.low or 0.0) else "rose"
        low, high = (amount(v, claim.unit, claim.kind) for v in (claim.low or 0.0, claim.value))
        text = f"{name} {verb} from {low} to {high} by {point.date} ({_side_label(point.source)})."
    else:
        told: dict[tuple[float, str], tuple[str, list[str]]] = {}  # one value on one day, with all who give it
        for point in figure.updates:
            claim = members.get(point.claim)
            plain = claim is not None and not from_to(claim)
            said = claim_amount(claim) if plain else amount(point.value, figure.unit, figure.kind)
            first, sources = told.pop((point.value, point.date), (said, []))
            told[(point.value, point.date)] = (first, sources + [_side_label(point.source)])  # placed at its last
        points = [f"{said} on {day} ({'; '.join(dict.fromkeys(by))})" for (_, day), (said, by) in told.items()]
        earlier = "".join(f"{p}; " for p in points[:-1])
        text = f"{name} was updated over time: {earlier}the latest is {points[-1]}."
    return _figure_sentence(text, figure, list(members.values()), "update")


def clause(sentence: str, about: list[str]) -> str:
    """The clause of a long sentence that holds what a contradiction is about, marked as cut."""
    text = sentence.strip().rstrip(".")
    if len(text.split()) <= CLAUSE_WORDS or not about:
        return text
    parts = [p.strip() for p in re.split(r",\s|;\s|\s[—–-]\s|:\s", text) if p.strip()]
    hits = [p for p in parts if any(re.search(rf"\b{re.escape(w)}", p, re.IGNORECASE) for w in about)]
    if not hits:
        return text
    best = max(hits, key=lambda p: sum(bool(re.search(rf"\b{re.escape(w)}", p, re.IGNORECASE)) for w in about))
    return ("…" if not text.startswith(best) else "") + best + ("…" if not text.endswith(best) else "")


NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in NUMBER.findall(text)]


def _a_remainder(sides: list) -> bool:
    """One side counts the "other" ones besides a number its own sentence gives, and the two add up to another
    side's value: both hold (panama_papers: "12 current or former world leaders, as well as 128 other politicians"
    against "140 politicians")."""
    for side in sides:
        if not re.search(r"\bother\b", side.value or "", re.IGNORECASE) or not _numbers(side.value or ""):
            continue
        own = _numbers(side.value or "")[0]
        besides = [n for n in _numbers(side.sentence) if n != own]
        totals = {n for other in sides if other is not side for n in _numbers(other.value or "")[:1]}
        if any(own + n in totals for n in besides):
            return True
    return False


def figure_conflict_sentence(conflict: Contradiction) -> SummarySentence | None:
    """A figure the reports give differently that no disputed figure group states, with who says what:
    "Reports differ on the share of Europe's population: nearly one-third (Smithsonian.com); up to 60
    percent (Express.co.uk)." A minor discrepancy says so: "Reports give close but different figures for
    employees: ..." """
    sides = [s for s in conflict.sides if s.value]
    if conflict.kind not in ("figure", "discrepancy") or conflict.figure or len(sides) < 2:
        return None
    if _a_remainder(sides):
        return None
    parts = [f"{s.value.strip()} ({_side_label(s.source or UNATTRIBUTED)})" for s in sides]
    lead = (
        f"Reports give close but different figures for {conflict.about}"
        if conflict.kind == "discrepancy"
        else f"Reports differ on the {conflict.about}"
    )
    note = " (both may hold)" if conflict.severity == "minor" and conflict.kind == "figure" else ""
    return SummarySentence(
        text=f"{lead}: {'; '.join(parts)}{note}.",
        articles=sorted({s.article for s in sides}),
        sentences=[SentenceRef(s.article, s.start, s.end) for s in sides],
        kind=conflict.kind,
    )


def contradiction_sentence(
    main: Contradiction, others: list[Contradiction], articles: dict[str, Article]
) -> SummarySentence | None:
    """The main contradiction in the reports' own words, each side credited to its outlet: its denial, the
    denials of other contradictions that deny the same affirmed statement, and the best affirmation. One
    actor in two places or one event on two dates: each report's sentence, credited."""
    if len(main.sides) < 2:
        return None
    if main.kind in ("place", "age", "date"):
        return _attribute_sentence(main, articles)
    affirming = main.sides[1]
    affirmed = {(s.article, s.start) for s in main.sides[1:]}
    denials = [main.sides[0]]
    for other in others:
        if other is not main and affirmed & {(s.article, s.start) for s in other.sides[1:]}:
            if all(other.sides[0].article != d.article for d in denials) and len(denials) < MAX_DENIALS:
                denials.append(other.sides[0])
    about = [w for w in (main.about or "").split(", ") if w]

    def outlet(article_id: str) -> str:
        article = articles.get(article_id)
        return article.site if article and article.site else ""

    def said(side, fallback: str) -> str:
        return f"{outlet(side.article) or fallback} writes “{clause(side.sentence, about)}”"

    first = [said(d, "one report" if i == 0 else "another") for i, d in enumerate(denials)]
    text = f"Reports contradict each other: {' and '.join(first)}, while {said(affirming, 'another')}"
    if main.may_be_time:
        text += " (the difference may be one of time)"
    sides = [*denials, affirming]
    return SummarySentence(
        text=text + ".",
        articles=sorted({s.article for s in sides}),
        sentences=[SentenceRef(s.article, s.start, s.end) for s in sides],
        kind="contradiction",
    )


def _attribute_sentence(main: Contradiction, articles: dict[str, Article]) -> SummarySentence:
    """ "Reports differ on when Adam Neumann left: VentureBeat (2019-09-16/2019-09-29) writes “Neumann had
    resigned as CEO the previous week”, while The Real Deal New York (2019-10-01/2019-10-31) writes “...”."
    A report with several sides is quoted once, on its first side's clause, with every value it gives: "New York
    Post (Xilingol; Huade) writes “…was hospitalized in the county of Huade…”"."""
    about = [w for w in re.findall(r"\w+", main.about) if len(w) > 3]
    reports: dict[str, list] = {}
    for side in main.sides:
        reports.setdefault(side.article, []).append(side)

    def said(sides: list) -> str:
        article = articles.get(sides[0].article)
        outlet = article.site if article and article.site else "one report"
        values = "; ".join(dict.fromkeys(s.value for s in sides if s.value))
        read = f" ({values})" if values else ""
        words = about + [w for w in re.findall(r"\w+", sides[0].value or "") if len(w) > 3]
        return f"{outlet}{read} writes “{clause(sides[0].sentence, words)}”"

    first, *rest = reports.values()
    others = " and ".join(said(sides) for sides in rest)
    note = " (a day apart: possibly the day of the event and of its report)" if main.may_be_time else ""
    return SummarySentence(
        text=f"Reports differ on {main.about}: {said(first)}, while {others}{note}.",
        articles=sorted({s.article for s in main.sides}),
        sentences=[SentenceRef(s.article, s.start, s.end) for s in main.sides],
        kind="contradiction",
    )
