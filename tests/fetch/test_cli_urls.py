"""URLs on the command line: `read`, `ingest` and a feed ingested twice (the second run fetches the feed only)."""

from __future__ import annotations

import pytest

from tests.conftest import bench_page
from tests.fetch.server import LocalSite, Route
from tests.fetch.test_fetch import _feed
from tests.test_cli import run


@pytest.fixture()
def site():
    with LocalSite() as running:
        for index in range(2):
            running.routes[f"/page{index}.html"] = Route(bench_page(index)[0].encode("utf-8"))
        yield running


def test_read_a_url_needs_allow_private_for_a_local_server(site, tmp_path):
    url = f"{site.url}/page0.html"
    refused = run("read", url, "--fetch-cache", str(tmp_path / "cache"))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"newsweave: skipped {url}: 127.0.0.1 is a private or loopback address" in refused.stderr
    allowed = run("read", url, "--allow-private", "--fetch-cache", str(tmp_path / "cache"))
    assert allowed.returncode == 0, allowed.stderr
    assert "127-0-0-1-page0-html" in allowed.stdout and "read 1 article(s) from 1 file(s)" in allowed.stderr


def test_ingest_a_feed_twice_fetches_only_the_feed_again(site, tmp_path):
    site.routes["/feed.xml"] = Route(_feed(site, ["/page0.html", "/page1.html"], ["one", "two"]), "application/rss+xml")
    args = ("ingest", f"{site.url}/feed.xml", "--db", str(tmp_path / "n.db"), "--no-extract", "--allow-private",
            "--fetch-cache", str(tmp_path / "cache"))  # fmt: skip
    first = run(*args)
    assert first.returncode == 0, first.stderr
    assert "2 new, 0 already stored" in first.stderr
    site.requests.clear()
    second = run(*args)
    assert "0 new, 2 already stored" in second.stderr and site.paths() == ["/feed.xml"]


def test_a_bad_url_is_one_line_and_the_run_goes_on(site, tmp_path):
    result = run("read", "ftp://example.org/a.html", f"{site.url}/page1.html", "--allow-private",
                 "--fetch-cache", str(tmp_path / "cache"))  # fmt: skip
    assert result.returncode == 1
    assert "newsweave: skipped ftp://example.org/a.html: unsupported scheme ftp: only http and https are fetched" in (
        result.stderr
    )
    assert "read 1 article(s) from 2 file(s)" in result.stderr
