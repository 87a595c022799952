"""The add-articles form with a feed URL: the ingest runs in the background, its page shows progress and a
line for each item that failed, and the stories list has the new story when it is done."""

from __future__ import annotations

import re
import time

import httpx

from newsweave.web import ServeOptions
from newsweave.web.server import BackgroundServer
from tests.conftest import bench_page
from tests.fetch.server import LocalSite, Route
from tests.fetch.test_fetch import _feed


def _wait_done(client: httpx.Client, url: str) -> dict:
    deadline = time.monotonic() + 120
    while True:
        job = client.get(url).json()
        if job["state"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.2)


def test_a_feed_url_from_the_form_is_fetched_and_ingested(tmp_path):
    with LocalSite() as site:
        site.routes["/page0.html"] = Route(bench_page(0)[0].encode("utf-8"))
        site.routes["/feed.xml"] = Route(
            _feed(site, ["/page0.html", "/gone.html"], ["first", "second"]), "application/rss+xml"
        )
        options = ServeOptions(db=str(tmp_path / "u.db"), extract=False, allow_private=True, fetch_cache=tmp_path / "c")
        with BackgroundServer(options) as server, httpx.Client() as client:
            form = client.get(f"{server.url}/add").text
            token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form).group(1)
            posted = client.post(
                f"{server.url}/add", data={"csrf_token": token, "urls": f"{site.url}/feed.xml"}, follow_redirects=False
            )
            assert posted.status_code == 303 and posted.headers["location"] == "/jobs/j1"
            page = client.get(server.url + posted.headers["location"]).text
            assert "input(s) read" in page
            job = _wait_done(client, f"{server.url}/api/jobs/j1")
            assert job["state"] == "done" and job["added"] == 1 and job["done_inputs"] == job["total_inputs"] == 1
            assert job["notes"] == [f"skipped {site.url}/gone.html: HTTP 404 Not Found"]
            page = client.get(f"{server.url}/jobs/j1").text
            assert 'data-state="done"' in page and 'http-equiv="refresh"' not in page
            (story,) = client.get(f"{server.url}/api/stories").json()
            assert story["title"] == "first" and story["articles"] == 1
