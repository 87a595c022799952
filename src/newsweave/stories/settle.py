"""The end of one call (a `brief`, an `ingest`): a small story the call founded joins the call's story it belongs to.

One pass places each article against the stories that exist when it arrives, so a report that arrives before its
thread has formed, or that tells the story from another angle (the oligarch's jet in the Panama Papers, a 53-word
item on the leggings row), founds a story of its own and keeps it: in a folder about one story, its figures leave
the figure groups and its actors leave the merges. Once the call's articles are all placed, each small story the
call founded looks again at the call's stories as they stand at the end and joins the one it shares most with when
that one stands out: its score reaches `SETTLE_SCORE` and is `SETTLE_MARGIN` times the next best story's, and the
story is larger. The margin is what tells a split-off report (one story to go to) from a report among neighbours
of its topic (BBC economy reports: several stories at similar scores). Proposals are made on the final stories and
applied strongest first (ties by id), a pure function of the call's stories (those founded or grown since the last
settling: `StoryClusterer.settled_id`, `settled_tick`); the older id wins
(`StoryClusterer._merge`) and the store records the merges as it records the pass's (`ClusterState.merges`).
Measured (issue 14; `newsweave eval stories`, BBC business and politics in folder order):
docs/stories-measurements.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.stories import features
from newsweave.stories.cluster import StoryClusterer, size_correction
from newsweave.stories.story import Story

SETTLE_SIZE = 5  # a story the call founded with at most this many members looks again (12: ECB+ 0.865)
SETTLE_SCORE = 0.1  # its best story's score (the join's scale) must reach this
SETTLE_MARGIN = 2.0  # and be this many times the next best story's


@dataclass(frozen=True)
class Settlement:
    """One proposal: `story` (small, founded in the call) joins `into` at `score`; `runner_up` is the next best
    story's score (0 when there is none)."""

    story: str
    into: str
    score: float
    runner_up: float


def story_number(story_id: str) -> int:
    """The founding number of an id such as 's12' (ids are founded in order: a larger number is younger)."""
    digits = "".join(ch for ch in story_id if ch.isdigit())
    return int(digits) if digits else 0


def settle_score(small: Story, other: Story) -> float:
    """How well `small` belongs in `other`: their centroids' similarity on the join's scale (`size_correction`)."""
    similarity = features.similarity(small.centroid, other.centroid, small.centroid_norms(), other.centroid_norms())
    return similarity / size_correction(other.size)


def proposals(clusterer: StoryClusterer) -> list[Settlement]:
    """Each small story founded since the last settling with the story it belongs to among those that grew since
    (the call's stories), strongest first, ties by ids. Reads the stories, changes nothing."""
    call = {s for s, story in clusterer.stories.items() if story.last_seen > clusterer.settled_tick}
    found = []
    for story_id in sorted(call, key=story_number):
        small = clusterer.stories[story_id]
        if small.size > SETTLE_SIZE or story_number(story_id) < clusterer.settled_id:
            continue
        others = [other for other in clusterer._candidates(small.centroid) if other != story_id and other in call]
        scores = sorted(
            ((settle_score(small, clusterer.stories[other]), other) for other in others),
            key=lambda pair: (-pair[0], story_number(pair[1])),
        )
        if not scores:
            continue
        (score, into), runner_up = scores[0], (scores[1][0] if len(scores) > 1 else 0.0)
        if score >= SETTLE_SCORE and score >= SETTLE_MARGIN * runner_up and clusterer.stories[into].size > small.size:
            found.append(Settlement(story_id, into, score, runner_up))
    return sorted(found, key=lambda p: (-p.score, story_number(p.story), story_number(p.into)))


def settle(clusterer: StoryClusterer) -> list[tuple[str, str]]:
    """Apply the proposals (`proposals`), strongest first, and mark every story settled; returns the merges made
    (merged id, kept id), which the clusterer's next snapshot hands to the store with the settled marks. The marks
    are saved state, so a call killed before it settled leaves its stories to the call that resumes it."""
    made = []
    for proposal in proposals(clusterer):
        story, into = clusterer.resolve(proposal.story), clusterer.resolve(proposal.into)
        if story != into:
            kept = clusterer._merge(story, into)
            made.append((into if kept == story else story, kept))
    clusterer.settled_id, clusterer.settled_tick = clusterer.next_id, clusterer.tick
    return made
