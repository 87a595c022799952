"""Assemble the brief: articles and their extractions, reconciled per story, as the output contract.

`build_brief` is the one place that knows the JSON shape (`schema_version: 1` in DESIGN.md); the
renderers read the dictionary it returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from newsweave.errors import InputError
from newsweave.model import Annotations, Article
from newsweave.readers import ReadOptions
from newsweave.reconcile.contradictions import find_contradictions
from newsweave.reconcile.entities import merge_entities
from newsweave.reconcile.figures import group_figures
from newsweave.reconcile.timeline import build_timeline
from newsweave.summarise import summarise

SCHEMA_VERSION = 1

if TYPE_CHECKING:
    from newsweave.ingest import IngestStats


def article_dict(article: Article) -> dict[str, Any]:
    data = article.to_dict()
    data["removed"] = [asdict(r) for r in article.removed]
    data["headings"] = [asdict(h) for h in article.headings]
    return data


TITLE_CHARS = 100


def story_title(articles: list[Article]) -> str:
    """The title sharing most words with the other titles (the most typical one), or else the first
    sentence of the first article, cut at a word."""
    titles = [a.title for a in articles if a.title and not a.duplicate_of] or [a.title for a in articles if a.title]
    if titles:
        words = [set(re.findall(r"\w+", t.lower())) for t in titles]
        return max(titles, key=lambda t: sum(len(set(re.findall(r"\w+", t.lower())) & w) for w in words))
    first = re.split(r"(?<=[.!?])\s|\n", articles[0].text.strip(), maxsplit=1)[0]
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def build_story(story_id: str, articles: list[Article], annotations: list[Annotations]) -> dict[str, Any]:
    """One story's reconciled picture: merged entities, grouped figures, quotes, events, timeline."""
    originals = {a.id for a in articles if not a.duplicate_of}
    entities = merge_entities([e for ann in annotations for e in ann.entities], story_id)
    entity_of = {member: e.id for e in entities for member in e.members}
    claims = [c for ann in annotations for c in ann.claims]
    for claim in claims:
        claim.source_entity = entity_of.get(claim.source_entity, claim.source_entity)
    quotes = [q for ann in annotations for q in ann.quotes]
    for quote in quotes:
        quote.speaker_entity = entity_of.get(quote.speaker_entity, quote.speaker_entity)
    events = [e for ann in annotations for e in ann.events]
    counted_claims = [c for c in claims if c.article in originals]  # a copy is not a second source
    figures = group_figures(counted_claims, story_id)
    story = {
        "id": story_id,
        "title": story_title(articles),
        "articles": [a.id for a in articles],
        "entities": [e.to_dict() for e in entities],
        "claims": [asdict(c) for c in claims],
        "figures": [f.to_dict() for f in figures],
        "quotes": [asdict(q) for q in quotes],
        "events": [asdict(e) for e in events],
        "measures": [asdict(m) for ann in annotations for m in ann.measures],
    }
    story["contradictions"] = find_contradictions(articles, annotations, story_id)
    story["timeline"] = build_timeline(articles, events)
    story["summary"] = summarise(story, articles, [s for ann in annotations for s in ann.statements])
    return story


def build_brief(articles: list[Article], annotations: list[Annotations]) -> dict[str, Any]:
    """The whole output: every article, and one story holding them all (until stories are clustered)."""
    stories = [build_story("s1", articles, annotations)] if articles else []
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [article_dict(a) for a in articles],
        "stories": stories,
    }


def combine(briefs: list[dict[str, Any]]) -> dict[str, Any]:
    """One output holding several stories' briefs, in the order given."""
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [a for b in briefs for a in b["articles"]],
        "stories": [s for b in briefs for s in b["stories"]],
    }


def brief_with_stats(
    paths: Iterable[str | Path],
    nlp: Language,
    options: ReadOptions | None = None,
    on_skip: Callable[[InputError], None] | None = None,
    on_file: Callable[[], None] | None = None,
) -> tuple[dict[str, Any], IngestStats]:
    """Every story among the articles under `paths`, largest first, and what the reading did.

    The articles go through the same ingest as `newsweave ingest` (duplicates, rewrites, stories), into
    a store held in memory."""
    from newsweave.ingest import Ingester
    from newsweave.store import Store

    store = Store(":memory:")
    stats = Ingester(store, nlp).run(paths, options, on_skip=on_skip, on_file=on_file)
    return combine([store.story_brief(row["id"]) for row in store.stories()]), stats


def brief(paths: Iterable[str | Path], nlp: Language | None = None) -> dict[str, Any]:
    """Library entry point: the brief of every story among the articles under `paths`, largest first."""
    from newsweave.nlp import load_model

    return brief_with_stats(paths, nlp or load_model())[0]
