"""Units written otherwise than by a name after the number: an apostrophe as the sign of feet ("an altitude of 30'")
and a scale named by its unit ("between 50 and 70 on the GPa scale"). Apart from `quantities`, which finds the
number groups, so each stays one concern."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsweave.annotate.numbers import ParsedNumber
from newsweave.annotate.units import lookup

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def foot_mark(token: Token) -> bool:
    """An apostrophe glued to a number as the sign of feet ("flying at an altitude of 30' when"), not the close of a
    quotation opened with a single quote before it in its paragraph ('We lost. He scored 30' he said)."""
    doc = token.doc
    if token.text != "'" or token.i == 0 or doc[token.i - 1].whitespace_ or not doc[token.i - 1].like_num:
        return False
    return not _inside_single_quotes(doc, token.i - 1)


def _inside_single_quotes(doc: Doc, at: int) -> bool:
    """Whether the nearest single quote before `at` in its paragraph opens a quotation (a space before it, a word
    glued after it) rather than closing one."""
    for mark in reversed(doc[max(0, at - 300) : at]):
        if "\n" in mark.text:
            return False
        if mark.text in ("'", "‘", "’"):
            opens = mark.i == 0 or bool(doc[mark.i - 1].whitespace_) or "\n" in doc[mark.i - 1].text
            return opens and not mark.whitespace_
    return False


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
