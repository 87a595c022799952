"""Standard input as one input (`-` on the command line): one article of plain text or HTML, a news-please
JSON article, JSON lines or an RSS/Atom feed, told apart by its first bytes unless a format is given.

The bytes are read whole, once, bounded by the size limit (a gzip stream is unpacked within the same
limit), then handed to the reader of their format under the name `stdin`: an article is `stdin`, the
records of JSON lines `stdin-1`, `stdin-2`..., and a bad record is skipped by name (`stdin:3: ...`) like a
line of any file. Piped articles have no path, so the store keys them by their words: piping other text
again adds it, piping the same text again changes nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsweave.errors import InputError, NewsweaveError
from newsweave.model import RawArticle
from newsweave.readers import READERS, guarded
from newsweave.readers.decode import DEFAULT_MAX_BYTES, gunzip

STDIN = "-"
NAME = "stdin"
FORMATS = ("auto", "text", "html", "json", "jsonl", "feed")
_SUFFIX = {"text": ".txt", "html": ".html", "json": ".json", "jsonl": ".jsonl", "feed": ".rss"}
_HTML = re.compile(rb"<\s*(!doctype\s+html|html|head|body|div|p|article|title|meta|span|h[1-6])\b", re.I)
_FEED = re.compile(rb"<\s*(rss|feed|rdf:RDF)\b", re.I)
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class StdinInput:
    """What was piped in: its bytes and how to read them (`auto`: by their first bytes)."""

    data: bytes
    format: str = "auto"


def read_stdin(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, fmt: str = "auto") -> StdinInput:
    """Read the piped bytes once; an empty input is a NewsweaveError (one line), an oversize one a skip later."""
    if fmt not in FORMATS:
        raise NewsweaveError(f"--format {fmt}: not a format of stdin (choose {', '.join(FORMATS)})")
    if stream.isatty():
        raise NewsweaveError(f"{NAME} is a terminal: pipe the input in (cat story.txt | newsweave read -)")
    data = stream.read(max_bytes + 1)
    if not data.strip():
        raise NewsweaveError(f"{NAME}: empty input (nothing was piped in)")
    return StdinInput(data, fmt)


def sniff_format(data: bytes) -> str:
    """JSON lines when the first line is a JSON value starting with `{` (its later bad lines are skipped by
    name), one JSON article when the whole input is; a feed or HTML when it starts with their markup;
    else plain text."""
    head = data.lstrip()[:_SNIFF_BYTES]
    if head.startswith(b"{"):
        first = data.lstrip().split(b"\n", 1)[0]
        if _parses(first):
            return "jsonl"
        return "json" if _parses(data) else "jsonl"
    if head.startswith(b"<"):
        if _FEED.search(head) and not _HTML.match(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    return "text"


def _parses(data: bytes) -> bool:
    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


def read_piped(item: StdinInput, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Raw articles of the piped bytes, each without a path; every failure an InputError naming stdin."""

    def records() -> Iterator[RawArticle | InputError]:
        data = _checked(item.data, max_bytes)
        fmt = item.format if item.format != "auto" else sniff_format(data)
        for raw in READERS[_SUFFIX[fmt]](Path(NAME), data, NAME):
            if isinstance(raw, RawArticle):
                raw.path = None  # no file: the store keys a piped article by its words
            yield raw

    return guarded(NAME, records)


def _checked(data: bytes, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise InputError(NAME, "input too large", f"over the limit of {max_bytes:,} bytes")
    if data.startswith(b"\x1f\x8b"):
        data = gunzip(data, NAME, max_bytes)
    if data.lstrip().startswith(b"WARC/"):
        raise InputError(NAME, "a WARC archive", "archives are read from files: save it and name the file")
    if not data.strip():
        raise InputError(NAME, "empty input")
    return data
