"""Which of the people who share a surname an office title written with the surname points to: "President Obama"
is the Obama the story calls "President" ("President Barack Obama"), not "the first lady, Michelle Obama".

No gender data is installed, so a title is the evidence a story itself gives: the office a "Title Surname" mention
names is held by the full names the story gives that office to. Honorifics ("Mr.", "Ms.") say a gender, not an
office, and are read elsewhere (`genders`). Read where spaCy is not loaded (merging a story's entities).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from newsweave.annotate.name_words import TITLE_WORDS

HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof"})
# Short forms of offices written before names: "Sen. Warren" holds the office of "Senator Elizabeth Warren".
_SPELLED_OUT = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "rev": "reverend"}
# Words before an office that make it another office: a "Vice President" does not hold the title "President".
_LESSER = frozenset({"vice", "deputy", "assistant", "under", "lieutenant", "lt"})

T = TypeVar("T")


def _words(title: str) -> list[str]:
    words = [w.lower().strip(".,") for w in title.split()]
    return [_SPELLED_OUT.get(w, w) for w in words]


def offices(titles: Iterable[str]) -> list[tuple[str, ...]]:
    """The offices of a mention's titles, as their words: "President" -> ("president",); an honorific is none."""
    found = []
    for title in titles:
        words = _words(title)
        if words and all(w in TITLE_WORDS for w in words) and not set(words) <= HONORIFIC_WORDS:
            found.append(tuple(w for w in words if w not in HONORIFIC_WORDS))
    return found


def holds(office: tuple[str, ...], titles: Iterable[str]) -> bool:
    """One of the titles names the office, not a lesser one of it ("Vice President" is not "President")."""
    n = len(office)
    for title in titles:
        words = _words(title)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == office and (i == 0 or words[i - 1] not in _LESSER):
                return True
    return False


def title_holders(candidates: Sequence[T], titles: Iterable[str], titles_of: Callable[[T], Iterable[str]]) -> list[T]:
    """Of the candidates, those given an office the mention's titles name; none when the mention names no office
    or no candidate holds it."""
    wanted = offices(titles)
    if not wanted:
        return []
    return [c for c in candidates if any(holds(o, list(titles_of(c))) for o in wanted)]
