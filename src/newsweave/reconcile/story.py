"""Story assembly: one story's articles and extractions in, its reconciled picture out.

A pure function: the inputs are not changed (claims and quotes are copied before their entity links
are pointed at the story's merged actors), so the same inputs always give the same story, whichever
engine or store calls it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.model import Annotations, Article, Claim
from newsweave.reconcile.actor_attributes import attribute_contradictions
from newsweave.reconcile.contradictions import find_contradictions
from newsweave.reconcile.entities import merge_entities
from newsweave.reconcile.event_dates import date_contradictions
from newsweave.reconcile.figure_conflicts import figure_contradictions
from newsweave.reconcile.figure_holders import share_holders
from newsweave.reconcile.figures import group_figures, source_view
from newsweave.reconcile.timeline import build_timeline
from newsweave.reconcile.unnamed_places import unnamed_place_contradictions
from newsweave.records import (
    Contradiction,
    ContradictionSide,
    Figure,
    Story,
    StoryEntity,
)
from newsweave.summarise import summarise

TITLE_CHARS = 100


def story_title(articles: list[Article]) -> str:
    """The title sharing most words with the other titles (the most typical one), or else the first
    sentence of the first article, cut at a word."""
    titles = [a.title for a in articles if a.title and not a.duplicate_of] or [a.title for a in articles if a.title]
    if titles:
        words = [set(re.findall(r"\w+", t.lower())) for t in titles]
        return max(titles, key=lambda t: sum(len(set(re.findall(r"\w+", t.lower())) & w) for w in words))
    first = re.split(r"(?<=[.!?])\s|\n", articles[0].text.strip(), maxsplit=1)[0] if articles else ""
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def on_story(annotations: Annotations, article: Article | None) -> Annotations:
    """The extractions outside the article's off-story passages (a second story or a digest appended to
    it, marked by the cleaner): their figures, quotes and people are not this story's."""
    spans = article.off_story if article is not None else []
    if not spans:
        return annotations

    def inside(start: int) -> bool:
        return any(low <= start < high for low, high in spans)

    return Annotations(
        annotations.article,
        [e for e in annotations.entities if not all(inside(start) for start, _ in e.mentions)],
        [c for c in annotations.claims if not inside(c.start)],
        [q for q in annotations.quotes if not inside(q.start)],
        [e for e in annotations.events if not inside(e.start)],
        [m for m in annotations.measures if not inside(m.start)],
        [s for s in annotations.statements if not inside(s.start)],
    )


def assemble_story(story_id: str, articles: list[Article], annotations: list[Annotations]) -> Story:
    """One story's reconciled picture: merged entities, grouped figures, quotes, events, timeline, summary."""
    by_id = {a.id: a for a in articles}
    annotations = [on_story(ann, by_id.get(ann.article)) for ann in annotations]
    originals = {a.id for a in articles if not a.duplicate_of}
    merged = merge_entities([e for ann in annotations for e in ann.entities], story_id)
    entity_of = {member: e.id for e in merged for member in e.members}
    claims = [
        replace(c, source_entity=entity_of.get(c.source_entity, c.source_entity))
        for ann in annotations
        for c in ann.claims
    ]
    quotes = [
        replace(q, speaker_entity=entity_of.get(q.speaker_entity, q.speaker_entity))
        for ann in annotations
        for q in ann.quotes
    ]
    counted = [c for c in claims if c.article in originals]  # a copy is not a second source
    story = Story(
        id=story_id,
        title=story_title(articles),
        articles=[a.id for a in articles],
        entities=[
            StoryEntity(e.id, e.name, e.type, e.aliases, e.articles, e.mentions, e.titles, e.affiliation)
            for e in merged
        ],
        claims=claims,
        figures=story_figures(counted, story_id, articles, {e.id: e.name for e in merged}, share_holders(merged)),
        quotes=quotes,
        events=[e for ann in annotations for e in ann.events],
        measures=[m for ann in annotations for m in ann.measures],
    )
    statements = [_contradiction(c) for c in find_contradictions(articles, annotations, story_id)]
    view = source_view(articles, {e.id: e.name for e in merged})
    sentences = [s for ann in annotations if ann.article in originals for s in ann.statements]
    found = [
        *statements,
        *date_contradictions(sentences, view, story.entities),
        *attribute_contradictions(sentences, view, story.entities),
        *unnamed_place_contradictions(sentences, view, story.entities),
        *figure_contradictions(story.figures, counted, view),
    ]
    story.contradictions = [replace(c, id=f"{story_id}:x{n}") for n, c in enumerate(found)]
    story.timeline = build_timeline(articles, story.events)
    story.summary = summarise(story, articles, [s for ann in annotations for s in ann.statements])
    return story


def story_figures(
    claims: list[Claim],
    story_id: str,
    articles: list[Article],
    entity_names: dict[str, str],
    people: set[str] | None = None,
) -> list[Figure]:
    """The story's figure groups, each with its status and sides (copies are already left out); `people` are the
    names of the story's persons, who hold shares (`figure_holders`)."""
    view = source_view(articles, entity_names)
    return [g.figure(view) for g in group_figures(claims, story_id, articles, entity_names, people)]


def _contradiction(data: dict) -> Contradiction:
    return Contradiction(
        id=data["id"],
        about=data["about"],
        sides=[ContradictionSide(**side) for side in data["sides"]],
        score=data.get("score", 0.0),
        may_be_time=bool(data.get("may_be_time")),
    )
