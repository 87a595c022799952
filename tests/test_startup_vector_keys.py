"""Start-up: the vectors' key table answered from a cached array (`vector_keys`), the same as spaCy's."""

from __future__ import annotations

import numpy as np
import spacy
import srsly

from newsweave.nlp import NOT_LOADED, load_model, resolve_model
from newsweave.vector_keys import KeyRows, cached_table, mapped_table
from tests.test_nlp import TEXTS


def test_the_key_table_answers_every_key_of_en_core_web_md_as_spacys_dict_does(tmp_path):
    key2row = resolve_model()[1] / "vocab" / "key2row"
    theirs = srsly.read_msgpack(key2row)
    ours = KeyRows(mapped_table(cached_table(key2row, tmp_path, lambda: theirs)))
    assert len(ours) == len(theirs) == 684_830
    assert all(ours.get(key) == row for key, row in theirs.items())
    absent = [0, 1, 2**64 - 1, max(theirs) + 1, min(theirs) - 1, -5, 2**64, "Kursk", 3.5]
    absent = [key for key in absent if key not in theirs]
    assert [ours.get(key, -1) for key in absent] == [-1] * len(absent)
    assert not any(key in ours for key in absent)
    assert ours.filled_rows() == sorted(set(theirs.values()))
    assert list(ours.items()) == list(theirs.items())  # the whole table, in the file's order


def test_a_changed_key_table_becomes_the_dict_itself(tmp_path):
    key2row = resolve_model()[1] / "vocab" / "key2row"
    theirs = srsly.read_msgpack(key2row)
    ours = KeyRows(mapped_table(cached_table(key2row, tmp_path, lambda: theirs)))
    first = next(iter(theirs))
    ours[7] = 3
    del ours[first]
    assert ours.get(7) == 3 and first not in ours and len(ours) == len(theirs)


def test_the_cached_copy_is_written_once_and_named_by_the_file(tmp_path):
    key2row = resolve_model()[1] / "vocab" / "key2row"
    path = cached_table(key2row, tmp_path, lambda: srsly.read_msgpack(key2row))
    written = path.stat().st_mtime_ns
    assert cached_table(key2row, tmp_path, lambda: {}) == path and path.stat().st_mtime_ns == written
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_the_model_loads_its_vectors_as_spacy_does_and_parses_alike(nlp):
    full = spacy.load(resolve_model()[1], exclude=list(NOT_LOADED))
    ours, theirs = nlp.vocab.vectors, full.vocab.vectors
    assert isinstance(ours.key2row, KeyRows)
    assert np.array_equal(ours.data, theirs.data)
    assert (ours.shape, ours.mode, ours.name, ours.n_keys, ours.is_full) == (
        theirs.shape,
        theirs.mode,
        theirs.name,
        theirs.n_keys,
        theirs.is_full,
    )
    for text in TEXTS[:8]:
        a, b = nlp(text), full(text)
        assert np.array_equal(a.tensor, b.tensor)
        assert [(t.has_vector, t.vector_norm) for t in a] == [(t.has_vector, t.vector_norm) for t in b]
        parsed = [[(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in (a, b)]
        assert parsed[0] == parsed[1]


def test_without_a_writable_cache_spacy_reads_its_key_table_itself(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    nlp = load_model()
    assert type(nlp.vocab.vectors.key2row) is dict and len(nlp.vocab.vectors.key2row) == 684_830


def test_brief_with_workers_imports_neither_dateparser_nor_networkx_in_its_own_process(tmp_path):
    """The main process resolves weekdays alone (dateparser is the workers') and renders the terminal report,
    whose module holds the HTML report's actor graph (networkx is imported by that graph alone)."""
    import subprocess
    import sys

    from tests.conftest import KURSK

    code = (
        "import sys\nfrom newsweave.cli import app\n"
        f"try:\n    app(['brief', {str(KURSK)!r}, '--jobs', '2', '--json', {str(tmp_path / 'k.json')!r}])\n"
        "except SystemExit as done:\n"
        "    print('RESULT', done.code, 'dateparser' in sys.modules, 'networkx' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "RESULT 0 False False" in result.stderr, result.stderr
    assert "Kursk" in result.stdout  # the terminal report was rendered


def test_a_weekday_resolves_without_dateparser_and_a_day_with_it():
    import subprocess
    import sys

    code = (
        "import sys\nfrom newsweave.annotate.dates import resolve_date\n"
        "print(resolve_date('on Sunday', '2000-08-16'), 'dateparser' in sys.modules)\n"
        "print(resolve_date('August 12', '2000-08-16'), 'dateparser' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["2000-08-13", "False", "2000-08-12", "True"], result.stderr


def test_a_pool_closed_after_its_results_leaves_its_workers_to_end_on_their_own(kursk_articles):
    """The caller goes on to its output at once; the workers take their stops and end (reaped at exit)."""
    import time

    from newsweave.pipeline.parallel import ParallelAnnotator

    articles = list(kursk_articles.values())[:2]
    with ParallelAnnotator(None, 2, assemble_here=True) as pool:
        results = pool.annotate(articles)
        workers = list(pool.workers)
    assert [a.article for a, _, _ in results] == [a.id for a in articles]
    deadline = time.monotonic() + 30
    while any(p.is_alive() for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(p.is_alive() for p in workers) and [p.exitcode for p in workers] == [0]


def test_the_whole_table_serialises_as_spacys_does(tmp_path):
    """msgpack writes dicts only: the table, given back as its dict, saves the same bytes as spaCy's file."""
    key2row = resolve_model()[1] / "vocab" / "key2row"
    ours = KeyRows(mapped_table(cached_table(key2row, tmp_path, lambda: srsly.read_msgpack(key2row))))
    assert ours.get(next(iter(srsly.read_msgpack(key2row)))) is not None  # a lookup first, then the whole
    assert srsly.msgpack_dumps(ours.whole()) == key2row.read_bytes()
