"""Figures: numbers that count or measure something, with qualifier, what is counted and who says so.

Not figures: dates, years and clock times, ages, ordinals, designations and names ("810 Separate Naval
Infantry Brigade", "Flight 370", "G7"), numbers in titles of works, and anaphoric small numbers ("the two
nations"). Distances and durations are kept apart as measures. A figure restated by reference ("the
recent estimate of around 8,000 troops") is folded into the claim it restates.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.attribution import Resolver
from newsweave.annotate.numbers import (
    CURRENCY_SYMBOLS,
    DISTANCE_OR_TIME,
    SCALES,
    UNITS_WORDS,
    parse_surface,
)
from newsweave.annotate.passages import source_of
from newsweave.annotate.quotes import quote_speaker_at
from newsweave.model import Claim

QUALIFIERS = [  # longest first; matched against the words just before the number
    ("as many as", "up_to"), ("as high as", "up_to"), ("as much as", "up_to"), ("up to", "up_to"),
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("at least", "at_least"),
    ("a minimum of", "at_least"), ("more than", "over"), ("in excess of", "over"), ("upwards of", "over"),
    ("over", "over"), ("above", "over"), ("exceeding", "over"), ("fewer than", "under"),
    ("less than", "under"), ("nearly", "under"), ("almost", "under"), ("under", "under"), ("below", "under"),
    ("close to", "under"), ("short of", "under"), ("shy of", "under"), ("an estimated", "approximately"),
    ("approximately", "approximately"),
    ("about", "approximately"), ("around", "approximately"), ("roughly", "approximately"),
    ("some", "approximately"), ("estimated", "approximately"), ("an approximate", "approximately"),
    ("approx.", "approximately"), ("circa", "approximately"), ("nearly", "under"),
]  # fmt: skip
NO_FIGURE_ENTS = {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"}
ANAPHORIC_SUBJECTS = {
    "it",
    "that",
    "this",
    "number",
    "figure",
    "estimate",
    "total",
    "tally",
    "count",
    "which",
}
REFERRING_NOUNS = {"estimate", "figure", "number", "count", "tally", "total", "assessment", "report", "claim"}
_DIGITS = re.compile(r"^[$£€¥₩₽₹]?\d[\d,.]*(bn|mn|tn|m|k|b)?%?$", re.I)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_AGE = re.compile(r"^-?(year|years|yr)s?-?old$", re.I)
_SCALE_WORDS = set(SCALES) - {"m", "b", "k"}
# "rose 2% to $11.1bn", "jumped from 8,000 to 11,000": a change, not a range
CHANGE_VERBS = {
    "rise", "fall", "increase", "decrease", "grow", "jump", "climb", "drop", "decline", "surge", "soar",
    "slump", "plunge", "rally", "slip", "tumble", "cut", "raise", "reduce", "lower", "boost", "swell",
}  # fmt: skip


def _is_number(token: Token) -> bool:
    return bool(_DIGITS.match(token.text)) or token.lower_ in UNITS_WORDS or token.lower_ == "dozen"


def _number_groups(doc: Doc) -> list[Span]:
    """Maximal runs of number tokens with their scale words, currency and percent signs."""
    groups, i = [], 0
    while i < len(doc):
        if not _is_number(doc[i]):
            i += 1
            continue
        start, end = i, i + 1
        while end < len(doc):
            nxt = doc[end]
            if _is_number(nxt) or nxt.lower_ in _SCALE_WORDS or nxt.text == "%" or nxt.lower_ == "percent":
                end += 1
            elif nxt.lower_ in ("m", "bn", "k", "b") and doc[end - 1].whitespace_ == "":
                end += 1  # "£600m" is tokenised "£", "600", "m"
            elif end + 1 < len(doc) and (
                (nxt.lower_ == "per" and doc[end + 1].lower_ == "cent")  # "10 per cent"
                or (nxt.text == "-" and doc[end + 1].lower_ in UNITS_WORDS)  # "twenty - five"
                or (nxt.text == "-" and doc[end + 1].lower_ in _SCALE_WORDS)  # "$400-million"
            ):
                end += 2
            else:
                break
        if start > 0 and (doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].text == "US$"):
            start -= 1
        if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in ("dozen", "hundred"):
            start -= 1
        groups.append(doc[start:end])
        i = end
    return groups


def _not_a_figure(group: Span) -> bool:
    """Dates, times, ages, ordinals, designations, names and anaphoric small numbers."""
    doc = group.doc
    numbers = [t for t in group if _is_number(t)]
    if not numbers:
        return True
    first, last = group[0], group[-1]
    if any(t.ent_type_ in NO_FIGURE_ENTS for t in numbers):
        return True
    if len(group) == 1 and _YEAR.match(first.text):
        return True
    if re.search(r"\d(st|nd|rd|th)$", first.text) or ":" in first.text:
        return True
    after = doc[group.end] if group.end < len(doc) else None
    before = doc[group.start - 1] if group.start > 0 else None
    if after is not None and (
        _AGE.match(after.text)
        or (after.text == "-" and group.end + 1 < len(doc) and _AGE.match(doc[group.end + 1].text))
    ):
        return True
    if before is not None and before.lower_ in ("aged", "age", "number", "no.", "flight", "route", "article"):
        return True
    head = last.head
    if last.dep_ in ("appos",) and head.pos_ == "PROPN":
        return True  # "Paddock, 64"
    if last.dep_ in ("nummod", "compound", "appos") and head.pos_ == "PROPN" and head.ent_type_ != "NORP":
        if head.is_title and head.i > last.i:
            return True  # "810 Separate Naval Infantry Brigade"
    if (
        before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and last.dep_ in ("nummod", "appos", "compound")
    ):
        return True  # "Flight 370", "Apollo 11", "Fortune 500"
    if after is not None and after.text == "-" and group.end + 1 < len(doc):
        word = doc[group.end + 1]
        if (
            word.is_alpha
            and word.lower_ not in SCALES
            and word.lower_ not in UNITS_WORDS
            and word.lower_ not in ("a", "an")
        ):
            return True  # a compound adjective: "a five-alarm fire", "a two-year plan", "24-hour strike"
    if first.is_alpha and first.lower_ in UNITS_WORDS:
        if last.dep_ not in ("nummod", "quantmod", "conj", "compound") or first.lower_ in ("one", "zero"):
            if not (after is not None and after.lower_ in ("percent", "%")):
                return True  # "one of them", "the two sides" as pronouns
        if before is not None and before.lower_ in (
            "the",
            "these",
            "those",
            "both",
            "its",
            "their",
            "his",
            "her",
            "our",
            "all",
            "every",
            "each",
        ):
            return True
    return False


def _qualifier(group: Span) -> tuple[str, int]:
    """The qualifier written before the number, and the index where the figure's surface starts."""
    doc = group.doc
    start = group.start
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    for phrase, qualifier in QUALIFIERS:
        parts = phrase.split()
        if words[-len(parts) :] == parts:
            return qualifier, start - len(parts)
    return "exactly", start


def _range_end(group: Span, groups_by_start: dict[int, Span]) -> Span | None:
    """The second number of "between X and Y", "X to Y", "X-Y"."""
    doc = group.doc
    other = groups_by_start.get(group.end + 1)
    if other is None or doc[group.end].lower_ not in ("to", "-", "–", "and"):
        return None
    between = group.start > 0 and doc[group.start - 1].lower_ == "between"
    return other if between or doc[group.end].lower_ != "and" else None


def _is_change(group: Span) -> bool:
    """Whether the number is the start or size of a change ("rose 2% to", "from 8,000 to 11,000")."""
    head = group[-1].head
    for _ in range(3):
        if head.lemma_.lower() in CHANGE_VERBS:
            return True
        head = head.head
    return False


def _modified_noun(group: Span) -> Token | None:
    """The noun a number counts: its head when it modifies one, following scale and unit words."""
    token = group[-1]
    for _ in range(3):
        if token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i:
            token = token.head
            if token.pos_ in ("NOUN", "PROPN") and token.is_alpha and token.lower_ not in SCALES:
                return token
        else:
            break
    if token.dep_ == "conj" and token.head.dep_ == "nummod":
        return token.head.head
    return None


def counted_phrase(noun: Token, exclude: set[int]) -> str:
    """The counted noun with its modifiers: "North Korean troops", "shipping containers of artillery shells",
    "troops killed in action" (a participle without a comma before it)."""
    doc = noun.doc
    left = noun.i
    while left > 0:
        prev = doc[left - 1]
        if prev.i in exclude or prev.dep_ in ("det", "punct", "cc", "poss", "case") or prev.head.i < prev.i:
            break
        if prev.dep_ not in ("amod", "compound", "nmod", "npadvmod") and prev.head != noun:
            break
        left -= 1
    right = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            right = max(right, max(t.i for t in child.subtree if t.dep_ not in ("relcl",)) + 1)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and doc[child.i - 1].text != ",":
            right = max(right, max(t.i for t in child.subtree) + 1)
        else:
            break
    text = doc[left:right].text
    return re.split(r"\s*[,;(]", text)[0].strip()


# What happened to the people counted, from the verb they are the object of ("12 people were killed",
# "killing 12 people", "nine people died") or the state they are in ("15 remain missing").
CASUALTY_VERBS = {
    "kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "injured", "arrest": "arrested",
    "detain": "detained", "evacuate": "evacuated", "displace": "displaced", "rescue": "rescued",
    "hospitalize": "hospitalized", "hospitalise": "hospitalized", "capture": "captured", "die": "dead",
    "kidnap": "kidnapped", "abduct": "abducted", "infect": "infected", "deport": "deported", "execute": "executed",
    "diagnose": "diagnosed", "quarantine": "quarantined", "test": "tested", "vaccinate": "vaccinated",
    "charge": "charged", "convict": "convicted", "sentence": "sentenced", "indict": "indicted", "trap": "trapped",
    "strand": "stranded", "poison": "poisoned", "sicken": "sickened", "treat": "treated", "fire": "fired",
    "lay": "laid off", "hire": "hired", "release": "released", "free": "freed",
}  # fmt: skip
STATE_WORDS = {"dead", "missing", "injured", "wounded", "hurt", "killed", "hospitalized", "unaccounted", "homeless"}


def condition_of(noun: Token) -> str | None:
    """The condition of counted people given by their verb or predicate: killed, injured, missing ..."""
    for child in noun.children:  # "50 injured", "troops killed in action"
        if child.dep_ in ("acl", "amod") and child.i > noun.i:
            if child.lemma_.lower() in CASUALTY_VERBS and child.tag_ == "VBN":
                return CASUALTY_VERBS[child.lemma_.lower()]
            if child.lower_ in STATE_WORDS:
                return child.lower_
    head = noun.head
    lemma = head.lemma_.lower()
    if lemma in CASUALTY_VERBS:
        if noun.dep_ in ("nsubjpass", "dobj") or (noun.dep_ == "nsubj" and lemma == "die"):
            return CASUALTY_VERBS[lemma]
        if noun.dep_ == "conj" and noun.head.dep_ in ("nsubjpass", "dobj"):
            return condition_of(noun.head)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        for child in head.children:
            if child.dep_ in ("acomp", "oprd", "attr", "advmod") and child.lower_ in STATE_WORDS:
                return child.lower_
    if noun.dep_ == "amod" and noun.lower_ in STATE_WORDS:
        return noun.lower_
    return None


def with_condition(counted: str, condition: str | None) -> str:
    return f"{counted} {condition}" if condition and condition not in counted.lower().split() else counted


class FigureExtractor:
    """Finds the figures of one parsed article."""

    def __init__(self, doc: Doc, article_id: str, resolver: Resolver) -> None:
        self.doc = doc
        self.article_id = article_id
        self.resolver = resolver

    def extract(self) -> tuple[list[Claim], list[Claim]]:
        claims: list[Claim] = []
        measures: list[Claim] = []
        groups = _number_groups(self.doc)
        by_start = {g.start: g for g in groups}
        consumed: set[int] = set()
        for group in groups:
            if group.start in consumed or _not_a_figure(group):
                continue
            claim = self._claim(group, by_start, consumed, claims)
            if claim is None:
                continue
            if claim.kind == "quantity" and claim.unit in DISTANCE_OR_TIME:
                measures.append(claim)
            elif not self._restates(claim, group, claims):
                claims.append(claim)
        for index, claim in enumerate(claims):
            claim.id = f"{self.article_id}:c{index}"
        return claims, measures

    def _claim(self, group: Span, by_start: dict[int, Span], consumed: set[int], earlier: list[Claim]) -> Claim | None:
        doc = self.doc
        unit_token = doc[group.end] if group.end < len(doc) else None
        surface = group.text + (" " + unit_token.text if unit_token is not None else "")
        parsed = parse_surface(surface)
        if parsed is None:
            return None
        qualifier, surface_start = _qualifier(group)
        low = high = None
        other = _range_end(group, by_start)
        end_token = group[-1]
        if other is not None and not _not_a_figure(other) and not _is_change(group):
            other_parsed = parse_surface(other.text + (" " + doc[other.end].text if other.end < len(doc) else ""))
            same_kind = other_parsed is not None and (other_parsed.kind, other_parsed.unit) == (
                parsed.kind,
                parsed.unit,
            )
            if same_kind and other_parsed.value > parsed.value:
                low, high, qualifier = parsed.value, other_parsed.value, "range"
                consumed.add(other.start)
                end_token = other[-1]
        kind = {"measure": "quantity"}.get(parsed.kind, parsed.kind)
        noun = _modified_noun(other if low is not None and other is not None else group)
        if kind == "quantity" and unit_token is not None:
            noun = _of_object(unit_token)  # "16,000 tonnes of grain" counts grain
        counted = counted_phrase(noun, {t.i for t in group}) if noun is not None else None
        if counted is not None:
            counted = with_condition(counted, condition_of(noun))
        else:
            counted = self._counted_from_context(group, earlier)
        if counted is None and kind == "count":
            return None
        sentence = group.sent
        end_char = end_token.idx + len(end_token)
        if noun is not None and noun.i >= end_token.i:
            end_char = max(end_char, noun.idx + len(noun))
        source = source_of(group[-1], self.resolver, quote_speaker_at(group[-1], self.resolver, self.article_id))
        return Claim(
            id="",
            article=self.article_id,
            value=parsed.value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=parsed.unit,
            kind=kind,
            counted=counted,
            asserted_by=source.name if source else None,
            affiliation=source.affiliation if source else None,
            source_entity=source.entity.id if source and source.entity else None,
            sentence=sentence.text,
            start=doc[surface_start].idx,
            end=end_char,
        )

    def _counted_from_context(self, group: Span, earlier: list[Claim]) -> str | None:
        """For "the number has risen to 11,000" or "it could be as high as 12,000": what the clause's
        subject refers to, or the subject itself ("the death toll rose to 40")."""
        number = group[-1]
        state = condition_of(number) or (number.head.lower_ if number.head.lower_ in STATE_WORDS else None)
        if state:  # "20 people were killed and 50 injured": the people of the figure before
            previous = [c for c in earlier if c.start < group.start_char and c.counted]
            if previous and previous[-1].sentence == group.sent.text:
                base = " ".join(w for w in previous[-1].counted.split() if w not in STATE_WORDS and w not in
                                CASUALTY_VERBS.values())  # fmt: skip
                return with_condition(base or "people", state)
            return with_condition("people", state)
        verb = group[-1]
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
                break
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ not in ANAPHORIC_SUBJECTS:
                return counted_phrase(pobj, set())
        if subject.lower_ in ANAPHORIC_SUBJECTS:
            return _most_specific(earlier, group.start_char)
        if subject.pos_ == "NOUN":
            return counted_phrase(subject, set())
        return None

    def _restates(self, claim: Claim, group: Span, earlier: list[Claim]) -> bool:
        """ "The recent estimate of around 8,000 troops": a reference back to a figure already given."""
        head = group[-1]
        for _ in range(4):
            head = head.head
            if head.dep_ == "pobj" or head.lower_ == "of":
                continue
            if head.lemma_.lower() in REFERRING_NOUNS:
                has_det = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
                if has_det:
                    for previous in earlier:
                        if previous.value == claim.value:
                            previous.restated.append((claim.start, claim.end))
                            return True
                break
        return False


def _of_object(unit: Token) -> Token | None:
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    return next((c for c in of.children if c.dep_ == "pobj"), None)


def _most_specific(earlier: list[Claim], before: int) -> str | None:
    """The counted of the latest earlier figure, in its fullest form seen in the article."""
    previous = [c for c in earlier if c.start < before and c.counted]
    if not previous:
        return None
    latest = previous[-1].counted
    head = latest.split()[-1].lower()
    fuller = [c.counted for c in previous if c.counted.lower().split()[-1] == head]
    return max(fuller, key=len) if fuller else latest
