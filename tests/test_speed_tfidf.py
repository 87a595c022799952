"""The summary's TF-IDF cosines, made without scikit-learn, equal scikit-learn's bit for bit on real sentences."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.summarise.tfidf import fit, query_similarity, tfidf_similarity
from tests.conftest import BBC, KURSK


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def scikit_learn(texts: list[str]) -> np.ndarray:
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    return (vectors @ vectors.T).toarray()


def test_kursk_sentences_have_scikit_learns_cosines_bit_for_bit():
    pool = [s for path in sorted(KURSK.glob("*.txt")) for s in sentences(path.read_text(encoding="utf-8"))]
    ours = tfidf_similarity(pool)
    assert len(pool) > 100 and ours.dtype == np.float64
    assert ours.tobytes() == scikit_learn(pool).tobytes()


def test_bbc_pools_of_every_size_have_scikit_learns_cosines_bit_for_bit():
    files = sorted(BBC.rglob("*.txt"))[:120]
    pool = [s for f in files if f.name != "README.TXT" for s in sentences(f.read_text(encoding="utf-8"))]
    for size in (1, 2, 7, 40, 300, len(pool)):
        chosen = pool[::7][:size]
        assert tfidf_similarity(chosen).tobytes() == scikit_learn(chosen).tobytes(), size


def test_rows_taken_in_small_blocks_give_the_same_cosines():
    files = sorted(BBC.rglob("*.txt"))[:40]
    pool = [s for f in files if f.name != "README.TXT" for s in sentences(f.read_text(encoding="utf-8"))]
    whole = tfidf_similarity(pool)
    assert tfidf_similarity(pool, block=64).tobytes() == whole.tobytes() == scikit_learn(pool).tobytes()
    assert tfidf_similarity(pool, block=1).tobytes() == whole.tobytes()  # a row at a time, whatever its size


def test_a_sentence_of_stop_words_alone_is_a_zero_row_as_in_scikit_learn():
    pool = ["And it was there.", "The Kursk sank in the Barents Sea.", "Divers opened the Kursk's rescue hatch."]
    ours = tfidf_similarity(pool)
    assert not ours[0].any() and ours.tobytes() == scikit_learn(pool).tobytes()


def test_stop_words_alone_raise_scikit_learns_error():
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf_similarity(["It was there.", "And then?"])


def test_summarising_imports_neither_scikit_learn_nor_scipy():
    code = (
        "import sys; from newsweave.summarise.extractive import rank_candidates; "
        "from newsweave.summarise.tfidf import tfidf_similarity; tfidf_similarity(['The Kursk sank.']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'sklearn') and sys.modules[m]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() in ("[]", "['sklearn.feature_extraction._stop_words']"), done.stdout


def test_headline_similarity_is_scikit_learns_transform_on_kursk():
    """The lead's closeness to the headlines: each sentence's mean cosine with the titles, the titles weighted by
    the sentences' own vocabulary and idf (words only a headline uses count for nothing), as scikit-learn gives."""
    texts = {path: path.read_text(encoding="utf-8") for path in sorted(KURSK.glob("*.txt"))}
    pool = [s for text in texts.values() for s in sentences(text)]
    titles = [text.strip().splitlines()[0] for text in texts.values()] + ["Zzyzx quokka"]  # one no sentence uses
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    vectors = vectorizer.fit_transform(pool)
    theirs = np.asarray((vectors @ vectorizer.transform(titles).T).mean(axis=1)).ravel()
    ours = query_similarity(fit(pool), titles)
    assert ours.shape == theirs.shape and theirs.max() > 0.1
    assert np.allclose(ours, theirs, rtol=0, atol=1e-12)
    assert query_similarity(fit(pool), []).tolist() == [0.0] * len(pool)
