"""Every renderer shows a contradiction as what it is about, its kind and severity (minor ones after the major
ones, marked), each side's source, value and article, and the side's exact sentence (issue 14 part 3, follow-up).

Real briefs: the wework gold story (a disputed lifeline, a date, a minor employee-count discrepancy) and the
kursk example (denials against affirmations, "may be a difference in time"). A brief stored before the new
fields still shows one report's sentence against the others'.
"""

from __future__ import annotations

import copy
import re
import shutil

import pytest
from rich.console import Console

from newsweave.contract import brief_from_data, to_data
from newsweave.records import Brief
from newsweave.report.common import BriefView
from newsweave.report.disagreements import day_span, disagreements
from newsweave.report.html import render_html
from newsweave.report.markdown import render_markdown
from newsweave.report.terminal import render_terminal

CHROMIUM = shutil.which("chromium")


def _terminal(brief: Brief, width: int = 80) -> tuple[str, list[str]]:
    """The report as one whitespace-normalised string (box edges dropped) and its raw lines."""
    console = Console(record=True, width=width)
    render_terminal(brief, console)
    raw = console.export_text()
    return " ".join(raw.replace("│", " ").replace("╭", " ").replace("╰", " ").split()), raw.splitlines()


def _values_and_sources(brief: Brief) -> list[tuple[str, str, bool]]:
    """(source, value as shown, major) of every side that has a value."""
    found = []
    for story in brief.stories:
        for item in disagreements(BriefView(brief, story)):
            found += [(s.side.source or "", s.says, item.major) for s in item.sides if s.has_value]
    return found


def test_wework_has_a_major_figure_a_date_and_a_minor_discrepancy(wework_brief_records):
    """The precondition of the tests below: the brief carries each kind the renderers must tell apart."""
    [story] = wework_brief_records.stories
    kinds = {(x.kind, x.severity) for x in story.contradictions}
    assert {("figure", "major"), ("discrepancy", "minor"), ("date", "major")} <= kinds
    lifeline = next(x for x in story.contradictions if x.kind == "figure")
    assert {(s.source, s.value) for s in lifeline.sides} == {
        ("TechCrunch", "up to $8 billion"),
        ("The Real Deal", "$9.5 billion lifeline"),
    }


def test_a_date_sides_span_of_days_reads_as_a_reader_says_it():
    """wework: 'the previous week' (17 to 29 September) against 'in October' (the whole month)."""
    assert day_span("2019-10-01/2019-10-31") == "October 2019"
    assert day_span("2019-09-17/2019-09-29") == "17–29 September 2019"
    assert day_span("2019-11-18") == "18 November 2019"
    assert day_span("2019-01-01/2019-12-31") == "2019"
    assert day_span("2019-09-30/2019-10-02") == "30 September 2019 – 2 October 2019"
    assert day_span("last week") == "last week"


def test_minor_contradictions_come_after_the_major_ones(wework_brief_records):
    [story] = wework_brief_records.stories
    shown = disagreements(BriefView(wework_brief_records, story))
    majors = [d.major for d in shown]
    assert majors == sorted(majors, reverse=True) and not majors[-1]


def test_terminal_at_80_columns_shows_each_side_its_source_value_sentence_and_the_minor_marking(
    wework_brief_records,
):
    text, lines = _terminal(wework_brief_records)
    assert all(len(line) <= 80 for line in lines)
    section = text.split("Reports that disagree")[1].split("Quotes by speaker")[0]
    for source, value, _ in _values_and_sources(wework_brief_records):
        assert f"{source}: {value}" in section if source else value in section
    assert "— figure, major" in section and "— discrepancy, minor (both may hold)" in section
    assert section.index("— figure, major") < section.index("— discrepancy, minor")
    assert "“More than a third of WeWork’s 12,000 employees will likely receive notice this week" in section
    assert "17–29 September 2019 [1]" in section and "October 2019 [3]" in section


def test_terminal_marks_a_possible_difference_in_time_and_keeps_a_denials_words(kursk_brief_records):
    text, _ = _terminal(kursk_brief_records)
    section = text.split("Reports that disagree")[1].split("Quotes by speaker")[0]
    assert "statement, major (both cannot be right); may be a difference in time" in section
    assert "one report says: While South Korean officials maintain that there was no direct combat" in section
    assert "United States: approximately 8,000 North Korean troops [" in section


def test_markdown_lists_each_side_and_puts_minor_ones_under_their_own_heading(wework_brief_records):
    markdown = render_markdown(wework_brief_records)
    section = markdown.split("## Reports that disagree")[1].split("## Quotes by speaker")[0]
    unescaped = section.replace("\\", "")
    for source, value, _ in _values_and_sources(wework_brief_records):
        assert f"{source}: **{value}**" in unescaped if source else f"**{value}**" in unescaped
    major, minor = section.split("### Minor differences (both may hold)")
    assert "(figure, **major**)" in major and "(discrepancy, *minor*)" in minor
    assert "The Real Deal: **12,000 employees** [3] The Real Deal New York — “More than a third" in minor


def test_html_report_shows_sides_with_article_links_sentences_and_severity(wework_brief_records):
    html = render_html(wework_brief_records)
    section = html.split("<h2>Reports differ</h2>")[1].split("</section>")[0]
    blocks = re.findall(r'<div class="contra (major|minor)">(.*?)\n  </div>\n  </div>', section, re.S)
    assert [b[0] for b in blocks] == sorted((b[0] for b in blocks), key=lambda s: s == "minor")
    assert section.index('class="minor-head"') < section.index('class="contra minor"')
    for source, value, major in _values_and_sources(wework_brief_records):
        block = next(b for _, b in blocks if f"<strong>{value}</strong>" in b)
        assert ('"badge major"' in block) == major and (not source or f'<p class="side-label">{source}</p>' in block)
    lifeline = next(b for _, b in blocks if "$9.5 billion lifeline" in b)
    assert re.search(r'<a class="cite" href="#art-[0-9a-f]+-0">\[3\]</a>', lifeline)
    assert '<details class="sentence"><summary>the sentence</summary><blockquote>After CEO and co-founder' in lifeline


def test_a_brief_stored_before_kinds_and_sources_shows_the_old_negation_pair(kursk_brief_records):
    """Contract data without kind, severity, source, claim or value: each side is its sentence, the first as
    'one report says' and the others as 'another report says', in every renderer."""
    data = copy.deepcopy(to_data(kursk_brief_records))
    for story in data["stories"]:
        for item in story["contradictions"]:
            for key in ("kind", "severity", "figure"):
                item.pop(key, None)
            for side in item["sides"]:
                for key in ("source", "claim", "value"):
                    side.pop(key, None)
    old = brief_from_data(data)
    first = old.stories[0].contradictions[0].sides[0].sentence.strip()
    text, _ = _terminal(old)
    assert f"one report says: {first}" in text and "another report says:" in text
    assert f"one report says: “{first}”" in render_markdown(old)
    html = render_html(old)
    assert '<p class="side-label">one report says</p>' in html and f"<blockquote>{first}" in html.replace("&#39;", "'")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_report_disagreements_in_a_real_browser(wework_brief_records, tmp_path):
    """The sentence opens from its details element; nothing is wider than a phone."""
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "wework.html"
    page_path.write_text(render_html(wework_brief_records), encoding="utf-8")
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(page_path.as_uri())
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        sentence = phone.locator(".contra.minor details.sentence").first
        assert not sentence.locator("blockquote").is_visible()
        sentence.locator("summary").click()
        assert "12,000 employees" in sentence.locator("blockquote").inner_text()
        browser.close()
