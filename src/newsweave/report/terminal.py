"""The terminal report (Rich): summary, disputed figures, quotes by speaker, actors, timeline.

Every string from an article goes in as a `Text` made by `term_text` (or `term_markup` where Rich takes
markup), so `[/]` or `[link=...]` in a title is shown, never interpreted, and escape sequences never reach
the terminal.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsweave.records import Brief, Figure
from newsweave.report.charts import day_runs, day_values
from newsweave.report.common import BriefView, fmt_amount, fmt_claim_value, fmt_range
from newsweave.report.disagreements import TIME_NOTE, disagreements
from newsweave.textsafety import term_markup, term_text, visible


def _summary(view: BriefView) -> Panel:
    lines = []
    for item in view.story.summary:
        line = Text("• " + visible(item.text))
        line.append(" " + view.cite(item.articles), style="cyan")
        lines.append(line)
    return Panel(Text("\n").join(lines), title="Summary", title_align="left", border_style="blue")


def _figures(view: BriefView) -> Table:
    """One row per figure told once (its claim beside its name), else the figure's range and status with a row
    per claim below; the "for" column only when some claim names whom its source speaks for, so 80 columns
    leave room for the sources."""
    figures = view.main_figures()
    with_for = any(view.claims[c].affiliation for f in figures for c in f.claims)
    table = Table(title="Figures: who says what", title_justify="left", show_lines=False, expand=True)
    table.add_column("what", ratio=3)
    table.add_column("value", justify="right", max_width=16)  # a range "11 million–11.5 million" wraps
    table.add_column("according to", ratio=4)  # the widest: "(the article itself)" on one line at 80 columns
    if with_for:
        table.add_column("for", ratio=2)
    table.add_column("art.", no_wrap=True, style="cyan")

    def claim_row(what: Text | str, claim_id: str) -> None:
        claim = view.claims[claim_id]
        source = term_text(view.claim_source(claim), style="" if claim.asserted_by else "dim")
        cells = [what, term_text(fmt_claim_value(claim)), source]
        if with_for:
            cells.append(term_text(claim.affiliation or ""))
        table.add_row(*cells, view.cite([claim.article]))

    for figure in figures:
        what = term_text(figure.about, style="bold")
        if len(figure.claims) == 1:
            claim_row(what, figure.claims[0])
            continue
        status = view.status_label(figure)
        style = {"disputed": "bold red", "agreed": "green"}.get(status, "dim")
        shown = status
        if figure.status == "updated" and figure.updates:
            shown += ": " + over_time(figure)
        head = [what, Text(fmt_range(figure), style=style), Text(shown, style=style)]
        table.add_row(*head, *([""] if with_for else []), "")
        for claim_id in figure.claims:
            claim_row("", claim_id)
    return table


def over_time(figure: Figure) -> str:
    """An update read day by day in the series' order, the values each day's reports give:
    "2016-11-09 5, 7 · 2016-11-10 7" (a corrected value's day comes after the value it corrects)."""
    runs = day_runs(day_values(figure.updates))
    return " · ".join(f"{date} {', '.join(fmt_amount(p.value, figure.unit) for p in run)}" for date, run in runs)


def _quotes(view: BriefView, per_speaker: int = 3) -> Table:
    table = Table(title="Quotes by speaker", title_justify="left", expand=True, show_lines=True)
    table.add_column("speaker", ratio=1, style="bold")
    table.add_column("says", ratio=4)
    for speaker, quotes in view.quotes_by_speaker():
        if speaker == "unattributed":
            continue
        rows: list[Text] = []
        for quote in quotes[:per_speaker]:
            text = quote.text.strip()
            shown = f"“{text}”" if quote.direct else f"(reported) {text}"
            shown = visible(shown[:300] + ("…" if len(shown) > 300 else ""))
            row = Text(shown, style="" if quote.direct else "italic")
            row.append(" " + view.cite([quote.article]), style="cyan")
            rows.append(row)
        if len(quotes) > per_speaker:
            rows.append(Text(f"… and {len(quotes) - per_speaker} more", style="dim"))
        # joined, not newline-ended: a trailing newline left a blank line in every row
        table.add_row(term_text(speaker), Text("\n").join(rows))
    return table


def _actors(view: BriefView) -> Table:
    table = Table(title="Main actors", title_justify="left", expand=True)
    for column in ("name", "type", "also written", "articles", "mentions"):
        table.add_column(column, justify="right" if column in ("articles", "mentions") else "left")
    for entity in view.main_actors():
        others = ", ".join(a for a in entity.aliases if a != entity.name)
        names = (term_text(entity.name), term_text(entity.type), term_text(others))
        table.add_row(*names, str(len(entity.articles)), str(entity.mentions))
    return table


def _contradictions(view: BriefView, limit: int = 8) -> Panel | None:
    """Each disagreement: what about, kind and severity (minor ones after, dimmed), each side with who says
    what and where, and the side's exact sentence below it."""
    found = disagreements(view)
    if not found:
        return None
    parts: list[Padding | Text] = []
    for number, item in enumerate(found[:limit], start=1):
        if number > 1:
            parts.append(Text(""))
        head = Text(f"{number}. ", style="bold" if item.major else "dim")
        head.append(term_text(item.item.about, style="bold" if item.major else ""))
        mark = f" — {item.kind}, {item.severity} ({item.severity_note})"
        head.append(mark, style="bold red" if item.major else "dim")
        if item.item.may_be_time:
            head.append(f"; {TIME_NOTE}", style="yellow")
        parts.append(head)
        for side in item.sides:
            line = Text()
            if side.label:
                line.append(term_text(side.label + ": ", style="italic" if not side.side.source else ""))
            line.append(term_text(side.says, style="bold" if side.has_value else ""))
            line.append(f" [{side.n}]" if side.n else "", style="cyan")
            line.append(term_text(f" {side.outlet}" if side.outlet else "", style="dim"))
            parts.append(Padding(line, (0, 0, 0, 3)))
            if side.has_value:
                parts.append(Padding(term_text(f"“{side.sentence}”", style="dim"), (0, 0, 0, 5)))
    if len(found) > limit:
        parts.append(Text(f"… and {len(found) - limit} more (all of them are in --md and --html)", style="dim"))
    minor = sum(not d.major for d in found)
    title = "Reports that disagree" + (f" ({minor} minor, last)" if minor else "")
    return Panel(Group(*parts), title=title, title_align="left", border_style="red")


def cite_ranges(numbers: list[int]) -> str:
    """Article numbers as runs, so a happening told by nine reports fits 80 columns: [1-4,6-9]."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "[" + ",".join(f"{r[0]}-{r[-1]}" if len(r) > 2 else ",".join(map(str, r)) for r in runs) + "]"


def _timeline(view: BriefView) -> Table | None:
    if not view.story.timeline:
        return None
    table = Table(title="Timeline", title_justify="left", expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=1)
    table.add_column("art.", style="cyan", no_wrap=True)
    for entry in view.story.timeline:
        date = entry.date + (" (reported)" if entry.basis == "reported" else "")
        numbers = [view.number[a] for a in entry.articles or [entry.article] if a in view.number]
        table.add_row(term_text(date), term_text(entry.event), cite_ranges(numbers))
    return table


def _sources(view: BriefView) -> Table:
    table = Table(title="Articles", title_justify="left", expand=True, box=None)
    table.add_column("", style="cyan", no_wrap=True)
    table.add_column("site")
    table.add_column("date", no_wrap=True)
    table.add_column("title / file")
    for article_id, number in view.number.items():
        article = view.articles[article_id]
        dup = f" (copy of {article.duplicate_of})" if article.duplicate_of else ""
        table.add_row(
            f"[{number}]",
            term_text(article.site or "-"),
            term_text(article.published or "-"),
            term_text((article.title or article_id) + dup),
        )
    return table


FULL_STORIES = 5  # the largest stories are shown in full, the others listed


def render_terminal(brief: Brief, console: Console) -> None:
    stories = brief.stories
    for story in stories[:FULL_STORIES]:
        view = BriefView(brief, story)
        console.rule(f"[bold]{term_markup(story.title)}")
        console.print(term_text(view.sources_line(), style="dim"), justify="center")
        parts = [
            _summary(view),
            _figures(view),
            _contradictions(view),
            _quotes(view),
            _actors(view),
            _timeline(view),
            _sources(view),
        ]
        console.print(Group(*[p for p in parts if p is not None]))
    if len(stories) > FULL_STORIES:
        title = f"{len(stories) - FULL_STORIES} more stories (all of them are in --json, --md and --html)"
        rest = Table(title=title, title_justify="left", box=None, expand=True)
        rest.add_column("story")
        rest.add_column("articles", justify="right")
        rest.add_column("title")
        for story in stories[FULL_STORIES:]:
            rest.add_row(term_text(story.id), str(len(story.articles)), term_text(story.title))
        console.print(rest)
