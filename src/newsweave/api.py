"""The library's entry points: read, brief and ingest. Each accepts a path or a list of paths; `-` (or a
`readers.stdin.StdinInput`) is standard input.

`brief` runs the same engine and steps as `newsweave ingest`, into a SQLite store held in memory, and
returns typed records (`records.Brief`); `contract.to_data` turns them into the JSON contract.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.readers import ReadOptions
from newsweave.readers.stdin import StdinInput
from newsweave.reading import iter_articles
from newsweave.records import Brief

if TYPE_CHECKING:
    from spacy.language import Language

    from newsweave.pipeline.local import RunSummary
    from newsweave.pipeline.parallel import ParallelAnnotator

Paths = str | Path | StdinInput | Iterable[str | Path | StdinInput]


def as_paths(paths: Paths) -> list[str | Path | StdinInput]:
    """One path or many: a string is one path, never a sequence of characters."""
    if isinstance(paths, str | Path | StdinInput):
        return [paths]
    return list(paths)


def read_articles(paths: Paths, options: ReadOptions | None = None) -> list[Article]:
    """The clean articles of `paths`, skipping (not raising on) bad input."""
    return [a for a in iter_articles(as_paths(paths), options) if isinstance(a, Article)]


def brief_with_summary(
    paths: Paths,
    nlp: Language | None,
    options: ReadOptions | None = None,
    on_skip: Callable[[InputError], None] | None = None,
    on_file: Callable[[], None] | None = None,
    pool: ParallelAnnotator | None = None,
) -> tuple[Brief, RunSummary]:
    """Every story among the articles under `paths`, largest first, and the run summary. A `pool` of worker
    processes annotates instead of `nlp` when given (the output is the same)."""
    from newsweave.pipeline.local import LocalEngine
    from newsweave.store import open_store

    store = open_store(":memory:")
    try:
        engine = LocalEngine(store, nlp, pool=pool)
        summary = engine.run(as_paths(paths), options, on_skip=on_skip, on_file=on_file, assemble=False)
        members = [sorted(store.articles_of(s.id), key=lambda a: a.id) for s in store.story_list()]
        # Numbered by size, then by their first article id: the same input gives the same story ids in any order.
        ranked = sorted(members, key=lambda a: (-len(a), min(x.id for x in a)))
        # Each story's annotations are read as it is assembled, never every article's at once (peak memory).
        groups = ((f"s{n}", arts, store.annotations_of([a.id for a in arts])) for n, arts in enumerate(ranked, 1))
        result = Brief(articles=[a for articles in ranked for a in articles])
        if pool is not None:  # the per-story steps in the workers too
            result.stories = list(pool.assemble_stream(groups))
        else:
            from newsweave.reconcile.story import assemble_story

            result.stories = [assemble_story(*group) for group in groups]
        summary.stories_updated = len(result.stories)
    finally:
        store.close()
    return result, summary


def brief(paths: Paths, nlp: Language | None = None) -> Brief:
    """The brief of every story among the articles under `paths`, largest first."""
    from newsweave.nlp import load_model

    return brief_with_summary(paths, nlp or load_model())[0]


def ingest(paths: Paths, db: str | Path, nlp: Language | None = None, options: ReadOptions | None = None) -> RunSummary:
    """Add the articles under `paths` to the store at `db` (no extraction when `nlp` is None)."""
    from newsweave.pipeline.local import LocalEngine
    from newsweave.store import open_store

    store = open_store(db)
    try:
        return LocalEngine(store, nlp).run(as_paths(paths), options)
    finally:
        store.close()
