"""The language of a clean text, by py3langid (its model ships inside the PyPI package; no download)."""

from __future__ import annotations

import py3langid

MIN_WORDS = 20  # below this the guess is too often wrong: the language stays unknown
SAMPLE_CHARS = 3000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("en", "de"), or None when the text is too short to tell."""
    if len(text.split()) < MIN_WORDS:
        return None
    language, _score = py3langid.classify(text[:SAMPLE_CHARS])
    return language
