"""The web UI in Debian's Chromium against the real server: ingest the kursk example through the upload
form, open the story, follow a citation to its sentence, search a quote; every response carries the CSP,
no request leaves the machine, no page breaks the policy or overflows a phone's width. Screenshots of each
page at 1366x900 and 390x844 go to out/screenshots/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsweave.web import ServeOptions
from newsweave.web.security import CSP
from newsweave.web.server import BackgroundServer
from tests.conftest import KURSK

CHROMIUM = shutil.which("chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
VIEWPORTS = {"wide": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


class Watch:
    """Every request the page makes and every console error (a CSP violation is one)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.responses: list[tuple[str, str | None]] = []

    def attach(self, page) -> None:
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("response", lambda r: self.responses.append((r.url, r.headers.get("content-security-policy"))))

    def outside(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(self.base) and not u.startswith("data:")]


def _no_overflow(page, width: int) -> None:
    """Nothing wider than the screen, and no table scrolling sideways in its box either (the actors' five
    columns did at 390 px)."""
    assert page.evaluate("document.documentElement.scrollWidth") <= width, page.url
    wide = "[...document.querySelectorAll('.scroll')].filter(e => e.scrollWidth > e.clientWidth + 1).length"
    assert page.evaluate(wide) == 0, page.url


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_ingest_by_upload_then_read_follow_and_search(tmp_path):
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    options = ServeOptions(db=str(tmp_path / "web.db"), fetch_cache=tmp_path / "cache")
    with BackgroundServer(options) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport=VIEWPORTS["wide"])
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server.url)
                      or route.request.url.startswith("data:") else route.abort())  # fmt: skip
        page = context.new_page()
        watch = Watch(server.url)
        watch.attach(page)

        response = page.goto(server.url + "/")
        assert response.headers["content-security-policy"] == CSP
        assert "The store is empty" in page.inner_text("main")

        page.click("text=Add articles")
        page.set_input_files("#files", sorted(str(p) for p in KURSK.glob("*.txt")))
        page.screenshot(path=str(SCREENSHOTS / "web-add-wide.png"), full_page=True)
        page.click("button[type=submit]")
        page.wait_for_selector("#job[data-state=done]", timeout=300_000)  # the page refreshes itself
        assert "5 new" in page.inner_text("#job")
        page.screenshot(path=str(SCREENSHOTS / "web-job-wide.png"), full_page=True)

        page.click("text=See the stories")
        story_link = page.locator("table.stories td a").first
        assert "Kursk" in story_link.inner_text() or "North Korea" in story_link.inner_text()
        page.screenshot(path=str(SCREENSHOTS / "web-stories-wide.png"), full_page=True)
        story_link.click()
        assert page.locator("ol.summary li").count() >= 3 and page.locator("svg.chart").count() >= 1
        page.screenshot(path=str(SCREENSHOTS / "web-story-wide.png"), full_page=True)
        story_url = page.url

        cite = page.locator("ol.summary a.cite").first
        href = cite.get_attribute("href")
        assert "#s-" in href
        cite.click()
        page.wait_for_load_state()
        target = page.locator(":target")
        assert target.count() == 1 and page.url.endswith(href)
        cited = page.locator(":target")  # the whole cited sentence is one element
        assert cited.is_visible() and cited.get_attribute("class") == "sent hl-summary"
        assert cited.inner_text().endswith(".")
        box = cited.bounding_box()
        assert 0 <= box["y"] < VIEWPORTS["wide"]["height"]  # scrolled to the sentence, not the top
        assert page.locator("details.removed").count() == 1 and not page.locator("details.removed ul").is_visible()
        page.screenshot(path=str(SCREENSHOTS / "web-article-wide.png"))

        page.fill("#top-q", "combat support capability")
        page.press("#top-q", "Enter")
        page.wait_for_selector("#hits")
        assert "quote" in page.inner_text("#hits").lower() and page.locator("table.stories tr").count() == 2
        page.screenshot(path=str(SCREENSHOTS / "web-search-wide.png"), full_page=True)

        page.goto(server.url + "/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
        assert "newsweave" in page.inner_text(".swagger-ui .info .title")
        page.screenshot(path=str(SCREENSHOTS / "web-docs-wide.png"))

        for url, policy in watch.responses:
            assert policy == CSP, url
        assert watch.outside() == [] and watch.errors == []

        phone = browser.new_context(viewport=VIEWPORTS["phone"], is_mobile=True, has_touch=True)
        page = phone.new_page()
        watch = Watch(server.url)
        watch.attach(page)
        article_url = server.url + href
        for name, url in (("stories", server.url + "/"), ("story", story_url), ("article", article_url),
                          ("search", server.url + "/?q=Ryder"), ("add", server.url + "/add")):  # fmt: skip
            page.goto(url)
            _no_overflow(page, VIEWPORTS["phone"]["width"])
            page.screenshot(path=str(SCREENSHOTS / f"web-{name}-phone.png"), full_page=name != "article")
        assert watch.outside() == [] and watch.errors == []
        browser.close()
