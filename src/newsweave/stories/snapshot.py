"""The clusterer's state as plain data: what a store saves after a batch and loads to resume
(`StoryClusterer.snapshot` and `StoryClusterer.restore`; the contract is in `stories/cluster.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StoryRecord:
    """One story's clustering state as plain data (what a store saves per story)."""

    id: str
    centroid: dict[str, float]
    size: int
    dates: list[str]
    last_seen: int


@dataclass
class ClusterState:
    """Clustering state as plain data: counters, document frequencies and story records."""

    documents: int = 0
    tick: int = 0
    next_id: int = 1
    df: dict[str, int] = field(default_factory=dict)
    stories: list[StoryRecord] = field(default_factory=list)
    merges: list[tuple[str, str]] = field(default_factory=list)  # (merged story, the story it went into), in order
    moves: list[tuple[str, str]] = field(default_factory=list)  # (article, the story it moved to): `stories.split`
    settled_id: int = 1  # `next_id` and `tick` when the stories were last settled (`stories.settle`)
    settled_tick: int = 0
