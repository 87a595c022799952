"""The language of a clean text, by py3langid (its model ships inside the PyPI package; no download)."""

from __future__ import annotations

import re

import py3langid

from newsweave.clean.langid_model import load_identifier
from newsweave.fastimport import import_located

MIN_WORDS = 20  # below this the guess is too often wrong: the language stays unknown
MIN_CHARS = 60
SAMPLE_CHARS = 3000
ENGLISH_WORDS = 0.6  # share of words that are common English words above which a text is English anyway
COMMON = 3.0  # Zipf frequency of a common English word ("review", "players"; "Maldonado" is not)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("en", "de"), or None when the text is too short to tell.

    The identifier is checked against English word frequencies (wordfreq): lists, names and figures
    ("Key players: G Hunter Maldonado (15.3 ppg ...") fool it into English-based pidgins, while a text
    whose words are mostly common English words is English whatever it guessed."""
    if len(text.split()) < MIN_WORDS and (len(text) < MIN_CHARS or text.isascii()):
        return None  # short: but a script without spaces between words (Chinese, Japanese) counts by characters
    sample = text[:SAMPLE_CHARS]
    load_identifier()  # py3langid's model from the cache folder: see langid_model
    language, _score = py3langid.classify(sample)
    if language == "en":
        return language
    if english_share(sample, language) >= ENGLISH_WORDS:
        return "en"
    if few_words_in_latin(sample):
        return None  # names, codes and figures in Latin letters: nothing to tell a language by
    return language


def zipf_frequency(word: str, language: str) -> float:
    """wordfreq's Zipf frequency, wordfreq imported by the first call (see fastimport): a text py3langid calls
    English, most news, never needs it, and its import (ftfy, langcodes) is 0.15-0.3 s."""
    return import_located("wordfreq").zipf_frequency(word, language)


def frequency_in(word: str, language: str) -> float:
    """A word's Zipf frequency in a language; 0 where wordfreq needs a tokenizer not installed (MeCab for
    Japanese and Korean)."""
    try:
        return zipf_frequency(word, language)
    except (ImportError, KeyError):
        return 0.0


def few_words_in_latin(text: str, fewest: int = 6) -> bool:
    """A text in Latin letters with fewer than `fewest` lower-case words (a list of names and stats)."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(ch.isascii() for ch in letters) / len(letters) if letters else 0.0
    lower = [w for w in re.findall(r"[^\W\d_]+", text) if w.islower() and len(w) > 1]
    return latin >= 0.9 and len(lower) < fewest


def english_share(text: str, other: str) -> float:
    """The share of a text's lower-case words that are common in English and more common in English than in
    the `other` language (a language wordfreq does not know counts as never using the word)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.islower() and len(w) > 1]
    known = other in import_located("wordfreq").available_languages()

    def english(word: str) -> bool:
        frequency = zipf_frequency(word, "en")
        return frequency >= COMMON and (not known or frequency > frequency_in(word, other))

    return sum(english(w) for w in words) / len(words) if words else 0.0
