"""Units written otherwise than by a name after the number: an apostrophe as the sign of feet ("an altitude of 30'")
and a scale named by its unit ("between 50 and 70 on the GPa scale"). Apart from `quantities`, which finds the
number groups, so each stays one concern."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsweave.annotate.numbers import ParsedNumber
from newsweave.annotate.units import lookup

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def foot_mark(token: Token) -> bool:
    """An apostrophe glued to a number as the sign of feet ("flying at an altitude of 30' when"), not the close of a
    quotation its sentence opened with a single quote ('he scored 30')."""
    if token.text != "'" or token.i == 0 or token.doc[token.i - 1].whitespace_ or not token.doc[token.i - 1].like_num:
        return False
    before = token.doc[token.sent.start : token.i - 1]
    return not any(t.text in ("'", "‘") and (t.i == t.sent.start or t.doc[t.i - 1].whitespace_) for t in before)


def scale_unit(group: Span, parsed: ParsedNumber) -> ParsedNumber:
    """A unit-less number read on a scale named by its unit: "between 50 and 70 on the GPa scale" are gigapascals
    (a scale the table does not name, "6.1 on the Richter scale", leaves the number as it is)."""
    doc = group.doc
    after = [t.text for t in doc[group.end : group.end + 5]]
    if parsed.unit is not None or len(after) < 4 or after[0].lower() != "on" or after[1].lower() not in ("the", "a"):
        return parsed
    words = after[2:-1] if after[-1].lower() == "scale" else after[2:3] if after[3].lower() == "scale" else []
    unit = lookup(" ".join(words), capitals=True) if words else None
    if unit is None or unit.kind != "measure":
        return parsed
    return replace(parsed, unit=unit.name, kind=unit.kind, distance_or_time=unit.distance_or_time)
