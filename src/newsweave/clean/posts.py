"""Embedded social posts in plain text: the signature line that closes a post, and the post it closes.

A post copied into an article ends with its signature: "— Name (@handle) November 18, 2019" (Twitter,
Bluesky), "A post shared by Name (@handle) on Dec 22, 2017" (Instagram). The signature is page
furniture (its date is not a figure); the text before it, in the same block or in the block just before
a signature standing alone, is the post: a quotation of the signature's author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.clean.metadata import DATE_ANYWHERE, DATE_PATTERN, parse_date

HANDLE = r"@[\w.]{1,60}(?:@[\w.-]+)?"  # "@spacex", a fediverse "@name@server.social"
# "— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019", also glued to the post's last link
# ("pic.twitter.com/P2qpm3h3Pm— Apple Music (@AppleMusic) ..."); the name never holds a dash or a bracket.
_DASHED = re.compile(
    rf"[—–]\s*(?P<author>[^—–()\n]{{1,80}}?)\s*\((?P<handle>{HANDLE})\)\s*(?P<date>{DATE_PATTERN})\W*$", re.I
)
# "A post shared by SpaceX (@spacex) on Dec 22, 2017 at 2:57pm PST"
_SHARED = re.compile(
    rf"(?:^|\s)A post shared by\s+(?P<author>[^()\n]{{1,80}}?)\s*\((?P<handle>{HANDLE})\)"
    rf"(?:\s+on\s+(?P<date>{DATE_PATTERN})(?:\s+at\s+[\d:]+\s*[ap]m(?:\s+[A-Z]{{2,4}})?)?)?\W*$",
    re.I,
)
_PLATFORM_OF = {_DASHED: "twitter", _SHARED: "instagram"}
# What is not part of a display name: pictographs, flags, joiners and variation selectors.
_SYMBOLS = re.compile(r"[^\w\s.,'’&()@-]+")


@dataclass
class Signature:
    """A post's signature found at the end of a block: what precedes it is the post's text."""

    text: str  # the block before the signature (empty when the signature stands alone)
    signature: str
    author: str
    handle: str | None
    date: str | None
    platform: str


def display_name(name: str) -> str:
    """A display name without its emoji and decoration ("Dianna E. Anderson 🏳️‍🌈" -> "Dianna E. Anderson")."""
    return " ".join(_SYMBOLS.sub(" ", name).split()).strip(" ,-")


def post_date(text: str | None) -> str | None:
    """The date as YYYY-MM-DD when it reads as one, else as written."""
    if not text:
        return None
    found = DATE_ANYWHERE.search(text)
    return parse_date(text) or (found and parse_date(found.group(1))) or text.strip()


def find_signature(block: str) -> Signature | None:
    """The signature closing a block, with the text before it; None when the block has none."""
    for pattern, platform in _PLATFORM_OF.items():
        match = pattern.search(block)
        if match is None:
            continue
        author = display_name(match.group("author")) or match.group("handle")
        text = block[: match.start()].strip()
        signature = block[match.start() :].strip()
        return Signature(text, signature, author, match.group("handle"), post_date(match.group("date")), platform)
    return None
