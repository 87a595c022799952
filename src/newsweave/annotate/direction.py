"""The direction of a change a number gives: "rose 5%" is up, "fell 19 cents" down, "to $58.24" a level (none).

Kept apart from `quantities.py` (how a number reads) because direction is read from the parse around the
number: its verb or adverb of change, the preposition before it, the list it is part of.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.doc_arrays import span_text
from newsweave.annotate.numbers import parse_surface
from newsweave.annotate.quantities import (
    CHANGE_VERBS,
    DOWN_WORDS,
    DURATION_WORDS,
    QUALIFIER_WORDS,
    UP_WORDS,
    is_number,
)
from newsweave.annotate.units import lookup
from newsweave.model import Claim


def direction_of(group: Span) -> str:
    """ "up" or "down" when the number is the size of a change ("rose 5%", "fell 19 cents", "up 58.06
    points", "lost 190 points, or 0.6%", "+0.2%"), "none" for a level ("to 16,369.03", "at 5884", "5%")."""
    found = _parsed_direction(group)
    if found != "none" and _height_above(group):
        return "none"  # "the iceberg rises about 49 meters above the water line": a height, not a rise
    if found == "none" and not _level_word_before(group):
        return _verb_before(group)
    return found


def elided_change_unit(group: Span, earlier: list[Claim]) -> Claim | None:
    """For a bare number that is the size of a change after "by" ("NSADAQ decrease by 1"), the change before
    it in its sentence whose percentage or money it shares ("DAX increased by 2 percent"): the unit written
    once for both. So too a bare "down 24" ending a list of changes all in one unit."""
    number = group[-1]
    if len(group) != 1:
        return None
    sentence = span_text(group.sent)
    changes = [c for c in earlier if c.sentence == sentence and c.change != "none" and c.end <= group.start_char]
    if number.dep_ == "pobj" and number.head.lower_ == "by" and number.head.head.lemma_.lower() in CHANGE_VERBS:
        for claim in reversed(earlier):
            if claim.sentence == sentence and claim.change != "none" and claim.kind in ("percent", "money"):
                return claim if claim.end <= group.start_char else None
        return None
    # the last of a list of changes in one unit: "ether is down 29 percent, ... and cardano is down 24"
    before = group.doc[group.start - 1].lower_ if group.start > 0 else ""
    listed = len(changes) >= 2 and len({(c.kind, c.unit) for c in changes}) == 1
    if before in ("down", "up") and listed and changes[-1].kind in ("percent", "money"):
        last = group.doc[group.end] if group.end < len(group.doc) else None
        return changes[-1] if last is None or last.is_punct else None
    return None


def _height_above(group: Span) -> bool:
    """Whether a measure of length is followed by "above" or "below" what it is measured from ("49 meters above
    the water line"): a height or a depth; a share or an amount ("5% above forecast") keeps its change."""
    doc = group.doc
    parsed = parse_surface(group.text + " " + " ".join(t.text for t in doc[group.end : group.end + 2]))
    if parsed is None or parsed.kind != "measure" or not parsed.distance_or_time:
        return False
    at = group.end
    while at < len(doc) and at < group.end + 3 and doc[at].lower_ not in ("above", "below", "beneath", "under"):
        at += 1
    return at < len(doc) and doc[at].lower_ in ("above", "below", "beneath") and at > group.end


def _verb_before(group: Span) -> str:
    """The direction of a verb of change written right before a percentage, an amount of money or of points
    the parse did not attach to it ("was slid 4.8% after ...": the size of the slide), "none" otherwise."""
    doc = group.doc
    i = group.start - 1
    while i >= 0 and doc[i].lower_ in QUALIFIER_WORDS:
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB" or not (_is_percent(group) or _money_or_points(group)):
        return "none"
    lemma = doc[i].lemma_.lower()
    if lemma == "raise" or lemma not in CHANGE_VERBS:
        return "none"
    return "up" if lemma in UP_WORDS else "down"


def _is_percent(group: Span) -> bool:
    doc = group.doc
    after = doc[group.end] if group.end < len(doc) else None
    return group[-1].text == "%" or group[-1].lower_ in ("percent", "cent") or (after is not None and after.text == "%")


def _parsed_direction(group: Span) -> str:
    """The direction read along the parse, from the number up to the word of change whose size it is."""
    number = next((t for t in group if is_number(t)), group[-1])
    percent = _is_percent(group)
    if number.text.startswith("+"):
        return "up"
    if number.text.startswith("-") and percent:
        return "down"
    if _level_word_before(group):
        return "none"  # "dropped by that much to 8.29 yuan": "to" parsed into the number, still a level
    own = _adverb_direction([t for t in number.children if t.i < number.i])
    if own:
        return own  # "they were up 5pc", the adverb parsed as the number's own
    token = number
    for _ in range(5):
        head = token.head
        if head == token or token.dep_ not in CHANGE_PATH:
            return "none"
        if token.dep_ == "pobj" and head.lower_ not in ("by", "under", "over", "nearly", "almost", "about"):
            return "none"  # "to $58.24", "at 5884", "from 6.29%": a level
        if token.dep_ == "compound" and _described_thing(head):
            return "none"  # "added a 30 degree homer": the number describes a thing, not the change
        lemma = head.lemma_.lower()
        if lemma == "raise" and token.dep_ == "dobj":
            return "none"  # "has raised 280 million shekels": money gathered, not a rise
        if lemma in LOAD_VERBS and token.dep_ == "dobj" and not (percent or _money_or_points(group)):
            return "none"  # "a rocket capable of lifting 70 metric tons": the load moved, no change of its mass
        if token.dep_ == "conj" and _levels_listed(head, number):
            return "none"  # "fell to 49.55 HZ on 9 May, 49.52 HZ ... and 49.58 HZ": levels listed after "to"
        if token.lower_ == "by" and head.pos_ == "NOUN" and lemma in CHANGE_VERBS:
            return "up" if lemma in UP_WORDS else "down"  # "NSADAQ decrease by 1": the noun's own change
        if head.pos_ in ("VERB", "ADV", "ADP", "AUX", "ADJ"):
            if lemma in UP_WORDS or head.lower_ in ("up", "higher"):
                return "up"
            if lemma in DOWN_WORDS or head.lower_ in ("down", "lower"):
                return "down"
            if head.pos_ in ("VERB", "AUX"):
                # "trending up 0.2%", "revised upward by Y=40 billion", "were down 2.3%, Burlington by 2.6%": an
                # adverb before the number, for a size written as a change is ("gave up 517 yards" is not one)
                if token.lower_ == "by" or percent or _money_or_points(group):
                    before = [t for t in head.children if t.i < number.i]
                    return _adverb_direction(before) or "none"
                return "none"
        token = head
    return "none"


def _levels_listed(head: Token, number: Token) -> bool:
    """Whether a word of change reached through a list ("conj") already has a level before the number ("fell
    to 49.55 HZ ..., and 49.58 HZ"): the numbers listed after it are levels too."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "at") and child.i < number.i:
            if any(t.like_num for t in child.subtree):
                between = head.doc[child.right_edge.i + 1 : number.i]  # "... to $84 and A2 Milk up 4 per cent"
                return not any(_says_change(t) for t in between)
    return False


def _says_change(token: Token) -> bool:
    return token.lemma_.lower() in CHANGE_VERBS or token.lower_ in UP_ADVERBS | DOWN_ADVERBS


def _level_word_before(group: Span) -> bool:
    """Whether "to", "at" or "from" stands just before a number (past "about"), as before a level; "up to" is
    a bound."""
    doc = group.doc
    i = group.start - 1
    while i >= 0 and doc[i].lower_ in QUALIFIER_WORDS:
        i -= 1
    if i < 0 or doc[i].lower_ not in ("to", "at", "from"):
        return False
    return not (doc[i].lower_ == "to" and i > 0 and doc[i - 1].lower_ == "up")


def _described_thing(noun: Token) -> bool:
    """Whether a noun a number is compounded with is a thing described ("a 30 degree homer"), not a change
    ("a 4.2 percent drop"), a unit or a period ("9.2% year over year")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or lemma in CHANGE_VERBS or lemma in DURATION_WORDS:
        return False
    return lookup(noun.text) is None


def _money_or_points(group: Span) -> bool:
    """Whether a number is an amount of money or of points, sizes a change is given in."""
    doc = group.doc
    after = doc[group.end].lower_ if group.end < len(doc) else ""
    parsed = parse_surface(group.text)
    return (parsed is not None and parsed.kind == "money") or after in ("points", "cents", "pence", "basis")


UP_ADVERBS = {"up", "upward", "upwards", "higher"}
# verbs of moving a load up, whose object is the load ("lifting 70 metric tons"), not the size of a rise
LOAD_VERBS = frozenset({"lift", "hoist", "haul", "heave", "hike"})
DOWN_ADVERBS = {"down", "downward", "downwards", "lower"}


def _adverb_direction(tokens: list[Token]) -> str:
    """The direction an adverb or particle gives a verb or a number ("up", "downward"), "" when none does."""
    for token in tokens:
        if token.dep_ in ("prt", "advmod") and token.lower_ in UP_ADVERBS:
            return "up"
        if token.dep_ in ("prt", "advmod") and token.lower_ in DOWN_ADVERBS:
            return "down"
    return ""


# the links from a number up to the verb or adverb of change whose size it is
CHANGE_PATH = {
    "dobj", "npadvmod", "advmod", "attr", "prep", "nummod", "quantmod", "compound", "appos", "conj", "pobj", "agent",
}  # fmt: skip
