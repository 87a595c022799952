"""Token attributes of a parsed Doc as plain lists, read once per Doc and kept with it.

spaCy makes a new `Token` object each time a Doc is indexed or iterated, and each attribute read then goes
through that object: the extractors' whole-Doc loops (`for token in doc: if token.pos_ != "PROPN": continue`)
made 5.5 million Tokens for 118,000 tokens of 300 BBC articles, over a third of extraction's own time. A loop
that reads a column here instead (`for i, pos in enumerate(column(doc, "pos_"))`) makes no Token, and makes
`doc[i]` only for the few tokens it keeps.

Each column is read from the Doc's own arrays (`Doc.to_array`) the first time it is asked for and kept in
`doc.user_data` (a list of strings, integers or booleans: the Doc still serialises), so a column is built
at most once per Doc and nothing is kept beyond the Doc's life. The columns describe the Doc as parsed: they
are not rebuilt if its tokens, entities or parse are changed afterwards (no extractor changes them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KEY = ("newsweave", "doc_arrays")  # the key of the columns in `doc.user_data` (a tuple, as spaCy's own keys)

# column name (the Token attribute it equals) -> spaCy attribute read with `Doc.to_array`
STRINGS = {
    "text": "ORTH", "lower_": "LOWER", "lemma_": "LEMMA", "pos_": "POS", "tag_": "TAG", "dep_": "DEP",
    "ent_type_": "ENT_TYPE", "ent_iob_": "ENT_IOB", "whitespace_": "SPACY",
}  # fmt: skip
FLAGS = {
    "is_alpha": "IS_ALPHA", "is_digit": "IS_DIGIT", "is_lower": "IS_LOWER", "is_upper": "IS_UPPER",
    "is_title": "IS_TITLE", "is_punct": "IS_PUNCT", "is_space": "IS_SPACE", "is_stop": "IS_STOP",
    "like_num": "LIKE_NUM", "is_sent_start": "SENT_START",
}  # fmt: skip
WORDS = ("text", "lower_", "lemma_")  # the string columns of many distinct values
NUMBERS = {"idx": "IDX", "head": "HEAD"}  # `head` holds the head's index (`token.head.i`), not the Token
COLUMNS = (*STRINGS, *FLAGS, *NUMBERS)
TEXT = "doc_text"  # the key of the Doc's text among the columns (`doc_text`)
_IOB = ("", "I", "O", "B")  # `Token.ent_iob_` of each ENT_IOB value


def column(doc: Doc, name: str) -> list:
    """The attribute `name` of every token of `doc` in order (`column(doc, "pos_")[i] == doc[i].pos_`),
    built on the first call for this Doc and attribute. `is_sent_start` is a boolean here (spaCy's None for
    "not set" reads False); `head` is the index of each token's head."""
    store = doc.user_data.get(KEY)
    if store is None:
        store = doc.user_data[KEY] = {}
    found = store.get(name)
    if found is None:
        found = store[name] = _read(doc, name)
    return found


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc and kept with it: `Doc.text` makes a Token for every word of the article each
    time it is read, and the extractors read it for single mentions (a page line, a surname's other forms)."""
    store = doc.user_data.get(KEY)
    if store is None:
        store = doc.user_data[KEY] = {}
    found = store.get(TEXT)
    if found is None:
        words, spaces = column(doc, "text"), column(doc, "whitespace_")
        found = store[TEXT] = "".join(word + space for word, space in zip(words, spaces, strict=True))
    return found


def span_text(span: Span) -> str:
    """`span.text`, sliced from the Doc's text (`doc_text`): `Span.text` makes a Token for every word of the span
    each time it is read, and a sentence's text is read for every figure and source in it."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _read(doc: Doc, name: str) -> list:
    import numpy as np

    if name in STRINGS:
        values = doc.to_array(STRINGS[name]).tolist()
        if name == "ent_iob_":
            return [_IOB[v] for v in values]
        if name == "whitespace_":
            return [" " if v else "" for v in values]
        strings = doc.vocab.strings
        if name in WORDS:  # most of an article's words are distinct: a table of them costs more than it saves
            return list(map(strings.__getitem__, values))
        named = {v: strings[v] for v in set(values)}  # each distinct tag looked up once, not once per token
        return list(map(named.__getitem__, values))
    if name in FLAGS:  # numpy's booleans to Python's in one step, not one comparison per token
        values = doc.to_array(FLAGS[name])
        return (values == 1 if name == "is_sent_start" else values != 0).tolist()
    if name == "idx":
        return doc.to_array("IDX").tolist()
    if name == "head":  # relative offsets, stored as unsigned: read back as signed
        return (doc.to_array("HEAD").view(np.int64) + np.arange(len(doc), dtype=np.int64)).tolist()
    raise ValueError(f"no token column {name!r} (known: {', '.join(COLUMNS)})")
