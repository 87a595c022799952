"""Input shards: one file each (a WARC or JSON-lines file streams its records), named by a hash of its path,
and the per-article work on one shard: read, clean, fingerprint and annotate, staged as one Parquet file."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from newsweave.contract import to_data
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.pipeline.step import Item, StepStats
from newsweave.pipeline.steps import Annotate, Fingerprint
from newsweave.readers import expand_paths
from newsweave.reading import ReadStats, iter_articles

if TYPE_CHECKING:
    from spacy.language import Language

SLICE = 64  # articles parsed at a time within a shard
STAGE_SCHEMA = pa.schema(
    [
        ("shard", pa.string()),
        ("position", pa.int64()),
        ("key", pa.string()),
        ("article", pa.string()),  # the article, as the contract's JSON
        ("annotations", pa.string()),  # its extractions, as JSON (null when extraction was off)
        ("signature", pa.binary()),
        ("bands", pa.list_(pa.list_(pa.int64(), 2))),
    ]
)


SHARD_BYTES = 2_000_000  # small files are grouped into shards of about this size
SHARD_FILES = 64


@dataclass
class Shard:
    """A unit of per-article work and of resumption: one large file, or a group of small ones."""

    id: str
    paths: list[str]


@dataclass
class ShardStats:
    """What the per-article steps did on one shard: read counts, skips and drops, by reason."""

    shard: str
    paths: list[str]
    read: int = 0
    staged: int = 0
    skipped: list[str] = field(default_factory=list)  # one line each: input and reason
    dropped: list[str] = field(default_factory=list)  # "article: reason"
    seconds: dict[str, float] = field(default_factory=dict)  # time inside each per-article step
    annotating: list[float] = field(default_factory=list)  # wall clock (epoch) of the first and last annotation
    worker: int = 0  # the staging process's id
    peak_mb: float = 0.0  # its peak resident memory so far (model included)


def list_shards(paths: list[str], most_files: int = SHARD_FILES) -> tuple[list[Shard], list[InputError]]:
    """The input files as shards, in a fixed order (by path): a large file alone, small files grouped;
    and the inputs that do not exist. A shard is named by a hash of its files' paths."""
    files, missing = expand_paths(paths)
    groups: list[list[Path]] = []
    size = 0
    for path in sorted(files, key=str):
        weight = path.stat().st_size if path.is_file() else 0
        if not groups or size + weight > SHARD_BYTES or len(groups[-1]) >= most_files:
            groups.append([])
            size = 0
        groups[-1].append(path)
        size += weight
    shards = [
        Shard(
            hashlib.sha1("\n".join(str(p.resolve()) for p in group).encode()).hexdigest()[:16], [str(p) for p in group]
        )
        for group in groups
    ]
    return shards, missing


def stage_shard(shard: Shard, stage_dir: Path, nlp: Language | None) -> ShardStats:
    """Read, clean, fingerprint and (with `nlp`) annotate one shard; write its staged Parquet file.
    The shard streams through in slices, so a large WARC or JSON-lines file is never held whole."""
    from newsweave.pipeline.local import article_key

    read = ReadStats()
    stats = ShardStats(shard.id, shard.paths)
    steps = [Fingerprint(), *([Annotate(nlp)] if nlp is not None else [])]
    step_stats = [StepStats(step.name) for step in steps]
    stage_dir.mkdir(parents=True, exist_ok=True)
    target = stage_dir / f"{shard.id}.parquet"
    partial = target.with_suffix(".partial")
    articles = (a for a in iter_articles(shard.paths, None, read) if isinstance(a, Article))
    with pq.ParquetWriter(partial, STAGE_SCHEMA) as writer:
        while chunk := list(islice(articles, SLICE)):
            items = [Item(a, article_key(a)) for a in chunk]
            for step, counts in zip(steps, step_stats, strict=True):
                began = time.perf_counter()
                if step.name == Annotate.name and not stats.annotating:
                    stats.annotating = [time.time(), time.time()]
                items = step.run(items, counts)
                counts.seconds += time.perf_counter() - began
                if step.name == Annotate.name:
                    stats.annotating[1] = time.time()
            writer.write_table(pa.table(_rows(shard, stats.staged, items), schema=STAGE_SCHEMA))
            stats.staged += len(items)
    partial.replace(target)  # a shard's stage file is whole or absent
    stats.read = read.articles
    stats.skipped = [str(e) for e in read.skipped]
    stats.dropped = [f"{d.article}: {d.reason}" for counts in step_stats for d in counts.dropped]
    stats.seconds = {counts.name: round(counts.seconds, 4) for counts in step_stats}
    stats.worker, stats.peak_mb = os.getpid(), peak_memory_mb()
    return stats


def peak_memory_mb() -> float:
    """This process's peak resident memory in MB (Linux reports kilobytes)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _rows(shard: Shard, first: int, items: list[Item]) -> dict[str, list]:
    return {
        "shard": [shard.id] * len(items),
        "position": list(range(first, first + len(items))),
        "key": [i.key for i in items],
        "article": [json.dumps(to_data(i.article), ensure_ascii=False) for i in items],
        "annotations": [json.dumps(to_data(i.annotations)) if i.annotations else None for i in items],
        "signature": [i.signature for i in items],
        "bands": [[list(b) for b in i.bands] for i in items],
    }


def load_stage(path: Path, batch: int = 256) -> Iterator[list[Item]]:
    """A staged shard back as pipeline items, in their order, a batch at a time."""
    from newsweave.contract import annotations_from_data, article_from_data

    for record_batch in pq.ParquetFile(path).iter_batches(batch_size=batch):
        yield [
            Item(
                article=article_from_data(json.loads(row["article"])),
                key=row["key"],
                annotations=annotations_from_data(json.loads(row["annotations"])) if row["annotations"] else None,
                signature=row["signature"],
                bands=[tuple(b) for b in row["bands"]],
            )
            for row in record_batch.to_pylist()
        ]
