"""A self-contained HTML report: one file, inline CSS and SVG, no script or network needed to open it.

Article text is escaped and shown with its extracted spans highlighted (figures, quotes, summary
sentences); every figure, quote and summary sentence links to its sentence in its article.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from newsweave.model import Article, Claim
from newsweave.records import Brief, Figure, Story
from newsweave.report.charts import actor_graph, group_chart
from newsweave.report.common import BriefView, fmt_claim_value, fmt_range
from newsweave.report.disagreements import TIME_NOTE, disagreements

TEMPLATES = Path(__file__).parent / "templates"


def anchor(kind: str, article_id: str, start: int) -> str:
    """The id of a highlighted span: stable, readable, valid in HTML."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in article_id)
    return f"{kind}-{safe}-{start}"


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """Escape `text` and wrap each (start, end, css class, id) span; overlapping spans nest by splitting
    the text into runs that carry every class covering them."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts: dict[int, list[str]] = {}
    for start, _, _, ident in spans:
        if ident and ident not in starts.get(start, []):  # two summary items may cite one sentence
            starts.setdefault(start, []).append(ident)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        out.extend(f'<a id="{escape(i)}" class="anchor"></a>' for i in starts.get(a, []))
        classes = sorted({cls for s, e, cls, _ in spans if s <= a and b <= e})
        piece = escape(text[a:b])
        out.append(f'<span class="{" ".join(classes)}">{piece}</span>' if classes else piece)
    return Markup("".join(out))


def _paragraphs(article: Article, spans: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """Split the text at blank lines, keeping offsets, so each paragraph highlights its own spans."""
    text = article.text
    headings = {h.start for h in article.headings}
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        end = start + len(block)
        # a span crossing into this paragraph is highlighted again, but its anchor stays where it starts
        local = [
            (max(s, start) - start, min(e, end) - start, css, ident if s >= start else "")
            for s, e, css, ident in spans
            if s < end and e > start
        ]
        paragraphs.append({"heading": start in headings, "html": highlight(block, local)})
        start = end + 2
    return paragraphs


def _article_spans(view: BriefView, article_id: str) -> list[tuple[int, int, str, str]]:
    story = view.story
    spans = []
    for claim in story.claims:
        if claim.article == article_id:
            spans.append((claim.start, claim.end, "hl-figure", anchor("c", article_id, claim.start)))
    for quote in story.quotes:
        if quote.article == article_id:
            spans.append((quote.start, quote.end, "hl-quote", anchor("q", article_id, quote.start)))
    seen: set[str] = set()  # a sentence supporting two summary sentences gets one anchor
    for item in story.summary:
        for sent in item.sentences:
            if sent.article == article_id and not item.figure:
                ident = anchor("s", article_id, sent.start)
                spans.append((sent.start, sent.end, "hl-summary", "" if ident in seen else ident))
                seen.add(ident)
    return spans


def _links(view: BriefView) -> list[tuple[str, str, str]]:
    names = {e.name for e in view.main_actors()}
    links = []
    for event in view.story.events:
        if event.actor in names and event.target in names and event.actor != event.target:
            links.append((event.actor, event.target, event.type))
    return links


def _chart(figure: Figure, claims: list[Claim], href: dict[str, str], view: BriefView) -> Markup | None:
    chart = group_chart(figure, claims, href, view.number, view.claim_source)
    return Markup(chart) if chart else None


def story_context(brief: Brief, story: Story) -> dict[str, Any]:
    view = BriefView(brief, story)
    claim_href = {c.id: "#" + anchor("c", c.article, c.start) for c in story.claims}
    figures = []
    for figure in view.main_figures():
        claims = [view.claims[c] for c in figure.claims]
        figures.append(
            {
                "figure": figure,
                "range": fmt_range(figure),
                "chart": _chart(figure, claims, claim_href, view),
                "claims": [
                    {"claim": c, "value": fmt_claim_value(c), "source": view.claim_source(c), "href": claim_href[c.id]}
                    for c in claims
                ],
            }
        )
    summary = []
    for item in story.summary:
        first = (item.sentences or [None])[0]
        href = "#" + anchor("c" if item.figure else "s", first.article, first.start) if first else "#"
        summary.append({"text": item.text, "href": href, "cites": [(view.number[a], a) for a in item.articles]})
    quotes = [
        (
            speaker,
            [{"q": q, "href": "#" + anchor("q", q.article, q.start), "n": view.number[q.article]} for q in qs],
        )
        for speaker, qs in view.quotes_by_speaker()
    ]
    articles = []
    for article_id, number in view.number.items():
        article = view.articles[article_id]
        articles.append(
            {
                "n": number,
                "a": article,
                "dom_id": anchor("art", article_id, 0),
                "paragraphs": _paragraphs(article, _article_spans(view, article_id)),
            }
        )
    return {
        "sid": "".join(ch if ch.isalnum() else "-" for ch in story.id),
        "view": view,
        "story": story,
        "summary": summary,
        "figures": figures,
        "quotes": quotes,
        "actors": view.main_actors(),
        "graph": Markup(actor_graph(view.main_actors(), _links(view))),
        "contradictions": disagreements(view),
        "time_note": TIME_NOTE,
        "timeline": story.timeline,
        "articles": articles,
        "article_href": {aid: "#" + anchor("art", aid, 0) for aid in view.number},
    }


def render_html(brief: Brief) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    template = env.get_template("report.html.j2")
    stories = [story_context(brief, story) for story in brief.stories]
    title = brief.stories[0].title if brief.stories else "newsweave brief"
    return template.render(title=title, stories=stories)
