"""Incremental story clustering: a new article joins the most similar story or starts a new one.

No pair of articles is compared: each story keeps a centroid (its members' term vectors summed, cut
to the strongest terms) and an inverted index from its rarest strong terms, so a new article is
compared only with the stories that share one of its own strongest terms (blocking). The similarity
is the cosine of TF-IDF vectors over words and names (names weigh more), lowered when publication dates
are far apart. Document frequencies grow with the collection, so early weights are rough; a
`refine` pass, run after a batch, reassigns every article once against the final centroids, which
makes the result nearly independent of input order (measured by `newsweave eval stories`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from newsweave.stories import features
from newsweave.stories.features import tfidf

JOIN_THRESHOLD = 0.25  # one fixed setting for every collection
REFINE_ROUNDS = 3
CENTROID_TERMS = 200  # strongest terms kept per story
BLOCKING_TERMS = 12  # an article looks up stories by its strongest terms
INDEX_TERMS = 40  # a story is found by its strongest terms
TIME_SCALE_DAYS = 7.0  # similarity halves for every week between publication dates beyond the first
DATES_KEPT = 50  # a story's latest publication dates, for its midpoint
MAX_CANDIDATES = 12  # stories scored per arrival, whatever the collection's size
MAX_ACTIVE_STORIES = 20_000  # stories not updated for this many arrivals leave the index (they stay stored)


@dataclass
class Story:
    id: str
    centroid: dict[str, float] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    last_seen: int = 0
    size: int = 0
    norms: tuple[float, float] | None = None  # cached channel norms of the centroid

    def centroid_norms(self) -> tuple[float, float]:
        if self.norms is None:
            self.norms = features.channel_norms(self.centroid)
        return self.norms

    def add(self, vector: dict[str, float], article_id: str | None, published: str | None, tick: int) -> None:
        self.norms = None
        for term, value in vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + value
        if len(self.centroid) > CENTROID_TERMS * 2:
            strongest = sorted(self.centroid.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS]
            self.centroid = dict(strongest)
        if article_id is not None:
            self.members.append(article_id)
        self.size += 1
        if published:
            self.dates.append(published)
            del self.dates[:-DATES_KEPT]
        self.last_seen = tick

    def midpoint(self) -> date | None:
        if not self.dates:
            return None
        ordinals = sorted(date.fromisoformat(d).toordinal() for d in self.dates)
        return date.fromordinal(ordinals[len(ordinals) // 2])


def time_factor(published: str | None, story: Story) -> float:
    middle = story.midpoint()
    if not published or middle is None:
        return 1.0
    days = abs((date.fromisoformat(published) - middle).days)
    return 1.0 if days <= TIME_SCALE_DAYS else 0.5 ** ((days - TIME_SCALE_DAYS) / TIME_SCALE_DAYS)


class StoryClusterer:
    """Online clustering state: document frequencies, stories, and the blocking index."""

    def __init__(self, threshold: float = JOIN_THRESHOLD, prefix: str = "s", track: bool = True) -> None:
        """`track` keeps every article's terms and story for `refine` and `clusters` (a batch); a long
        ingest turns it off so that memory depends on the active stories, not on the articles seen."""
        self.threshold = threshold
        self.track = track
        self.background = features.BackgroundIdf()
        self.prefix = prefix
        self.df: Counter[str] = Counter()
        self.documents = 0
        self.stories: dict[str, Story] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.terms_of: dict[str, Counter[str]] = {}  # article terms, kept for `refine`
        self.published: dict[str, str | None] = {}
        self.story_of: dict[str, str] = {}
        self.tick = 0
        self.next_id = 1

    def vector(self, terms: Counter[str]) -> dict[str, float]:
        return tfidf(terms, self.df, self.documents, self.background)

    def _candidates(self, vector: dict[str, float]) -> set[str]:
        """The stories sharing most of the article's strongest terms (at most MAX_CANDIDATES)."""
        strongest = sorted(vector, key=lambda t: -vector[t])[:BLOCKING_TERMS]
        hits: Counter[str] = Counter()
        for term in strongest:
            hits.update(self.index.get(term, ()))
        return {story_id for story_id, _ in hits.most_common(MAX_CANDIDATES)}

    def _score(self, vector: dict[str, float], story: Story, published: str | None, norms=None) -> float:
        similarity = features.similarity(vector, story.centroid, norms, story.centroid_norms())
        return similarity * time_factor(published, story)

    def best_story(
        self, vector: dict[str, float], published: str | None, exclude: str | None = None
    ) -> tuple[str | None, float]:
        best, best_score = None, 0.0
        norms = features.channel_norms(vector)
        for story_id in sorted(self._candidates(vector)):
            story = self.stories.get(story_id)
            if story is None or story_id == exclude:
                continue
            score = self._score(vector, story, published, norms)
            if score > best_score:
                best, best_score = story_id, score
        return best, best_score

    def add(self, article_id: str, terms: Counter[str], published: str | None = None) -> str:
        """Assign one article; returns its story id."""
        self.tick += 1
        self.documents += 1
        self.df.update(terms.keys())
        if self.track:
            self.terms_of[article_id] = terms
            self.published[article_id] = published
        vector = self.vector(terms)
        story_id, score = self.best_story(vector, published)
        if story_id is None or score < self.threshold:
            story_id = f"{self.prefix}{self.next_id}"
            self.next_id += 1
            self.stories[story_id] = Story(story_id)
        self._join(story_id, article_id, vector, published)
        self._evict()
        return story_id

    def _join(self, story_id: str, article_id: str, vector: dict[str, float], published: str | None) -> None:
        story = self.stories[story_id]
        story.add(vector, article_id if self.track else None, published, self.tick)
        if self.track:
            self.story_of[article_id] = story_id
        for term in self._index_terms(story):
            self.index[term].add(story_id)

    def _index_terms(self, story: Story) -> list[str]:
        """The story's strongest terms, rare ones first: those make short posting lists."""
        strongest = sorted(story.centroid, key=lambda t: -story.centroid[t])[: INDEX_TERMS * 2]
        return sorted(strongest, key=lambda t: self.df.get(t, 0))[:INDEX_TERMS]

    def _evict(self) -> None:
        if len(self.stories) <= MAX_ACTIVE_STORIES:
            return
        oldest = min(self.stories.values(), key=lambda s: s.last_seen)
        for term in list(oldest.centroid):
            self.index.get(term, set()).discard(oldest.id)
        del self.stories[oldest.id]

    def refine(self, rounds: int = REFINE_ROUNDS) -> None:
        """Reassign articles against centroids built with the final document frequencies, until none moves."""
        for _ in range(rounds):
            if not self._reassign():
                break

    def _reassign(self) -> int:
        """One round of reassignment; returns how many articles moved."""
        members = list(self.story_of.items())
        vectors = {a: self.vector(self.terms_of[a]) for a, _ in members}
        rebuilt: dict[str, Story] = {}
        for article_id, story_id in members:
            rebuilt.setdefault(story_id, Story(story_id)).add(
                vectors[article_id], article_id, self.published[article_id], 0
            )
        self.stories, self.index = rebuilt, defaultdict(set)
        for story in rebuilt.values():
            for term in self._index_terms(story):
                self.index[term].add(story.id)
        moves = {}
        for article_id, story_id in members:
            own = self.stories[story_id]
            stay = self._score_without(vectors[article_id], own, article_id)
            best, score = self.best_story(vectors[article_id], self.published[article_id], exclude=story_id)
            if best is not None and score > max(stay, self.threshold):
                moves[article_id] = best
        for article_id, target in moves.items():
            source = self.stories[self.story_of[article_id]]
            source.members.remove(article_id)
            for term, value in vectors[article_id].items():
                source.centroid[term] = source.centroid.get(term, 0.0) - value
            source.norms = None
            self.stories[target].add(vectors[article_id], article_id, self.published[article_id], 0)
            self.story_of[article_id] = target
        self.stories = {k: s for k, s in self.stories.items() if s.members}
        return len(moves)

    def _score_without(self, vector: dict[str, float], story: Story, article_id: str) -> float:
        if len(story.members) <= 1:
            return 0.0
        rest = {t: story.centroid.get(t, 0.0) - vector.get(t, 0.0) for t in story.centroid}
        return features.similarity(vector, rest) * time_factor(self.published[article_id], story)

    def clusters(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for article_id, story_id in self.story_of.items():
            groups[story_id].append(article_id)
        return dict(groups)


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against the gold one."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, cluster in predicted.items():
        by_pred[cluster].add(item)
    for item, cluster in gold.items():
        by_gold[cluster].add(item)
    items = [i for i in gold if i in predicted]
    precision = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in items)
    recall = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
