"""The Ray engine: shards staged by an actor pool (each actor loads the spaCy model once), stories
assembled in parallel tasks. The driver keeps the global steps, so the results equal the local engine's."""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from newsweave.batch.shards import Shard, ShardStats, stage_shard

if TYPE_CHECKING:
    from newsweave.pipeline.parallel import StoryGroup
    from newsweave.records import Brief


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


def _assemble(groups: list[StoryGroup]) -> list[tuple[dict[str, list[dict]], Brief]]:
    """Per-story steps on a worker: a chunk of story groups in, each story's table rows and brief out."""
    from newsweave.batch.tables import assemble_group

    return [assemble_group(group) for group in groups]


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
        # Largest shards first, one shard at a time per actor: no actor holds a queue of shards at the end
        # while another has none left (the annotate step's time is that of the last actor to finish).
        largest_first = sorted(shards, key=lambda s: -sum(os.path.getsize(p) for p in s.paths if os.path.isfile(p)))
        items = [{"id": s.id, "paths": s.paths} for s in largest_first]
        one_each = ray.data.ActorPoolStrategy(size=self.workers, max_tasks_in_flight_per_actor=1)
        dataset = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            ShardStager,
            fn_constructor_args=(model, str(stage_dir), extract),
            batch_size=1,
            compute=one_each,
            num_cpus=1,
        )
        for row in dataset.iter_rows():
            yield ShardStats(**json.loads(row["stats"]))

    def assemble(self, groups: Iterable[StoryGroup]) -> Iterator[tuple[dict[str, list[dict]], Brief]]:
        """The per-story steps of each story group in parallel tasks, `CHUNK` stories a task, yielded in
        story order. At most two tasks per worker are in flight, so the driver holds a few chunks of
        stories (read from the run's store as needed), not the whole input, at any input size."""
        import ray

        task = ray.remote(num_cpus=1)(_assemble)
        in_flight: deque = deque()
        for chunk in _chunks(groups, CHUNK):
            in_flight.append(task.remote(chunk))
            if len(in_flight) >= 2 * self.workers:
                yield from ray.get(in_flight.popleft())
        while in_flight:
            yield from ray.get(in_flight.popleft())


CHUNK = 16  # stories per assembling task


def _chunks(groups: Iterable[StoryGroup], size: int) -> Iterator[list[StoryGroup]]:
    it = iter(groups)
    while chunk := list(islice(it, size)):
        yield chunk
