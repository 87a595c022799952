"""The Ray engine: shards staged by an actor pool (each actor loads the spaCy model once), stories
assembled in parallel tasks. The driver keeps the global steps, so the results equal the local engine's."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from newsweave.batch.shards import Shard, ShardStats, stage_shard


class ShardStager:
    """A Ray Data actor: the model loaded once per worker, then one shard per call."""

    def __init__(self, model: str | None, stage_dir: str, extract: bool) -> None:
        from newsweave.nlp import load_model

        self.nlp = load_model(model) if extract else None
        self.stage_dir = Path(stage_dir)

    def __call__(self, batch: dict) -> dict:
        pairs = zip(batch["id"], batch["paths"], strict=True)
        stats = [stage_shard(Shard(shard_id, list(paths)), self.stage_dir, self.nlp) for shard_id, paths in pairs]
        return {"stats": [json.dumps(s.__dict__) for s in stats]}


def _assemble(batch: dict) -> dict:
    """Per-story steps on a worker: story groups in (pickled), table rows and briefs out."""
    import pickle

    from newsweave.batch.tables import assemble_group

    return {"part": [pickle.dumps(assemble_group(pickle.loads(g))) for g in batch["group"]]}


class RayEngine:
    """Connects to a cluster (`address`) or starts a local one with `workers` CPUs; a context manager."""

    def __init__(self, address: str | None, workers: int) -> None:
        self.address = address
        self.workers = max(1, workers)

    def __enter__(self) -> RayEngine:
        import ray
        import ray.data

        quiet = {"log_to_driver": False, "logging_level": logging.ERROR}
        if self.address:
            ray.init(address=self.address, **quiet)
        else:
            ray.init(num_cpus=self.workers, include_dashboard=False, **quiet)
        for name in ("ray", "ray.data"):
            logging.getLogger(name).setLevel(logging.ERROR)
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        import ray

        ray.shutdown()

    def stage(self, shards: list[Shard], stage_dir: Path, model: str | None, extract: bool) -> Iterator[ShardStats]:
        """Stage the shards on an actor pool of `workers` actors; yields each shard's counts as it finishes."""
        import ray.data

        if not shards:
            return
        items = [{"id": s.id, "paths": s.paths} for s in shards]
        dataset = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            ShardStager,
            fn_constructor_args=(model, str(stage_dir), extract),
            batch_size=1,
            concurrency=self.workers,
            num_cpus=1,
        )
        for row in dataset.iter_rows():
            yield ShardStats(**json.loads(row["stats"]))

    def assemble(self, groups: list) -> list:
        """The per-story steps of every story group, in parallel tasks, back in story order."""
        import pickle

        import ray.data

        if not groups:
            return []
        items = [{"n": n, "group": pickle.dumps(g)} for n, g in enumerate(groups)]
        dataset = ray.data.from_items(items).map_batches(
            lambda batch: {"n": batch["n"], **_assemble(batch)}, batch_size=16, num_cpus=1
        )
        rows = sorted(dataset.iter_rows(), key=lambda r: r["n"])
        return [pickle.loads(r["part"]) for r in rows]
