"""HTML to clean text through trafilatura (body, title, date, author, site), headings kept as headings."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S))(.+?)\1")


@dataclass
class Extracted:
    text: str
    headings: set[str]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Run trafilatura; fall back to all the page's text when it finds no main body (short fragments)."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_formatting=True,
        output_format="python",
    )
    if doc is None or not (doc.text or "").strip():
        return Extracted(text=trafilatura.html2txt(html) or "", headings=set(), url=url)
    lines, headings = [], set()
    for line in doc.text.split("\n"):
        line = _EMPHASIS.sub(r"\2", line)
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1).strip()
            headings.add(line)
        lines.append(line)
    return Extracted(
        text="\n".join(lines),
        headings=headings,
        title=doc.title,
        author=doc.author,
        published=doc.date,
        site=doc.sitename or doc.hostname,
        url=url or doc.url,
    )
