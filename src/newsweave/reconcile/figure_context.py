"""What two figures' sentences have in common, by which two reports' figures are told to be about one thing: their
content words outside what is counted, and the names they give. Split out of `figures.py` (grouping).
"""

from __future__ import annotations

import re

from newsweave.model import Claim

STOPWORDS = {
    "the", "and", "for", "that", "with", "from", "this", "have", "has", "had", "was", "were", "are", "been",
    "said", "say", "says", "will", "would", "could", "also", "more", "than", "about", "after", "before", "over",
    "under", "into", "their", "they", "them", "its", "his", "her", "she", "him", "who", "which", "what", "when",
    "where", "while", "there", "other", "some", "all", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "least", "most", "many", "much", "just",
    "not", "but", "out", "per", "cent", "percent", "year", "week", "day", "time", "according", "reported",
    "report", "around", "nearly", "almost", "now", "new", "our", "your", "you", "can", "may", "being",
}  # fmt: skip


FIGURE = re.compile(r"\d[\d,.]*")
TABLE_FIGURES = 6  # figures in one "sentence" that make it a table or a fact box rather than prose


def context_words(claim: Claim) -> set[str]:
    """The content words of the claim's sentence outside what it counts: what the sentence is about."""
    counted = set(re.findall(r"[a-z]+", (claim.counted or "").lower()))
    words = {w.rstrip("s") for w in re.findall(r"[a-z][a-z'-]{2,}", claim.sentence.lower())}
    return words - STOPWORDS - {w.rstrip("s") for w in counted}


def proper_names(claim: Claim) -> set[str]:
    """The capitalised words inside the claim's sentence (not its first word): the actors it names."""
    words = re.findall(r"[A-Za-z][\w'-]+", claim.sentence)
    return {w.lower() for w in words[1:] if w[0].isupper() and w.lower() not in STOPWORDS}


def share_context(claim: Claim, other: Claim) -> bool:
    """Two sentences that may be about one thing: one names nothing beyond what it counts ("It was 50% higher
    thrust with five F-1 engines"), or both name an actor in common ("United"), or share two content words."""
    names = [proper_names(c) - set((c.counted or "").lower().split()) for c in (claim, other)]
    if not names[0] or not names[1] or names[0] & names[1]:
        return True
    if any(len(FIGURE.findall(c.sentence)) >= TABLE_FIGURES for c in (claim, other)):
        return False  # a fact box ("Height: 70 meters ... Boosters: 2 Cores: 3 Engines: 27") has words of everything
    return len(context_words(claim) & context_words(other)) >= 2
