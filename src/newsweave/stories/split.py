"""The end of one call, after settling: a story the call founded whose members fall into two events splits.

The one pass decides each article against the stories as they stand when it arrives, so which of two similar events
of one topic (ECB+'s sister events: two Paris jewel heists, two Qeshm earthquakes) founds a story first, and whether
the other's first report joins it, is the input order's doing: one order keeps the two events apart, another puts
both in one story that never parts again. Once the call's articles are all placed, each large enough story the call
founded is clustered again from its members alone, by average linkage over their vectors under the call's final
frequencies (`features.similarity`, the join's two channels): groups merge while their mean pairwise similarity
reaches `SPLIT_LINKAGE`. When two or more groups hold `SPLIT_SIDE` members each, the story splits: each smaller
group joins the large group it is most similar to, the largest group keeps the id (ties: the group holding the
lowest article id) and each other gets a new id. A pure function of the story's members, whatever their order.
Measured (issue 14; `newsweave eval stories`, BBC business and politics in folder order):
docs/stories-measurements.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newsweave.stories import features
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.settle import story_number
from newsweave.stories.story import Story

SPLIT_LINKAGE = 0.26  # two groups whose members' mean similarity is below this are two events
SPLIT_SIDE = 7  # a group of fewer members is no event of its own (it joins the large group nearest it)
SPLIT_MAX = 120  # a larger story is not clustered again (the pairwise pass is quadratic in its members)


@dataclass(frozen=True)
class Member:
    """One original article of a story, as the clusterer placed it: its id and `article_terms`."""

    id: str
    terms: Counter[str]
    published: str | None


def groups(clusterer: StoryClusterer, members: list[Member]) -> list[list[str]]:
    """The story's members in events (article ids, largest event first), or one group when it does not split."""
    members = sorted(members, key=lambda m: m.id)
    vectors = [clusterer.vector(features.split_title(m.terms)[0]) for m in members]
    norms = [features.channel_norms(v) for v in vectors]
    count = len(members)
    pair = {
        (i, j): features.similarity(vectors[i], vectors[j], norms[i], norms[j]) for i in range(count) for j in range(i)
    }

    def similar(i: int, j: int) -> float:
        return pair[(max(i, j), min(i, j))]

    found = average_linkage(count, similar, SPLIT_LINKAGE)
    large = [group for group in found if len(group) >= SPLIT_SIDE]
    if len(large) < 2:
        return [[m.id for m in members]]
    joined = [list(g) for g in large]
    for group in found:
        if len(group) < SPLIT_SIDE:  # joins the large group of highest mean similarity (ties: the lowest first item)
            mean = {index: sum(similar(i, j) for i in group for j in g) / len(g) for index, g in enumerate(large)}
            joined[max(mean, key=lambda index: (mean[index], -large[index][0]))].extend(group)
    ordered = sorted((sorted(g) for g in joined), key=lambda g: (-len(g), g[0]))
    return [[members[i].id for i in group] for group in ordered]


def average_linkage(count: int, similarity: Callable[[int, int], float], cut: float) -> list[list[int]]:
    """Agglomerative average linkage over items 0..count-1: the two groups of highest mean pairwise similarity
    merge while it reaches `cut` (ties by the groups' first items, so the result does not depend on the order)."""
    clusters = [[i] for i in range(count)]
    link = {(a, b): similarity(a, b) for a in range(count) for b in range(a)}  # keyed by the groups' first items
    while len(clusters) > 1:
        best, best_value = None, cut
        for a in range(len(clusters)):
            for b in range(a):
                value = link[(clusters[a][0], clusters[b][0])]
                if value >= best_value and (best is None or value > best_value):
                    best, best_value = (a, b), value
        if best is None:
            break
        a, b = best
        first, second = clusters[b], clusters[a]  # b < a: first item of `first` is the smaller
        merged = first + second
        for other in clusters:
            if other is first or other is second:
                continue
            key_first = (max(first[0], other[0]), min(first[0], other[0]))
            key_second = (max(second[0], other[0]), min(second[0], other[0]))
            value = (link[key_first] * len(first) + link[key_second] * len(second)) / len(merged)
            link[(max(merged[0], other[0]), min(merged[0], other[0]))] = value
        clusters[b] = merged
        del clusters[a]
    return clusters


@dataclass(frozen=True)
class Splits:
    """What `split` did: the stories split (each keeps its id for its largest event) and the moves (article id,
    its new story id), which the clusterer's next snapshot also hands to the store (`ClusterState.moves`)."""

    stories: list[str]
    moves: list[tuple[str, str]]


def split(clusterer: StoryClusterer, members_of: Callable[[str], list[Member]], marks: tuple[int, int]) -> Splits:
    """Split each story the call founded whose members fall into events (`groups`): `marks` are the clusterer's
    `settled_id` and `settled_tick` when the call began (`settle.settle` moves them on), `members_of` gives a
    story's original articles."""
    moves: list[tuple[str, str]] = []
    done: list[str] = []
    founded, touched = marks
    call = [
        story_id
        for story_id, story in clusterer.stories.items()
        if story.last_seen > touched and founded <= story_number(story_id) < clusterer.next_id
    ]
    for story_id in sorted(call, key=story_number):
        story = clusterer.stories[story_id]
        if not 2 * SPLIT_SIDE <= story.size <= SPLIT_MAX:
            continue
        members = {m.id: m for m in members_of(story_id)}
        if len(members) != story.size:  # not every member is known: leave the story whole
            continue
        parts = groups(clusterer, list(members.values()))
        if len(parts) < 2:
            continue
        done.append(story_id)
        ids = [story_id] + [clusterer.new_story_id() for _ in parts[1:]]
        for new_id, part in zip(ids, parts, strict=True):
            clusterer.replace_story(_story_of(clusterer, new_id, [members[m] for m in part], story.last_seen))
            moves.extend((member, new_id) for member in part if new_id != story_id)
    clusterer.moves.extend(moves)
    return Splits(done, moves)


def _story_of(clusterer: StoryClusterer, story_id: str, members: list[Member], last_seen: int) -> Story:
    """A story rebuilt from its members' vectors under the clusterer's current frequencies."""
    story = Story(story_id)
    for member in sorted(members, key=lambda m: m.id):
        terms, title = features.split_title(member.terms)
        story.add(clusterer.vector(terms), member.published, last_seen, title)
    return story
