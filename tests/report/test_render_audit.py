"""What the render audit fixed, pinned on the kursk example and the croydon tram crash (news-threads):
terminal rows at 80 columns, the HTML report on a 390 px phone, an update drawn one point per day."""

from __future__ import annotations

import re
import shutil

import pytest
from rich.console import Console

from newsweave.records import Figure, FigureUpdate
from newsweave.report.charts import axis_tick, day_values, update_chart
from newsweave.report.html import render_html
from newsweave.report.terminal import over_time, render_terminal

CHROMIUM = shutil.which("chromium")

# news-threads croydon_tram_trash: the people killed as each report of the two days gives them
CROYDON_KILLED = [
    FigureUpdate("2016-11-09", 5.0, "www.independent.co.uk", "c9"),
    FigureUpdate("2016-11-09", 7.0, "United Kingdom", "c2"),
    FigureUpdate("2016-11-09", 7.0, "www.dailymail.co.uk", "c3"),
    FigureUpdate("2016-11-09", 7.0, "United Kingdom", "c7"),
    FigureUpdate("2016-11-09", 7.0, "www.bbc.com", "c8"),
    FigureUpdate("2016-11-10", 7.0, "www.theguardian.com", "c4"),
]


def _terminal(brief) -> list[str]:
    console = Console(record=True, width=80, color_system=None)
    render_terminal(brief, console)
    return console.export_text().splitlines()


def test_kursk_terminal_rows_end_without_a_blank_line(kursk_brief_records):
    """Each speaker's quotes and the summary were newline-ended: a blank line closed every row at 80 columns."""
    lines = _terminal(kursk_brief_records)
    quotes = lines[next(i for i, line in enumerate(lines) if line.startswith("Quotes by speaker")) :]
    quotes = quotes[: next(i for i, line in enumerate(quotes) if line.startswith("Main actors"))]
    blank_row = re.compile(r"^│\s+│\s+│$")
    assert not [line for line in quotes if blank_row.match(line)]
    summary_end = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    assert lines[summary_end - 1].strip("│ ")  # the last summary line, not an empty one
    assert all(len(line) <= 80 for line in lines)


def test_kursk_terminal_figure_told_once_is_one_row(kursk_brief_records):
    """The kursk officers, 500 by Ukrainian intelligence [2]: a figure with one claim is one row, not a "one source" row
    repeating the value above the claim's row."""
    lines = _terminal(kursk_brief_records)
    [officers] = [line for line in lines if line.startswith("│ officers ")]
    assert "500" in officers and "Ukrainian" in officers and "[2]" in officers
    assert not [line for line in lines if "one source" in line and "│ officers" in line]


def test_croydon_update_is_one_point_per_day_and_value_naming_its_sources():
    """Five reports of 2016-11-09 (5 once, 7 four times) and one of 2016-11-10: three points, not six circles
    drawn on each other, the curve through each day's highest value, every source in the point's tooltip."""
    points = day_values(CROYDON_KILLED)
    assert [(p.date, p.value) for p in points] == [("2016-11-09", 5.0), ("2016-11-09", 7.0), ("2016-11-10", 7.0)]
    assert points[1].sources == ("United Kingdom", "www.dailymail.co.uk", "www.bbc.com")
    figure = Figure("f1", "people killed", status="updated", low=5.0, high=7.0, updates=CROYDON_KILLED)
    svg = update_chart(figure, {u.claim: f"#{u.claim}" for u in CROYDON_KILLED})
    assert svg.count("<circle") == 3 and svg.count('class="curve"') == 1
    assert "7 on 2016-11-09 (United Kingdom, www.dailymail.co.uk, www.bbc.com)" in svg
    assert "7 (3 reports)" in svg
    assert over_time(figure) == "2016-11-09 5, 7 · 2016-11-10 7"


def test_chart_ticks_carry_no_unit_but_a_sign():
    """croydon's "Martin Bamford ... 30 years old": "0 years old 10 years old ..." ran together on a phone."""
    assert axis_tick(10.0, "years old") == "10"
    assert axis_tick(5.0, "percent") == "5%"


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_kursk_report_tables_fit_a_phone_without_breaking_words(kursk_brief_records, tmp_path):
    """At 390 px the tables broke "South Korea" into "Sout|h Kore|a" (overflow-wrap:anywhere) and the actors'
    five columns ran past the screen: now no table scrolls and the actor's type sits under its name."""
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "kursk.html"
    page_path.write_text(render_html(kursk_brief_records), encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(page_path.as_uri())
        wide = phone.evaluate(
            "[...document.querySelectorAll('.scroll')].filter(e => e.scrollWidth > e.clientWidth + 1).length"
        )
        assert wide == 0
        assert phone.evaluate("getComputedStyle(document.querySelector('td')).overflowWrap") == "break-word"
        assert phone.locator("table.actors th.etype").is_hidden()
        assert phone.locator("table.actors .etype-under").first.is_visible()
        desk = browser.new_page(viewport={"width": 1280, "height": 900})
        desk.goto(page_path.as_uri())
        assert desk.locator("table.actors th.etype").is_visible()
        assert desk.locator("table.actors .etype-under").first.is_hidden()
        browser.close()


def test_bitcoin_whole_dollars_are_shown_without_cents():
    """news-threads Bitcoin_drops, "Bitcoin price falls below $6,000": the terminal read "under $6,000.00"."""
    from newsweave.report.common import fmt_amount

    assert fmt_amount(6000.0, "USD") == "$6,000"
    assert fmt_amount(5995.58, "USD") == "$5,995.58"


def test_kursk_terminal_figures_read_whole_at_80_columns(kursk_brief_records):
    """ "(the article itself)" took two lines in every row, and a narrower "what" column cut "hospitalized" to
    "hospitaliz…": at 80 columns the source reads on one line and no cell is cut."""
    lines = _terminal(kursk_brief_records)
    start = next(i for i, line in enumerate(lines) if line.startswith("Figures: who says what"))
    figures = lines[start : next(i for i, line in enumerate(lines) if line.startswith("╭─ Reports"))]
    assert any("(the article itself)" in line for line in figures)
    assert not [line for line in figures if "…" in line or re.search(r"\(the article\s+│", line)]


def test_kursk_sources_are_counted_as_the_store_counts_them(kursk_brief_records):
    """The terminal said "5 articles from 5 sources" (one per unknown site) where the web page said 2: four kursk
    reports have no site and count once together, beside Business-News-Today.com."""
    from newsweave.report.common import BriefView

    view = BriefView(kursk_brief_records, kursk_brief_records.stories[0])
    assert view.sources_line() == "5 articles from 2 sources, 2024-11-06"
