"""What an article is about, as weighted terms: its words, and its names weighted up.

Stories cluster well on words and names (DESIGN.md): two reports of one event share the names of
its people and places, while two similar events (two earthquakes, two arrests) share the words but
not the names. Names are runs of capitalised words inside sentences, never the annotate stage's
entities: clustering runs before extraction and with extraction off, and must place an article the same
way in both cases.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from newsweave.fastimport import import_leaf, import_located

ENGLISH_STOP_WORDS = import_leaf("sklearn.feature_extraction._stop_words").ENGLISH_STOP_WORDS  # see fastimport

NAME_WEIGHT = 1.0  # a name term weighs as much as a word (its words also count as words)
# Years and figures tell similar events apart too. Measured (issue 14): 3.0 raises ECB+ F1 mean 0.895 -> 0.903
# (it parts the two Qeshm island earthquakes, the 11th and the 12th Doctor) and news-threads 0.920 -> 0.921, but
# splits single-event ECB+ folders (whole 0.791 -> 0.767, share 0.953 -> 0.944, below their gates); 2.5 gains
# less (ECB+ 0.898) and still splits them (share 0.949); 4.0 and 6.0 lower both collections. So 2.0 stays.
NUMBER_WEIGHT = 2.0
# A year says when an event happened: two similar events years apart (the Internet Explorer patches of 2008 and of
# 2013 in ECB+) differ in it. Measured (issue 14) with other numbers at 2.0: 3.5 raises ECB+ F1 mean 0.895 -> 0.900
# (spread 0.038 -> 0.033) and news-threads 0.928 -> 0.929 (min 0.918 -> 0.921), single-event ECB+ folders whole
# 0.791 (same), share 0.953 -> 0.954; 3.0 gives ECB+ 0.898, news-threads 0.927; 4.0 ECB+ 0.900, news-threads 0.929;
# 4.5 ECB+ 0.897, news-threads 0.922; 6.0 ECB+ 0.835.
YEAR_WEIGHT = 3.5
_YEAR = re.compile(r"#(19|20)\d\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d[\d,.]*\d|\d")
_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)*)", re.M)
_STOP = set(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "also", "just", "like", "new"}


def word_terms(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for token in _WORD.findall(text):
        word = token.lower().replace("’", "'")
        if word in _STOP or len(word) < 3 and not word.isdigit():
            continue
        if word[0].isdigit():
            counts["#" + word.replace(",", "")] += 1
        else:
            counts[word.removesuffix("'s")] += 1
    return counts


def name_terms(text: str) -> Counter[str]:
    """Runs of capitalised words that do not open a sentence: a cheap stand-in for entity names."""
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        for match in _NAME_RUN.finditer(line):
            name = match.group(1).lower()
            if name not in _STOP:
                counts["@" + name] += 1
    return counts


TITLE = "^"  # marks a title term: the clusterer's second chance reads them, the vectors leave them out


def article_terms(text: str, title: str | None = None) -> Counter[str]:
    """Term counts of an article: words, numbers, and names; plus its title's terms again, marked `TITLE`
    (once each), which say what the article is about when its body is short or drifts."""
    body = f"{title}\n{text}" if title else text
    terms = word_terms(body)
    terms.update(name_terms(body))
    if title:
        terms.update({TITLE + term: 1 for term in [*word_terms(title), *name_terms(title)]})
    return terms


def split_title(terms: Counter[str]) -> tuple[Counter[str], set[str]]:
    """The body's term counts and the title's terms (unmarked)."""
    body = Counter({term: count for term, count in terms.items() if not term.startswith(TITLE)})
    return body, {term[len(TITLE) :] for term in terms if term.startswith(TITLE)}


def weight(term: str) -> float:
    if term.startswith("@"):
        return NAME_WEIGHT
    if term.startswith("#"):
        return YEAR_WEIGHT if _YEAR.fullmatch(term) else NUMBER_WEIGHT
    return 1.0


def word_frequency(word: str, language: str) -> float:
    """wordfreq's frequency of a word, wordfreq imported by the first call (with ftfy and langcodes, 0.15-0.3 s: a
    process that hands articles to workers has no need of it before they are parsed)."""
    return import_located("wordfreq").word_frequency(word, language)


FLOOR_FREQUENCY = 1e-8  # a word English text never uses: names, rare places


class BackgroundIdf:
    """How informative a term is in English at large (wordfreq's frequencies, shipped in its package).

    A story's own collection cannot tell this: in a folder of ten reports that all say "North Korea",
    the collection's document frequency makes the one name they share worthless. Cached per instance."""

    def __init__(self) -> None:
        self.cache: dict[str, float] = {}

    def __call__(self, term: str) -> float:
        value = self.cache.get(term)
        if value is None:
            frequency = word_frequency(term.lstrip("@#").replace("-", " "), "en")
            value = -math.log(max(frequency, FLOOR_FREQUENCY))
            self.cache[term] = value
        return value


COLLECTION_WEIGHT_DOCS = 1000  # at this many documents the collection's own idf weighs as much as English's


def tfidf(
    terms: Counter[str], df: Counter[str], documents: int, background: BackgroundIdf | None = None
) -> dict[str, float]:
    """Sublinear tf, idf (English's, blended with the collection's as it grows), kind weights, unit length."""
    share = documents / (documents + COLLECTION_WEIGHT_DOCS) if background is not None else 1.0
    vector = {}
    for term, count in terms.items():
        idf = math.log((documents + 1) / (df.get(term, 0) + 1)) + 1.0
        if background is not None:
            idf = share * idf + (1 - share) * background(term) / 2.0
        vector[term] = (1.0 + math.log(count)) * idf * weight(term)
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


NAME_SHARE = 0.3  # how much of the similarity comes from the names channel


def channel_norms(vector: dict[str, float]) -> tuple[float, float]:
    """Lengths of the words part and the names part of a vector."""
    words = names = 0.0
    for term, value in vector.items():
        if term.startswith("@"):
            names += value * value
        else:
            words += value * value
    return math.sqrt(words), math.sqrt(names)


def similarity(
    a: dict[str, float],
    b: dict[str, float],
    norms_a: tuple[float, float] | None = None,
    norms_b: tuple[float, float] | None = None,
) -> float:
    """Words and names as two channels: similar events share words, the same event also shares names.
    Pass precomputed `channel_norms` to avoid recomputing them for a vector compared many times."""
    (wa, na), (wb, nb) = norms_a or channel_norms(a), norms_b or channel_norms(b)
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    word_dot = name_dot = 0.0
    for term, value in small.items():
        other = large.get(term)
        if other is not None:
            if term.startswith("@"):
                name_dot += value * other
            else:
                word_dot += value * other
    words = word_dot / (wa * wb) if wa and wb else 0.0
    if not (na and nb):
        return words
    return (1 - NAME_SHARE) * words + NAME_SHARE * name_dot / (na * nb)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values())) or 1.0
    nb = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / (na * nb)
