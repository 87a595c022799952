"""Trafilatura's Markdown-style output back to plain text: headings, emphasis, escapes and table rows.

Markup left in the clean text would end up inside sentences, quotes and figures ("\\[again\\]",
"| 1 | Kyle Busch | 5040 |", "**Tags"), so each line is reduced to its words here. Escaped characters
are the page's own ("CCI\\*\\*" is a rating, not bold): they are set aside first and restored last.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S))(.+?)\1")
_STRAY_STRONG = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()<>#+\-.!|~=^\"'])")
_PROTECTED = re.compile("[\ue000-\ue07f]")
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def plain_line(line: str) -> tuple[str, bool]:
    """One line of trafilatura's text without its markup, and whether it was a heading."""
    if _TABLE_RULE.match(line):
        return "", False
    line = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), line)
    if row := _TABLE_ROW.match(line):
        line = " ".join(c.strip() for c in row.group(1).split("|") if c.strip())
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1).strip()
    line = _EMPHASIS.sub(r"\2", line)
    line = _STRAY_STRONG.sub("", line)  # bold opened on one line and closed on the next
    line = _PROTECTED.sub(lambda m: chr(ord(m.group(0)) - 0xE000), line)
    return line.strip(), bool(heading)
