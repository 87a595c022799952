"""What, beyond its counted noun, tells two figures of one value apart: whose share a percentage is, and whether a
count is a part of a larger one.

Polls give many shares of one size: "48 percent chose Clinton while 45 percent chose Cruz" and "When it came to
Rubio, 48 percent chose him" are two quantities; so are "Forty-one percent would choose Sanders" and "Trump drew
the support of 41 percent". A share's holders are the story's actors named in its clause (the stretch of its
sentence up to a clause break or another figure; "Clinton's 46 percent" belongs to the 46); two shares whose
holders are both known and disjoint are of two things. A count before "of the" ("six of the past seven contests")
counts a part of the count after it, and a count of "other" things ("128 other politicians") the rest of a total:
neither is the whole ("140 politicians").
"""

from __future__ import annotations

import re

from newsweave.model import Claim

CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|\s[-–—]+\s|--|\b(?:while|whereas|but|versus|vs)\b|\bcompared\s+(?:with|to)\b", re.IGNORECASE
)
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
NUMBER = re.compile(rf"\d[\d,.]*|\b(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?\b", re.IGNORECASE)
POSSESSOR = re.compile(r"\b[A-Z][\w.-]*['’]s\s*$")  # "Clinton's " before a figure: the figure's holder
# a count told as some of a larger one, read from the figure's start: "six of the past seven", "12 of the 118"
PARTITIVE = re.compile(
    rf"^(?:\d[\d,.]*|(?:{NUMBER_WORDS})(?:[\s-]+(?:{NUMBER_WORDS}|and))*)\s+of\s+"
    rf"(?:the|these|those|its|his|her|their|our|all|\d|(?:{NUMBER_WORDS})\b)",
    re.IGNORECASE,
)
REMAINDER_WORDS = frozenset({"other", "additional", "further", "extra", "another", "more"})
NAME_WORD = re.compile(r"[A-Z][\w'’.-]+")


def clause_around(sentence: str, start: int, end: int) -> str:
    """The stretch of the sentence around the figure at [start, end): up to a clause break or another number on
    each side, and, toward another number, up to the comma between them ("27 percent would vote for Trump,
    followed closely by Cruz with 22 percent"); a possessive name just before the next number is that number's."""
    left, right = sentence[:start], sentence[end:]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(left)]
    numbers = [m.end() for m in NUMBER.finditer(left)]
    cut = max([*breaks, *numbers, 0])
    if numbers and cut == numbers[-1] and "," in left[cut:]:
        cut += left[cut:].rindex(",") + 1
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(right)]
    numbers = [m.start() for m in NUMBER.finditer(right)]
    stop = min([*breaks, *numbers], default=len(right))
    tail = right[:stop]
    if numbers and stop == numbers[0]:
        tail = tail.split(",")[0]
        if owner := POSSESSOR.search(tail):
            tail = tail[: owner.start()]
    return left[cut:] + sentence[start:end] + tail


def name_keys(entity_names: dict[str, str]) -> dict[str, str]:
    """Each capitalised word of the story's actor names -> the actor it names ("Clinton" -> "Hillary Clinton");
    a word two actors share stands for itself ("Cruz" of "Ted Cruz" and a misread "Cruz 42-")."""
    owners: dict[str, set[str]] = {}
    for name in entity_names.values():
        for word in NAME_WORD.findall(name):
            if len(word) > 2:
                owners.setdefault(_bare(word), set()).add(name)
    return {word: next(iter(names)) if len(names) == 1 else word for word, names in owners.items()}


def holders(claim: Claim, offset: int, names: dict[str, str]) -> frozenset[str]:
    """The story's actors named in the figure's clause (none when the figure cannot be placed)."""
    if offset < 0:
        return frozenset()
    clause = clause_around(claim.sentence, offset, offset + max(1, claim.end - claim.start))
    words = (_bare(w) for w in NAME_WORD.findall(clause))
    return frozenset(names[w] for w in words if w in names)


def _bare(word: str) -> str:
    """A name word without a possessive or a full stop ("Clinton's" -> "Clinton")."""
    return word.rstrip(".").removesuffix("'s").removesuffix("’s")


def apart_by_holders(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two shares whose clauses name actors, none in common: shares of two things."""
    return bool(a) and bool(b) and not a & b


def part_of(claim: Claim, text_from: str) -> str | None:
    """'part' for a count of some of a larger count ("six of the past seven contests"), 'rest' for a count of the
    remainder of a total ("128 other politicians"), else None."""
    if claim.kind != "count" or claim.unit is not None:
        return None
    if PARTITIVE.match(text_from):
        return "part"
    words = re.findall(r"[a-z]+", (claim.counted or "").lower())
    return "rest" if words and words[0] in REMAINDER_WORDS else None
