"""A batch run: stage every pending shard (locally or on Ray), then the global and per-story steps, then
the tables. The run folder (`OUT/_run/`) holds one completion mark per finished shard with its counts, the
staged shards, and `summary.json` (per step: in, out, dropped by reason), so a killed run resumes."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, closing
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsweave.batch.shards import SHARD_FILES, Shard, ShardStats, list_shards, load_stage, stage_shard
from newsweave.batch.tables import TableWriter, assemble_group
from newsweave.contract import to_json
from newsweave.errors import NewsweaveError
from newsweave.pipeline.local import LocalEngine
from newsweave.pipeline.parallel import StoryGroup
from newsweave.records import Brief
from newsweave.store.sqlite import SQLiteStore


@dataclass
class RunReport:
    """What a run did, written to `summary.json` and printed at the end."""

    engine: str
    shards: int = 0
    staged_now: int = 0
    resumed: int = 0  # shards finished by an earlier run and skipped
    read: int = 0
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    duplicates: int = 0
    rewrites: int = 0
    stories: int = 0
    tables: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # staging process id -> its peak memory

    def add_staged(self, staged: list[ShardStats]) -> None:
        """The per-article steps' own times over the shards staged by this run: each step's time summed over
        the shards (work), and the annotate step's wall time from its first start to its last end on any
        worker (model loads excluded), with each staging process's peak memory."""
        for stats in staged:
            for step, seconds in stats.seconds.items():
                self.seconds[f"{step}_work"] = round(self.seconds.get(f"{step}_work", 0.0) + seconds, 3)
            if stats.worker:
                key = str(stats.worker)
                self.worker_peak_mb[key] = max(self.worker_peak_mb.get(key, 0.0), stats.peak_mb)
        spans = [s.annotating for s in staged if s.annotating]
        if spans:
            self.seconds["annotate"] = round(max(e for _, e in spans) - min(b for b, _ in spans), 3)


class RunFolder:
    """`OUT/_run`: completion marks (`shards/<id>.json`), staged shards (`stage/<id>.parquet`), summary."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.root = out / "_run"
        self.marks = self.root / "shards"
        self.stage = self.root / "stage"
        for folder in (self.marks, self.stage):
            folder.mkdir(parents=True, exist_ok=True)

    def finished(self, shard: Shard) -> ShardStats | None:
        mark = self.marks / f"{shard.id}.json"
        if mark.exists() and (self.stage / f"{shard.id}.parquet").exists():
            return ShardStats(**json.loads(mark.read_text("utf-8")))
        return None

    def mark(self, stats: ShardStats) -> None:
        partial = self.marks / f"{stats.shard}.partial"
        partial.write_text(json.dumps(asdict(stats)), "utf-8")
        partial.replace(self.marks / f"{stats.shard}.json")


def run_batch(
    paths: list[str],
    out: Path,
    engine: str = "local",
    model: str | None = None,
    extract: bool = True,
    workers: int = 2,
    address: str | None = None,
    briefs: bool = False,
    shard_files: int = SHARD_FILES,
) -> RunReport:
    """Run every step over `paths` into `out` (see the module docstring)."""
    folder, report = RunFolder(out), RunReport(engine)
    shards, missing = list_shards(paths, shard_files)
    report.skipped += [str(e) for e in missing]
    if not shards:
        raise NewsweaveError("run: no input file found")
    report.shards = len(shards)
    done = {s.id: folder.finished(s) for s in shards}
    pending = [s for s in shards if done[s.id] is None]
    report.resumed = len(shards) - len(pending)
    if engine not in ("local", "ray"):
        raise NewsweaveError(f"run: unknown engine {engine!r} (local or ray)")
    start = time.perf_counter()
    with ExitStack() as stack:
        if engine == "ray":
            from newsweave.batch.ray_engine import RayEngine

            ray_engine = stack.enter_context(RayEngine(address, workers))
            staging = ray_engine.stage(pending, folder.stage, model, extract)
        else:
            staging = _stage_locally(pending, folder.stage, model, extract)
        for stats in staging:
            folder.mark(stats)
            done[stats.shard] = stats
        report.seconds["stage"] = time.perf_counter() - start
        store = stack.enter_context(closing(_global_steps(shards, folder, report)))
        start = time.perf_counter()
        groups = _story_groups(store)
        parts = ray_engine.assemble(groups) if engine == "ray" else map(assemble_group, groups)
        report.stories, report.tables = _write_parts(parts, out, briefs)
        report.seconds["tables"] = time.perf_counter() - start  # the per-story steps and the tables
    report.staged_now = len(pending)
    report.add_staged([done[s.id] for s in pending if done[s.id] is not None])
    for stats in done.values():
        report.read += stats.read
        report.articles += stats.staged
        report.skipped += stats.skipped
        report.dropped += stats.dropped
    (folder.root / "summary.json").write_text(json.dumps(asdict(report), indent=1), "utf-8")
    return report


def _stage_locally(pending: list[Shard], stage_dir: Path, model: str | None, extract: bool) -> Iterator[ShardStats]:
    from newsweave.nlp import load_model

    nlp = load_model(model) if extract and pending else None
    for shard in pending:
        yield stage_shard(shard, stage_dir, nlp)


def _global_steps(shards: list[Shard], folder: RunFolder, report: RunReport) -> SQLiteStore:
    """Duplicates and stories over every staged article, in shard order then record order (so the same
    input gives the same stories on any engine), in a store of the run folder made anew each time; the
    store comes back open, for the per-story steps to read one story at a time."""
    start = time.perf_counter()
    db = folder.root / "global.db"
    for stale in folder.root.glob("global.db*"):
        stale.unlink()
    store = SQLiteStore(db)
    try:
        summary = LocalEngine(store, None, batch=256).run_items(
            (batch for s in shards for batch in load_stage(folder.stage / f"{s.id}.parquet")), assemble=False
        )
    except BaseException:
        store.close()
        raise
    report.duplicates, report.rewrites = summary.duplicates, summary.rewrites
    report.seconds["global"] = time.perf_counter() - start
    return store


def _story_groups(store: SQLiteStore) -> Iterator[StoryGroup]:
    """Each story with its articles and their annotations, read from the store as needed, in story order:
    only the story ids are held, so the per-story steps take the same memory at any input size."""
    for story_id in sorted((s.id for s in store.story_list()), key=_story_number):
        articles = store.articles_of(story_id)
        yield story_id, articles, store.annotations_of([a.id for a in articles])


def _write_parts(parts: Iterable[tuple[dict[str, list[dict]], Brief]], out: Path, briefs: bool) -> tuple[int, dict]:
    """Each story's rows into the tables (and its brief as JSON) as it comes; the story and row counts back."""
    stories = 0
    if briefs:
        (out / "briefs").mkdir(parents=True, exist_ok=True)
    with TableWriter(out) as tables:
        for rows, brief in parts:
            tables.add(rows)
            if briefs:
                (out / "briefs" / f"{brief.stories[0].id}.json").write_text(to_json(brief), "utf-8")
            stories += 1
    return stories, tables.counts


def _story_number(story_id: str) -> int:
    digits = "".join(ch for ch in story_id if ch.isdigit())
    return int(digits) if digits else 0
