"""Off-story passages: a trailing part of an article that is about something else.

Pages append a second, unrelated story or a promo block after the article. Its text is kept, but
its span is marked so later stages can leave its figures and people out of this story. A passage is
off-story when it starts a section (after a heading or a separator line), runs to the end, names at
least two people, places or organisations, and shares none of them with the title and the sections
before it.
"""

from __future__ import annotations

import re
from collections import Counter

_NAME = re.compile(r"[A-Z][\w'’-]{2,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘'(\[—–-])\s*$")
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "there", "their", "they", "then", "but", "and", "for", "with",
    "his", "her", "its", "our", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "today", "yesterday",
}  # fmt: skip
MIN_NAMES = 2
MIN_WORDS = 20


def names_in(text: str) -> set[str]:
    """Capitalised words that are not sentence openers: the names a passage mentions, lower-cased."""
    found = set()
    for match in _NAME.finditer(text):
        if _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
            continue
        word = re.sub(r"['’]s$", "", match.group(0)).lower()
        if word not in _NOT_NAMES:
            found.add(word)
    return found


def off_story_spans(text: str, section_starts: list[int], title: str | None) -> list[tuple[int, int]]:
    """The (start, end) span of a trailing off-story passage, if there is one; sections start at the offsets.

    Each cut point is tried once, moving one section from the tail to the head and keeping counts, so a
    text of thousands of sections costs linear time, not quadratic."""
    starts = sorted({0, *(s for s in section_starts if 0 < s < len(text))})
    if len(starts) < 2:
        return []
    sections = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    section_names = [names_in(s) for s in sections]
    words = [len(s.split()) for s in sections]
    head = names_in(title or "") | section_names[0]
    head_words, tail_words = words[0], sum(words) - words[0]
    tail = Counter(name for names in section_names[1:] for name in names)  # name -> tail sections naming it
    shared = sum(1 for name in tail if name in head)
    for index in range(1, len(sections)):
        if len(tail) >= MIN_NAMES and MIN_WORDS <= tail_words < head_words and not shared:
            return [(starts[index], len(text))]
        for name in section_names[index]:
            tail[name] -= 1
            if not tail[name]:
                del tail[name]
                shared -= name in head
        for name in section_names[index] - head:
            head.add(name)
            shared += name in tail
        head_words += words[index]
        tail_words -= words[index]
    return []
