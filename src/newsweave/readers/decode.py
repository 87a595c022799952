"""Bytes to text: size limit, gzip, binary detection and the encoding ladder UTF-8 -> declared -> cp1252."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from pathlib import Path

from newsweave.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_DECLARED = [
    re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I),
    re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_\-:.]+)", re.I),
]
# Control bytes that never occur in text (NUL and friends; tab, newline, form feed, CR, ESC are allowed).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def load_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file whole, transparently gunzipping `.gz`, refusing empty, oversize and binary input."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(source, f"cannot open ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise InputError(source, f"file too large ({size:,} bytes, limit {max_bytes:,})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, source, max_bytes)
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    try:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decomp.decompress(data, max_bytes + 1)
    except (zlib.error, gzip.BadGzipFile, EOFError) as exc:
        raise InputError(source, f"corrupt gzip data ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(source, f"file too large once decompressed (limit {max_bytes:,} bytes)")
    return out


def looks_binary(data: bytes) -> bool:
    """True for data with control bytes that text never has (checked on the first 8 KiB)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    bad = sum(head.count(bytes([b])) for b in _BINARY_BYTES)
    return bad / len(head) > 0.01


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration names, if Python knows it."""
    head = data[:4096]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            name = match.group(1).decode("ascii", "ignore")
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode with UTF-8 first, then the declared charset, then cp1252; refuse binary or undecodable."""
    if looks_binary(data):
        raise InputError(source, "binary file, not text")
    candidates = ["utf-8-sig"]
    declared = declared or declared_charset(data)
    if declared and declared not in ("utf-8", "utf_8"):
        candidates.append(declared)
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    tried = ", ".join(dict.fromkeys(c.replace("utf-8-sig", "utf-8") for c in candidates))
    raise InputError(source, f"undecodable text (tried {tried})")
