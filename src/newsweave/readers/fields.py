"""Checks on metadata fields at the reader's edge, shared by every reader that gets a URL from its container."""

from __future__ import annotations

from urllib.parse import urlsplit

from newsweave.errors import InputError


def checked_url(url: str | None, source: str) -> str | None:
    """`url` if the standard library can parse it (a host like "[::1" makes urlsplit raise), else an InputError."""
    if url is None:
        return None
    try:
        urlsplit(url).hostname  # noqa: B018 - the property parses the host and raises on a malformed one
    except ValueError as exc:
        raise InputError(source, "invalid URL", str(exc)) from None
    return url
