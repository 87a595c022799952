"""The one parse: line breaks found from character offsets, and the model loaded without its string table."""

from __future__ import annotations

import pytest
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


def test_the_registries_read_once_during_a_load_give_what_catalogue_and_srsly_give_and_are_put_back():
    """While a pipeline loads, entry points are grouped once and srsly's msgpack decoders read once: the same
    entry points and decoders as the libraries find, and the libraries' own lookups afterwards."""
    import catalogue
    import srsly
    import srsly.msgpack

    from newsweave.nlp import _registries_read_once

    before = catalogue.AVAILABLE_ENTRY_POINTS
    decoders = srsly.msgpack.msgpack_decoders.get_all()
    groups = ("spacy_factories", "spacy_languages", "thinc_layers", "srsly_msgpack_decoders")
    expected = {g: [e.name for e in before.select(group=g)] for g in groups}
    with _registries_read_once():
        assert {g: [e.name for e in catalogue.AVAILABLE_ENTRY_POINTS.select(group=g)] for g in groups} == expected
        assert srsly.msgpack.msgpack_decoders.get_all() == decoders
        assert srsly.msgpack_loads(srsly.msgpack_dumps({"Kursk": [118, 23]})) == {"Kursk": [118, 23]}
    assert catalogue.AVAILABLE_ENTRY_POINTS is before
    assert "get_all" not in vars(srsly.msgpack.msgpack_decoders)  # the method again, not the snapshot


def test_a_failed_load_puts_the_registries_back(tmp_path):
    import catalogue

    from newsweave.nlp import load_model

    before = catalogue.AVAILABLE_ENTRY_POINTS
    (tmp_path / "config.cfg").write_text('[nlp]\nlang = "en"\n', encoding="utf-8")  # a folder with no meta.json
    with pytest.raises(OSError, match="E053"):
        load_model(str(tmp_path))
    assert catalogue.AVAILABLE_ENTRY_POINTS is before
