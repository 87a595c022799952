"""A story the call founded whose members fall into two events splits at the end of the call (`stories/split.py`)."""

from __future__ import annotations

import random

import pytest

from newsweave.evaluation.stories import Doc, load_ecbplus, place
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.settle import settle
from newsweave.stories.split import Member, average_linkage, groups, split
from tests.conftest import ECBPLUS


@pytest.fixture(scope="module")
def indian_navy() -> list[Doc]:
    """ECB+ topic 12: the Indian navy captures 23 Somali pirates (12a, 19 reports) and INS Sukanya foils a piracy
    attempt on Indian merchant ships (12b, 11 reports): one navy, one sea, pirates in both."""
    return [doc for doc in load_ecbplus(ECBPLUS) if doc.gold in {"12a", "12b"}]


def shuffled(docs: list[Doc], seed: int = 1) -> list[Doc]:
    """Seed 1 orders topic 12 so that the one pass puts both events in one story (file order keeps them apart)."""
    ordered = docs[:]
    random.Random(seed).shuffle(ordered)
    return ordered


def partition(stories: dict[str, str]) -> set[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for article, story in stories.items():
        by_story.setdefault(story, set()).add(article)
    return {frozenset(members) for members in by_story.values()}


def test_the_pass_puts_the_indian_navys_two_pirate_captures_in_one_story(indian_navy):
    """What the split repairs: in this order the one pass founds one story for both events and never parts it."""
    clusterer = StoryClusterer()
    placed = {d.id: clusterer.add(d.id, d.terms, d.published) for d in shuffled(indian_navy)}
    settle(clusterer)
    assert len({clusterer.resolve(story) for story in placed.values()}) == 1


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_indian_navys_two_pirate_captures_split_into_their_events_in_every_order(indian_navy, seed):
    gold = {frozenset(d.id for d in indian_navy if d.gold == event) for event in ("12a", "12b")}
    assert partition(place(shuffled(indian_navy, seed))) == gold


def test_the_larger_event_keeps_the_storys_id_and_the_other_takes_a_new_one(indian_navy):
    clusterer = StoryClusterer()
    placed = {d.id: clusterer.add(d.id, d.terms, d.published) for d in shuffled(indian_navy)}
    marks = clusterer.settled_id, clusterer.settled_tick
    settle(clusterer)
    story = clusterer.resolve(next(iter(placed.values())))
    members = [Member(d.id, d.terms, d.published) for d in indian_navy]
    splits = split(clusterer, lambda story_id: members if story_id == story else [], marks)
    assert splits.stories == [story]
    moved = {article for article, _ in splits.moves}
    assert moved == {d.id for d in indian_navy if d.gold == "12b"}  # 11 reports move, the 19 of 12a stay
    (new,) = {target for _, target in splits.moves}
    assert clusterer.stories[story].size == 19 and clusterer.stories[new].size == 11
    assert clusterer.snapshot({story, new}, set()).moves == splits.moves  # handed to the store once


def test_a_folder_about_one_event_does_not_split():
    """12a alone (19 reports of the pirates' capture, told from several angles) stays one story."""
    docs = [doc for doc in load_ecbplus(ECBPLUS) if doc.gold == "12a"]
    assert len(set(place(docs).values())) == 1


def test_the_groups_do_not_depend_on_the_members_order(indian_navy):
    clusterer = StoryClusterer()
    for doc in indian_navy:
        clusterer.add(doc.id, doc.terms, doc.published)
    members = [Member(d.id, d.terms, d.published) for d in indian_navy]
    first = groups(clusterer, members)
    assert len(first) == 2
    assert groups(clusterer, list(reversed(members))) == first


def test_average_linkage_merges_while_the_mean_similarity_reaches_the_cut():
    """Items 0-1 and 2-3 are close pairs; across pairs the mean similarity is 0.2: below a cut of 0.3 they stay
    two groups, at 0.15 they merge."""
    close = {frozenset((0, 1)): 0.9, frozenset((2, 3)): 0.8}

    def similarity(i: int, j: int) -> float:
        return close.get(frozenset((i, j)), 0.2)

    assert average_linkage(4, similarity, 0.3) == [[0, 1], [2, 3]]
    assert average_linkage(4, similarity, 0.15) == [[0, 1, 2, 3]]
