"""news-please style JSON: one article per `.json` file, or one per line in JSON lines.

Fields: title, text (or news-please's maintext), date_publish, source_domain, url, authors.
A body that looks like HTML is cleaned as HTML, anything else as text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import decode

_HTML_BODY = re.compile(r"<\s*(p|div|article|html|body|br)\b", re.I)
_BODY_FIELDS = ("text", "maintext", "content", "body", "html")


def record_to_raw(record: Any, source: str, article_id: str, path: Path, fmt: str) -> RawArticle:
    """Map one JSON object to a RawArticle, or explain in one line why it cannot be."""
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, found {type(record).__name__}")
    body = next((record[f] for f in _BODY_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if body is None:
        raise InputError(source, "JSON article has no text (looked for: " + ", ".join(_BODY_FIELDS) + ")")
    authors = record.get("authors") or record.get("author")
    if isinstance(authors, list):
        authors = ", ".join(str(a) for a in authors if a) or None
    published = record.get("date_publish") or record.get("published") or record.get("date")
    return RawArticle(
        id=str(record.get("id") or article_id),
        path=str(path),
        body=body,
        kind="html" if _HTML_BODY.search(body[:5000]) else "text",
        format=fmt,
        url=record.get("url"),
        title=record.get("title"),
        site=record.get("source_domain") or record.get("site"),
        author=authors if isinstance(authors, str) else None,
        published=str(published) if published else None,
    )


def read_json(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle]:
    text = decode(data, str(path))
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"malformed JSON ({exc.msg} at line {exc.lineno})") from None
    yield record_to_raw(record, str(path), article_id, path, "json")


def read_jsonl(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle | InputError]:
    """Yield one article per line; a bad line is reported and skipped, the rest of the file is read."""
    text = decode(data, str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
            yield record_to_raw(record, source, f"{article_id}-{number}", path, "jsonl")
        except json.JSONDecodeError as exc:
            yield InputError(source, f"malformed JSON line ({exc.msg})")
        except InputError as exc:
            yield exc
