"""RSS and Atom feed files: every entry with a body is an article (full content preferred to summary).

The text is decoded by us (decode.py), so the XML declaration's encoding is dropped before feedparser
sees it (a declared "undefined" codec made it raise), and numeric character references XML forbids
(`&#x110000;`, surrogates, NUL) become U+FFFD instead of crashing the parser.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import decode
from newsweave.readers.fields import checked_url

_XML_ENCODING = re.compile(r"""(<\?xml[^>]{0,200}?)\s+encoding\s*=\s*["'][^"']*["']""")
_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]{1,16}|[0-9]{1,20});")


def _xml_char_allowed(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _safe_char_ref(match: re.Match[str]) -> str:
    digits = match.group(1)
    code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
    return match.group() if _xml_char_allowed(code) else "\ufffd"


def prepare_feed_text(text: str) -> str:
    """The decoded feed without its encoding declaration and with XML-forbidden character references replaced."""
    return _CHAR_REF.sub(_safe_char_ref, _XML_ENCODING.sub(r"\1", text[:500], count=1) + text[500:])


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def read_feed(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle | InputError]:
    import feedparser  # here, not at the top: only a feed loads it

    text = prepare_feed_text(decode(data, str(path)))
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "not a feed")()
        raise InputError(str(path), "malformed feed", reason)
    if not parsed.entries:
        raise InputError(str(path), "feed has no entries")
    site = _text(parsed.feed.get("title"))
    yielded = 0
    for number, entry in enumerate(parsed.entries, start=1):
        contents = entry.get("content") or []
        body = _text(contents[0].get("value") if contents else entry.get("summary"))
        if body is None:
            continue
        try:
            url = checked_url(_text(entry.get("link")), f"{path} entry {number}")
        except InputError as error:
            yield error
            yielded += 1
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawArticle(
            id=f"{article_id}-{number}",
            path=str(path),
            body=body,
            kind="html" if "<" in body and ">" in body else "text",
            format="feed",
            url=url,
            title=_text(entry.get("title")),
            site=site,
            author=_text(entry.get("author")),
            published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
        )
        yielded += 1
    if not yielded:
        problem = "malformed feed" if parsed.bozo else "feed"
        raise InputError(str(path), f"{problem}: no entry has any text")
