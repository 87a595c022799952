"""Bytes to text: size limit, gzip, binary detection and the encoding ladder.

UTF-8 first, then the declared charset, then, for undeclared text that is not Western European,
charset-normalizer's guess (cp1251, GBK, ...), then cp1252; text no charset explains is reported.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import zlib
from pathlib import Path

from charset_normalizer import from_bytes

from newsweave.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_DECLARED = [
    re.compile(rb"<meta[^>]{0,500}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I),
    re.compile(rb"<\?xml[^>]{0,500}?encoding\s*=\s*[\"']([A-Za-z0-9_\-:.]+)", re.I),
]
# Control bytes that never occur in text (NUL and friends; tab, newline, form feed, CR, ESC are allowed).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
# Codecs that are not text encodings (or refuse everything), whatever a page declares.
_NOT_TEXT_CODECS = {
    "undefined",
    "rot13",
    "base64_codec",
    "hex_codec",
    "zlib_codec",
    "bz2_codec",
    "uu_codec",
    "quopri_codec",
}
# Share of letters outside ASCII above which a cp1252 reading is suspect (Cyrillic or CJK read as Latin).
_LATIN_NON_ASCII_MAX = 0.3
_DETECT_BYTES = 64 * 1024
_ASCII = bytes(range(128))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def regular_file(path: Path) -> os.stat_result:
    """stat() of `path`, refusing anything but a regular file (a FIFO would block the run forever)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(str(path), "cannot open", exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        kind = "FIFO" if stat.S_ISFIFO(info.st_mode) else "device or socket"
        raise InputError(str(path), "not a regular file", kind)
    return info


def load_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file whole, transparently gunzipping `.gz`, refusing empty, oversize and binary input."""
    source = str(path)
    size = regular_file(path).st_size
    if size > max_bytes:
        raise InputError(source, "file too large", f"{size:,} bytes, limit {max_bytes:,}")
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, "cannot read", exc.strerror or str(exc)) from None
    if path.suffix.lower() == ".gz":
        data = gunzip(data, source, max_bytes)
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """Every member of a gzip file, decompressed to at most `max_bytes`; a truncated file is reported."""
    out = bytearray()
    rest = data
    while rest:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += decomp.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            if out and not rest.startswith(b"\x1f\x8b"):
                break  # trailing garbage after a complete member, as gzip(1) tolerates
            raise InputError(source, "corrupt gzip data", str(exc)) from None
        if len(out) > max_bytes:
            raise InputError(source, "file too large once decompressed", f"limit {max_bytes:,} bytes")
        if not decomp.eof:
            raise InputError(source, "truncated gzip file", "the compressed data ends before its end marker")
        rest = decomp.unused_data.lstrip(b"\x00")
    return bytes(out)


def looks_binary(data: bytes) -> bool:
    """True for data with control bytes that text never has (checked on the first 8 KiB)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    bad = sum(head.count(bytes([b])) for b in _BINARY_BYTES)
    return bad / len(head) > 0.01


def text_codec(name: str) -> str | None:
    """Python's name for a declared charset, or None for an unknown one or a codec that is not a text encoding."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if info.name in _NOT_TEXT_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration names, if Python knows it as a text encoding."""
    head = data[:4096]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            return text_codec(match.group(1).decode("ascii", "ignore"))
    return None


def _mostly_non_ascii(data: bytes) -> bool:
    """True when most letter bytes are above ASCII: Cyrillic, Greek or CJK text, not Western European."""
    head = data[:_DETECT_BYTES]
    high = len(head.translate(None, _ASCII))
    letters = len(head) - len(head.translate(None, _ASCII_LETTERS))
    return high > 0 and high / (high + letters) > _LATIN_NON_ASCII_MAX


def _cp1252(data: bytes) -> str | None:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _detected(data: bytes) -> str | None:
    """charset-normalizer's best guess for undeclared non-UTF-8 text, or None when it finds none."""
    best = from_bytes(data[:_DETECT_BYTES]).best()
    return text_codec(best.encoding) if best is not None else None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode UTF-8, else the declared charset, else a detected or cp1252 one; refuse binary or undecodable."""
    if looks_binary(data):
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = (declared and text_codec(declared)) or declared_charset(data)
    tried = ["utf-8"]
    if declared and declared != "utf-8":
        tried.append(declared)
        try:
            return data.decode(declared)
        except (UnicodeError, LookupError):
            pass
    latin = _cp1252(data)
    foreign = _mostly_non_ascii(data)
    if latin is not None and not foreign:
        return latin
    detected = _detected(data) if foreign else None
    if detected:
        tried.append(detected)
        try:
            return data.decode(detected)
        except (UnicodeError, LookupError):
            pass
    tried.append("cp1252")
    if latin is not None:
        raise InputError(source, "unknown charset", "not UTF-8, none declared, and not Western European text")
    raise InputError(source, "undecodable text", "tried " + ", ".join(dict.fromkeys(tried)))
