"""news-please style JSON: one article per `.json` file, or one per line in JSON lines.

Fields: title, text (or news-please's maintext), date_publish, source_domain, url, authors.
A body that looks like HTML is cleaned as HTML, anything else as text. Every field is checked here, at
the edge: a field of the wrong type, a lone surrogate or an unparsable URL is reported, never passed on.
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
from newsweave.readers.fields import checked_url

_HTML_BODY = re.compile(r"<\s*(p|div|article|html|body|br)\b", re.I)
_BODY_FIELDS = ("text", "maintext", "content", "body", "html")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_ID_CHARS = 200
_JSON_TYPES = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}


def _no_constants(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(text: str, source: str, code: str = "malformed JSON") -> Any:
    """json.loads that reports, as one InputError, NaN/Infinity, runaway nesting and oversized integers too."""
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise InputError(source, code, f"{exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise InputError(source, code, "nested too deeply") from None
    except ValueError as exc:  # NaN, Infinity, or an integer beyond Python's 4,300-digit limit
        raise InputError(source, code, str(exc).split(";")[0]) from None


def _type_name(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _text_field(record: dict, names: tuple[str, ...], source: str) -> str | None:
    """The first present field of `names` as text; a non-text value or a lone surrogate is an InputError."""
    for name in names:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            raise InputError(source, "wrong JSON field type", f"{name} is {_type_name(value)}, expected text")
        if _SURROGATE.search(value):
            raise InputError(source, "invalid text", f"{name} holds a lone surrogate")
        return value
    return None


def _authors(record: dict, source: str) -> str | None:
    value = record.get("authors") or record.get("author")
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        value = ", ".join(a for a in value if a.strip()) or None
    if value is None or isinstance(value, str):
        return _text_field({"authors": value}, ("authors",), source)
    raise InputError(source, "wrong JSON field type", f"authors is {_type_name(value)}, expected text or texts")


def _record_id(record: dict, default: str, source: str) -> str:
    value = record.get("id")
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(source, "wrong JSON field type", f"id is {_type_name(value)}, expected text or a number")
    text = value if isinstance(value, str) else format(value)
    if len(text) > MAX_ID_CHARS or _SURROGATE.search(text) or not text.strip():
        raise InputError(source, "invalid id", f"longer than {MAX_ID_CHARS} characters or not printable text")
    return text


def _url(record: dict, source: str) -> str | None:
    return checked_url(_text_field(record, ("url",), source), source)


def record_to_raw(record: Any, source: str, article_id: str, path: Path, fmt: str) -> RawArticle:
    """Map one JSON object to a RawArticle, or explain in one line why it cannot be."""
    if not isinstance(record, dict):
        raise InputError(source, "not a JSON object", f"found {_type_name(record)}")
    body = _text_field(record, _BODY_FIELDS, source)
    if body is None:
        raise InputError(source, "JSON article has no text", "looked for: " + ", ".join(_BODY_FIELDS))
    return RawArticle(
        id=_record_id(record, article_id, source),
        path=str(path),
        body=body,
        kind="html" if _HTML_BODY.search(body[:5000]) else "text",
        format=fmt,
        url=_url(record, source),
        title=_text_field(record, ("title",), source),
        site=_text_field(record, ("source_domain", "site"), source),
        author=_authors(record, source),
        published=_text_field(record, ("date_publish", "published", "date"), source),
    )


def read_json(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle]:
    record = parse_json(decode(data, str(path)), str(path))
    yield record_to_raw(record, str(path), article_id, path, "json")


def read_jsonl(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle | InputError]:
    """Yield one article per line; a bad line is reported and skipped, the rest of the file is read.

    Lines end at "\\n" only: U+2028 and other Unicode line separators are valid inside a JSON string.
    """
    text = decode(data, str(path))
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = parse_json(line, source, "malformed JSON line")
            yield record_to_raw(record, source, f"{article_id}-{number}", path, "jsonl")
        except InputError as exc:
            yield exc
