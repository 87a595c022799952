"""Charts drawn as inline SVG on the server: no script, no CDN, the report opens offline.

Every label goes through `escape`; the functions return markup ready to embed.
"""

from __future__ import annotations

import math
from html import escape

from newsweave.model import Claim
from newsweave.records import Figure, StoryEntity
from newsweave.report.common import QUALIFIER_MARKS, fmt_number

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"]
UNATTRIBUTED_COLOR = "#9e9e9e"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exponent:
            return step * exponent
    return 10 * exponent


def _marker(kind: str, x: float, y: float, color: str) -> str:
    """A shape per qualifier: ● exact, ○ approximate, ▶ over / at least, ◀ under / up to."""
    if kind in ("over", "at_least"):
        return f'<path d="M{x - 6:.1f},{y - 7:.1f} L{x + 7:.1f},{y:.1f} L{x - 6:.1f},{y + 7:.1f} Z" fill="{color}"/>'
    if kind in ("under", "up_to"):
        return f'<path d="M{x + 6:.1f},{y - 7:.1f} L{x - 7:.1f},{y:.1f} L{x + 6:.1f},{y + 7:.1f} Z" fill="{color}"/>'
    if kind == "approximately":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="white" stroke="{color}" stroke-width="3"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6.5" fill="{color}"/>'


def figure_chart(figure: Figure, claims: list[Claim], href: dict[str, str], numbers: dict[str, int]) -> str:
    """Value by source for one figure group; each marker links to the claim's sentence."""
    left, right, row, top = 230, 40, 30, 30
    width = 760
    height = top + row * len(claims) + 40
    top_value = _nice_max(max(c.high or c.value for c in claims) * 1.05)
    scale = (width - left - right) / top_value
    colors: dict[str, str] = {}
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(figure.about)}: values by source" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i in range(5):  # grid and axis labels
        value = top_value * i / 4
        x = left + value * scale
        parts.append(f'<line x1="{x:.1f}" y1="{top - 10}" x2="{x:.1f}" y2="{height - 30}" stroke="#e4e4e4"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle" class="tick">{fmt_number(value)}</text>'
        )
    claims = sorted(claims, key=lambda c: (not c.affiliation, c.affiliation or "", c.value))
    for index, claim in enumerate(claims):
        y = top + row * index + row / 2
        who = claim.affiliation or "unattributed"
        color = (
            UNATTRIBUTED_COLOR if who == "unattributed" else colors.setdefault(who, PALETTE[len(colors) % len(PALETTE)])
        )
        label = (who if who != "unattributed" else "(no source given)") + f" [{numbers.get(claim.article, '?')}]"
        source = claim.asserted_by or ""
        parts.append(
            f'<text x="{left - 12}" y="{y + 4:.1f}" text-anchor="end" class="label">{escape(label)}'
            f"<title>{escape(source or 'the article itself')}</title></text>"
        )
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#f2f2f2"/>')
        link = href.get(claim.id, "#")
        parts.append(f'<a href="{escape(link)}"><title>{escape(_tooltip(claim))}</title>')
        if claim.qualifier == "range" and claim.low is not None:
            x1, x2 = left + claim.low * scale, left + claim.high * scale
            parts.append(
                f'<line x1="{x1:.1f}" y1="{y:.1f}" x2="{x2:.1f}" y2="{y:.1f}" stroke="{color}" stroke-width="6"/>'
            )
        else:
            parts.append(_marker(claim.qualifier or "exactly", left + claim.value * scale, y, color))
        parts.append("</a>")
        value_x = left + (claim.high or claim.value) * scale + 12
        mark = QUALIFIER_MARKS.get(claim.qualifier or "", "")
        parts.append(
            f'<text x="{value_x:.1f}" y="{y + 4:.1f}" class="value">{escape(mark)} {fmt_number(claim.value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _tooltip(claim: Claim) -> str:
    source = claim.asserted_by or "the article itself"
    return f"{fmt_number(claim.value)} {claim.counted or ''} — {source} ({claim.article})"


def actor_graph(actors: list[StoryEntity], links: list[tuple[str, str, str]]) -> str:
    """Actors on an ellipse, joined by what they did to each other (event types label the edges)."""
    if not actors:
        return ""
    width, height, rx, ry = 820, 520, 250, 190
    cx, cy = width / 2, height / 2
    position = {}
    for i, actor in enumerate(actors):
        angle = 2 * math.pi * i / len(actors) - math.pi / 2
        position[actor.name] = (cx + rx * math.cos(angle), cy + ry * math.sin(angle))
    labels: dict[tuple[str, str], list[str]] = {}
    for source, target, label in links:
        if source in position and target in position:
            kinds = labels.setdefault((source, target), [])
            if label not in kinds:
                kinds.append(label)
    biggest = max(a.mentions for a in actors) or 1
    parts = [
        f'<svg class="graph" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="actors and relations" '
        'xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888"/>'
        "</marker></defs>"
    ]
    for (source, target), kinds in labels.items():
        (x1, y1), (x2, y2) = position[source], position[target]
        bend = 18 if (target, source) in labels else 0  # two directions: two arcs, not one line
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        nx, ny = -dy / length * bend, dx / length * bend
        mx, my = (x1 + x2) / 2 + nx, (y1 + y2) / 2 + ny
        ex, ey = x2 - dx / length * 26, y2 - dy / length * 26
        text = ", ".join(kinds)
        parts.append(
            f'<path d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" fill="none" stroke="#9aa0aa" '
            f'stroke-width="1.8" marker-end="url(#arrow)"><title>{escape(source)} → {escape(target)}: '
            f"{escape(text)}</title></path>"
        )
        parts.append(
            f'<text x="{mx:.1f}" y="{my - 3:.1f}" class="edge" text-anchor="middle" paint-order="stroke" '
            f'stroke="white" stroke-width="4">{escape(text)}</text>'
        )
    colors = {"PERSON": "#1f77b4", "ORG": "#ff7f0e", "GPE": "#2ca02c"}
    for actor in actors:
        x, y = position[actor.name]
        r = 9 + 12 * math.sqrt(actor.mentions / biggest)
        color = colors.get(actor.type, "#7f7f7f")
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}" fill-opacity="0.85">'
            f"<title>{escape(actor.name)}: {actor.mentions} mentions</title></circle>"
        )
        anchor = "start" if x > cx + 5 else ("end" if x < cx - 5 else "middle")
        offset = r + 6 if anchor == "start" else (-r - 6 if anchor == "end" else 0)
        dy = 4 if anchor != "middle" else (-r - 7 if y < cy else r + 17)
        parts.append(
            f'<text x="{x + offset:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" class="node">'
            f"{escape(actor.name)}</text>"
        )
    legend = '<text x="12" y="{y}" class="edge"><tspan fill="{c}">●</tspan> {t}</text>'
    for i, (kind, color) in enumerate(colors.items()):
        parts.append(
            legend.format(
                y=height - 12 - 16 * i,
                c=color,
                t={"PERSON": "person", "ORG": "organisation", "GPE": "country or place"}[kind],
            )
        )
    parts.append("</svg>")
    return "".join(parts)
