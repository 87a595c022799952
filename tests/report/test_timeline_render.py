"""The timeline in each report: every report that tells a happening is cited, in 80 columns too."""

from __future__ import annotations

import io

from rich.console import Console

from newsweave.report.markdown import render_markdown
from newsweave.report.terminal import cite_ranges, render_terminal


def test_nine_reports_of_the_croydon_derailment_cite_as_one_run():
    assert cite_ranges([9, 1, 2, 3, 4, 5, 6, 7, 8]) == "[1-9]"
    assert cite_ranges([1, 2, 3, 4, 6, 7, 8, 9]) == "[1-4,6-9]"
    assert cite_ranges([2, 4, 8]) == "[2,4,8]"


def test_the_kursk_timeline_cites_every_report_in_markdown_and_at_80_columns(kursk_brief_records):
    story = kursk_brief_records.stories[0]
    assert story.timeline and all(set(t.articles) >= {t.article} for t in story.timeline)
    told_by_all = max(story.timeline, key=lambda t: len(t.articles))
    assert len(told_by_all.articles) > 1  # merged across reports
    markdown = render_markdown(kursk_brief_records)
    section = markdown.split("## Timeline", 1)[1].split("## Articles", 1)[0]
    assert told_by_all.event in section
    console = Console(width=80, record=True, file=io.StringIO())
    render_terminal(kursk_brief_records, console)
    text = console.export_text()
    timeline = text[text.index("Timeline") : text.index("Articles")]
    assert all(len(line) <= 80 for line in timeline.splitlines())
    assert "…" not in timeline
