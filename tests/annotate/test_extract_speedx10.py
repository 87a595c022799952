"""Speed round 10: per-Doc tables the extractors read instead of re-deriving them from the Doc on every call.

Each table must equal what spaCy itself gives, on real articles; the extractions built on them are unchanged
(the reference briefs of 600 BBC articles, news-threads and kursk are byte-identical before and after)."""

from __future__ import annotations

from newsweave.annotate.according import according_to_over, closing_according
from newsweave.annotate.doc_arrays import KEY, doc_text, span_text
from newsweave.annotate.entities import build_entities
from newsweave.annotate.genders import pronoun_gender
from newsweave.annotate.passages import closing_verbs
from newsweave.annotate.quantities import number_groups
from newsweave.annotate.quotemarks import direct_quote_spans
from newsweave.nlp import parse
from tests.conftest import annotate_text, bbc_article, figure_source


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


# BBC business articles (bbc-news, first 600): sentences whose figures are credited by a closing reporting clause,
# carried into the next sentence or taken back by the writer ("But ..."), an age-shaped compound and an event's
# unnamed target, each read from the Doc's columns instead of a Token per word of the sentence
REUTERS = (
    "Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, the group said."
)
PESOS = (
    "A total of 24.2 trillion pesos ($10.2bn; £5.5bn) is earmarked for subsidies for the poor, the government "
    "department for planning said. But it also found 12.1 trillion pesos was going to the richest part of the "
    "population, rather than to those in need."
)
EMBARGO = (
    "President Bush's government, which has been a strong supporter of the 40-year-old trade embargo on Cuba, "
    "introduced even tighter restrictions on Cuba in May."
)


def test_a_closing_reporting_clause_credits_the_figure_before_it(nlp):
    doc = nlp(REUTERS)
    eleven = next(t for t in doc if t.text == "11")
    assert [v.text for v in closing_verbs(eleven)] == ["said"]
    assert figure_source(annotate_text(nlp, REUTERS), REUTERS, "11%") == "Reuters"


def test_a_sentence_opening_but_takes_the_voice_back_from_the_passage(nlp):
    annotations = annotate_text(nlp, PESOS)
    assert [(PESOS[c.start : c.end], c.asserted_by) for c in annotations.claims] == [
        ("24.2 trillion pesos", "the government department for planning"),
        ("$10.2bn", "the government department for planning"),
        ("£5.5bn", "the government department for planning"),
        ("12.1 trillion pesos", None),
    ]


def test_an_age_shaped_compound_and_an_events_unnamed_target(nlp):
    annotations = annotate_text(nlp, EMBARGO)
    assert [(EMBARGO[c.start : c.end], c.value, c.unit, c.counted) for c in annotations.claims] == [
        ("40-year-old trade embargo", 40.0, "year of age", "trade embargo")
    ]
    assert [(e.action, e.actor, e.target, e.word) for e in annotations.events] == [
        ("introduce restriction", "government", "tighter restrictions", "introduced")
    ]


def test_the_pronouns_of_the_sentences_naming_a_person_give_the_gender(nlp):
    found = {}
    for name in ("sport/001", "politics/005"):
        headline, body = bbc_article(name)
        doc = nlp(f"{headline}\n{body}")
        found[name] = {e.name: pronoun_gender(e, doc) for e in build_entities(doc, "t", []) if e.type == "PERSON"}
    assert found["sport/001"]["Sarah Claxton"] == "f"
    assert found["politics/005"]["Gordon Brown"] == "m"


def test_single_marked_quotes_are_paired_from_the_marks_alone():
    # news-threads 1778efb0df...: two single-marked quotes, an apostrophe ("didn't") inside the second
    text = (
        "'I was genuinely chilling up front,' he said. 'When it rains it is usually good for me. There were no "
        "mistakes, no issues, no spins. It was interesting hearing about so many people having slips, but I didn't "
        "have any.'"
    )
    assert [text[s:e] for s, e in direct_quote_spans(text)] == [
        "I was genuinely chilling up front,",
        "When it rains it is usually good for me. There were no mistakes, no issues, no spins. It was interesting "
        "hearing about so many people having slips, but I didn't have any.",
    ]


def test_number_groups_of_a_sentence_whose_words_are_mostly_letters(nlp):
    # bbc-news business: most words are letters alone, passed over without a look at each character
    text = (
        "If admitted into the EU, Turkey would contribute almost 6bn euros ($8bn; £6bn) to its budget by 2014, "
        "according to a recent impact study by the commission."
    )
    assert [g.text for g in number_groups(nlp(text))] == ["6bn", "$8bn", "£6bn", "2014"]


def test_reported_speech_ends_at_its_last_word(nlp):
    # examples/kursk 002_62a14225dbc0a0d6.txt: three reported clauses of one speaker, one through a pronoun
    text = (
        "Ukrainian President Volodymyr Zelenskyy acknowledged North Korean troop movements into the Kursk region, "
        "though he noted they had yet to participate in active combat.\n"
        "Speaking to South Korean media, he speculated that these forces would eventually engage in hostilities."
    )
    assert [(q.speaker, q.cue, q.text) for q in annotate_text(nlp, text).quotes] == [
        ("Volodymyr Zelenskyy", "acknowledged", "North Korean troop movements"),
        ("Volodymyr Zelenskyy", "noted", "they had yet to participate in active combat"),
        ("Volodymyr Zelenskyy", "speculated", "these forces would eventually engage in hostilities"),
    ]
