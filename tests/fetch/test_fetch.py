"""Fetching pages and feeds by URL from a local server serving real saved pages (the extraction benchmark)
and the kursk example; each failure one line naming the URL."""

from __future__ import annotations

import gzip
import ipaddress
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

import pytest

from newsweave.errors import InputError
from newsweave.fetch.guard import AddressRefused, allowed_addresses, resolve
from newsweave.fetch.options import FetchOptions
from newsweave.fetch.sources import fetch_url, url_id
from newsweave.model import RawArticle
from newsweave.readers import ReadOptions
from newsweave.reading import ReadStats, iter_articles
from tests.conftest import BENCH, KURSK, bench_page
from tests.fetch.server import LocalSite, Route


def _options(tmp_path, **kw) -> FetchOptions:
    return FetchOptions(allow_private=True, cache_dir=tmp_path / "cache", **kw)


def _feed(site: LocalSite, pages: list[str], titles: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{site.url}{p}</link>"
        f"<pubDate>{format_datetime(datetime(2024, 11, 6, tzinfo=UTC))}</pubDate></item>"
        for p, t in zip(pages, titles, strict=True)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Saved pages</title>'
    return f"{head}{items}</channel></rss>".encode()


@pytest.fixture()
def site():
    with LocalSite() as running:
        for index in range(3):
            html, _truth = bench_page(index)
            running.routes[f"/page{index}.html"] = Route(html.encode("utf-8"))
        yield running


def test_a_saved_page_fetched_by_url_is_cleaned_like_a_file(site, tmp_path):
    html, truth = bench_page(0)
    stats = ReadStats()
    found = list(iter_articles([f"{site.url}/page0.html"], ReadOptions(fetch=_options(tmp_path)), stats))
    assert stats.skipped == [] and len(found) == 1
    article = found[0]
    assert article.url == f"{site.url}/page0.html" and article.format == "url"
    assert article.id == url_id(article.url) == "127-0-0-1-page0-html"  # the port is not part of the id
    assert truth["articleBody"].split(".")[0][:40] in article.text
    agent = site.requests[0][1]["User-Agent"]
    assert agent.startswith("newsweave/")


def test_loopback_refused_unless_allowed(site, tmp_path):
    errors = list(fetch_url(f"{site.url}/page0.html", FetchOptions(cache_dir=None)))
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert str(errors[0]).startswith(f"{site.url}/page0.html: 127.0.0.1 is a private or loopback address")
    assert site.requests == []  # refused before any request


def test_a_name_resolving_to_loopback_is_refused_where_it_connects_unless_allowed(site, tmp_path):
    """DNS rebinding: `localhost` is checked where the connection is made, on the addresses connected to."""
    url = f"http://localhost:{site.url.rsplit(':', 1)[1]}/page0.html"
    (error,) = list(fetch_url(url, FetchOptions(cache_dir=None)))
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{url}: localhost is a private or loopback address (")
    assert site.requests == []  # refused before any request
    (article,) = list(fetch_url(url, FetchOptions(allow_private=True, cache_dir=None)))
    assert isinstance(article, RawArticle) and site.paths() == ["/page0.html"]


def test_a_name_with_one_private_address_among_public_ones_is_refused_whole():
    """A rebinding name may answer a public and a private address at once: nothing of it is connected to."""
    mixed = [ipaddress.ip_address("93.184.215.14"), *resolve("localhost", 80)]
    with pytest.raises(AddressRefused, match="rebound.example is a private or loopback address"):
        allowed_addresses("rebound.example", mixed, allow_private=False)
    assert allowed_addresses("rebound.example", mixed, allow_private=True) == mixed
    assert allowed_addresses("example.org", mixed[:1], allow_private=False) == mixed[:1]


def test_only_http_and_https(tmp_path):
    for url in ("file:///etc/passwd", "ftp://example.org/x.html", "javascript://alert(1)"):
        (error,) = list(fetch_url(url, _options(tmp_path)))
        assert isinstance(error, InputError) and "only http and https" in error.reason


def test_redirect_to_a_private_address_is_refused(site, tmp_path):
    site.routes["/moved"] = Route(status=302, headers={"Location": "http://10.0.0.1/secret"})
    (error,) = list(fetch_url(f"{site.url}/moved", FetchOptions(allow_private=False, cache_dir=None)))
    assert "private" in error.reason  # the first hop is loopback: refused too, before any request
    (error,) = list(fetch_url(f"{site.url}/moved", _options(tmp_path)))
    assert isinstance(error, InputError)  # allowed hops go on to 10.0.0.1, which this machine cannot reach


def test_redirects_limited(site, tmp_path):
    for hop in range(10):
        site.routes[f"/r{hop}"] = Route(status=302, headers={"Location": f"/r{hop + 1}"})
    (error,) = list(fetch_url(f"{site.url}/r0", _options(tmp_path, max_redirects=3)))
    assert error.reason == "too many redirects (more than 3)"
    assert site.paths() == ["/r0", "/r1", "/r2", "/r3"]
    site.routes["/r1"] = Route(status=301, headers={"Location": "/page1.html"})
    (article,) = list(fetch_url(f"{site.url}/r0", _options(tmp_path)))
    assert isinstance(article, RawArticle) and article.url == f"{site.url}/page1.html"


def test_size_limit_timeout_and_http_errors_name_the_url(site, tmp_path):
    site.routes["/big.html"] = Route(b"<html><body><p>" + b"word " * 5000 + b"</p></body></html>")
    site.routes["/slow.html"] = Route(b"<html><p>late</p></html>", delay=2)
    (big,) = list(fetch_url(f"{site.url}/big.html", _options(tmp_path), max_bytes=10_000))
    assert str(big) == f"{site.url}/big.html: too large (25,033 bytes, limit 10,000)"
    (slow,) = list(fetch_url(f"{site.url}/slow.html", _options(tmp_path, timeout=0.5)))
    assert str(slow) == f"{site.url}/slow.html: timed out (no answer within 0.5 s)"
    (missing,) = list(fetch_url(f"{site.url}/gone.html", _options(tmp_path)))
    assert str(missing) == f"{site.url}/gone.html: HTTP 404 Not Found"


def test_plain_text_page_is_read_as_text(site, tmp_path):
    text = sorted(KURSK.glob("*.txt"))[0].read_bytes()
    site.routes["/kursk.txt"] = Route(text, content_type="text/plain; charset=utf-8")
    (article,) = list(iter_articles([f"{site.url}/kursk.txt"], ReadOptions(fetch=_options(tmp_path))))
    assert article.format == "url" and "Kursk" in article.text


def test_feed_items_are_fetched_as_pages_and_only_new_ones_are_fetched_again(site, tmp_path):
    titles = [bench_page(i)[1].get("title") or f"page {i}" for i in range(3)]
    site.routes["/feed.xml"] = Route(
        _feed(site, ["/page0.html", "/page1.html"], titles[:2]), "application/rss+xml", headers={"ETag": '"v1"'}
    )
    options = ReadOptions(fetch=_options(tmp_path))
    first = list(iter_articles([f"{site.url}/feed.xml"], options))
    assert [a.title for a in first] == titles[:2] and all(a.format == "feed" for a in first)
    assert first[0].published == "2024-11-06"
    assert site.paths() == ["/feed.xml", "/page0.html", "/page1.html"]

    site.requests.clear()  # unchanged feed: one conditional request, items from the cache
    again = list(iter_articles([f"{site.url}/feed.xml"], options))
    assert [a.text for a in again] == [a.text for a in first]
    assert site.paths() == ["/feed.xml"] and site.requests[0][1]["If-None-Match"] == '"v1"'

    site.requests.clear()  # a new item: only its page is fetched
    site.routes["/feed.xml"] = Route(
        _feed(site, ["/page0.html", "/page1.html", "/page2.html"], titles), "application/rss+xml",
        headers={"ETag": '"v2"'},
    )  # fmt: skip
    third = list(iter_articles([f"{site.url}/feed.xml"], options))
    assert len(third) == 3 and site.paths() == ["/feed.xml", "/page2.html"]


def test_a_failing_feed_item_is_one_line_and_the_others_go_on(site, tmp_path):
    site.routes["/feed.xml"] = Route(
        _feed(site, ["/page0.html", "/missing.html"], ["one", "two"]), "application/rss+xml"
    )
    stats = ReadStats()
    found = list(iter_articles([f"{site.url}/feed.xml"], ReadOptions(fetch=_options(tmp_path)), stats))
    assert [a.title for a in found if not isinstance(a, InputError)] == ["one"]
    assert [str(e) for e in stats.skipped] == [f"{site.url}/missing.html: HTTP 404 Not Found"]


def test_gzipped_saved_page_served_compressed(site, tmp_path):
    raw = gzip.decompress((BENCH / "html" / sorted((BENCH / "html").iterdir())[1].name).read_bytes())
    site.routes["/gz.html"] = Route(gzip.compress(raw), headers={"Content-Encoding": "gzip"})
    (article,) = list(iter_articles([f"{site.url}/gz.html"], ReadOptions(fetch=_options(tmp_path))))
    assert article.text and article.url.endswith("/gz.html")
