"""The shape every step has, and what a step counts.

Like a spaCy component, a step declares what it needs and what it adds (names of `Item` fields), and the
engine checks the order before any data runs. Like a datatrove step, it counts what went in and out and
every drop with its reason and article id, so nothing is lost without a word.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from newsweave.model import Annotations, Article


@dataclass
class Item:
    """One article moving through the steps, with what the steps have added to it."""

    article: Article
    key: str  # what makes it "the same input" on a re-run: URL, else source path and record, else content
    annotations: Annotations | None = None
    signature: bytes | None = None  # MinHash, serialised
    bands: list[tuple[int, int]] = field(default_factory=list)
    terms: Counter[str] | None = None
    story_id: str | None = None
    reading_key: bytes | None = None  # digest of what the extractors read (`copies.reading_key`), once looked at
    copy_of: str | None = None  # the earlier article this one copies exactly: its annotations are taken, not made


@dataclass
class Drop:
    article: str
    reason: str


@dataclass
class StepStats:
    """What one step did over a run."""

    name: str
    seen: int = 0
    passed: int = 0
    marked: int = 0  # items the step found something on: duplicates, rewrites, exact copies (not parsed again)
    dropped: list[Drop] = field(default_factory=list)
    seconds: float = 0.0  # time inside the step (engines that time their steps add it up)

    def by_reason(self) -> Counter[str]:
        return Counter(d.reason.split(":")[0] for d in self.dropped)


class Step(Protocol):
    """A batch of items in, the same batch enriched out (items a step drops are counted, with why)."""

    name: ClassVar[str]
    needs: ClassVar[frozenset[str]]
    adds: ClassVar[frozenset[str]]

    def run(self, batch: list[Item], stats: StepStats) -> list[Item]: ...


BASE_FIELDS = frozenset({"article", "key"})


def check_order(steps: list[Step]) -> None:
    """Raise if a step needs a field that no earlier step adds (checked before any data runs)."""
    available = set(BASE_FIELDS)
    for step in steps:
        missing = step.needs - available
        if missing:
            raise ValueError(f"step {step.name} needs {sorted(missing)}, which no earlier step adds")
        available |= step.adds
