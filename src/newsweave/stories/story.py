"""One story as the clusterer holds it: its members' summed term vectors (cut to the strongest terms), their
titles' terms, publication dates and channel lengths, with what a store saves of it (`StoryRecord`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from newsweave.stories import features
from newsweave.stories.linkage import average_link
from newsweave.stories.snapshot import StoryRecord

CENTROID_TERMS = 200  # strongest terms kept per story
INDEX_TERMS = 40  # a story is found by its strongest terms
DATES_KEPT = 50  # a story's latest publication dates, for its midpoint
TITLES_KEPT = 60  # a story's most frequent title terms
LENGTHS = ("%words", "%names")  # the sums of members' channel lengths travel in the centroid under these keys


@dataclass
class Story:
    id: str
    centroid: dict[str, float] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    last_seen: int = 0
    size: int = 0
    norms: tuple[float, float] | None = None  # cached channel norms of the centroid
    titles: dict[str, int] = field(default_factory=dict)  # how many members' titles hold each term
    lengths: tuple[float, float] = (0.0, 0.0)  # sums of the members' words and names channel lengths

    def linkage(self, other: Story) -> float:
        return average_link(self.centroid, self.lengths, other.centroid, other.lengths)

    def absorb(self, other: Story) -> None:
        """Take in every member of `other` (a merge): sums add, the dates and last arrival are both stories'."""
        self.norms = None
        for term, value in other.centroid.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + value
        if len(self.centroid) > CENTROID_TERMS * 2:
            self.centroid = dict(strongest(self.centroid, CENTROID_TERMS))
        for term, count in other.titles.items():
            self.titles[term] = self.titles.get(term, 0) + count
        if len(self.titles) > TITLES_KEPT * 2:
            self.titles = dict(strongest({t: float(n) for t, n in self.titles.items()}, TITLES_KEPT))
        self.lengths = (self.lengths[0] + other.lengths[0], self.lengths[1] + other.lengths[1])
        self.size += other.size
        self.dates = sorted(self.dates + other.dates)[-DATES_KEPT:]
        self.last_seen = max(self.last_seen, other.last_seen)

    def centroid_norms(self) -> tuple[float, float]:
        if self.norms is None:
            self.norms = features.channel_norms(self.centroid)
        return self.norms

    def add(self, vector: dict[str, float], published: str | None, tick: int, title: set[str] = frozenset()) -> None:
        self.norms = None
        words, names = features.channel_norms(vector)
        self.lengths = (self.lengths[0] + words, self.lengths[1] + names)
        for term in title:
            self.titles[term] = self.titles.get(term, 0) + 1
        if len(self.titles) > TITLES_KEPT * 2:
            self.titles = dict(strongest({t: float(n) for t, n in self.titles.items()}, TITLES_KEPT))
        for term, value in vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + value
        if len(self.centroid) > CENTROID_TERMS * 2:
            self.centroid = dict(strongest(self.centroid, CENTROID_TERMS))
        self.size += 1
        if published:
            self.dates.append(published)
            del self.dates[:-DATES_KEPT]
        self.last_seen = tick

    def lookup_terms(self) -> list[str]:
        """The terms the story is found by: a pure function of its centroid (so a restored index is exact)."""
        return [term for term, _ in strongest(self.centroid, INDEX_TERMS)]

    def midpoint(self) -> date | None:
        if not self.dates:
            return None
        ordinals = sorted(date.fromisoformat(d).toordinal() for d in self.dates)
        return date.fromordinal(ordinals[len(ordinals) // 2])

    def record(self) -> StoryRecord:
        """The title counts travel in the centroid, marked `TITLE`: a store saves them with no column of its own."""
        centroid = {**self.centroid, **{features.TITLE + term: count for term, count in self.titles.items()}}
        centroid.update(zip(LENGTHS, self.lengths, strict=True))
        return StoryRecord(self.id, centroid, self.size, list(self.dates), self.last_seen)

    @classmethod
    def from_record(cls, record: StoryRecord) -> Story:
        centroid, titles = {}, {}
        for term, value in record.centroid.items():
            if term in LENGTHS:
                continue
            if term.startswith(features.TITLE):
                titles[term[len(features.TITLE) :]] = int(value)
            else:
                centroid[term] = value
        story = cls(record.id, centroid, list(record.dates), record.last_seen, record.size, titles=titles)
        if all(key in record.centroid for key in LENGTHS):
            story.lengths = (record.centroid[LENGTHS[0]], record.centroid[LENGTHS[1]])
        else:  # saved before stories kept their lengths: each member's, split as the centroid's channels are
            words, names = story.centroid_norms()
            story.lengths = (
                (story.size * words / math.hypot(words, names), story.size * names / math.hypot(words, names))
                if words or names
                else (0.0, 0.0)
            )
        return story


def strongest(weights: dict[str, float], count: int) -> list[tuple[str, float]]:
    """The `count` heaviest terms; ties broken by the term, so the choice never depends on insertion order."""
    return sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:count]
