"""Speed round 10: per-Doc tables the extractors read instead of re-deriving them from the Doc on every call.

Each table must equal what spaCy itself gives, on real articles; the extractions built on them are unchanged
(the reference briefs of 600 BBC articles, news-threads and kursk are byte-identical before and after)."""

from __future__ import annotations

from newsweave.annotate.according import according_to_over, closing_according
from newsweave.annotate.doc_arrays import KEY, doc_text, span_text
from newsweave.nlp import parse
from tests.conftest import annotate_text, figure_source


def test_the_doc_text_equals_spacys_on_every_kursk_article(nlp, kursk_articles):
    articles = list(kursk_articles.values())
    for article, doc in zip(articles, parse(nlp, [a.text for a in articles]), strict=True):
        assert doc_text(doc) == doc.text == article.text


def test_the_doc_text_is_joined_once_per_doc_and_kept_with_it(nlp, kursk_articles):
    doc = nlp(next(iter(kursk_articles.values())).text)
    first = doc_text(doc)
    assert doc_text(doc) is first
    assert doc.user_data[KEY]["doc_text"] is first


def test_a_span_text_equals_spacys_for_every_sentence_and_entity_of_the_kursk_articles(nlp, kursk_articles):
    articles = list(kursk_articles.values())
    for doc in parse(nlp, [a.text for a in articles]):
        for span in [*doc.sents, *doc.ents]:
            assert span_text(span) == span.text


# news-threads 36e5d804...: two sourcing phrases on consecutive lines, found by their words' column alone
TEIGEN = (
    "What a trip: LAX to LAX and it only took eight hours to complete, per Teigen\n"
    "According to All Nippon Airways, the unauthorised person was a passenger who had boarded the wrong Tokyo flight."
)


def test_per_and_according_to_phrases_credit_their_agents(nlp):
    doc = nlp(TEIGEN)
    eight = next(t for t in doc if t.text == "eight")
    passenger = next(t for t in doc if t.text == "passenger")
    assert [t.text for t in according_to_over(eight)] == ["Teigen", "took"]
    assert closing_according(eight).text == "Teigen"
    assert [t.text for t in according_to_over(passenger)] == ["Airways", "was"]
    assert closing_according(passenger) is None


def test_per_and_according_to_lines_are_quotes_of_their_agents_and_the_figure_is_teigens(nlp):
    annotations = annotate_text(nlp, TEIGEN)
    assert [(q.speaker, q.cue, q.text) for q in annotations.quotes] == [
        ("Teigen", "per", "What a trip: LAX to LAX and it only took eight hours to complete"),
        (
            "All Nippon Airways",
            "According",
            "the unauthorised person was a passenger who had boarded the wrong Tokyo flight",
        ),
    ]
    assert figure_source(annotations, TEIGEN, "eight hours") == "Teigen"
