"""What each page shows, computed from the store's typed records: the story list with its filters, a
story's brief with every citation pointing at its sentence, and an article with its spans highlighted.

Templates receive plain values and markup made here (escaped by `report.html.highlight` and the charts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from newsweave.model import Annotations, Article
from newsweave.records import Brief, SentenceRef, Story, SummarySentence
from newsweave.report.charts import group_chart
from newsweave.report.common import BriefView, fmt_claim_value, fmt_range
from newsweave.report.disagreements import TIME_NOTE, disagreements
from newsweave.report.html import anchor
from newsweave.store.interface import SearchHit, Store, StorySummary
from newsweave.web.highlight import clip, mark_up
from newsweave.web.security import safe_href

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENTENCE_CLASSES = ("hl-summary", "cited")  # whole sentences a citation points to


@dataclass
class StoryFilter:
    """The stories page's form: search words, a date range, a source, only stories with disputes."""

    q: str = ""
    start: str = ""
    end: str = ""
    source: str = ""
    disputed: bool = False
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.q = self.q.strip()[:200]
        for name in ("start", "end"):
            value = getattr(self, name).strip()
            if value and not DATE.match(value):
                self.problems.append(f"{name} date {value!r} ignored: write it as YYYY-MM-DD")
                value = ""
            setattr(self, name, value)


@dataclass
class StorySource:
    """One article of a story as its source list shows it: when it was published and when it was ingested
    (UTC ISO 8601; None for an article stored before the store recorded ingest times)."""

    n: int  # the number its citations use: [n]
    article: str
    title: str | None
    site: str | None
    url: str | None
    published: str | None
    ingested: str | None
    duplicate_of: str | None = None
    rewrite_of: str | None = None


def story_sources(brief: Brief, story: Story, ingested: dict[str, str | None]) -> list[StorySource]:
    """The story's articles in citation order, each with its publication and ingest times."""
    view = BriefView(brief, story)
    return [
        StorySource(
            view.number[aid], aid, a.title, a.site, a.url, a.published, ingested.get(aid), a.duplicate_of, a.rewrite_of
        )
        for aid in story.articles
        if (a := view.articles.get(aid)) is not None
    ]


def shown_time(iso: str | None) -> str:
    """An ingest time as a reader reads it ("2026-11-29 20:10 UTC"), or "unknown"."""
    if not iso:
        return "unknown"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def list_stories(store: Store, wanted: StoryFilter) -> list[StorySummary]:
    """Stories matching the filter, newest activity first."""
    found = store.story_list(search=wanted.q or None)
    if wanted.start:
        found = [s for s in found if (s.last_published or "") >= wanted.start]
    if wanted.end:
        found = [s for s in found if s.first_published and s.first_published <= wanted.end]
    if wanted.source:
        members = store.story_sources().get(wanted.source, set())
        found = [s for s in found if s.id in members]
    if wanted.disputed:
        found = [s for s in found if s.disputed > 0]
    return sorted(found, key=lambda s: -s.last_added)


def search_hits(store: Store, query: str) -> list[SearchHit]:
    return store.search(query, limit=30) if query else []


def article_link(article_id: str, story_id: str | None = None, kind: str = "", start: int = 0) -> str:
    """The article page, scrolled to one span when `kind` is given (the span's anchor id)."""
    href = f"/articles/{quote(article_id, safe='')}"
    if story_id:
        href += f"?story={quote(story_id, safe='')}"
    return href + (f"#{anchor(kind, article_id, start)}" if kind else "")


def story_page(brief: Brief, story: Story, ingested: dict[str, str | None] | None = None) -> dict[str, Any]:
    """The brief of one story; every citation opens its sentence on the article page; each source with
    when it was published and ingested (`ingested`: the store's times by article id)."""
    view = BriefView(brief, story)
    sid = story.id
    claim_href = {c.id: article_link(c.article, sid, "c", c.start) for c in story.claims}
    figures = []
    for figure in view.main_figures():
        claims = [view.claims[c] for c in figure.claims if c in view.claims]
        chart = group_chart(figure, claims, claim_href, view.number, view.claim_source)
        figures.append(
            {
                "figure": figure,
                "range": fmt_range(figure),
                "chart": Markup(chart) if chart else None,
                "claims": [
                    {"claim": c, "value": fmt_claim_value(c), "source": view.claim_source(c), "href": claim_href[c.id]}
                    for c in claims
                ],
            }
        )
    summary = []
    for item in story.summary:
        refs = cited_sentences(item)
        cites = [
            (view.number[a], article_link(a, sid, "s", refs[a].start) if a in refs else article_link(a, sid))
            for a in item.articles
            if a in view.number
        ]
        summary.append({"text": item.text, "cites": cites})
    quotes = [
        (
            speaker,
            [{"q": q, "href": article_link(q.article, sid, "q", q.start), "n": view.number[q.article]} for q in qs],
        )
        for speaker, qs in view.quotes_by_speaker()
    ]
    found = disagreements(view)
    sides = [[article_link(s.side.article, sid, "d", s.side.start) for s in d.sides] for d in found]
    timeline = [
        {"t": t, "n": view.number.get(t.article), "href": article_link(t.article, sid, "t", t.start)}
        for t in story.timeline
    ]
    sources = [
        {
            "n": source.n,
            "a": view.articles[source.article],
            "href": article_link(source.article, sid),
            "out": safe_href(source.url),
            "ingested": source.ingested,
            "ingested_shown": shown_time(source.ingested),
        }
        for source in story_sources(brief, story, ingested or {})
    ]
    return {
        "lede": view.sources_line(),  # the terminal's and the report's words: "11 articles from 7 sources"
        "story": story,
        "view": view,
        "summary": summary,
        "figures": figures,
        "contradictions": [(d, list(zip(d.sides, hrefs, strict=True))) for d, hrefs in zip(found, sides, strict=True)],
        "time_note": TIME_NOTE,
        "quotes": quotes,
        "actors": view.main_actors(),
        "timeline": timeline,
        "sources": sources,
    }


def cited_sentences(item: SummarySentence) -> dict[str, SentenceRef]:
    """For each article a summary sentence cites, the sentence there it rests on (the summariser's references)."""
    found: dict[str, SentenceRef] = {}
    for ref in item.sentences:
        found.setdefault(ref.article, ref)
    return found


def article_spans(article: Article, annotations: Annotations, story: Story | None) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, anchor id) of every figure, quote and cited sentence in one article."""
    article_id = article.id
    spans = [(c.start, c.end, "hl-figure", anchor("c", article_id, c.start)) for c in annotations.claims]
    spans += [(q.start, q.end, "hl-quote", anchor("q", article_id, q.start)) for q in annotations.quotes]
    if story is None:
        return spans
    for item in story.summary:
        refs = [r for r in item.sentences if r.article == article_id]
        css = "cited" if item.figure else "hl-summary"  # a figure's sentences: the figure itself is highlighted
        spans += [(r.start, r.end, css, anchor("s", article_id, r.start)) for r in refs]
    for x in story.contradictions:
        spans += [
            (s.start, s.end, "cited", anchor("d", article_id, s.start)) for s in x.sides if s.article == article_id
        ]
    spans += [
        (t.start, t.end, "cited", anchor("t", article_id, t.start)) for t in story.timeline if t.article == article_id
    ]
    return _unique_anchors(spans)


def _unique_anchors(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """One element per anchor id (two summary items may cite the same sentence)."""
    seen: set[str] = set()
    out = []
    for start, end, css, ident in spans:
        out.append((start, end, css, "" if ident in seen else ident))
        seen.add(ident)
    return out


def paragraphs(article: Article, spans: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """The clean text split at blank lines (offsets kept), each paragraph with its spans marked up:
    cited sentences as elements of their own, figures and quotes highlighted."""
    headings = {h.start for h in article.headings}
    sentences = [sp for sp in spans if sp[2] in SENTENCE_CLASSES]
    inner = [sp for sp in spans if sp[2] not in SENTENCE_CLASSES]
    found, start = [], 0
    for block in article.text.split("\n\n"):
        end = start + len(block)
        html = mark_up(block, clip(inner, start, end), clip(sentences, start, end))
        found.append({"heading": start in headings, "html": html})
        start = end + 2
    return found


def article_page(
    article: Article, annotations: Annotations, brief: Brief | None, story_id: str | None, ingested: str | None = None
) -> dict[str, Any]:
    story = brief.stories[0] if brief and brief.stories else None
    return {
        "a": article,
        "ingested": ingested,
        "ingested_shown": shown_time(ingested),
        "story_id": story_id,
        "story": story,
        "out": safe_href(article.url),
        "paragraphs": paragraphs(article, article_spans(article, annotations, story)),
        "claims": len(annotations.claims),
        "quotes": len(annotations.quotes),
    }
