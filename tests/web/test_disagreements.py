"""The story page shows each contradiction's kind and severity, minor ones after the major ones, and each side's
source, value, article link (to its sentence) and exact sentence; in Chromium nothing is wider than a phone."""

from __future__ import annotations

import html
import re
import shutil

import httpx
import pytest

from newsweave.contract import brief_from_data

CHROMIUM = shutil.which("chromium")


def _section(page: str) -> str:
    return html.unescape(page.split('<section class="card" id="disagree">')[1].split("</section>")[0])


def test_story_page_shows_each_side_with_source_value_sentence_and_link(wework_server):
    page = httpx.get(f"{wework_server.url}/stories/s1").text
    section = _section(page)
    brief = brief_from_data(httpx.get(f"{wework_server.url}/api/stories/s1").json())
    [story] = brief.stories
    assert story.contradictions
    for item in story.contradictions:
        for side in item.sides:
            if side.source:
                assert f'<p class="side-label">{side.source}</p>' in section
            if side.value and item.kind != "date":
                assert f"<strong>{side.value}</strong>" in section
            assert f'title="{" ".join(side.sentence.split())}"' in section or side.sentence.strip() in section
            assert re.search(rf'href="/articles/{side.article}\?story=s1#d-{side.article}-{side.start}"', section)
    assert "<strong>October 2019</strong>" in section  # a date side's span of days, as a reader says it
    severities = re.findall(r'<div class="contra (major|minor)">', section)
    assert severities == sorted(severities, key=lambda s: s == "minor") and severities[-1] == "minor"
    assert section.index('class="minor-head"') < section.index('<div class="contra minor">')
    assert '<span class="badge ckind">discrepancy</span> <span class="badge minor"' in section


def test_story_page_marks_a_possible_difference_in_time(shared_server):
    section = _section(httpx.get(f"{shared_server.url}/stories/s1").text)
    assert "May be a difference in time" in section
    assert '<p class="side-label">one report says</p>' in section  # a denial's side names no source


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_story_page_disagreements_fit_a_phone(wework_server):
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{wework_server.url}/stories/s1#disagree")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        minor = phone.locator("#disagree .contra.minor").first
        assert minor.locator(".badge.minor").is_visible()
        minor.locator("details.sentence summary").first.click()
        assert minor.locator("details.sentence blockquote").first.is_visible()
        browser.close()


def test_story_page_names_the_outlet_that_gives_a_figure_in_its_own_voice(wework_server):
    """The figure table and chart say who gives each value as the reports do: a named source, else the outlet's own
    report (every wework page names its outlet)."""
    page = html.unescape(httpx.get(f"{wework_server.url}/stories/s1").text)
    assert "<td>TechCrunch (own report)</td>" in page
    assert ">TechCrunch (own report) [2]<title>" in page  # the lifeline chart's row
    assert "the article itself" not in page
