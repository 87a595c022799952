"""Duplicates and rewrites.

Near-duplicates (syndicated copies, reposts with a different tail) are found with MinHash over word
5-shingles (datasketch) and LSH banding with datasketch's optimal bands, the bands kept in the store so
no pair is compared; a candidate is confirmed by its estimated Jaccard similarity.

Rewrites paraphrase a source sentence by sentence, so they share few shingles: a text is a rewrite of
an earlier article of its story when most of its sentences closely match one of that article's
sentences by their content words, or when it names that article's site as its original source.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable

import numpy as np

from newsweave.fastimport import import_leaf, import_submodule

MinHash = import_submodule("datasketch.minhash").MinHash  # without datasketch's LSH and SciPy (see fastimport)

ENGLISH_STOP_WORDS = import_leaf("sklearn.feature_extraction._stop_words").ENGLISH_STOP_WORDS  # see fastimport

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are only comparable within one
DUPLICATE_JACCARD = 0.8
SHINGLE = 5
REWRITE_SENTENCE = 0.45  # cosine for a sentence to count as paraphrased from the other text
REWRITE_SHARE = 0.5  # share of sentences that must be paraphrased
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|\n+")
# datasketch's optimal banding for the threshold and NUM_PERM (`MinHashLSH(threshold=0.8, num_perm=128)`'s b and
# r, which it finds by numerical integration with SciPy: a test checks these against it)
BANDS, ROWS = 9, 13


def content_key(text: str) -> str:
    """A stable key for an article without a URL: the hash of its normalised words."""
    words = " ".join(_WORD.findall(text.lower()))
    return "sha256:" + hashlib.sha256(words.encode("utf-8")).hexdigest()


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def band_keys(minhash: MinHash) -> list[tuple[int, int]]:
    """(band, hash) pairs: two texts sharing one are candidate duplicates."""
    values = minhash.hashvalues
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=7).digest(), "big")))
    return keys


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.split()) >= 5]


def _content_words(sentence: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in ENGLISH_STOP_WORDS and len(w) > 2)


def content_sentences(text: str) -> list[frozenset[str]]:
    """The content words of each sentence of `text` that has some."""
    return [words for words in (_content_words(s) for s in sentences(text)) if words]


def rewrite_share(text: str, source: str) -> float:
    """Share of `text`'s sentences whose content words closely match a sentence of `source`
    (binary cosine of word sets, cheap enough to run on every arrival)."""
    return _matched_share(content_sentences(text), content_sentences(source))


def _matched_share(mine: list[frozenset[str]], theirs: list[frozenset[str]]) -> float:
    """`rewrite_share` of sentences already read (`content_sentences`): one arrival's are read once for all its
    candidate sources."""
    if len(mine) < 3 or not theirs:
        return 0.0
    vocabulary = set().union(*theirs)
    close = 0
    for words in mine:
        if len(words & vocabulary) / math.sqrt(len(words) * len(vocabulary)) < REWRITE_SENTENCE / 4:
            continue  # shares too little with the whole source to match any one sentence
        best = max(len(words & other) / math.sqrt(len(words) * len(other)) for other in theirs)
        close += best >= REWRITE_SENTENCE
    return close / len(mine)


def find_rewrite(text: str, candidates: Iterable[tuple[str, str]]) -> str | None:
    """The earlier article (id, text) that `text` paraphrases, if one does."""
    best, best_share = None, REWRITE_SHARE
    mine = content_sentences(text)  # read once, not once per candidate
    for article_id, source in candidates:
        share = _matched_share(mine, content_sentences(source))
        if share >= best_share:
            best, best_share = article_id, share
    return best
