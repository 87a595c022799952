"""The summary's TF-IDF without scikit-learn: the same CSR arrays and cosine matrices as its TfidfVectorizer."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.summarise.tfidf import tfidf_matrix
from tests.conftest import BBC, KURSK

SENTENCE = re.compile(r"(?<=[.!?])\s+")


def pools() -> list[list[str]]:
    """Sentences of one to five real articles each: kursk's, and BBC articles of every section."""
    texts = [p.read_text("utf-8") for p in sorted(KURSK.glob("*.txt"))]
    texts += [
        p.read_text("utf-8", "replace")
        for section in sorted(BBC.iterdir())
        if section.is_dir()
        for p in sorted(section.glob("*.txt"))[:12]
    ]
    groups, start, size = [], 0, 1
    while start < len(texts):
        groups.append([s for t in texts[start : start + size] for s in SENTENCE.split(t) if len(s.split()) >= 3])
        start, size = start + size, size % 5 + 1
    return [g for g in groups if g]


def test_the_vectors_and_cosines_are_scikit_learns_bit_for_bit():
    checked = 0
    for sentences in pools():
        theirs = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sentences)
        ours = tfidf_matrix(sentences)
        assert ours.shape == theirs.shape
        assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
        assert ours.data.tobytes() == theirs.data.tobytes()
        assert (ours @ ours.T).toarray().tobytes() == (theirs @ theirs.T).toarray().tobytes()
        checked += 1
    assert checked > 20


def test_sentences_of_stop_words_only_are_an_error_as_in_scikit_learn():
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf_matrix(["It was what it was.", "And so on."])


def test_the_summary_module_does_not_import_scikit_learn():
    code = "import sys\nimport newsweave.summarise, newsweave.reconcile.story\nprint('sklearn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]
