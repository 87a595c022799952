"""Metadata hidden in article text: datelines, "Original Source:" lines, site names, bylines."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlparse

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_PATTERN = (
    r"(\d{4}-\d{2}-\d{2}"
    rf"|(?:{_MONTHS}|{_MON})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}} (?:{_MONTHS}|{_MON})\.? \d{{4}})"
)
# "date 2024-11-06 Title...", "Published: March 3, 2024", "Posted on 3 March 2024"
DATELINE = re.compile(
    r"^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*[:\-]?\s*"
    rf"{DATE_PATTERN}\b[\s|\-:]*",
    re.I,
)
# A line that is only a date, perhaps with a label and a time: "Published: Nov. 6, 2024 10:32 a.m. ET".
DATE_LINE = re.compile(
    r"^(?:(date|dated|published|posted|updated|last updated)(?: on)?\s*[:\-]?\s*)?"
    rf"{DATE_PATTERN}"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.I,
)
DATE_ANYWHERE = re.compile(DATE_PATTERN)
_NAME = r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}"
# The marker words are matched in any case, the name only when capitalised.
BYLINE = re.compile(rf"^(?i:by|written by|author:?|posted by)\s+({_NAME})(?:\s*[,|].*)?$")
ABOUT_AUTHOR = re.compile(rf"^(?i:about(?: the author:?)?)\s+({_NAME})\s*$")
VIEW_ALL_POSTS = re.compile(rf"^(?i:(?:view|see|more) (?:all )?(?:posts|articles|stories) by)\s+({_NAME})\W*$")
ORIGINAL_SOURCE = re.compile(r"^(?:original(?:ly published)?(?: source)?|source|via)\s*:\s*(\S+)\s*$", re.I)


def parse_date(text: str | None) -> str | None:
    """A date as YYYY-MM-DD, from ISO or the common English forms; None when it is not one."""
    if not text:
        return None
    text = text.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)", r"\1", text).replace(",", "").replace(".", "")
    cleaned = cleaned.replace("Sept ", "Sep ")
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# Separators required: a compact 8-digit run is as likely to be part of a hash or an id.
_PATH_DATE = re.compile(r"(?<![\dA-Za-z])((?:19|20)\d\d)([-/_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_path(*locations: str | None) -> str | None:
    """A date written in a URL or file name ("/2024/11/06/", "nyt_2016-03-15_..."), the last resort."""
    for location in locations:
        if location and (match := _PATH_DATE.search(location)):
            return parse_date(f"{match.group(1)}-{match.group(3)}-{match.group(4)}")
    return None


def domain_of(text: str) -> str:
    """`https://www.bbc.com/news/x` -> `bbc.com`; plain names pass through."""
    value = text.strip().rstrip("/.")
    try:
        host = urlparse(value if "://" in value else "//" + value).hostname or value
    except ValueError:  # "[Reuters]" reads as an unclosed IPv6 address: a name, not a URL
        host = value.strip("[]")
    return host.lower().removeprefix("www.")
