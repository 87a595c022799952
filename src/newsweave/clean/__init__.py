"""Cleaning: a raw article (HTML or text) becomes an Article with clean text, headings and metadata."""

from __future__ import annotations

from pathlib import Path

from newsweave.clean.boilerplate import remove_boilerplate
from newsweave.clean.html import extract_html
from newsweave.clean.metadata import date_in_path, domain_of, parse_date
from newsweave.errors import InputError
from newsweave.model import Article, RawArticle


def clean(raw: RawArticle) -> Article:
    """Clean one raw article; metadata given by the container (JSON, feed) wins over what the text says."""
    source = raw.path or raw.id
    if raw.kind == "html":
        extracted = extract_html(raw.body, raw.url)
        cleaned = remove_boilerplate(
            extracted.text,
            find_title=False,
            known_title=raw.title or extracted.title,
            heading_lines=extracted.headings,
        )
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
    return Article(
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
    )
