"""Bounds the cleaning stage relies on, checked in linear time before an HTML body reaches lxml/trafilatura.

libxml2 checks each new attribute of an element against the ones before it, and htmldate scans every
attribute for dates: one element with 100,000 attributes took 83 s. No real page comes near
MAX_ATTRIBUTES in one element, so such a body is skipped with its reason instead of parsed.
"""

from __future__ import annotations

MAX_ATTRIBUTES = 5_000


def most_attributes(html: str) -> int:
    """The largest number of quoted attribute values (`="` or `='`) between one `<` and the next `>`."""
    most = 0
    start = html.find("<")
    while start != -1:
        end = html.find(">", start)
        if end == -1:
            end = len(html)
        count = html.count('="', start, end) + html.count("='", start, end)
        most = max(most, count)
        start = html.find("<", end)
    return most


def html_over_bounds(html: str) -> str | None:
    """Why this HTML body must not be parsed, or None when it is within bounds."""
    if html.count('="') + html.count("='") <= MAX_ATTRIBUTES:  # the common case, without a loop over tags
        return None
    count = most_attributes(html)
    if count > MAX_ATTRIBUTES:
        return f"an element with {count:,} attributes (limit {MAX_ATTRIBUTES:,})"
    return None
