"""Incremental story clustering: a new article joins the most similar story or starts a new one.

No pair of articles is compared: each story keeps a centroid (its members' term vectors summed, cut
to the strongest terms) and is found through an inverted index from its strongest terms, so a new
article is compared only with the stories that share one of its own strongest terms (blocking). The
similarity is the cosine of TF-IDF vectors over words and names (names as a channel of their own),
put on one scale for stories of every size (`size_correction`); publication dates do not lower it by
default (`TIME_SCALE_DAYS`: measured on news-threads by `newsweave eval stories`, decay split threads).
An article below the threshold gets a second chance (`names_its_story`): it joins the most similar story
when its title's strongest terms are that story's (title terms come marked in `article_terms`), and a
third (`thread_by_title`): it joins the story it shares enough with whose members' titles agree with its
own (each story counts its members' title terms). ECB+ has no titles, so both act on news-threads only.
One pass, no reassignment: an article's story changes only by a merge (older id wins), which is what a store that
cannot hold every article's terms can offer; at the end of each call its small stories settle (`stories/settle.py`)
and a story it founded that holds two events splits (`stories/split.py`: the store moves the articles it lists).
Every variant measured and rejected, with its figures: docs/stories-measurements.md (do not repeat one).

State API (what a store saves and loads; nothing else is needed to resume):
- `StoryClusterer.add(article_id, terms, published) -> story_id` places one article.
- `StoryClusterer.snapshot(story_ids, terms) -> ClusterState` is what a batch changed: the counters
  (`documents`, `tick`, `next_id`), the document frequency of each term in `terms` (the terms of the
  batch's articles), and one `StoryRecord` (id, centroid, size, dates, last_seen) per story in
  `story_ids` that is still active (both records in `stories/snapshot.py`; a story itself: `stories/story.py`).
  Saving a snapshot means upserting those counters, term frequencies and story records (`store/clusterer_state.py`).
- A snapshot also hands over the merges since the last one (merged id, older id, in order): the store moves
  the merged story's articles to the older id and drops its records; then the moves of split stories (article id,
  new story id, `stories.split`): the store moves each article and its copies and recounts both stories.
  `resolve(story_id)` gives the id a story placed earlier in the batch has now.
- `StoryClusterer.restore(state) -> StoryClusterer` rebuilds a clusterer from the counters, every
  saved term frequency and the saved story records (at least the `MAX_ACTIVE_STORIES` with the
  highest `last_seen`; older ones are dropped as the live clusterer would have evicted them). The
  lookup index is a pure function of the story records, so restoring and continuing places every
  later article exactly as an uninterrupted run does.

Story ids are `s1`, `s2`, ... in the order stories are founded: the same input in the same order gives
the same ids on every run, and a story keeps its id as it grows or takes in a
merged story (the older id wins).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

from newsweave.stories import features
from newsweave.stories.features import tfidf
from newsweave.stories.linkage import titles_agree
from newsweave.stories.snapshot import ClusterState
from newsweave.stories.story import Story, strongest

JOIN_THRESHOLD = 0.26  # one fixed setting for every collection
BLOCKING_TERMS = 12  # an article looks up stories by its strongest terms
# Time decay is a measured choice: on news-threads (dated, threads of weeks to months) every decay tried
# lowers F1 (7 days 0.835, 30 days 0.866, 90 days 0.869, none 0.896 at c62f31a's other settings), because
# threads that share their words and names are one thread however far apart; so by default dates do not
# lower similarity (None), and `newsweave eval stories` measures the alternatives in each run.
TIME_SCALE_DAYS: float | None = None
SAME_STORY_SIMILARITY = 0.8  # typical similarity of two reports within a story, for the size correction
MAX_CANDIDATES = 12  # stories scored per arrival, whatever the collection's size
# Second chance (`names_its_story`), measured by `newsweave eval stories`: news-threads F1 0.904 -> 0.920 (ECB+
# has no titles, so it is untouched); one title term instead of two merges more and less safely (0.937).
SECOND_CHANCE_SIMILARITY = 0.1  # below this the article shares too little with the story to join it at all
TITLE_TERMS = 2  # the title's strongest terms that must all be among the story's
# Third chance (`thread_by_title`), measured by `newsweave eval stories` (issue 14): news-threads F1 mean 0.920 ->
# 0.928 (min 0.913 -> 0.918), ECB+ untouched (no titles), 2,225-article BBC stream: its largest story stays 48.
TITLE_AGREEMENT = 0.4  # cosine of an article's title and its story's members' titles (0.3: 0.932, spread 0.024)
# Merging (`merge_into_thread`), measured by `newsweave eval stories` (issue 14): a story an article grew merges into
# another when their members' average linkage (`linkage.average_link`) and their titles agree: news-threads F1 mean
# 0.929 -> 0.955 (spread 0.021 -> 0.020), ECB+ untouched (no titles).
MERGE_LINKAGE = 0.12  # 0.1: news-threads 0.956 spread 0.026; 0.15: 0.943
MERGE_TITLES = 0.2  # 0.25 (linkage 0.1): 0.952; 0.15 (linkage 0.12): 0.953
MAX_ACTIVE_STORIES = 20_000  # stories not updated for this many arrivals leave the index (they stay stored)


def size_correction(size: int) -> float:
    """How much lower the cosine to a story of `size` reports is than to a large story of the same event.

    A centroid averages out each report's incidental words: with reports of similarity `rho` to each other,
    an article's cosine to the sum of n of them is its mean similarity times sqrt(n / (1 + (n - 1) rho)),
    which grows from 1 (n = 1) to 1 / sqrt(rho). Dividing by this ratio puts a one-report story on the scale
    of a large one, so that a second report is not held to a stricter test than the tenth."""
    rho = SAME_STORY_SIMILARITY
    return math.sqrt(max(size, 1) * rho / (1 + (max(size, 1) - 1) * rho))


def time_factor(published: str | None, story: Story, scale: float | None = TIME_SCALE_DAYS) -> float:
    """1 within `scale` days of the story's midpoint, then halved for every further `scale` (None: no decay)."""
    middle = story.midpoint()
    if scale is None or not published or middle is None:
        return 1.0
    days = abs((date.fromisoformat(published) - middle).days)
    return 1.0 if days <= scale else 0.5 ** ((days - scale) / scale)


class StoryClusterer:
    """Online clustering state: document frequencies, active stories, and the blocking index."""

    def __init__(
        self, threshold: float = JOIN_THRESHOLD, prefix: str = "s", time_scale: float | None = TIME_SCALE_DAYS
    ) -> None:
        """`threshold` and `time_scale` differ from the defaults only in the evaluation's comparisons."""
        self.threshold = threshold
        self.time_scale = time_scale
        self.background = features.BackgroundIdf()
        self.prefix = prefix
        self.df: Counter[str] = Counter()
        self.documents = 0
        self.stories: dict[str, Story] = {}
        self.index: dict[str, set[str]] = {}
        self.tick = 0
        self.next_id = 1
        self.merges: list[tuple[str, str]] = []  # since the last snapshot
        self.merged: dict[str, str] = {}  # merged story -> the story it went into, since the last snapshot
        self.moves: list[tuple[str, str]] = []  # (article, its new story) by `stories.split`, since the last snapshot
        self.settled_id, self.settled_tick = 1, 0  # `next_id` and `tick` when `stories.settle` last ran

    # state ----------------------------------------------------------------------------------------
    def snapshot(self, story_ids: set[str] | list[str], terms: set[str] | list[str]) -> ClusterState:
        """What a batch changed: counters, the frequencies of `terms`, the records of `story_ids` still active,
        and the merges since the last snapshot (handed over once: the next snapshot starts a new list)."""
        records = [self.stories[s].record() for s in sorted(story_ids) if s in self.stories]
        df = {term: self.df[term] for term in sorted(terms) if term in self.df}
        merges, self.merges, self.merged = self.merges, [], {}
        moves, self.moves = self.moves, []
        return ClusterState(
            self.documents, self.tick, self.next_id, df, records, merges, moves, self.settled_id, self.settled_tick
        )

    @classmethod
    def restore(cls, state: ClusterState, prefix: str = "s") -> StoryClusterer:
        """A clusterer that continues exactly where the one that produced `state` stopped (default settings)."""
        clusterer = cls(prefix=prefix)
        clusterer.documents, clusterer.tick, clusterer.next_id = state.documents, state.tick, state.next_id
        clusterer.df = Counter(state.df)
        clusterer.settled_id, clusterer.settled_tick = state.settled_id, state.settled_tick
        active = sorted(state.stories, key=lambda r: -r.last_seen)[:MAX_ACTIVE_STORIES]
        for record in sorted(active, key=lambda r: r.last_seen):
            story = Story.from_record(record)
            clusterer.stories[story.id] = story
            clusterer._post(story)
        return clusterer

    # placing articles -------------------------------------------------------------------------------
    def vector(self, terms: Counter[str]) -> dict[str, float]:
        return tfidf(terms, self.df, self.documents, self.background)

    def _candidates(self, vector: dict[str, float]) -> list[str]:
        """The stories sharing most of the article's strongest terms (at most MAX_CANDIDATES)."""
        hits: Counter[str] = Counter()
        for term, _ in strongest(vector, BLOCKING_TERMS):
            hits.update(self.index.get(term, ()))
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]
        return sorted(story_id for story_id, _ in ranked)

    def score(self, vector: dict[str, float], story: Story, published: str | None, norms=None) -> float:
        similarity = features.similarity(vector, story.centroid, norms, story.centroid_norms())
        return similarity / size_correction(story.size) * time_factor(published, story, self.time_scale)

    def scores(self, vector: dict[str, float], published: str | None) -> dict[str, float]:
        """The candidate stories' scores, computed once for all three chances."""
        norms = features.channel_norms(vector)
        return {
            story_id: self.score(vector, self.stories[story_id], published, norms)
            for story_id in self._candidates(vector)
        }

    def best_story(self, vector: dict[str, float], published: str | None) -> tuple[str | None, float]:
        return self._best(self.scores(vector, published))

    @staticmethod
    def _best(scores: dict[str, float]) -> tuple[str | None, float]:
        best, best_score = None, 0.0
        for story_id, score in scores.items():  # candidates come sorted by id
            if score > best_score:
                best, best_score = story_id, score
        return best, best_score

    def names_its_story(self, vector: dict[str, float], title: set[str], score: float, story_id: str) -> bool:
        """Second chance for an article that would start a story: it joins the most similar story, though below
        the threshold, when the strongest terms of its title are among the terms that story is found by (a short
        update or a report that drifts to a new angle still names its thread in its title: "Bitcoin Slumps to
        3-Month Low"). A pure function of the vector and the centroid, so a restored run decides alike."""
        if score < SECOND_CHANCE_SIMILARITY or not title:
            return False
        distinct = [t for t in title if t in vector and not (t.startswith("@") and t[1:] in title)]  # "@iraq" is "iraq"
        strongest = sorted(distinct, key=lambda t: (-vector[t], t))[:TITLE_TERMS]
        story_terms = set(self.stories[story_id].lookup_terms())
        return len(strongest) == TITLE_TERMS and all(term in story_terms for term in strongest)

    def title_agreement(self, title: set[str], story: Story) -> float:
        """Cosine of the title's terms and the story's title counts, each term weighted by its English rarity."""
        if not title or not story.titles:
            return 0.0
        distinct = [t for t in title if not (t.startswith("@") and t[1:] in title)]  # "@iraq" is "iraq"
        total = sum(story.titles.values())
        theirs = {term: count / total * self.background(term) for term, count in story.titles.items()}
        return features.cosine({term: self.background(term) for term in distinct}, theirs)

    def thread_by_title(self, title: set[str], scores: dict[str, float]) -> str | None:
        """Third chance for an article that would start a story: among the stories it shares enough with
        (`SECOND_CHANCE_SIMILARITY`), the one whose members' titles agree most with its own, when they agree
        (`TITLE_AGREEMENT`): "Avengers: Infinity War Super Bowl trailer", 1,200 words of a trailer's scenes, joins
        the reports titled "New Trailer: 'Avengers: Infinity War'" though its body's words differ. A title says what
        a report is about; the event's own terms are in it. `scores`: the candidates' (`scores`); a pure function of
        them and the stories."""
        best, best_agreement = None, TITLE_AGREEMENT
        for story_id, score in scores.items():
            if score >= SECOND_CHANCE_SIMILARITY:
                agreement = self.title_agreement(title, self.stories[story_id])
                if agreement >= best_agreement and (best is None or agreement > best_agreement):
                    best, best_agreement = story_id, agreement
        return best

    def add(self, article_id: str, terms: Counter[str], published: str | None = None) -> str:
        """Place one article; returns its story id."""
        self.tick += 1
        self.documents += 1
        terms, title = features.split_title(terms)
        self.df.update(terms.keys())
        vector = self.vector(terms)
        scores = self.scores(vector, published)
        story_id, score = self._best(scores)
        if story_id is not None and score < self.threshold and not self.names_its_story(vector, title, score, story_id):
            story_id = self.thread_by_title(title, scores)
        if story_id is None:
            story_id = self.new_story_id()
            self.stories[story_id] = Story(story_id)
        story = self.stories[story_id]
        self._unpost(story)
        story.add(vector, published, self.tick, title)
        self._post(story)
        story_id = self.merge_into_thread(story_id)
        self._evict()
        return story_id

    def merge_into_thread(self, story_id: str) -> str:
        """Merge the story an article grew into another that is the same thread: their members' average linkage
        (`MERGE_LINKAGE`) and their titles (`MERGE_TITLES`) agree. Two reports of one thread weeks apart can
        share too little to join, while a third report shares enough with both; the older id wins. Average
        linkage falls as a story grows diffuse, so stories of generic words do not chain (a centroid cosine
        does). Returns the id the grown story now has."""
        while True:
            story = self.stories[story_id]
            best, best_link = None, MERGE_LINKAGE
            for other_id in self._candidates(story.centroid):
                other = self.stories[other_id]
                if other_id == story_id or (link := story.linkage(other)) < best_link:
                    continue
                if titles_agree(story.titles, other.titles, self.background) >= MERGE_TITLES:
                    best, best_link = other_id, link
            if best is None:
                return story_id
            story_id = self._merge(story_id, best)

    def _merge(self, first: str, second: str) -> str:
        kept, gone = sorted((first, second), key=lambda s: (len(s), s))  # founded first: s9 before s10
        self._unpost(self.stories[kept])
        self._unpost(self.stories[gone])
        self.stories[kept].absorb(self.stories.pop(gone))
        self._post(self.stories[kept])
        self.merges.append((gone, kept))
        self.merged[gone] = kept
        return kept

    def new_story_id(self) -> str:
        story_id = f"{self.prefix}{self.next_id}"
        self.next_id += 1
        return story_id

    def replace_story(self, story: Story) -> None:
        """Put `story` in the place of the one of its id (a story split by `stories.split`), or add it."""
        if story.id in self.stories:
            self._unpost(self.stories[story.id])
        self.stories[story.id] = story
        self._post(story)

    def resolve(self, story_id: str) -> str:
        """The story `story_id` is now (after merges since the last snapshot)."""
        while story_id in self.merged:
            story_id = self.merged[story_id]
        return story_id

    def _post(self, story: Story) -> None:
        for term in story.lookup_terms():
            self.index.setdefault(term, set()).add(story.id)

    def _unpost(self, story: Story) -> None:
        for term in story.lookup_terms():
            postings = self.index.get(term)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self.index[term]

    def _evict(self) -> None:
        if len(self.stories) <= MAX_ACTIVE_STORIES:
            return
        oldest = min(self.stories.values(), key=lambda s: s.last_seen)
        self._unpost(oldest)
        del self.stories[oldest.id]
