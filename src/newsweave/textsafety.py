"""Article text shown safely: on a terminal (no Rich markup, no escape sequences) and in Markdown (no HTML, no syntax).

Every string that comes from an article (title, site, quote, name, file name, URL) is data, never
formatting: a title holding `[/]`, `[link=...]`, an ESC sequence or `<script>` must show as those characters.
"""

from __future__ import annotations

import re

from rich.markup import escape as _rich_escape
from rich.text import Text

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder what is shown.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_LINE_BREAK = re.compile(r"[\t\n]+")
# Characters with a meaning in CommonMark / GFM inline syntax (HTML ones are turned into entities instead).
_MARKDOWN = re.compile(r"([\\`*_\[\]#|~$])")


def _visible_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control picture: ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: object) -> str:
    """`text` with every control character replaced by a visible stand-in (tab and newline kept)."""
    return _CONTROL.sub(_visible_char, text if isinstance(text, str) else str(text))


def one_line(text: object) -> str:
    """`visible(text)` on one line: tabs and line breaks become single spaces."""
    return _LINE_BREAK.sub(" ", visible(text)).strip()


def term_text(text: object, style: str | None = None) -> Text:
    """A Rich Text that shows `text` literally: Text is never parsed for markup; controls are made visible."""
    return Text(visible(text), style=style or "")


def term_markup(text: object) -> str:
    """`text` for a place that takes a Rich markup string (a rule, a title): markup escaped, controls visible."""
    return _rich_escape(one_line(text))


def md_text(text: object) -> str:
    """`text` for Markdown: one line, HTML characters as entities, inline syntax backslash-escaped."""
    flat = one_line(text)
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", flat)
