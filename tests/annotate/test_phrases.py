"""The noun phrase of a subject, as sources and speakers are read from it."""

from __future__ import annotations

from newsweave.annotate.phrases import phrase_tokens
from newsweave.reading import read_articles
from tests.conftest import BBC, annotate_text

BBC_412 = BBC / "business" / "412.txt"


def test_a_subject_that_heads_a_relative_clause_keeps_its_own_words(nlp):
    """BBC business/412: spaCy parses "which hardliners accused of ..." with "hardliners" as the relative
    clause's head; the phrase of that subject was left empty and the whole article failed extraction."""
    sentence = (
        "The ruling was a response to the involvement in telecoms and airport projects by Turkish companies, "
        "which hardliners accused of doing business with Israel."
    )
    doc = nlp(sentence)
    for token in doc:
        phrase = phrase_tokens(token)
        assert token in phrase, token.text
    [article] = read_articles([BBC_412])
    annotations = annotate_text(nlp, article.text)
    assert annotations.claims and annotations.quotes
