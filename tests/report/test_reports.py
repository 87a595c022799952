"""The reports a reader sees: terminal, Markdown, and the HTML file rendered in headless Chromium."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from newsweave.report.html import render_html
from newsweave.report.markdown import render_markdown
from newsweave.report.terminal import render_terminal

CHROMIUM = shutil.which("chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_terminal_report_shows_figures_with_sources_and_quotes_by_speaker(kursk_brief_records):
    console = Console(record=True, width=160)
    render_terminal(kursk_brief_records, console)
    text = console.export_text()
    for expected in ("Summary", "Figures: who says what", "disputed", "South Korea's defense ministry",
                     "Quotes by speaker", "Pat Ryder", "Main actors", "Reports that disagree"):  # fmt: skip
        assert expected in text


def test_markdown_cites_every_summary_sentence(kursk_brief_records):
    markdown = render_markdown(kursk_brief_records)
    summary = markdown.split("## Summary")[1].split("##")[0]
    bullets = [line for line in summary.splitlines() if line.startswith("- ")]
    assert bullets and all(line.rstrip().endswith("]") for line in bullets)
    assert "| **North Korean troops** |" in markdown


def test_article_text_is_escaped(kursk_brief_records):
    brief = copy.deepcopy(kursk_brief_records)
    brief.articles[0].text = brief.articles[0].text.replace(
        "Ukraine’s Defence Minister", "<script>alert(1)</script> Ukraine’s Defence Minister", 1
    )
    brief.articles[0].title = "<b>bold</b> title"
    html = render_html(brief)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html


def test_html_is_self_contained(kursk_brief_records):
    html = render_html(kursk_brief_records)
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "<script" not in html


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_report_in_a_real_browser(kursk_brief_records, tmp_path):
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "kursk.html"
    page_path.write_text(render_html(kursk_brief_records), encoding="utf-8")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]  # fmt: skip
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(page_path.as_uri())
        assert page.locator("#s1-figures svg.chart").count() >= 1
        assert page.locator("svg.chart a").count() >= 9  # one mark per troop figure
        assert page.locator("#s1-actors svg.graph circle").count() >= 3  # the actors joined by a relation
        assert page.locator(".hl-figure").count() >= 13 and page.locator(".hl-quote").count() >= 15
        first_summary = page.locator("ol.summary a.go").first.get_attribute("href")
        assert page.locator(first_summary.replace(":", "\\\\:")).count() == 1  # links to its sentence
        page.locator("#s1-figures").screenshot(path=str(SCREENSHOTS / "figures.png"))
        page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(page_path.as_uri())
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the phone
        tick = phone.locator("svg.chart text.tick").first.bounding_box()
        assert tick["height"] >= 11  # chart text keeps its size (it was about 4 px when the chart was scaled)
        last = phone.locator("svg.chart").first.locator("text.tick").last.bounding_box()
        chart = phone.locator("svg.chart").first.bounding_box()
        assert last["x"] + last["width"] <= chart["x"] + chart["width"] + 1  # the last tick is not clipped
        phone.screenshot(path=str(SCREENSHOTS / "report-phone.png"))
        browser.close()
    assert (SCREENSHOTS / "report.png").stat().st_size > 10_000


def test_chart_ticks_are_round_and_amounts_human():
    from newsweave.report.charts import nice_ticks
    from newsweave.report.common import fmt_amount

    assert nice_ticks(12_240) == [0, 5_000, 10_000, 15_000]
    assert nice_ticks(24.7) == [0, 5, 10, 15, 20, 25]
    assert fmt_amount(4_000_000_000, "GBP") == "£4B" and fmt_amount(1_500_000, "USD") == "$1.5M"
    assert fmt_amount(4_500_000, None) == "4.5 million" and fmt_amount(12_000, None) == "12,000"


def test_a_named_source_without_a_country_is_shown_by_name_in_the_chart(kursk_brief_records):
    from newsweave.report.charts import figure_chart

    story = kursk_brief_records.stories[0]
    troops = max(story.figures, key=lambda f: len(f.claims))
    claims = [c for c in story.claims if c.id in troops.claims]
    chart = figure_chart(troops, claims, {}, {a: i for i, a in enumerate(story.articles, 1)})
    assert "no source given" not in chart and "Recent intelligence reports" in chart


def test_the_actor_graph_is_left_out_when_no_actor_acts_on_another(kursk_brief_records):
    from newsweave.report.charts import actor_graph

    story = kursk_brief_records.stories[0]
    assert actor_graph(story.entities[:5], []) == ""


def test_a_report_of_several_stories_opens_with_an_index_of_them(kursk_brief_records):
    from dataclasses import replace

    story = kursk_brief_records.stories[0]
    two = replace(kursk_brief_records, stories=[story, replace(story, id="s2", title="A second story")])
    html = render_html(two)
    assert '<nav class="index"' in html and 'href="#s1"' in html and 'href="#s2"' in html
    assert "A second story" in html


def test_a_group_whose_claims_all_come_from_one_source_reads_one_source_in_every_format(kursk_brief_records):
    """The store's status is "one_source"; a reader sees "one source" (seen on a croydon tram crash brief)."""
    import dataclasses

    story = kursk_brief_records.stories[0]
    figure = next(f for f in story.figures if len(f.claims) > 1)
    one_sided = dataclasses.replace(figure, status="one_source")
    brief = dataclasses.replace(
        kursk_brief_records,
        stories=[dataclasses.replace(story, figures=[one_sided, *(f for f in story.figures if f is not figure)])],
    )
    console = Console(record=True, width=80)
    render_terminal(brief, console)
    for shown in (console.export_text(), render_markdown(brief), render_html(brief)):
        assert "one source" in shown
        assert "one_source" not in shown.replace('class="badge one_source"', "")


def test_units_read_as_words_and_a_range_names_its_unit_once():
    """The contract stores quantulum3's names ("pound-mass", "year of age"); a reader sees "400 pounds",
    "3–4 years old" (news-threads harambe: "3 year of age–4 year of age", "400 pound-mass")."""
    from newsweave.records import Figure
    from newsweave.report.common import fmt_amount, fmt_range

    assert fmt_amount(400, "pound-mass") == "400 pounds"
    assert fmt_amount(1, "foot") == "1 foot"
    assert fmt_amount(12, "mile per hour") == "12 miles per hour"
    ages = Figure(id="s1:f0", about="boy", values=[3.0, 4.0], low=3.0, high=4.0, unit="year of age", claims=[])
    assert fmt_range(ages) == "3–4 years old"
    money = Figure(id="s1:f1", about="offer", values=[103e9, 105e9], low=103e9, high=105e9, unit="USD", claims=[])
    assert fmt_range(money) == "$103B–$105B"


def test_quotes_of_a_body_spelled_in_capitals_are_listed_under_the_merged_actor(nlp):
    # The news-threads Telegram thread: one outlet writes "APPLE said ...", the others "Apple said ..."; the story
    # merges the two spellings, and the reports list their quotes under one speaker, Apple.
    from newsweave.api import brief
    from newsweave.report.common import BriefView
    from tests.conftest import SHARED

    articles = SHARED / "data" / "news-threads" / "articles"
    files = [
        articles / f"{name}.json"
        for name in (
            "16acb254f1b2c1b53f98e683f2ee43966090b7bd39da52d85ac203f9",
            "26c06dca71d6f3c4e092f9131a98cb3a99cc0085b091302300ad128b",
            "464b008fa17b81cc0715da428fd4be12bb74b9b79b12171573d4e593",
        )
    ]
    records = brief(files, nlp)
    (story,) = records.stories
    written = {q.speaker for q in story.quotes if q.speaker and q.speaker.casefold() == "apple"}
    assert written == {"APPLE", "Apple"}
    view = BriefView(records, story)
    speakers = [speaker for speaker, _ in view.quotes_by_speaker()]
    assert "Apple" in speakers and "APPLE" not in speakers
