"""The run's output as typed Parquet tables, each row carrying its story id and article id, so DuckDB
(or pandas, Spark ...) reads them as they are: "every disputed figure with its sources" is one query."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from newsweave.reconcile.story import assemble_story
from newsweave.records import Brief, Story
from newsweave.store.rows import count_sources

if TYPE_CHECKING:
    from newsweave.pipeline.parallel import StoryGroup

S, N, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()  # text, integer, real, flag
KEYS = [("story_id", S), ("article_id", S)]
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        KEYS
        + [("path", S), ("url", S), ("title", S), ("site", S), ("author", S), ("published", S),
           ("original_source", S), ("format", S), ("language", S), ("duplicate_of", S), ("rewrite_of", S),
           ("words", N), ("text", S)]
    ),
    "stories": pa.schema(
        KEYS
        + [("title", S), ("articles", N), ("sources", N), ("first_published", S), ("last_published", S),
           ("disputed", N), ("updated", N)]
    ),
    "entities": pa.schema(
        KEYS + [("entity_id", S), ("name", S), ("type", S), ("aliases", pa.list_(S)), ("mentions", N),
                ("affiliation", S)]
    ),
    "claims": pa.schema(
        KEYS
        + [("claim_id", S), ("value", F), ("low", F), ("high", F), ("qualifier", S), ("unit", S), ("kind", S),
           ("change", S), ("counted", S), ("asserted_by", S), ("affiliation", S), ("sentence", S), ("start", N),
           ("end", N)]
    ),
    "figures": pa.schema(
        KEYS
        + [("figure_id", S), ("about", S), ("status", S), ("unit", S), ("low", F), ("high", F), ("claim_id", S),
           ("value", F), ("asserted_by", S), ("affiliation", S)]
    ),
    "quotes": pa.schema(
        KEYS + [("quote_id", S), ("speaker", S), ("speaker_entity", S), ("text", S), ("direct", B), ("start", N),
                ("end", N)]
    ),
    "events": pa.schema(
        KEYS + [("event_id", S), ("actor", S), ("action", S), ("type", S), ("target", S), ("place", S),
                ("date", S), ("sentence", S)]
    ),
    "contradictions": pa.schema(
        KEYS
        + [("contradiction_id", S), ("about", S), ("kind", S), ("severity", S), ("figure_id", S), ("source", S),
           ("value", S), ("sentence", S), ("negated", B), ("may_be_time", B)]
    ),
    "summary": pa.schema(KEYS + [("position", N), ("text", S), ("figure_id", S)]),
}  # fmt: skip


def story_rows(brief: Brief, story: Story) -> dict[str, list[dict]]:
    """One story's rows for every table."""
    articles = brief.story_articles(story)
    sid = story.id
    claims = {c.id: c for c in story.claims}
    dates = sorted(a.published for a in articles if a.published)
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    rows["articles"] = [
        {"story_id": sid, "article_id": a.id, "path": a.path, "url": a.url, "title": a.title, "site": a.site,
         "author": a.author, "published": a.published, "original_source": a.original_source, "format": a.format,
         "language": a.language, "duplicate_of": a.duplicate_of, "rewrite_of": a.rewrite_of, "words": a.words,
         "text": a.text}
        for a in articles
    ]  # fmt: skip
    rows["stories"] = [
        {"story_id": sid, "article_id": story.articles[0] if story.articles else None, "title": story.title,
         "articles": len(story.articles), "sources": count_sources([a for a in articles if not a.duplicate_of]),
         "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
         "disputed": sum(f.status == "disputed" for f in story.figures),
         "updated": sum(f.status == "updated" for f in story.figures)}
    ]  # fmt: skip
    rows["entities"] = [
        {"story_id": sid, "article_id": article, "entity_id": e.id, "name": e.name, "type": e.type,
         "aliases": e.aliases, "mentions": e.mentions, "affiliation": e.affiliation}
        for e in story.entities
        for article in e.articles
    ]  # fmt: skip
    rows["claims"] = [
        {"story_id": sid, "article_id": c.article, "claim_id": c.id, "value": c.value, "low": c.low, "high": c.high,
         "qualifier": c.qualifier, "unit": c.unit, "kind": c.kind, "change": c.change, "counted": c.counted,
         "asserted_by": c.asserted_by, "affiliation": c.affiliation, "sentence": c.sentence, "start": c.start,
         "end": c.end}
        for c in story.claims
    ]  # fmt: skip
    rows["figures"] = [
        {"story_id": sid, "article_id": claims[c].article, "figure_id": f.id, "about": f.about, "status": f.status,
         "unit": f.unit, "low": f.low, "high": f.high, "claim_id": c, "value": claims[c].value,
         "asserted_by": claims[c].asserted_by, "affiliation": claims[c].affiliation}
        for f in story.figures
        for c in f.claims
        if c in claims
    ]  # fmt: skip
    rows["quotes"] = [
        {"story_id": sid, "article_id": q.article, "quote_id": q.id, "speaker": q.speaker,
         "speaker_entity": q.speaker_entity, "text": q.text, "direct": q.direct, "start": q.start, "end": q.end}
        for q in story.quotes
    ]  # fmt: skip
    rows["events"] = [
        {"story_id": sid, "article_id": e.article, "event_id": e.id, "actor": e.actor, "action": e.action,
         "type": e.type, "target": e.target, "place": e.place, "date": e.date, "sentence": e.sentence}
        for e in story.events
    ]  # fmt: skip
    rows["contradictions"] = [
        {"story_id": sid, "article_id": side.article, "contradiction_id": x.id, "about": x.about,
         "kind": x.kind, "severity": x.severity, "figure_id": x.figure, "source": side.source, "value": side.value,
         "sentence": side.sentence, "negated": side.negated, "may_be_time": x.may_be_time}
        for x in story.contradictions
        for side in x.sides
    ]  # fmt: skip
    rows["summary"] = [
        {"story_id": sid, "article_id": article, "position": n, "text": item.text, "figure_id": item.figure}
        for n, item in enumerate(story.summary)
        for article in item.articles
    ]  # fmt: skip
    return rows


class TableWriter:
    """Writes every table as `out/<name>.parquet` story by story as the per-story steps finish (rows in
    story order, a row group per `flush` rows), so a run never holds more than a few stories' rows; each
    file is written beside its target and renamed when whole. A context manager: on an error no table of
    this run is left half written."""

    def __init__(self, out: Path, flush: int = 4096) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out, self.flush = out, flush
        self.partials = {name: out / f"{name}.partial" for name in SCHEMAS}
        self.writers = {name: pq.ParquetWriter(self.partials[name], SCHEMAS[name]) for name in SCHEMAS}
        self.buffers: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
        self.counts = dict.fromkeys(SCHEMAS, 0)

    def add(self, rows: dict[str, list[dict]]) -> None:
        """One story's rows (from `story_rows`)."""
        for name, buffer in self.buffers.items():
            buffer += rows[name]
            self.counts[name] += len(rows[name])
            if len(buffer) >= self.flush:
                self._write(name)

    def _write(self, name: str) -> None:
        if self.buffers[name]:
            self.writers[name].write_table(pa.Table.from_pylist(self.buffers[name], schema=SCHEMAS[name]))
            self.buffers[name] = []

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        for name, writer in self.writers.items():
            if error is None:
                self._write(name)
            writer.close()
            if error is None:
                self.partials[name].replace(self.out / f"{name}.parquet")
            else:
                self.partials[name].unlink(missing_ok=True)


def assemble_group(group: StoryGroup) -> tuple[dict[str, list[dict]], Brief]:
    """The per-story steps: reconcile and summarise one story, and its rows for every table."""
    story_id, articles, annotations = group
    story: Story = assemble_story(story_id, articles, annotations)
    brief = Brief(articles=articles, stories=[story])
    return story_rows(brief, story), brief
