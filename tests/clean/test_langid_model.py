"""py3langid's model read from a decompressed copy in the cache folder ranks every language as its own load."""

from __future__ import annotations

from py3langid import langid

from newsweave.clean.langid_model import cached_copy, identifier_from
from tests.conftest import BBC, KURSK

TEXTS = (
    [p.read_text("utf-8") for p in sorted(KURSK.glob("*.txt"))]
    + [p.read_text("utf-8", "replace")[:3000] for p in sorted((BBC / "tech").glob("*.txt"))[:10]]
    + [
        "Die Regierung teilte am Montag mit, dass 118 Seeleute an Bord des U-Bootes gewesen seien.",
        "Le gouvernement a déclaré lundi que 118 marins se trouvaient à bord du sous-marin.",
        "政府周一表示，潜艇上有118名水兵。",
        "Key players: G Hunter Maldonado (15.3 ppg), F Graham Ike (19.5 ppg)",
        "",
    ]
)


def test_the_cached_copy_ranks_every_text_as_py3langids_own_model(tmp_path):
    model = langid.MODEL_DIR / langid.MODEL_FILE
    ours = identifier_from(cached_copy(model, tmp_path))
    theirs = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    for text in TEXTS:
        assert ours.rank(text) == theirs.rank(text)
        assert ours.classify(text) == theirs.classify(text)


def test_the_copy_is_written_once_and_named_by_the_model_file(tmp_path):
    model = langid.MODEL_DIR / langid.MODEL_FILE
    first = cached_copy(model, tmp_path)
    written = first.stat().st_mtime_ns
    assert cached_copy(model, tmp_path) == first and first.stat().st_mtime_ns == written
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temporary file left behind
    assert str(model.stat().st_size) in first.name


def test_a_damaged_copy_leaves_py3langid_to_load_its_own_model(tmp_path, monkeypatch):
    from newsweave.clean import langid_model

    model = langid.MODEL_DIR / langid.MODEL_FILE
    copy = cached_copy(model, tmp_path)
    copy.write_bytes(b"not an npz")
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    langid_model.load_identifier(tmp_path)
    assert langid.IDENTIFIER is None  # left for py3langid, which loads its own on the next classify
    assert langid.classify(TEXTS[0])[0] == "en"
