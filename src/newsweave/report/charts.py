"""Charts drawn as inline SVG on the server: no script, no CDN, the report opens offline.

Every label goes through `escape`; the functions return markup ready to embed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from newsweave.model import Claim
from newsweave.records import Figure, FigureUpdate, StoryEntity
from newsweave.report.common import QUALIFIER_MARKS, fmt_amount, is_currency

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"]
UNATTRIBUTED_COLOR = "#8a909b"
LABEL_CHARS = 42  # a source label fits a phone's width at 13px; the whole label is its tooltip


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """Round tick values from 0 past `top`: steps of 1, 2 or 5 times a power of ten, at most `most` + 1 ticks."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    count = math.ceil(top / step - 1e-9)
    return [step * i for i in range(count + 1)]


def axis_tick(value: float, unit: str | None) -> str:
    """A tick's label: the number alone (each value's label beside its mark carries the unit), so "10 years old"
    written under every tick does not run into its neighbours on a phone; a sign ($, %) stays, it is short."""
    return fmt_amount(value, unit if unit == "percent" or is_currency(unit) else None)


def _marker(kind: str, color: str) -> str:
    """A shape per qualifier, drawn at the origin: ● exact, ○ approximate, ▶ over / at least, ◀ under / up to."""
    if kind in ("over", "at_least"):
        return f'<path d="M-6,-7 L7,0 L-6,7 Z" fill="{color}"/>'
    if kind in ("under", "up_to"):
        return f'<path d="M6,-7 L-7,0 L6,7 Z" fill="{color}"/>'
    if kind == "approximately":
        return f'<circle r="6" fill="white" stroke="{color}" stroke-width="3"/>'
    return f'<circle r="6.5" fill="{color}"/>'


def named_source(claim: Claim) -> str:
    """Who asserts a value when nothing else is known of its article: the named source, else the article itself."""
    return claim.asserted_by or "the article itself"


def figure_chart(
    figure: Figure,
    claims: list[Claim],
    href: dict[str, str],
    numbers: dict[str, int],
    source_of: Callable[[Claim], str] = named_source,
) -> str:
    """Value by source for one figure group; each marker links to the claim's sentence.

    Positions are percentages of the chart's width and there is no viewBox, so the chart fills any screen
    while its text keeps its size (no 4-pixel labels on a phone). Each source's label sits above its row."""
    row, top = 46, 8
    height = top + row * len(claims) + 34
    ticks = nice_ticks(max(c.high or c.value for c in claims) * 1.02)
    span = ticks[-1] or 1.0
    colors: dict[str, str] = {}
    parts = [
        f'<svg class="chart" width="100%" height="{height}" role="img" '
        f'aria-label="{escape(figure.about)}: values by source" xmlns="http://www.w3.org/2000/svg">'
        f'<svg x="2%" width="94%" overflow="visible">'
    ]
    for value in ticks:  # grid and axis labels, the first and last aligned inside the chart
        x = f"{100 * value / span:.2f}%"
        anchor = "start" if value == ticks[0] else ("end" if value == ticks[-1] else "middle")
        parts.append(f'<line x1="{x}" y1="{top}" x2="{x}" y2="{height - 28}" stroke="#e4e6eb"/>')
        tick = escape(axis_tick(value, figure.unit))
        parts.append(f'<text x="{x}" y="{height - 10}" text-anchor="{anchor}" class="tick">{tick}</text>')
    claims = sorted(claims, key=lambda c: (c.affiliation is None, c.affiliation or source_of(c), c.value))
    for index, claim in enumerate(claims):
        label_y, y = top + row * index + 14, top + row * index + 32
        who = claim.affiliation or source_of(claim)
        color = (
            UNATTRIBUTED_COLOR
            if claim.affiliation is None and claim.asserted_by is None
            else colors.setdefault(who, PALETTE[len(colors) % len(PALETTE)])
        )
        label = f"{who} [{numbers.get(claim.article, '?')}]"
        if claim.asserted_by and claim.asserted_by != who:
            label += f" · {claim.asserted_by}"
        shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"
        parts.append(f'<text x="0" y="{label_y}" class="label">{escape(shown)}<title>{escape(label)}</title></text>')
        parts.append(f'<line x1="0" y1="{y}" x2="100%" y2="{y}" stroke="#f0f1f4"/>')
        link = href.get(claim.id, "#")
        parts.append(f'<a href="{escape(link)}"><title>{escape(_tooltip(claim, source_of(claim)))}</title>')
        position = 100 * (claim.high or claim.value) / span
        if claim.qualifier == "range" and claim.low is not None:
            x1, x2 = f"{100 * claim.low / span:.2f}%", f"{position:.2f}%"
            parts.append(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{color}" stroke-width="6"/>')
        else:
            at = f"{100 * claim.value / span:.2f}%"
            parts.append(
                f'<svg x="{at}" y="{y}" overflow="visible">{_marker(claim.qualifier or "exactly", color)}</svg>'
            )
        parts.append("</a>")
        mark = QUALIFIER_MARKS.get(claim.qualifier or "", "")
        right_side = position < 70
        parts.append(
            f'<text x="{position:.2f}%" y="{y + 4}" dx="{14 if right_side else -14}" '
            f'text-anchor="{"start" if right_side else "end"}" class="value">'
            f"{escape(mark)} {escape(fmt_amount(claim.value, claim.unit))}</text>"
        )
    parts.append("</svg></svg>")
    return "".join(parts)


@dataclass(frozen=True)
class DayValue:
    """One value as the reports of one day give it, with every source that gives it."""

    date: str
    value: float
    sources: tuple[str, ...]
    claim: str  # the first report's claim: the point links to its sentence


def day_values(points: list[FigureUpdate]) -> list[DayValue]:
    """The update's points merged by day and value, in the series' order (date order, but a value the reports tell
    was corrected before its correction, whatever a page's date says): five reports of the same toll on one day are
    one point naming the five sources, not five circles drawn on each other."""
    merged: dict[tuple[str, float], list[FigureUpdate]] = {}
    for point in points:
        merged.setdefault((point.date, point.value), []).append(point)
    return [
        DayValue(date, value, tuple(dict.fromkeys(p.source for p in same)), same[0].claim)
        for (date, value), same in merged.items()
    ]


def day_runs(points: list[DayValue]) -> list[tuple[str, list[DayValue]]]:
    """The points cut where the day changes, in series order: one run per day when the series goes by date; a
    corrected value's day comes again after the superseded values (RT's harambe page dated a year late still
    reads before the correction to 3), so the series ends on the latest value."""
    runs: list[tuple[str, list[DayValue]]] = []
    for point in points:
        if runs and runs[-1][0] == point.date:
            runs[-1][1].append(point)
        else:
            runs.append((point.date, [point]))
    return runs


def update_chart(figure: Figure, href: dict[str, str]) -> str:
    """An updated figure as a curve over publication time: one point per day and value, naming its sources,
    and the curve through each day's highest value (the latest count reported that day).
    Dates are placed in percent of the width (no viewBox), so the text keeps its size on a phone."""
    points = day_values(figure.updates)
    top, bottom, height = 16, 40, 240
    runs = day_runs(points)  # one slot on the axis per run: the days in date order unless a correction reorders them
    slot = {id(p): index for index, (_, run) in enumerate(runs) for p in run}
    ticks = nice_ticks(max(p.value for p in points) * 1.02)
    span = ticks[-1] or 1.0

    def x(index: int) -> str:
        return f"{100 * index / max(1, len(runs) - 1):.2f}%" if len(runs) > 1 else "50%"

    def y(value: float) -> float:
        return height - bottom - value / span * (height - top - bottom)

    parts = [
        f'<svg class="chart" width="100%" height="{height}" role="img" '
        f'aria-label="{escape(figure.about)}: values over time" xmlns="http://www.w3.org/2000/svg">'
        '<svg x="12%" width="82%" overflow="visible">'
    ]
    for value in ticks:
        parts.append(f'<line x1="0" y1="{y(value):.1f}" x2="100%" y2="{y(value):.1f}" stroke="#e4e6eb"/>')
        tick = escape(axis_tick(value, figure.unit))
        parts.append(f'<text x="0" dx="-8" y="{y(value) + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    last = len(runs) - 1
    for index, (date, _) in enumerate(runs):
        anchor = "start" if index == 0 and last > 0 else ("end" if index == last else "middle")
        label = escape(date)
        parts.append(f'<text x="{x(index)}" y="{height - 14}" text-anchor="{anchor}" class="tick">{label}</text>')
    highest = [max(p.value for p in run) for _, run in runs]
    for index, (a, b) in enumerate(zip(highest, highest[1:], strict=False)):
        parts.append(
            f'<line x1="{x(index)}" y1="{y(a):.1f}" x2="{x(index + 1)}" y2="{y(b):.1f}" '
            f'stroke="{PALETTE[0]}" stroke-width="2.5" class="curve"/>'
        )
    for point in points:
        amount = fmt_amount(point.value, figure.unit)
        tip = f"{amount} on {point.date} ({', '.join(point.sources)})"
        index = slot[id(point)]
        ends = {0: "start", last: "end"} if last > 0 else {}
        anchor = ends.get(index, "middle")
        count = f" ({len(point.sources)} reports)" if len(point.sources) > 1 else ""
        parts.append(  # the label above its point, off the curve
            f'<a href="{escape(href.get(point.claim, "#"))}"><title>{escape(tip)}</title>'
            f'<circle cx="{x(index)}" cy="{y(point.value):.1f}" r="6" fill="{PALETTE[0]}"/></a>'
            f'<text x="{x(index)}" dx="{6 if anchor == "end" else 0}" '
            f'y="{y(point.value) - 11:.1f}" text-anchor="{anchor}" class="value">{escape(amount + count)}</text>'
        )
    parts.append("</svg></svg>")
    return "".join(parts)


def group_chart(
    figure: Figure,
    claims: list[Claim],
    href: dict[str, str],
    numbers: dict[str, int],
    source_of: Callable[[Claim], str] = named_source,
) -> str | None:
    """An update as a curve over publication time, any other group of two or more as values by source
    (one place for the HTML report and the web page, so both draw an update as a curve). `source_of` names who
    gives a value as the figure tables do (`BriefView.claim_source`: the outlet's own report when no one else)."""
    if figure.status == "updated" and figure.updates:
        return update_chart(figure, href)
    return figure_chart(figure, claims, href, numbers, source_of) if len(claims) > 1 else None


def _tooltip(claim: Claim, source: str) -> str:
    return f"{fmt_amount(claim.value, claim.unit)} {claim.counted or ''} — {source} ({claim.article})"


def actor_graph(actors: list[StoryEntity], links: list[tuple[str, str, str]]) -> str:
    """The actors joined by what they did to each other, laid out by networkx (Kamada-Kawai, deterministic);
    only actors with a relation are drawn, and nothing at all when no relation was found. networkx is imported
    here, by the HTML report alone (0.17 s that the terminal report, which imports this module, never needs)."""
    import networkx as nx

    known = {a.name: a for a in actors}
    graph = nx.DiGraph()
    for source, target, label in links:
        if source in known and target in known and source != target:
            kinds = graph.get_edge_data(source, target, {}).get("kinds", [])
            graph.add_edge(source, target, kinds=[*kinds, label] if label not in kinds else kinds)
    if graph.number_of_edges() == 0:
        return ""
    width, height, margin = 760, 80 + 70 * min(graph.number_of_nodes(), 8), 150
    layout = nx.kamada_kawai_layout(graph.to_undirected()) if graph.number_of_nodes() > 2 else None
    names = sorted(graph.nodes)
    if layout is None:
        layout = {name: (i * 2.0 - 1.0, 0.0) for i, name in enumerate(names)}
    xs, ys = [p[0] for p in layout.values()], [p[1] for p in layout.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    position = {
        name: (
            margin + (layout[name][0] - min(xs)) / span_x * (width - 2 * margin),
            50 + (layout[name][1] - min(ys)) / span_y * (height - 100),
        )
        for name in names
    }
    biggest = max(known[n].mentions for n in names) or 1
    parts = [
        f'<svg class="graph" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="actors and relations" '
        'xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5d6677"/>'
        "</marker></defs>"
    ]
    for source, target, data in sorted(graph.edges(data=True)):
        (x1, y1), (x2, y2) = position[source], position[target]
        bend = 18 if graph.has_edge(target, source) else 0  # two directions: two arcs, not one line
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        mx, my = (x1 + x2) / 2 - dy / length * bend, (y1 + y2) / 2 + dx / length * bend
        sx, sy = x1 + dx / length * 22, y1 + dy / length * 22  # from the edge of the circle, not its centre
        ex, ey = x2 - dx / length * 26, y2 - dy / length * 26
        text = ", ".join(data["kinds"])
        parts.append(
            f'<path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" fill="none" stroke="#8a909b" '
            f'stroke-width="1.8" marker-end="url(#arrow)"><title>{escape(source)} → {escape(target)}: '
            f"{escape(text)}</title></path>"
        )
        parts.append(
            f'<text x="{mx:.1f}" y="{my - 4:.1f}" class="edge" text-anchor="middle" paint-order="stroke" '
            f'stroke="white" stroke-width="4">{escape(text)}</text>'
        )
    colors = {"PERSON": "#1f77b4", "ORG": "#c2570c", "GPE": "#2c7a2c"}
    for name in names:
        actor, (x, y) = known[name], position[name]
        r = 9 + 12 * math.sqrt(actor.mentions / biggest)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colors.get(actor.type, "#6b7280")}" '
            f'fill-opacity="0.85"><title>{escape(name)}: {actor.mentions} mentions</title></circle>'
        )
        anchor, offset = ("start", r + 6) if x >= width / 2 else ("end", -r - 6)
        parts.append(
            f'<text x="{x + offset:.1f}" y="{y + 5:.1f}" text-anchor="{anchor}" class="node" paint-order="stroke" '
            f'stroke="white" stroke-width="4">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
