"""Issue 11, "Other output channels": the Markdown report never carries an article's HTML or Markdown syntax.

Rendered by a CommonMark renderer (markdown-it-py, which Rich already brings), the old report ran the
articles' scripts and loaded their tracking pixels; every article-derived string must come out as text.
"""

from __future__ import annotations

import copy

from markdown_it import MarkdownIt

from newsweave.report.markdown import render_markdown
from newsweave.textsafety import md_text

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src="https://track.example/pixel.gif">',
    "![pixel](https://track.example/p.gif)",
    "[click](javascript:alert(1))",
    "<https://evil.example>",
    "**bold** _it_ `code` | cell ~~x~~ # h",
]


def _hostile(kursk_brief_records):
    brief = copy.deepcopy(kursk_brief_records)
    payload = " ".join(PAYLOADS)
    story = brief.stories[0]
    story.title = payload
    story.summary[0].text = payload
    for quote in story.quotes:
        quote.text = payload
    for entity in story.entities:
        entity.name = payload
        entity.aliases = [payload]
    for claim in story.claims:
        claim.asserted_by = payload
    for entry in story.timeline:
        entry.event = payload
    for article in brief.articles:
        article.title = article.site = article.path = payload
    return brief


def test_markdown_report_renders_no_article_html_or_link(kursk_brief_records):
    brief = _hostile(kursk_brief_records)
    html = MarkdownIt("commonmark").enable("table").render(render_markdown(brief))
    for tag in ("<script", "<img", "<a ", "<strong>bold", "<em>it", "<code>", "<del>"):
        assert tag not in html, tag
    assert html.count("<h1>") == len(brief.stories)  # only the story titles, never a "# h" from an article
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "track.example/pixel.gif" in html


def test_markdown_table_keeps_its_columns_with_a_pipe_in_a_name(kursk_brief_records):
    markdown = render_markdown(_hostile(kursk_brief_records))
    actors = markdown.split("## Main actors")[1].split("\n\n")[1].splitlines()
    header_cells = actors[0].count(" | ")
    assert all(row.replace("\\|", "").count(" | ") == header_cells for row in actors[2:])


def test_md_text_escapes_html_and_inline_syntax_on_one_line():
    assert md_text("a <b> & *c*\n[d](e)") == "a &lt;b&gt; &amp; \\*c\\* \\[d\\](e)"
