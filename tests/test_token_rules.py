"""`token_rules` gives what the model's own attribute ruler and lemmatizer give, token for token, on real news."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import BBC, KURSK

# Every attribute the parse sets or the two components write.
COMPARED = ("ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START", "NORM")


@pytest.fixture(scope="module")
def stock():
    from newsweave.nlp import load_model

    return load_model(token_rules=False)


def _texts() -> list[str]:
    from newsweave.reading import read_articles

    bbc = sorted(f for f in BBC.rglob("*.txt") if f.name != "README.TXT")[::40]  # 56 articles, every section
    return [a.text for a in read_articles([KURSK, *bbc])]


def _same(ours, theirs) -> bool:
    return (
        np.array_equal(ours.to_array(list(COMPARED)), theirs.to_array(list(COMPARED)))
        and [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]
        and [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        and ours.to_bytes() == theirs.to_bytes()
    )


def test_the_pipeline_runs_the_token_rules_in_place_of_the_ruler_and_lemmatizer(nlp, stock):
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "token_rules", "ner"]
    assert stock.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_every_token_of_real_news_gets_the_stock_annotations(nlp, stock):
    from newsweave.nlp import parse

    texts = _texts()
    ours, theirs = list(parse(nlp, texts)), list(parse(stock, texts))
    assert sum(len(d) for d in ours) > 25_000
    assert [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if not _same(a, b)] == []


def test_the_rules_over_two_tokens_and_the_rules_setting_tags_apply_as_the_stock_ruler_applies_them(nlp, stock):
    # "gonna", "y'all", "let's", "ain't" (lemmas set on one token of two), "There is" (a verb after "there")
    text = (
        "We're gonna win this, y'all. Let's go, he said. It ain't over. There is no doubt, and there were "
        '10,000 troops, she said: "C\'mon, we got ta leave."'
    )
    ours, theirs = nlp(text), stock(text)
    assert _same(ours, theirs)
    assert [t.lemma_ for t in ours if t.lower_ in {"gon", "na", "y'", "let", "'s", "ai"}] == [
        "go",
        "to",
        "you",
        "let",
        "us",
        "be",
    ]
    assert [t.pos_ for t in ours if t.lower_ in {"is", "were"}] == ["VERB", "VERB"]


def test_a_ruler_reading_what_a_token_key_does_not_hold_keeps_the_stock_components():
    import spacy

    from newsweave.token_rules import build_token_rules, use_token_rules

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"NORM": "gonna"}]], {"LEMMA": "go"})  # NORM may come from a tokenizer exception, not the text
    assert build_token_rules(blank) is None
    use_token_rules(blank)
    assert blank.pipe_names == ["attribute_ruler"]


def test_every_word_the_patterns_do_not_name_shares_one_key(nlp):
    from spacy.attrs import LOWER

    rules = nlp.get_pipe("token_rules")
    doc = nlp("North Korean troops said they can't leave Kursk, y'all.")
    lower = rules.key.attrs.index(LOWER)
    classes = dict(zip([t.text for t in doc], rules.key.of(doc)[:, lower].tolist(), strict=True))
    # words no pattern names, and no pattern's expression finds, are one class; named words keep their own
    assert classes["troops"] == classes["Kursk"] == classes["leave"] == classes["North"]
    assert classes["n't"] == doc.vocab.strings["n't"]
    assert len({classes["y'"], classes["troops"], classes["n't"]}) == 3  # "y'" is found by the expression ^y'?$


def test_a_rule_over_two_tokens_whose_first_token_ends_the_doc_is_matched_as_the_stock_ruler_does(nlp, stock):
    for text in ("They said there", "We're gon", "Let's go, y'all", "There is"):
        assert _same(nlp(text), stock(text)), text


def test_the_indexed_lemmatizer_gives_the_lemmas_of_the_stock_one(nlp, stock):
    rules = nlp.get_pipe("token_rules")
    index = rules.lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    stock_index = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert {pos: sorted(words) for pos, words in index.items()} == {
        pos: sorted(words) for pos, words in stock_index.items()
    }
    doc = nlp("The soldiers were fighting alongside Russian forces; analysts counted more casualties.")
    assert [t.lemma_ for t in doc if t.pos_ in ("NOUN", "VERB")] == [
        "soldier",
        "fight",
        "force",
        "analyst",
        "count",
        "casualty",
    ]
