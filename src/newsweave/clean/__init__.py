"""Cleaning: a raw article (HTML or text) becomes an Article with clean text, headings and metadata."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsweave.clean.boilerplate import remove_boilerplate
from newsweave.clean.bounds import Bounds, check_size, time_limit
from newsweave.clean.html import extract_html
from newsweave.clean.language import detect_language
from newsweave.clean.metadata import date_in_path, domain_of, parse_date
from newsweave.errors import InputError
from newsweave.model import Article, RawArticle, Removed


@dataclass
class CleanReport:
    """How one article was cleaned, for counting: fallback used, HTML candidate chosen."""

    recovered: str | None = None
    candidate: str | None = None


def clean(raw: RawArticle, bounds: Bounds | None = None) -> Article:
    """Clean one raw article; metadata given by the container (JSON, feed) wins over what the text says."""
    return clean_with_report(raw, bounds)[0]


def clean_with_report(raw: RawArticle, bounds: Bounds | None = None) -> tuple[Article, CleanReport]:
    """Clean one raw article within the time and size bounds; an article past them raises OverBound."""
    bounds = bounds or Bounds()
    source = raw.path or raw.id
    report = CleanReport()
    with time_limit(source, bounds):
        if raw.kind == "html":
            check_size(raw.body, source, bounds)
            extracted = extract_html(raw.body, raw.url, source)
            report.recovered, report.candidate = extracted.recovered, extracted.candidate
            cleaned = remove_boilerplate(
                extracted.text,
                find_title=False,
                known_title=raw.title or extracted.title,
                heading_lines=extracted.headings,
                page_posts=extracted.posts,
            )
            cleaned.removed += [Removed(p.text, "embedded post outside the article") for p in extracted.unplaced]
            title = raw.title or extracted.title
            author = raw.author or extracted.author or cleaned.author
            published = parse_date(raw.published) or parse_date(extracted.published) or cleaned.published
            site = raw.site or extracted.site or cleaned.site
            url = raw.url or extracted.url
        else:
            cleaned = remove_boilerplate(raw.body, find_title=raw.title is None, known_title=raw.title)
            title = raw.title or cleaned.title
            author = raw.author or cleaned.author
            published = parse_date(raw.published) or cleaned.published
            site = raw.site or cleaned.site
            url = raw.url
    published = published or date_in_path(url, raw.path and Path(raw.path).name)
    if not cleaned.text.strip():
        raise InputError(source, "no article text left after cleaning")
    if site is None and url:
        site = domain_of(url)
    article = Article(
        id=raw.id,
        path=raw.path,
        url=url,
        title=title,
        site=site,
        author=author,
        published=published,
        original_source=cleaned.original_source,
        text=cleaned.text,
        removed=cleaned.removed,
        headings=cleaned.headings,
        format=raw.format,
        language=detect_language(cleaned.text),
        off_story=cleaned.off_story,
        posts=cleaned.posts,
    )
    return article, report
