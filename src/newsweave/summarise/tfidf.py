"""The cosine similarity of sentences' TF-IDF vectors, bit for bit what scikit-learn's
`TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)` multiplied by its transpose
gives, without importing scikit-learn and SciPy (half a second of every start-up that summarises a story).

Every float is made by the same operation in the same order as there: the counts of each text's tokens
(`(?u)\\b\\w\\w+\\b` of the lower-cased text, less the English stop words) stored in order of each term's first
sight over all texts; idf = ln((1 + n) / (1 + df)) + 1 over the alphabetical vocabulary; tf = 1 + ln(count);
each row divided by the square root of its squares summed in storage order (`inplace_csr_row_normalize_l2`);
and the product summed, for each pair of rows, over the first row's terms in storage order (SciPy's sparse
matrix product). `np.bincount` adds its weights one after another in array order, which keeps each sum's
order. A test compares the two on real sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from newsweave.fastimport import import_leaf

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
BLOCK = 4_000_000  # products computed at once (about 100 MB of arrays)


# scikit-learn's English stop words, read once at import (see fastimport): `import_leaf` runs the file each time
# it is asked, which three asks per story made 5% of a story's assembly.
ENGLISH_STOP_WORDS: frozenset[str] = import_leaf("sklearn.feature_extraction._stop_words").ENGLISH_STOP_WORDS


def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words."""
    return ENGLISH_STOP_WORDS


@dataclass(frozen=True)
class Fitted:
    """The texts' TF-IDF matrix in CSR order: each entry's row, alphabetical column and weight, with the
    vocabulary (term -> column) and idf it was fitted with."""

    rows: int
    columns: dict[str, int]
    idf: np.ndarray
    row_of: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    lengths: np.ndarray


def _counts(text: str, stop: frozenset[str], vocabulary: dict[str, int]) -> list[tuple[int, int]]:
    counts: dict[int, int] = {}
    for token in TOKEN.findall(text.lower()):
        if token not in stop:
            index = vocabulary.setdefault(token, len(vocabulary))
            counts[index] = counts.get(index, 0) + 1
    return sorted(counts.items())  # sorted by first sight, as scikit-learn's `sort_indices` leaves them


def fit(texts: list[str]) -> Fitted:
    """The TF-IDF matrix of the texts (sublinear tf, smoothed idf, English stop words, rows L2-normalised)."""
    stop = stop_words()
    vocabulary: dict[str, int] = {}
    rows = [_counts(text, stop, vocabulary) for text in texts]
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    n, size = len(texts), len(vocabulary)
    column = np.empty(size, dtype=np.int64)  # first-sight index -> alphabetical column
    for new, term in enumerate(sorted(vocabulary)):
        column[vocabulary[term]] = new
    lengths = np.array([len(row) for row in rows], dtype=np.int64)
    row_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
    indices = column[np.array([index for row in rows for index, _ in row], dtype=np.int64)]
    data = np.array([count for row in rows for _, count in row], dtype=np.float64)

    df = np.bincount(indices, minlength=size).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=n + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(data, data)
    data += 1.0
    data *= idf[indices]
    norms = np.bincount(row_of, weights=data * data, minlength=n)
    nonzero = norms[row_of] != 0.0
    data[nonzero] /= np.sqrt(norms)[row_of][nonzero]
    columns = {term: int(column[index]) for term, index in vocabulary.items()}
    return Fitted(n, columns, idf, row_of, indices, data, lengths)


def query_similarity(fitted: Fitted, queries: list[str]) -> np.ndarray:
    """Each fitted text's mean cosine with the queries, the queries weighted by the texts' vocabulary and idf
    (scikit-learn's `transform`: words the texts never use count for nothing)."""
    if not queries:
        return np.zeros(fitted.rows)
    stop, mean = stop_words(), np.zeros(len(fitted.idf))
    for query in queries:
        vector = np.zeros(len(fitted.idf))
        for token in TOKEN.findall(query.lower()):
            if token not in stop and token in fitted.columns:
                vector[fitted.columns[token]] += 1.0
        used = vector > 0
        vector[used] = (np.log(vector[used]) + 1.0) * fitted.idf[used]
        norm = np.sqrt(np.dot(vector, vector))
        mean += vector / norm if norm else vector
    mean /= len(queries)
    return np.bincount(fitted.row_of, weights=fitted.data * mean[fitted.indices], minlength=fitted.rows)


def tfidf_similarity(texts: list[str], block: int = BLOCK) -> np.ndarray:
    """The n x n cosine matrix of the texts' TF-IDF vectors (sublinear tf, smoothed idf, English stop words),
    at most about `block` products computed at once."""
    return similarity_matrix(fit(texts), block)


def similarity_matrix(fitted: Fitted, block: int = BLOCK) -> np.ndarray:
    """The cosine of every pair of fitted texts, at most about `block` products computed at once."""
    n, size, lengths = fitted.rows, len(fitted.idf), fitted.lengths
    row_of, indices, data = fitted.row_of, fitted.indices, fitted.data

    # each column's entries by row (the transpose in CSR form, as SciPy converts it), then every product
    # A[i, k] * A[j, k] in the order of row i's entries, j ascending within each k; a block of rows at a time,
    # so that the products held at once stay under `block` (a common word in thousands of sentences has millions)
    by_column = np.argsort(indices, kind="stable")  # stable: rows ascending within a column
    column_start = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(indices, minlength=size), out=column_start[1:])
    spans = column_start[indices + 1] - column_start[indices]  # for each entry, its column's entry count
    row_start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=row_start[1:])
    products_to_row = np.zeros(n + 1, dtype=np.int64)  # products of the rows before each row
    np.cumsum(np.bincount(row_of, weights=spans, minlength=n).astype(np.int64), out=products_to_row[1:])
    similarity = np.empty((n, n), dtype=np.float64)
    first = 0
    while first < n:
        last = max(first + 1, int(np.searchsorted(products_to_row, products_to_row[first] + block, "right")) - 1)
        entries = slice(row_start[first], row_start[last])
        counts = spans[entries]
        entry = np.repeat(np.arange(entries.start, entries.stop, dtype=np.int64), counts)
        offset = np.arange(len(entry), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        partner = by_column[column_start[indices[entry]] + offset]
        keys = (row_of[entry] - first) * n + row_of[partner]
        products = data[entry] * data[partner]
        similarity[first:last] = np.bincount(keys, weights=products, minlength=(last - first) * n).reshape(-1, n)
        first = last
    return similarity
