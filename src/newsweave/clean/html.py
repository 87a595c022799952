"""HTML to clean text through trafilatura (body, title, date, author, site), headings kept as headings.

Two candidates are extracted: trafilatura's default and its precision setting. The precision one wins
when it is a clearly shorter part of the default (the default kept page furniture around a short
story), never when it is a different passage. A page whose malformed `<title>` swallowed the document
is parsed again with the title closed; when no parse finds text in a page that has some, the page is
reported as unparseable rather than empty. Embedded social posts, which trafilatura drops, are read from
the markup and put back after the paragraph they follow (`embeds.py`); promotions for other articles
set inside the body are cut from the markup first (`promos.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsweave.clean.continued import continued_body
from newsweave.clean.embeds import PagePost, page_posts, place_posts
from newsweave.clean.markup import plain_line
from newsweave.clean.promos import cut_promos
from newsweave.errors import InputError

if TYPE_CHECKING:  # trafilatura is imported where a page is extracted: plain text never loads it
    from trafilatura.settings import Document

_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
_TAG_START = re.compile(r"<\s*/?\s*[a-zA-Z!]")
_ANY_TAG = re.compile(r"<[^>]*>|&\w+;")
_SHINGLE = 4
# The precision candidate replaces the default when it keeps this share of its words or less (it dropped
# furniture), at least MIN_SHARE of them (it did not lose the story), all from inside the default.
MAX_SHARE = 0.95
MIN_SHARE = 0.3
MIN_INSIDE = 0.9


@dataclass
class Extracted:
    text: str
    headings: set[str]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None
    recovered: str | None = None  # the fallback that found the text, when the first parse found none
    candidate: str = "default"  # which trafilatura setting gave the text; ", continued" when a split body was joined
    posts: list[PagePost] = field(default_factory=list)  # embedded posts whose text is in `text`
    unplaced: list[PagePost] = field(default_factory=list)  # embedded posts outside the article's text


def _bare(html: str, url: str | None, precision: bool) -> Document | None:
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_formatting=True,
        favor_precision=precision,
        output_format="python",
    )


def _lines(doc: Document | None) -> tuple[list[str], set[str]]:
    lines, headings = [], set()
    for raw in (doc.text or "").split("\n") if doc is not None else []:
        line, is_heading = plain_line(raw)
        if not line:
            continue
        if is_heading:
            headings.add(line)
        lines.append(line)
    return lines, headings


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}


def _prefer_precision(default: list[str], precise: list[str]) -> bool:
    """The precision candidate is a much shorter part of the default: the default kept furniture."""
    words, fewer = " ".join(default).split(), " ".join(precise).split()
    if not words or not fewer or not MIN_SHARE * len(words) <= len(fewer) <= MAX_SHARE * len(words):
        return False
    inside = _shingles(fewer)
    return len(inside & _shingles(words)) >= MIN_INSIDE * len(inside)


def _within(default: list[str], precise: list[str]) -> list[str]:
    """The default's lines from the first to the last one the precision candidate also kept.

    Lines between are kept even when the precision setting dropped them: it trims furniture before
    and after the story, never a paragraph inside it. A line repeated further down (a page that
    carries its story twice) counts where it first appears."""
    first: dict[str, int] = {}
    for index, line in enumerate(default):
        first.setdefault(" ".join(line.split()), index)
    found = [first[key] for line in precise if (key := " ".join(line.split())) in first]
    return default[min(found) : max(found) + 1] if found else default


def close_swallowing_title(html: str) -> str | None:
    """The page with its `<title>` closed before the first tag inside it, or None when the title is sound."""
    opened = _TITLE_OPEN.search(html)
    if not opened:
        return None
    closed = _TITLE_CLOSE.search(html, opened.end())
    inner = html[opened.end() : closed.start() if closed else len(html)]
    tag = _TAG_START.search(inner)
    if not tag:
        return None
    cut = opened.end() + tag.start()
    return f"{html[:cut]}</title>{html[cut:]}"


_BODY_TAG = re.compile(r"<body\b", re.I)


def _visible_words(html: str) -> int:
    body = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", html, flags=re.I | re.S)
    return len(_ANY_TAG.sub(" ", body).split())


def extract_html(html: str, url: str | None = None, source: str = "page") -> Extracted:
    """Run trafilatura (two settings); repair a swallowing title; fall back to all the page's text."""
    recovered = None
    html = cut_promos(html)  # linked-headline runs and run-in promos inside the body (promos.py)
    doc = _bare(html, url, precision=False)
    if (doc is None or not (doc.text or "").strip()) and (repaired := close_swallowing_title(html)):
        doc = _bare(repaired, url, precision=False)
        if doc is not None and (doc.text or "").strip():
            html, recovered = repaired, "title closed"
    if doc is None or not (doc.text or "").strip():
        import trafilatura

        text = trafilatura.html2txt(html) or ""
        if not text.strip() and not _BODY_TAG.search(html):  # a fragment (a feed's <description>): give it a body
            text = trafilatura.html2txt(f"<html><body>{html}</body></html>") or ""
        if not text.strip() and _visible_words(html) >= 50:
            raise InputError(source, "HTML could not be parsed", "no text found in a page that has some")
        return Extracted(text=text, headings=set(), url=url, recovered="all page text" if text.strip() else None)
    lines, headings = _lines(doc)
    candidate = "default"
    precise_lines, _ = _lines(_bare(html, url, precision=True))
    if _prefer_precision(lines, precise_lines):
        lines, candidate = _within(lines, precise_lines), "precision"
    extra, at = continued_body(html, lines)
    if extra:
        lines, candidate = [*lines[:at], *extra, *lines[at:]], f"{candidate}, continued"
    posts = page_posts(html)
    lines, unplaced = place_posts(lines, posts)
    return Extracted(
        text="\n".join(lines),
        headings=headings,
        title=doc.title,
        author=doc.author,
        published=doc.date,
        site=doc.sitename or doc.hostname,
        url=url or doc.url,
        recovered=recovered,
        candidate=candidate,
        posts=[p for p in posts if p not in unplaced],
        unplaced=unplaced,
    )
