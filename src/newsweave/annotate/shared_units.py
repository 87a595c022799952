"""Units a bare number takes from its context rather than from the words after it.

News writes a unit once for two numbers: "the highest forecast is 84.75 cents, while the lowest is 74.07",
"to 3.9 million headsets up from 2.4 million", "from about 14-18 mpg to 24". A fraction takes the unit it is
a part of: "1/16 of a US pint". Read alone, each second number would count nothing; read this way it is in
the unit of its partner, as a reader takes it (CQE's "shared unit" check does the same).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsweave.annotate.units import Unit, currency_prefix, lookup
from newsweave.model import Claim

# the other end of a change written as a pair of prepositions ("to 3.9 million ... up from 2.4 million")
PAIRED = {"from": "to", "to": "from"}
# words between a preposition and its number ("from about 14-18 mpg")
BEFORE_NUMBER = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "approximately", "just"})


@dataclass(frozen=True)
class Figure:
    """A figure found earlier in the article, with whether it is a measure (a distance or a duration)."""

    claim: Claim
    measure: bool


def fraction_unit(group: Span, value: float) -> Unit | None:
    """The unit a fraction is a part of: "1/16 of a US pint" is a sixteenth of a pint, "a third of a
    gallon" a third of a gallon."""
    if not 0 < value < 1:
        return None
    number = group[-1]
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in whole.children):
        return None
    unit = lookup(whole.text)
    return unit if unit is not None and unit.kind == "measure" else None


def shared_figure(group: Span, earlier: list[Figure]) -> Figure | None:
    """The earlier figure of the sentence whose unit (or counted thing) a bare number shares: the other end
    of a from/to pair, or the same place in a parallel clause ("is 84.75 cents, while the lowest is 74.07")."""
    number = group[-1]
    sentence = group.sent
    same = [f for f in earlier if sentence.start_char <= f.claim.start and f.claim.end <= group.start_char]
    if not same:
        return None
    if number.dep_ == "pobj" and number.head.lower_ in PAIRED:
        for figure in reversed(same):
            if _after_preposition(group, figure, PAIRED[number.head.lower_]):
                return figure
    if number.dep_ in ("attr", "dobj"):
        for figure in reversed(same):
            if _parallel(number, figure, group):
                return figure
    return _converted_alike(group, same)


def _converted_alike(group: Span, same: list[Figure]) -> Figure | None:
    """The amount before a bare number that is converted in brackets as it is ("2,435,000 YEN ($22,480) for the
    manual and 2,380,000 ($21,972) for the CVT"): the bare number is in that amount's currency."""
    doc = group.doc
    if group.end + 1 >= len(doc) or doc[group.end].text != "(":
        return None
    bracketed = currency_prefix(doc[group.end + 1].text) or currency_prefix(doc[group.end + 1].text[:1])
    if bracketed is None:
        return None
    for figure in reversed(same):
        claim = figure.claim
        if claim.kind == "money" and claim.unit is not None and claim.unit != bracketed:
            span = _tokens(group, figure)
            if span is not None and span.end < len(doc) and doc[span.end].text == "(":
                return figure
    return None


def _tokens(group: Span, figure: Figure) -> Span | None:
    return group.doc.char_span(figure.claim.start, figure.claim.end, alignment_mode="expand")


def _after_preposition(group: Span, figure: Figure, preposition: str) -> bool:
    """Whether the figure follows the paired preposition and ends at most a few words before the number."""
    span = _tokens(group, figure)
    if span is None or group.start - span.end > 3:
        return False
    i = span.start - 1
    while i >= 0 and group.doc[i].lower_ in BEFORE_NUMBER:
        i -= 1
    return i >= 0 and group.doc[i].lower_ == preposition


def _parallel(number: Token, figure: Figure, group: Span) -> bool:
    """Whether the figure holds the same place as the number in a clause joined to the number's clause, with
    the same verb: "The highest forecast is 84.75 cents, while the lowest is 74.07"."""
    span = _tokens(group, figure)
    if span is None:
        return False
    other = next((t for t in reversed(span) if t.dep_ == number.dep_), None)
    if other is None or other.head.lemma_ != number.head.lemma_:
        return False
    verb, other_verb = number.head, other.head
    joined = verb.head == other_verb or other_verb.head == verb
    return joined and verb != other_verb and verb.dep_ in ("advcl", "conj", "ROOT")
