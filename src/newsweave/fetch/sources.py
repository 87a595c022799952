"""A URL as raw articles: a page is one article, a feed's items are fetched as pages (new ones only;
items fetched before come from the cache). Each failure is one InputError naming the URL and the reason,
and the other items go on."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from newsweave.errors import InputError
from newsweave.fetch.cache import FetchCache
from newsweave.fetch.client import Fetcher, Page
from newsweave.fetch.guard import is_url
from newsweave.fetch.options import FetchOptions
from newsweave.model import RawArticle

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)


def split_urls(inputs: Iterable[str | Path]) -> tuple[list[str], list[str | Path]]:
    """(URLs, everything else), each in input order."""
    urls, others = [], []
    for item in inputs:
        (urls if isinstance(item, str) and is_url(item) else others).append(item)
    return urls, others


def url_id(url: str) -> str:
    """A readable, stable article id from a URL: host and path as one slug (`bbc.co.uk-news-world-1`)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{host}/{parts.path}?{parts.query}".rstrip("?/")).strip("-")
    if len(slug) > 80:
        slug = slug[:71].rstrip("-") + "-" + hashlib.sha1(url.encode()).hexdigest()[:8]
    return slug or hashlib.sha1(url.encode()).hexdigest()[:12]


def is_feed(page: Page) -> bool:
    """A feed by its media type, or XML whose root element is rss, feed or rdf:RDF."""
    if page.mime in FEED_TYPES:
        return True
    head = page.body[:2048].lstrip()
    return (page.mime in XML_TYPES or head.startswith(b"<?xml")) and bool(_FEED_ROOT.search(head))


def fetch_url(
    url: str, options: FetchOptions | None = None, max_bytes: int = 20 * 1024 * 1024
) -> Iterator[RawArticle | InputError]:
    """Raw articles (and InputErrors) for one page or feed URL."""
    options = options or FetchOptions()
    with Fetcher(options, max_bytes) as fetcher, FetchCache(options.cache_dir) as cache:
        try:
            page = _revalidate(fetcher, cache, url)
            if is_feed(page):
                yield from _feed_items(fetcher, cache, page, options)
            else:
                yield _page_article(url, page)
        except InputError as exc:
            yield exc


def _revalidate(fetcher: Fetcher, cache: FetchCache, url: str) -> Page:
    """Fetch again, conditionally when the cache holds a copy (a 304 answer costs no body)."""
    cached = cache.get(url)
    page = fetcher.get(url, cached.etag, cached.last_modified) if cached else fetcher.get(url)
    if page is None:  # 304: unchanged since the cached copy
        return cached or _no_body(url)
    cache.put(page)
    return page


def _cached_or_fetched(fetcher: Fetcher, cache: FetchCache, url: str) -> Page:
    """A feed item: from the cache when fetched before (an item's page is not fetched twice)."""
    cached = cache.get(url)
    if cached is not None:
        return cached
    page = fetcher.get(url) or _no_body(url)
    cache.put(page)
    return page


def _no_body(url: str) -> Page:
    raise InputError(url, "the server answered 304 Not Modified to a request without validators")


def _text(page: Page) -> str:
    from newsweave.readers.decode import decode

    return decode(page.body, page.url, declared=page.charset)


def _page_article(url: str, page: Page, **meta: str | None) -> RawArticle:
    if page.mime not in ("", "text/html", "application/xhtml+xml", "text/plain") and not page.mime.endswith("+xml"):
        raise InputError(url, f"unsupported content type {page.mime} (pages are HTML or plain text)")
    kind = "text" if page.mime == "text/plain" else "html"
    return RawArticle(
        id=url_id(url), path=url, body=_text(page), kind=kind, format="url", url=page.final_url or url, **meta
    )


def _feed_items(
    fetcher: Fetcher, cache: FetchCache, feed: Page, options: FetchOptions
) -> Iterator[RawArticle | InputError]:
    import feedparser

    parsed = feedparser.parse(_text(feed))
    if not parsed.entries:
        raise InputError(feed.url, "malformed feed" if parsed.bozo else "feed has no entries")
    for number, entry in enumerate(parsed.entries[: options.max_items], start=1):
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = {
            "title": entry.get("title"),
            "author": entry.get("author"),
            "published": time.strftime("%Y-%m-%d", stamp) if stamp else None,
        }
        link = entry.get("link")
        try:
            if link:
                article = _page_article(link, _cached_or_fetched(fetcher, cache, link), **meta)
                article.format = "feed"
                yield article
            else:
                yield _entry_article(feed.url, number, entry, meta)
        except InputError as exc:
            yield exc


def _entry_article(feed_url: str, number: int, entry: dict, meta: dict) -> RawArticle:
    """An item without a link: its own content is the article."""
    contents = entry.get("content") or []
    body = contents[0].get("value") if contents else entry.get("summary", "")
    if not body or not body.strip():
        raise InputError(f"{feed_url} item {number}", "no link and no text")
    kind = "html" if "<" in body and ">" in body else "text"
    return RawArticle(id=f"{url_id(feed_url)}-{number}", path=feed_url, body=body, kind=kind, format="feed", **meta)
