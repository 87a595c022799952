"""Each value of a figure group is shown with its qualifier and who asserts it: a figure an outlet gives in its own
voice names the outlet ("TechCrunch (own report)"), the side its status counts, where every row read "(the article
itself)" and the wework dispute showed no one against no one. The wework gold pages, briefed the shipped way."""

from __future__ import annotations

from rich.console import Console

from newsweave.report.html import render_html
from newsweave.report.markdown import render_markdown
from newsweave.report.terminal import render_terminal


def _figure_rows(markdown: str, about: str) -> list[str]:
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| **{about}**"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("| **"))
    return lines[start:end]


def test_the_wework_dispute_shows_each_value_with_its_qualifier_and_outlet(wework_brief_records):
    rows = _figure_rows(render_markdown(wework_brief_records), "lifeline")
    assert rows == [
        "| **lifeline** | **$8B–$9.5B** | *disputed* | | |",
        "| | up to \\$8B | TechCrunch (own report) |  | [2] |",
        "| | \\$9.5B | The Real Deal New York (own report) |  | [3] |",
    ]


def test_the_trademark_payment_told_almost_agrees_with_the_exact_one(wework_brief_records):
    """wework gold: "almost $6 million" (VentureBeat) and "$5.9 million" (TechCrunch) agree, each shown as told."""
    [story] = wework_brief_records.stories
    claims = {c.id: c for c in story.claims}
    [figure] = [f for f in story.figures if f.values == [5_900_000.0, 6_000_000.0]]
    assert figure.status == "agreed"
    rows = _figure_rows(render_markdown(wework_brief_records), figure.about)
    assert rows[1:] == ["| | about \\$6M | VentureBeat (own report) |  | [1] |",
                        "| | \\$5.9M | TechCrunch (own report) |  | [2] |"]  # fmt: skip
    assert sorted(claims[c].qualifier for c in figure.claims) == ["approximately", "exactly"]


def test_the_terminal_and_html_name_the_outlet_too(wework_brief_records):
    console = Console(width=120, record=True, color_system=None)
    render_terminal(wework_brief_records, console)
    text = console.export_text()
    assert "up to $8B" in text and "TechCrunch (own report)" in text
    html = render_html(wework_brief_records)
    assert "<td>The Real Deal New York (own report)</td>" in html
    assert "(the article itself)" not in html  # every wework page names its outlet
