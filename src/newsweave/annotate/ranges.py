"""The other end of a number's range or pair: "between X and Y", "X to Y", "X-Y", "from 252 miles to 287 miles",
"rose from 8,000 to 11,000", "from $160 to $180 to $200", and the number after "or" that gives a bare number its
unit ("7- or 8-inch"). Split out of `quantities.py` (how one number reads), whose words it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.annotate.numbers import parse_surface
from newsweave.annotate.quantities import QUALIFIER_WORDS, has_unit, is_change, unit_words
from newsweave.annotate.units import longest_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _step_before(group: Span, groups_by_start: dict[int, Span]) -> Span | None:
    """The number a chain of levels reached before this one ("from $160 to $180 to $200": $180 before $200), a
    number itself reached "to", right before this number's "to"."""
    doc = group.doc
    at = group.start - 1
    if at < 1 or doc[at].lower_ != "to":
        return None
    previous = next((g for g in groups_by_start.values() if g.end == at), None)
    if previous is None or previous.start < 1 or doc[previous.start - 1].lower_ != "to":
        return None
    return previous


def range_end(group: Span, groups_by_start: dict[int, Span]) -> tuple[Span | None, str]:
    """The second number of "between X and Y", "X to Y", "X-Y", "from 252 miles to 287 miles", and how the
    two read: "spread" (values between), "from_to" ("rose from 8,000 to 11,000": a level and the level it
    became) or "to_from" ("narrowed to 138,285 lots from 212,577 lots", "from $160 to $180 to $200": the
    pair of the level before and this one, the other end given first). A number after a verb of change
    that is not a from-to pair ("rose 2% to $11.1bn") has no range end."""
    if (either := _either_end(group, groups_by_start)) is not None:
        return either, "spread"
    before = _word_before(group)
    found = _connector(group, groups_by_start, before == "from")
    if before == "to" and found is None and (step := _step_before(group, groups_by_start)) is not None:
        # "rises from $160 to $180 to $200": the next step, from $180 to $200 ("from 5 to 7 per cent to 3 to 5
        # per cent" goes to a range)
        return step, "to_from"
    if found is None:
        return None, ""
    connector, other = found
    if connector == "from":
        return (other, "to_from") if before == "to" and is_change(group) else (None, "")
    if connector == "and" and before != "between":
        return None, ""
    if before == "from":
        return other, "from_to"
    if before != "between" and is_change(group) and connector == "to" and not _bare_before_measure(group, other):
        return None, ""
    return other, "spread"


def _bare_before_measure(group: Span, other: Span) -> bool:
    """A bare number, "to" and a number in a unit of measure ("the boy, who fell 10 to 12 feet"): one spread of
    lengths after a verb of motion, where a change to a level gives its first number a unit ("rose 2% to $11bn")."""
    if has_unit(group) or not has_unit(other) or group.doc[group.end].lower_ != "to":
        return False
    unit = longest_unit([t.text for t in unit_words(other) if t.text != "-"])
    return unit is not None and unit[0].kind == "measure"


def _either_end(group: Span, groups_by_start: dict[int, Span]) -> Span | None:
    """The higher of two close numbers "or" joins when the first is bare ("three or four years", "one or two cool
    little features"): one uncertain value between them, as "between three and four years" gives it."""
    doc = group.doc
    at = group.end
    if at + 1 >= len(doc) or doc[at].lower_ != "or" or has_unit(group) or len(group) != 1 or "-" in group.text:
        return None  # "a 7- or 8-inch touchscreen": two sizes to choose from
    other = groups_by_start.get(at + 1)
    if other is None or any(t.lower_ == "respectively" for t in group.sent):
        return None  # "around 25k or 40k cheaper than its Mercedes and BMW rivals respectively": two values
    if other.end < len(doc) and doc[other.end].text == "-":
        return None  # "40 or 50-year old women": each a size of its own, as "7- or 8-inch"
    low, high = parse_surface(group.text), parse_surface(other.text)
    if low is None or high is None or low.unit is not None or high.unit is not None:
        return None
    return other if low.value < high.value <= low.value + max(1.0, low.value / 2) else None


def alternative_end(group: Span, groups_by_start: dict[int, Span]) -> Span | None:
    """The number after "or" that gives a bare number its unit: "7- or 8-inch", "about 8 or $9"."""
    doc = group.doc
    at = group.end + (1 if group.end < len(doc) and doc[group.end].text == "-" else 0)
    if at >= len(doc) or doc[at].lower_ != "or":
        return None
    return groups_by_start.get(at + 1)


def _connector(group: Span, groups_by_start: dict[int, Span], after_from: bool = False) -> tuple[str, Span] | None:
    """The word joining a number to the next one, past the unit written after both ("252 miles to 287
    miles") or, after "from", after the first only ("from 208 pounds to 193"), and that next number."""
    doc = group.doc
    at = group.end
    if at < len(doc) and doc[at].text == "-" and at + 1 < len(doc) and doc[at + 1].lower_ == "to":
        at += 1  # "8- to 16-meter"
    skipped = 0
    while at < len(doc) and skipped < 3 and doc[at].is_alpha and doc[at].lower_ not in ("to", "and", "from"):
        if after_from and (_up_to(doc, at) or _past_time_adjunct(doc, at) != at):
            break
        at, skipped = at + 1, skipped + 1
    if after_from:
        at = _past_time_adjunct(doc, at)  # "from $36,040 at 10.45pm last night to $34,935"
        at += 1 if _up_to(doc, at) else 0  # "from 450 sq ft up to 900 sq ft"
    if at + 1 >= len(doc) or doc[at].lower_ not in ("to", "-", "–", "and", "from"):
        return None
    other = groups_by_start.get(at + 1)
    if other is None:
        return None
    if skipped:  # the same unit after the second number, or it is not one pair
        repeated = doc[other.end : other.end + skipped]
        # "252 miles to 287 miles- and": a dash glued to the repeated unit is no part of it
        same = [t.lower_.rstrip("-") for t in repeated] == [t.lower_ for t in doc[group.end : group.end + skipped]]
        bare = doc[at].lower_ == "to" and not has_unit(other) and other[-1].dep_ != "nummod"
        if not same and not (after_from and (bare and has_unit(group) or _one_unit(group, skipped, other))):
            return None
    elif doc[at].lower_ == "from":
        return None
    return doc[at].lower_, other


def _up_to(doc: Doc, at: int) -> bool:
    return at + 1 < len(doc) and doc[at].lower_ == "up" and doc[at + 1].lower_ == "to"


def _past_time_adjunct(doc: Doc, at: int) -> int:
    """The index past a time said between the two ends of a from-to pair ("in 2008", "at 10.45pm last
    night"), or `at` when none is."""
    if at + 1 >= len(doc) or doc[at].pos_ != "ADP" or doc[at + 1].ent_type_ not in ("DATE", "TIME"):
        return at
    end = at + 1
    while end < len(doc) and end - at <= 5 and doc[end].ent_type_ in ("DATE", "TIME") and doc[end].lower_ != "to":
        end += 1
    return end


def _one_unit(group: Span, skipped: int, other: Span) -> bool:
    """Whether both ends of a pair name one unit in two spellings ("20 miles per gallon" ... "29 mpg")."""
    first = parse_surface(group.doc[group.start : group.end + skipped].text)
    second = parse_surface(" ".join([other.text] + [t.text for t in unit_words(other)]))
    return first is not None and second is not None and first.unit is not None and first.unit == second.unit


def _word_before(group: Span) -> str:
    """The word before a number, past a qualifier or an article ("from about 8,000", "from the US $89", "from up
    to 252 miles")."""
    doc = group.doc
    i = group.start - 1
    while i >= 0 and (doc[i].lower_ in QUALIFIER_WORDS or doc[i].lower_ in ("the", "a", "an") or _up_to(doc, i - 1)):
        i -= 2 if _up_to(doc, i - 1) else 1  # "from up to 252 miles to 287 miles"
    return doc[i].lower_ if i >= 0 else ""
