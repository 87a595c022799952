"""Long articles are parsed in chunks (nlp.parse) so time and memory grow linearly with their length."""

from __future__ import annotations

from newsweave.nlp import split_text
from tests.conftest import BBC, KURSK

KURSK_TEXT = (KURSK / "001_d50eaae05427456e.txt").read_text("utf-8")


def test_split_text_cuts_at_paragraphs_and_loses_nothing():
    text = "\n\n".join(p.read_text("utf-8", "replace") for p in sorted((BBC / "business").glob("*.txt"))[:40])
    pieces = split_text(text, 5_000)
    assert "".join(pieces) == text and len(pieces) > 10
    assert all(len(p) <= 5_000 for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_split_text_without_any_break_still_bounds_the_pieces():
    text = "x" * 12_345
    pieces = split_text(text, 1_000)
    assert "".join(pieces) == text and max(map(len, pieces)) == 1_000


def test_a_long_text_parsed_in_chunks_matches_the_whole_parse(nlp):
    from newsweave.nlp import parse

    whole = next(parse(nlp, [KURSK_TEXT]))
    chunked = next(parse(nlp, [KURSK_TEXT], chunk_chars=1_000))
    assert chunked.text == KURSK_TEXT
    assert [(t.idx, t.text) for t in chunked] == [(t.idx, t.text) for t in whole]
    assert [s.start_char for s in chunked.sents] == [s.start_char for s in whole.sents]
    assert [(e.start_char, e.text, e.label_) for e in chunked.ents] == [
        (e.start_char, e.text, e.label_) for e in whole.ents
    ]


def test_chunked_and_short_texts_keep_their_order_in_one_batch(nlp):
    from newsweave.nlp import parse

    texts = ["Short one.", KURSK_TEXT, "Another short one.", KURSK_TEXT[:900]]
    docs = list(parse(nlp, texts, chunk_chars=1_000))
    assert [d.text for d in docs] == texts
