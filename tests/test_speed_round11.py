"""Speed round 11 (issue 16): the story steps outside the figures and actors do less work for the same output.

Each test pins, on real text, the output a faster path must keep."""

from __future__ import annotations

from collections import Counter

from newsweave.model import Article, Statement
from newsweave.reconcile.event_dates import date_contradictions
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import StoryEntity
from newsweave.summarise.extractive import rank_candidates
from newsweave.summarise.tfidf import stop_words
from tests.reconcile.test_event_dates import NEUMANN, SMITHSONIAN, SUN


def test_kursk_candidates_are_backed_by_the_close_sentences_sharing_more_than_names(kursk_articles, kursk_annotations):
    """Only the sentences at SUPPORT or above are compared (not the whole pool): the backers and cited sentences
    of the kursk candidates are those of a comparison with every sentence."""
    articles = list(kursk_articles.values())
    statements = [s for name in kursk_articles for s in kursk_annotations[name].statements]
    candidates, similarity = rank_candidates(statements, articles)
    assert similarity.shape == (106, 106)
    assert Counter(len(c.backers) for c in candidates) == Counter({1: 100, 2: 6})
    top = max(candidates, key=lambda c: (len(c.backers), c.score))
    assert top.statement.text == (
        "Reports from South Korean intelligence suggest that over 10,000 North Korean troops have been deployed to "
        "Russia."
    )
    assert top.backers == ["001_d50eaae05427456e", "003_114b54cabd2150fb"]
    assert [(r.article, r.start, r.end) for r in top.support] == [("001_d50eaae05427456e", 0, 211)]


def test_the_stop_words_are_read_once():
    """scikit-learn's list is read when the module is imported, not on each of a story's three asks."""
    assert stop_words() is stop_words()
    assert len(stop_words()) == 318 and "the" in stop_words() and "plague" not in stop_words()


def test_a_story_telling_no_departure_still_dates_its_reported_cases():
    """The people's patterns are compiled only for a story whose sentences tell a departure; the plague reports
    tell none, and their third case is dated as with them."""
    articles = {
        "smi": Article(id="smi", text=SMITHSONIAN, published="2019-11-18", site="Smithsonian.com"),
        "sun": Article(id="sun", text=SUN, published="2019-11-18", site="The Sun"),
    }
    statements = [Statement(article=a, start=0, end=len(x.text), text=x.text) for a, x in articles.items()]
    view = SourceView(articles, {})
    someone = StoryEntity("e2", "Li Wei", "PERSON", aliases=["Li Wei"])
    for people in ([], [NEUMANN, someone]):
        [conflict] = date_contradictions(statements, view, people)
        assert conflict.about == "when the third case was reported"
        assert [s.value for s in conflict.sides] == ["2019-11-16", "2019-11-17"]


def test_each_tokens_children_are_read_from_the_head_column_on_every_kursk_article(nlp, kursk_articles):
    from newsweave.annotate.doc_arrays import children
    from newsweave.nlp import parse

    for doc in parse(nlp, [a.text for a in kursk_articles.values()]):
        assert children(doc) == [[c.i for c in token.children] for token in doc]
        assert children(doc) is children(doc)  # built once per Doc


def test_kursk_hedged_sentences_are_told_from_the_columns(kursk_annotations):
    """`_modal` reads the root's children from the columns: the same 15 of 117 kursk sentences are hedged."""
    statements = [s for annotations in kursk_annotations.values() for s in annotations.statements]
    hedged = [s.text for s in statements if s.modal]
    assert (len(statements), len(hedged)) == (117, 15)
    assert hedged[0] == (
        "Analysts believe that North Korea may receive military technology or compensation from Russia in exchange "
        "for troop participation in the conflict."
    )
