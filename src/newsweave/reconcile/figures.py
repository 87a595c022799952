"""Group a story's figures so that a group holds claims about one quantity, and show who says what.

Two claims are about one quantity when they have the same kind, unit and change (a rise of 5% is not
a level of 5%), the same counted head (with synonyms: troops, soldiers, forces), condition (killed,
wounded ...), "of" object, nationality and period (the 14th century is not 2010-2015). A claim that
names no nationality joins the group of the one nationality in play; one that names no period is about
the report's own time, not about a past year another report names.

Within such a bucket, two values from one article given by one side are different quantities (this
year's and last year's, "two out of 10"), and so are values more than MAX_SPREAD apart. A new value
joins a group only for a specific count (an outcome or a nationality), from another side of one article
or from a sentence sharing its context; each claim joins the group whose values are nearest. A unit or
currency is never the thing counted; a money figure is an amount of the money noun of its clause ("a
lifeline ... worth up to $8 billion": the lifeline; see `money`); a kind of money a story has one of (a
valuation, a rescue) is specific across reports, never within one, while profits, prices and offers are
generic. Two shares of one value are two quantities when their clauses name different persons, their holders ("48
percent chose Clinton" is not "48 percent chose him [Rubio]"), and a part of a count ("six of the past seven
contests") is not the count (`figure_holders`). Status and sides come from `figure_status`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from newsweave.annotate.knowledge import country_named
from newsweave.model import Article, Claim
from newsweave.reconcile.figure_ages import age_head, age_period, is_age, merge_same_ages, revises
from newsweave.reconcile.figure_amounts import join_agreeing_amounts, merge_same_amounts, one_value
from newsweave.reconcile.figure_context import context_words, proper_names, share_context
from newsweave.reconcile.figure_holders import (
    SentencePersons,
    apart_by_holders,
    holders,
    name_keys,
    partitive,
    sentence_persons,
    two_holders_lines,
)
from newsweave.reconcile.figure_status import SourceView, by_side, figure_status, update_series
from newsweave.reconcile.figure_units import compared, converted_same, shown
from newsweave.reconcile.figure_wording import join_worded_alike
from newsweave.reconcile.group_join import bound_holds, rounds_to, small_count_apart
from newsweave.reconcile.money import SPECIFIC_TERMS, is_first, money_term, term_of
from newsweave.reconcile.periods import period_of
from newsweave.records import Figure, FigureUpdate

MAX_SPREAD = 10.0  # values an order of magnitude apart are not one quantity in dispute
MIN_SHARED_CONTEXT = 3  # content words two sentences share when they give two values of one quantity
SYNONYMS = {
    "troop": "troops", "soldier": "troops", "force": "troops", "personnel": "troops", "fighter": "troops",
    "serviceman": "troops", "servicemen": "troops", "servicemember": "troops", "service member": "troops",
    "man": "people", "men": "people", "person": "people", "people": "people", "civilian": "civilians",
    "fatality": "people", "casualty": "casualties", "victim": "victims",
    "document": "documents", "file": "documents", "record": "documents",  # a leak's "files", "records"
}  # fmt: skip
CONDITIONS = {
    "killed": "killed", "dead": "killed", "died": "killed", "death": "killed", "deaths": "killed",
    "executed": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
    "hospitalized": "hospitalized", "missing": "missing", "unaccounted": "missing", "captured": "captured",
    "detained": "detained", "arrested": "detained", "kidnapped": "kidnapped", "abducted": "kidnapped",
    "displaced": "displaced", "evacuated": "evacuated", "rescued": "rescued", "infected": "infected",
    "deported": "deported", "homeless": "homeless", "diagnosed": "diagnosed", "quarantined": "quarantined",
    "tested": "tested", "vaccinated": "vaccinated", "charged": "charged", "convicted": "convicted",
    "sentenced": "sentenced", "indicted": "indicted", "trapped": "trapped", "stranded": "stranded",
    "poisoned": "poisoned", "sickened": "sickened", "treated": "treated", "released": "released", "freed": "released",
}  # fmt: skip
# "heads of state", "heads of government": leaders, as "world leaders" are, not heads of a state
HEADS_OF_STATE = re.compile(r"\bheads? of (?:state|government)s?(?: and (?:of )?(?:state|government)s?)?\b")
TALLY_WORDS = {"toll", "number", "count", "tally", "total", "figure"}  # "the death toll": a count of people
# Words that name a unit or a currency: never the thing a figure counts ("GBP", "percent").
UNIT_WORDS = {
    "usd", "gbp", "eur", "jpy", "krw", "rub", "cny", "inr", "uah", "percent", "per cent", "pc", "%",
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "sterling", "yen", "yuan", "amount",
    "percentage", "percentage point", "percentage points", "point", "points",
}  # fmt: skip


@dataclass
class FigureGroup:
    """Claims about one quantity; `figure()` makes the story record."""

    id: str
    about: str
    claims: list[Claim] = field(default_factory=list)
    period: str | None = None
    compared: list[Claim] = field(default_factory=list)  # the claims in their kind's base unit (`figure_units`)

    @property
    def values(self) -> list[float]:
        return _values(shown(self.claims))

    def figure(self, view: SourceView) -> Figure:
        claims = shown(self.claims)  # in the group's display unit, converted once
        values = _values(claims)
        first = claims[0]
        status = figure_status(self.compared or self.claims, view)
        series = update_series(claims, view) if status == "updated" else []
        return Figure(
            id=self.id,
            about=self.about,
            claims=[c.id for c in self.claims],
            values=values,
            low=min(values),
            high=max(values),
            status=status,
            by_affiliation=by_side(claims, view),
            unit=first.unit,
            kind=first.kind,
            change=first.change,
            period=self.period,
            sources=sorted({view.source(c) for c in self.claims}),
            updates=[FigureUpdate(date=d, value=v, source=s, claim=c) for d, v, s, c in series],
        )


def _values(claims: list[Claim]) -> list[float]:
    return sorted({v for c in claims for v in (c.value, c.low, c.high) if v is not None})


def _singular(word: str) -> str:
    if word in SYNONYMS or word in CONDITIONS:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]  # "businesses", "branches"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def counted_of(claim: Claim) -> str | None:
    """What the claim counts, or None when the extractor gave only a unit or currency ("GBP")."""
    counted = (claim.counted or "").strip()
    if not counted or counted.lower() in UNIT_WORDS or (claim.unit and counted.lower() == claim.unit.lower()):
        return None
    return counted


def figure_key(claim: Claim, money: str | None = None) -> tuple[tuple, str | None]:
    """(what is counted, nationality): the part that must match, and the part that may be unknown. A money
    figure keyed by its money noun (`money`: "valuation", "rescue") is an amount of that."""
    if money is not None:
        return (claim.kind, claim.unit, claim.change, money, "", None), None
    counted = (counted_of(claim) or "").lower()
    counted = re.sub(r"[^\w\s\-']", " ", counted)
    counted = HEADS_OF_STATE.sub("leaders", counted)  # "12 current or former heads of state": world leaders
    main, _, of_part = counted.partition(" of ")
    words = main.split()
    condition = next((CONDITIONS[w] for w in words if w in CONDITIONS), None)
    if condition is not None:
        words = [w for w in words[: next(i for i, w in enumerate(words) if w in CONDITIONS)] if w not in TALLY_WORDS]
    head = _singular(words[-1]) if words else "people"
    head = SYNONYMS.get(head, head)
    if is_age(claim):
        head = age_head(head)
    of_head = _singular(of_part.split()[-1]) if of_part.split() else ""
    nationality = None
    tokens = counted.split()
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            nationality = nationality or country_named(" ".join(tokens[i : i + size]))
    return (claim.kind, claim.unit, claim.change, head, of_head, condition), nationality


def _offset(claim: Claim, text: str | None) -> int:
    """Where the claim's figure starts in its sentence, or -1 when it cannot be placed."""
    sentence = claim.sentence
    at = -1
    if text:
        at = text.rfind(sentence, max(0, claim.start - len(sentence)), claim.end + len(sentence))
    offset = claim.start - at if at >= 0 and at <= claim.start <= at + len(sentence) else -1
    if offset < 0:
        surface = text[claim.start : claim.end] if text else ""
        offset = sentence.find(surface) if surface else -1
    return offset


def claim_period(claim: Claim, text: str | None, published: str | None = None) -> str | None:
    """The period the claim's sentence gives nearest the figure ("between 2010 and 2015"); None for the
    report's own time (no period named, or the year it was published), which is a period of its own."""
    offset = _offset(claim, text)
    if offset < 0:
        return None
    period = period_of(claim.sentence, offset, offset + max(1, claim.end - claim.start))
    return None if published and period == published[:4] else period


def _period(claim: Claim, text: str | None, published: str | None, money: tuple[str, str] | None = None) -> str | None:
    """The claim's period; an age's, and the first amount of a kind's ("previously rejected Broadcom's original
    offer": earlier by its very name), only when the sentence names a year."""
    period = claim_period(claim, text, published)
    return age_period(period) if is_age(claim) or (money is not None and is_first(money[0])) else period


def claim_money(claim: Claim, text: str | None) -> tuple[str, str] | None:
    """(term, key) of what a money figure is an amount of, read from its clause (see `money`)."""
    if claim.kind != "money":
        return None
    offset = _offset(claim, text)
    if offset < 0:
        return term_of(claim.counted)
    return money_term(claim.sentence, offset, offset + max(1, claim.end - claim.start), claim.counted)


def _fill_unknown(keyed: list[tuple[Claim, tuple, str | None]]) -> list[tuple[Claim, tuple, str | None]]:
    """A claim with no value for an optional attribute takes the one value its bucket has, if one."""
    seen: dict[tuple, set[str]] = defaultdict(set)
    for _, key, extra in keyed:
        if extra:
            seen[key].add(extra)
    return [(c, k, x or (next(iter(seen[k])) if len(seen[k]) == 1 else None)) for c, k, x in keyed]


def _ratio(a: float, b: float) -> float:
    low, high = sorted((abs(a), abs(b)))
    return math.inf if low == 0 and high > 0 else (1.0 if high == 0 else high / low)


@dataclass(frozen=True)
class _Rules:
    """What joining a group needs to know: each claim's side, and the money term of each money claim."""

    side: Callable[[Claim], str]
    money: dict[str, tuple[str, str]]
    holders: dict[str, frozenset[str]]  # the actors a share's clause names (`figure_holders`)
    keys: dict[str, tuple[tuple, str | None]]  # each claim's `figure_key`, read once
    persons: dict[str, SentencePersons]  # the persons a count's sentence names, and its speaker (`figure_holders`)

    def apart(self, claims: list[Claim], others: list[Claim]) -> bool:
        """Shares held by different persons ("48 percent chose Clinton", "48 percent chose him [Rubio]"): the persons
        the clauses of one side name, none named by the other's (a group's claims name its holders together)."""
        if not all(c.kind == "percent" for c in [*claims, *others]):
            return False
        held = [frozenset().union(*(self.holders[c.id] for c in side)) for side in (claims, others)]
        return apart_by_holders(*held)

    def specific(self, claim: Claim) -> bool:
        """Counted with an outcome or a nationality ("people killed", "North Korean troops"), or an amount
        of a kind of money a story has one of ("a $9.5 billion lifeline", not a profit or a price): specific
        enough for two sides to be giving two values of it."""
        if claim.id in self.money:
            term, key = self.money[claim.id]
            return key in SPECIFIC_TERMS or is_first(term)  # the valuation; the initial offer
        if is_age(claim):
            return counted_of(claim) is not None  # the age of one person or animal named by the report
        key, nationality = self.keys[claim.id]
        return key[-1] is not None or nationality is not None

    def related(self, claim: Claim, other: Claim) -> bool:
        """Two sentences of two articles about one thing: three content words in common, or, for amounts of
        one kind of money, one actor named in both ("SoftBank")."""
        if len(context_words(claim) & context_words(other)) >= MIN_SHARED_CONTEXT:
            return True
        if claim.id in self.money and other.id in self.money and is_first(self.money[claim.id][0]):
            return is_first(self.money[other.id][0])  # a story has one initial offer, however each report puts it
        return claim.id in self.money and bool(proper_names(claim) & proper_names(other))

    def others_alike(self, member: Claim, claim: Claim) -> bool:
        """One value of a generic count or share on two lines of one report about two persons (`figure_holders`)."""
        if claim.kind not in ("count", "percent") or self.specific(claim) or self.specific(member):
            return False
        return two_holders_lines(member, claim, self.persons)

    def fits(self, claim: Claim, group: list[Claim]) -> bool:
        """The claim may join the group: within MAX_SPREAD of it, and a value the group holds, or a new value
        of a specific count that a specific claim of the group gives otherwise: from another side of one
        article, or from a related sentence in another article."""
        restates = tied = apart = False
        if self.apart(group, [claim]):
            return False
        for member in group:
            if _ratio(member.value, claim.value) > MAX_SPREAD:
                return False
            if member.article == claim.article:
                if self.others_alike(member, claim):
                    return False  # "Larry Ogunjobi 63 85% 1 tackle", "DL Myles Garrett 57 77% 1 tackle": two players'
                if math.isclose(member.value, claim.value) or converted_same(member, claim):
                    restates = tied = (
                        True  # within one article only the very value restates ("£180,126" is not "£178,906")
                    )
                elif self.side(member) == self.side(claim) or not (self.specific(claim) and self.specific(member)):
                    return False
                elif is_age(claim) and not revises(member, claim):
                    return False  # two ages in one report are two people ("a 45-year-old man", "A 24-year-old man")
                elif claim.kind == "money":
                    return False  # two amounts of one report are two quantities ("a loss of $387m, against $111m")
            elif small_count_apart(
                member, claim, share_context(claim, member), self.specific(member) or self.specific(claim)
            ):
                apart = True  # "two offshore companies" in Congo, "two companies in Beijing"
            else:
                tied = True
                if one_value(member, claim) or bound_holds(member, claim):
                    restates = True  # the value, or a bound it lies within ("more than 200" with "226")
                elif (rounds_to(member, claim) or rounds_to(claim, member)) and self.related(claim, member):
                    restates = True  # told round in a sentence about one thing ("about 20 games" is no PSP's 21)
        if apart and not tied:
            return False  # tied to the group by no member: its own report's, or one told alike or nearby
        if restates:
            return True
        if not self.specific(claim):
            return False  # "sales rose 0.5%", "sales rose 1.2%": generic counts of many things
        return any(self.specific(m) and (m.article == claim.article or self.related(claim, m)) for m in group)

    def split(self, bucket: list[Claim], order: Callable[[Claim], tuple]) -> list[list[Claim]]:
        """Claims of one bucket into groups of one quantity each; a claim joins the nearest group it fits."""
        groups: list[list[Claim]] = []
        for claim in sorted(bucket, key=order):
            fitting = [g for g in groups if self.fits(claim, g)]
            if not fitting:
                groups.append([claim])
                continue
            best = min(fitting, key=lambda g: min(abs(math.log(_ratio(m.value, claim.value) or 1.0)) for m in g))
            best.append(claim)
        return groups


def group_figures(
    claims: list[Claim],
    story_id: str = "s1",
    articles: list[Article] | None = None,
    entity_names: dict[str, str] | None = None,
    people: set[str] | None = None,
) -> list[FigureGroup]:
    """Group claims about one quantity each; the largest groups first. `people`: the names of the story's persons
    (of `entity_names`), the holders of shares."""
    view = source_view(articles, entity_names)
    texts = {a.id: a.text for a in articles or []}
    money = {c.id: term for c in claims if (term := claim_money(c, texts.get(c.article))) is not None}
    originals = {c.id: c for c in claims}
    restating = {(c.article, start, end) for c in claims for start, end in c.restated}
    usable = [  # an amount restated in another currency ("$5,920 (£4,250)") is no quantity of its own
        compared(c)
        for c in claims
        if (counted_of(c) or c.kind != "count") and (c.article, c.start, c.end) not in restating
    ]
    keyed = _fill_unknown([(c, *figure_key(c, money[c.id][1] if c.id in money else None)) for c in usable])
    keyed = [
        (c, (key, nat), _period(c, texts.get(c.article), view.date(c.article), money.get(c.id)))
        for c, key, nat in keyed
    ]
    buckets: dict[tuple, list[Claim]] = defaultdict(list)
    periods: dict[str, str | None] = {}
    for claim, key, period in keyed:
        if claim.kind != "count" and not counted_of(claim) and claim.id not in money:
            key = (*key, claim.id)  # an amount with nothing to compare it to stands alone
        part = partitive(claim, (texts.get(claim.article) or "")[claim.start : claim.end + 40])
        buckets[(key, period, part)].append(claim)
        periods[claim.id] = period

    def order(claim: Claim) -> tuple:
        return (view.date(claim.article) or "", claim.article, claim.start)

    names = name_keys(people or set())
    # only shares have holders that keep them apart (`_Rules.apart`)
    held = {c.id: holders(c, _offset(c, texts.get(c.article)), names) for c in usable if c.kind == "percent"}
    persons = {c.id: sentence_persons(c, names) for c in usable if c.kind == "count"}
    rules = _Rules(view.side, money, held, {c.id: figure_key(c) for c in usable}, persons)
    split = [g for bucket in buckets.values() for g in rules.split(bucket, order)]
    merged = merge_same_amounts(split, periods, rules.apart, {c.id: c.unit for c in claims})
    merged = join_agreeing_amounts(merged, periods, rules.apart, MIN_SHARED_CONTEXT)
    merged = join_worded_alike(merged, periods, lambda c: rules.keys[c.id][0][-1], MIN_SHARED_CONTEXT)
    merged = merge_same_ages(merged, periods)
    groups = []
    for members in sorted(merged, key=lambda b: (-len(b), b[0].start, b[0].article)):
        groups.append(
            FigureGroup(
                id=f"{story_id}:f{len(groups)}",
                about=_about(members, money),
                claims=[originals[c.id] for c in members],
                period=next((periods[c.id] for c in members if periods.get(c.id)), None),
                compared=members,
            )
        )
    return groups


def source_view(articles: list[Article] | None, entity_names: dict[str, str] | None = None) -> SourceView:
    return SourceView(articles={a.id: a for a in articles or []}, entity_names=dict(entity_names or {}))


def _about(claims: list[Claim], money: dict[str, tuple[str, str]] | None = None) -> str:
    terms = Counter(money[c.id][0] for c in claims if money and c.id in money)
    if terms:
        return max(terms, key=lambda t: (terms[t], t))  # "lifeline", "valuation": what the amount is of
    names = Counter(counted_of(c) for c in claims if counted_of(c))
    if not names:
        first = claims[0]
        if first.kind == "money" and first.unit:
            return f"amount in {first.unit}"
        return "percentage" if first.kind == "percent" else "amount"
    return max(names, key=lambda n: (names[n], n[:1].islower(), len(n)))  # a common noun over a name
