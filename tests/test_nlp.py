"""The one parse: line breaks found from character offsets, and the model loaded without its string table."""

from __future__ import annotations

import spacy

from newsweave.nlp import line_starts, resolve_model
from tests.conftest import BBC, KURSK

TEXTS = [p.read_text("utf-8") for p in sorted(KURSK.glob("*.txt"))] + [
    p.read_text("utf-8", "replace") for p in sorted((BBC / "politics").glob("*.txt"))[:20]
]


def token_rule(doc) -> list[int]:
    """The rule as first written: a token starts a sentence when the one before holds a line break."""
    return [t.i for t in doc[1:] if "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_]


def test_line_starts_match_the_token_rule_on_real_texts(nlp):
    texts = [*TEXTS, "\nLeading break.\n\nTwo lines \n after a space.\n", "No break at all.", "\n", ""]
    for text in texts:
        doc = nlp.tokenizer(text)
        assert line_starts(doc, text) == token_rule(doc)


def test_the_model_without_its_string_table_reads_every_token_alike(nlp):
    full = spacy.load(resolve_model()[1])
    assert len(nlp.vocab.strings) < len(full.vocab.strings) // 10  # the table was left on disk
    for text in TEXTS[:8]:
        ours, theirs = nlp(text), full(text)
        assert [
            (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.norm_, t.ent_type_, t.ent_iob_, str(t.morph))
            for t in ours
        ] == [
            (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.norm_, t.ent_type_, t.ent_iob_, str(t.morph))
            for t in theirs
        ]


def test_the_tokenizer_has_the_saved_rules_whether_they_are_the_defaults_or_not(nlp, tmp_path):
    """The saved rules are read only when they differ from the language's defaults: either way, the rules are
    the saved ones (a model folder whose tokenizer has one more special case keeps it)."""
    from newsweave.nlp import load_model

    folder = resolve_model()[1]
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == (folder / "tokenizer").read_bytes()
    changed = tmp_path / "model"
    changed.mkdir()
    for part in folder.iterdir():
        if part.name != "tokenizer":
            (changed / part.name).symlink_to(part)
    custom = spacy.blank("en")
    custom.tokenizer.add_special_case("Kursk-class", [{"ORTH": "Kursk-class"}])
    custom.tokenizer.to_disk(changed / "tokenizer", exclude=["vocab"])
    loaded = load_model(str(changed))
    assert [t.text for t in loaded.tokenizer("a Kursk-class submarine")] == ["a", "Kursk-class", "submarine"]
    assert [t.text for t in nlp.tokenizer("a Kursk-class submarine")] == ["a", "Kursk", "-", "class", "submarine"]
