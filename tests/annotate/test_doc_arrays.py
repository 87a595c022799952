"""The per-Doc token columns read what each Token reads, are built once per Doc, and leave the Doc serialisable."""

from __future__ import annotations

import pytest

from newsweave.annotate.doc_arrays import COLUMNS, KEY, column
from newsweave.nlp import parse


def _token_value(token, name: str):
    if name == "head":
        return token.head.i
    if name == "is_sent_start":
        return bool(token.is_sent_start)
    return getattr(token, name)


def test_every_column_equals_the_token_attribute_on_every_kursk_article(nlp, kursk_articles):
    # five real articles, parsed as annotate parses them (line breaks as sentence starts, entities, lemmas)
    articles = list(kursk_articles.values())
    for doc in parse(nlp, [a.text for a in articles]):
        for name in COLUMNS:
            assert column(doc, name) == [_token_value(t, name) for t in doc], name


def test_heads_before_their_token_read_back_as_indices_not_wrapped_offsets(nlp):
    # "The Kursk sank on Saturday." : "The" hangs on "Kursk" after it, "Kursk" on "sank" after it, "Saturday" on
    # "on" before it: relative offsets of both signs, which `Doc.to_array` stores unsigned
    doc = nlp("The Kursk sank on Saturday.")
    heads = column(doc, "head")
    assert heads == [t.head.i for t in doc]
    assert any(h < i for i, h in enumerate(heads)) and any(h > i for i, h in enumerate(heads))


def test_a_column_is_built_once_per_doc_and_kept_with_it(nlp):
    doc = nlp("Vladimir Putin said the submarine Kursk had sunk.")
    first = column(doc, "pos_")
    assert column(doc, "pos_") is first  # the same list: read from the Doc once
    assert doc.user_data[KEY] == {"pos_": first}
    other = nlp("Vladimir Putin said the submarine Kursk had sunk.")
    assert KEY not in other.user_data  # nothing kept outside the Doc: another Doc starts with no columns


def test_a_doc_with_columns_still_serialises(nlp):
    from spacy.tokens import Doc

    doc = nlp("Norway offered divers on Monday.")
    column(doc, "text")
    column(doc, "is_sent_start")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [t.text for t in copy] == column(doc, "text")


def test_an_unknown_column_is_a_clear_error(nlp):
    doc = nlp("Rescuers reached the hull.")
    with pytest.raises(ValueError, match="no token column 'shape_'"):
        column(doc, "shape_")
