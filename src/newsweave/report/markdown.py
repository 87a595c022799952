"""The brief as Markdown: the same sections as the terminal report, with citations to the articles.

Every article-derived string goes through `md_text`: HTML characters become entities and Markdown
syntax is backslash-escaped, so a page's `<script>`, `<img>` or `[link](...)` is shown, never rendered.
"""

from __future__ import annotations

from newsweave.records import Brief
from newsweave.report.common import BriefView, fmt_claim_value, fmt_range
from newsweave.report.disagreements import TIME_NOTE, disagreements
from newsweave.textsafety import md_text


def _cell(text: object) -> str:
    """Article text for a table cell or a list item: one line, HTML and Markdown syntax escaped."""
    return md_text(text)


def _disagreements(view: BriefView) -> list[str]:
    """Major contradictions, then the minor ones under their own heading; each side's source, value, article
    and exact sentence."""
    found = disagreements(view)
    if not found:
        return []
    out = ["", "## Reports that disagree", ""]
    for number, item in enumerate(found, start=1):
        if not item.major and (number == 1 or found[number - 2].major):
            out += ["### Minor differences (both may hold)", ""]
        time = f" — *{TIME_NOTE}*" if item.item.may_be_time else ""
        marking = f"**{item.severity}**" if item.major else f"*{item.severity}*"
        out.append(f"{number}. **{_cell(item.item.about)}** ({_cell(item.kind)}, {marking}){time}")
        for side in item.sides:
            who = f"{_cell(side.label)}: " if side.label else ""
            where = (f" [{side.n}]" if side.n else "") + (f" {_cell(side.outlet)}" if side.outlet else "")
            if side.has_value:
                out.append(f"   - {who}**{_cell(side.says)}**{where} — “{_cell(side.sentence)}”")
            else:
                out.append(f"   - {who}“{_cell(side.says)}”{where}")
        out.append("")
    return out


def render_markdown(brief: Brief) -> str:
    out: list[str] = []
    for story in brief.stories:
        view = BriefView(brief, story)
        out += [f"# {_cell(story.title)}", "", f"*{_cell(view.sources_line())}*", "", "## Summary", ""]
        out += [f"- {_cell(item.text)} {view.cite(item.articles)}" for item in story.summary]
        out += [
            "",
            "## Figures: who says what",
            "",
            "| what | value | according to | for | article |",
            "|---|---|---|---|---|",
        ]
        for figure in view.main_figures():
            span = fmt_range(figure)
            out.append(f"| **{_cell(figure.about)}** | **{span}** | *{view.status_label(figure)}* | | |")
            for claim_id in figure.claims:
                claim = view.claims[claim_id]
                out.append(
                    f"| | {_cell(fmt_claim_value(claim))} | {_cell(view.claim_source(claim))} "
                    f"| {_cell(claim.affiliation or '')} | {view.cite([claim.article])} |"
                )
        out += _disagreements(view)
        out += ["", "## Quotes by speaker", ""]
        for speaker, quotes in view.quotes_by_speaker():
            out.append(f"**{_cell(speaker)}**")
            out.append("")
            for quote in quotes:
                text = _cell(quote.text)
                out.append(
                    f"- “{text}” {view.cite([quote.article])}"
                    if quote.direct
                    else f"- *{text}* (reported) {view.cite([quote.article])}"
                )
            out.append("")
        out += [
            "## Main actors",
            "",
            "| name | type | also written | articles | mentions |",
            "|---|---|---|---|---|",
        ]
        for entity in view.main_actors():
            others = ", ".join(a for a in entity.aliases if a != entity.name)
            out.append(
                f"| {_cell(entity.name)} | {_cell(entity.type)} | {_cell(others)} "
                f"| {len(entity.articles)} | {entity.mentions} |"
            )
        if story.timeline:
            out += ["", "## Timeline", ""]
            for entry in story.timeline:
                basis = " (reported)" if entry.basis == "reported" else ""
                cites = view.cite(_by_number(view, entry.articles or [entry.article]))
                out.append(f"- **{_cell(entry.date)}**{basis}: {_cell(entry.event)} {cites}")
        out += ["", "## Articles", ""]
        for article_id, number in view.number.items():
            article = view.articles[article_id]
            out.append(
                f"{number}. {_cell(article.title or article_id)} — {_cell(article.site or '')} "
                f"{_cell(article.published or '')} ({_cell(article.path)})"
            )
        out.append("")
    return "\n".join(out)


def _by_number(view: BriefView, article_ids: list[str]) -> list[str]:
    """The reports telling a timeline entry, in the order the articles are numbered."""
    return sorted(article_ids, key=lambda a: view.number.get(a, 0))
