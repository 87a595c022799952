"""A call's small stories settle into the story they belong to when that one stands out (`stories/settle.py`)."""

from __future__ import annotations

import pytest

from newsweave.evaluation.stories import Doc, load_news_threads, place
from newsweave.stories import settle as settle_module
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import article_terms
from newsweave.stories.settle import proposals, settle
from tests.conftest import BBC, SHARED, bbc_article

NEWS_THREADS = SHARED / "data" / "news-threads"


@pytest.fixture(scope="module")
def threads() -> dict[str, list[Doc]]:
    by_thread: dict[str, list[Doc]] = {}
    for doc in load_news_threads(NEWS_THREADS):
        by_thread.setdefault(doc.gold, []).append(doc)
    return by_thread


def one_pass(docs: list[Doc]) -> tuple[StoryClusterer, dict[str, str]]:
    clusterer = StoryClusterer()
    return clusterer, {d.id: clusterer.add(d.id, d.terms, d.published) for d in docs}


def _thread(threads: dict[str, list[Doc]], prefix: str) -> list[Doc]:
    return next(docs for name, docs in threads.items() if name.startswith(prefix))


def test_the_panama_papers_report_on_an_oligarchs_jet_joins_its_thread(threads):
    """'From Utah, Secretive Help for a Russian Oligarch and His Jet' tells the Panama Papers from another angle
    (Appleby, Mikhelson, a jet): it scores 0.2 against the thread's 13 reports, below the join, its title's terms
    are not the story's, so one pass leaves it alone; at the end it has one story to go to, and joins it."""
    docs = _thread(threads, "panama_papers")
    clusterer, placed = one_pass(docs)
    assert len(set(placed.values())) == 2
    (proposal,) = proposals(clusterer)
    assert proposal.runner_up == 0.0 and proposal.into == "s1"
    assert settle(clusterer) == [(proposal.story, "s1")]  # the older id wins
    assert {clusterer.resolve(s) for s in placed.values()} == {"s1"}


def test_the_bitcoin_frauds_and_slump_reports_join_the_bitcoin_thread(threads):
    """Two Bitcoin reports (frauds, a 161-word slump of figures) founded stories of their own; each scores more
    than twice its next best story against the thread's six, so both join it: the folder comes out whole."""
    docs = _thread(threads, "Bitcoin_drops")
    assert len(set(place(docs).values())) == 1


def test_a_page_about_something_else_stays_apart(threads):
    """'World news - RT International' (23 words on the Koreas' Olympic truce) is filed with the Angola satellite
    thread but shares nothing with it: it stays a story of its own."""
    docs = _thread(threads, "russian_space_experts")
    stories = place(docs)
    alone = [d.id for d in docs if d.text.startswith("World news - RT International")]
    assert len(alone) == 1 and list(stories.values()).count(stories[alone[0]]) == 1


def test_a_bbc_report_among_neighbours_of_its_topic_stays_apart(monkeypatch):
    """'Trade gap narrows as exports rise' (BBC business/441), in the stream of BBC business and politics news,
    is nearly as close to other stories of its topic (0.19 to a story of markets and prices) as to that one: no
    story stands out, so it is not settled (without the margin it would join)."""
    clusterer = StoryClusterer()
    names = [f"{kind}/{path.stem}" for kind in ("business", "politics") for path in sorted((BBC / kind).glob("*.txt"))]
    placed = {name: clusterer.add(name, article_terms(*reversed(bbc_article(name)))) for name in names}
    trade = clusterer.resolve(placed["business/441"])
    assert clusterer.stories[trade].size == 1
    assert trade not in {p.story for p in proposals(clusterer)}
    monkeypatch.setattr(settle_module, "SETTLE_MARGIN", 0.0)
    assert trade in {p.story for p in proposals(clusterer)}


def test_settling_is_a_pure_function_of_the_stories_and_marks_them_settled(threads):
    """The proposals read the stories only: a clusterer restored from its own state (its stories in another order)
    proposes the same merges; once settled, a second settling finds nothing new to settle."""
    docs = [d for name in ("Bitcoin_drops", "panama_papers") for d in _thread(threads, name)]
    clusterer, _ = one_pass(docs)
    restored = StoryClusterer.restore(clusterer.snapshot(set(clusterer.stories), set(clusterer.df)))
    assert proposals(restored) == proposals(clusterer) != []
    settle(clusterer)
    assert (clusterer.settled_id, clusterer.settled_tick) == (clusterer.next_id, clusterer.tick)
    assert proposals(clusterer) == []
    again = StoryClusterer.restore(clusterer.snapshot([], []))
    assert (again.settled_id, again.settled_tick) == (clusterer.next_id, clusterer.tick)


def test_only_stories_founded_since_the_last_settling_look_again(threads):
    """A later call settles its own small stories: the stories of an earlier, settled call stay as they were."""
    docs = _thread(threads, "panama_papers")
    clusterer, _ = one_pass(docs)
    clusterer.settled_id, clusterer.settled_tick = clusterer.next_id, clusterer.tick  # an earlier call settled
    assert proposals(clusterer) == []


def test_a_settled_merge_is_handed_to_the_store(threads):
    clusterer, placed = one_pass(_thread(threads, "panama_papers"))
    made = settle(clusterer)
    assert made and clusterer.snapshot({"s1"}, set()).merges[-len(made) :] == made
    assert len(placed) == 14
