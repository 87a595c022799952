"""What, beyond its counted noun, tells two figures of one value apart: whose share a percentage is, and whether a
count is a part of a larger one.

Polls give many shares of one size: "48 percent chose Clinton while 45 percent chose Cruz" and "When it came to
Rubio, 48 percent chose him" are two quantities; so are "Forty-one percent would choose Sanders" and "Trump drew
the support of 41 percent". A share's holders are the story's persons named in its clause (the stretch of its
sentence up to a clause break or another figure; "Clinton's 46 percent" belongs to the 46); two shares whose
holders are both known and disjoint are of two things. A count before "of the" and a larger count ("six of the past
seven contests") counts a part of it, never the seven; a count of "other" things ("128 other politicians") counts
the rest of a total, no discrepancy with the total ("140 politicians"). Within one report, one value of a generic
count on two players' stat lines ("1 tackle") or in two sentences naming different persons is two counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple, Protocol

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
# a count told as some of a larger count the text gives, read from the figure's start: "six of the past seven",
# "12 of the 118" ("500 of its patents" names no larger count: the 500 are "the 500 patents" of another sentence)
_COUNT = rf"(?:\d[\d,.]*|(?:{NUMBER_WORDS})(?:[\s-]+(?:{NUMBER_WORDS}|and))*)"
PARTITIVE = re.compile(
    rf"^{_COUNT}\s+of\s+(?:(?:the|these|those|its|his|her|their|our|all)\s+)?(?:[a-z]+\s+){{0,2}}?{_COUNT}\b",
    re.IGNORECASE,
)
REMAINDER_WORDS = frozenset({"other", "additional", "further", "extra", "another", "more"})
NAME_WORD = re.compile(r"[A-Z][\w'’.-]+")
# a share told "with N" after its clause's verb ("..., with 47 percent to Clinton's 46"): its subject's share
WITH_SHARE = re.compile(r",\s*with\s+(?:(?:about|around|nearly|almost|just|only|roughly)\s+)?$", re.IGNORECASE)


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


class NamedEntity(Protocol):
    """A story entity as the figure code reads it (a merged `Entity` or a brief's `StoryEntity`)."""

    name: str
    type: str


BODY_TYPES = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC"})


def share_holders(entities: Iterable[NamedEntity]) -> set[str]:
    """The names of the story's persons that may hold a share: its PERSON entities, less a "person" named as one of
    its bodies or places is, or beginning so ("Lib Dem", "Lib Dem MPs" beside the party "Lib Dems"): a party's
    adjective the model tagged a person is the party, and its plans no one's share."""
    entities = list(entities)
    bodies = {_fold(e.name) for e in entities if e.type in BODY_TYPES}
    stems = bodies | {b.removesuffix("s") for b in bodies if len(b) > 3}

    def a_body(name: str) -> bool:
        folded = _fold(name)
        return any(folded == stem or folded.startswith(stem + " ") for stem in stems)

    return {e.name for e in entities if e.type == "PERSON" and not a_body(e.name)}


def _fold(name: str) -> str:
    return " ".join(name.lower().split())


def name_keys(people: set[str]) -> dict[str, str]:
    """Each capitalised word of the story's persons' names -> the person it names ("Clinton" -> "Hillary Clinton");
    a word two persons share stands for itself ("Cruz" of "Ted Cruz" and a misread "Cruz 42-"). Only persons hold
    shares here: a body or a place is named too many ways ("Germany", "German"; "Lib Dem", "Mr Kennedy's party")."""
    owners: dict[str, set[str]] = {}
    for name in sorted(people):
        for word in NAME_WORD.findall(name):
            if len(word) > 2:
                owners.setdefault(_bare(word), set()).add(name)
    return {word: next(iter(names)) if len(names) == 1 else word for word, names in owners.items()}


def holders(claim: Claim, offset: int, names: dict[str, str]) -> frozenset[str]:
    """The story's persons named in the figure's clause (none when the figure cannot be placed)."""
    if offset < 0:
        return frozenset()
    end = offset + max(1, claim.end - claim.start)
    clause = clause_around(claim.sentence, offset, end)
    named = frozenset(names[w] for w in (_bare(w) for w in NAME_WORD.findall(clause)) if w in names)
    if named or not WITH_SHARE.search(claim.sentence[:offset]):
        return named
    return _subject(claim.sentence[:offset], names)


class SentencePersons(NamedTuple):
    """The story's persons a figure's sentence names, and those of them who give the figure (its speaker)."""

    named: frozenset[str]
    speaker: frozenset[str]


def sentence_persons(claim: Claim, names: dict[str, str]) -> SentencePersons:
    """The story's persons a count's sentence names ("Larry Ogunjobi 63 85% 1 tackle"), and its speaker's: whose
    count it is, when two sentences of one report give one value."""
    speaker = frozenset(names[w] for w in map(_bare, NAME_WORD.findall(claim.asserted_by or "")) if w in names)
    return SentencePersons(
        frozenset(names[w] for w in map(_bare, NAME_WORD.findall(claim.sentence)) if w in names), speaker
    )


_TALLY_ITEM = r"\d[\d,.]*%?(?:\s+[A-Za-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2})?(?:\s*\([^()]*\))?"
TALLY_LINE = re.compile(rf"^\s*((?:[A-Z][\w.'’-]*\s+){{0,4}}){_TALLY_ITEM}(?:\s*,?\s*{_TALLY_ITEM})*\s*\.?\s*$")


def tally_of(sentence: str) -> str | None:
    """Whose line a line that only lists counts is: the name before its counts ("Denzel Ward 74 100% 4 tackles (4
    combined)." -> "Denzel Ward"), "" for a line naming no one ("1 sack, 1 TFL, 2 QH.": a player named on the line
    before), None for a sentence that is no such list."""
    match = TALLY_LINE.match(sentence)
    return None if match is None else " ".join(match[1].split())


def two_holders_lines(member: Claim, claim: Claim, persons: dict[str, SentencePersons]) -> bool:
    """Two sentences of one report giving one value, each of its own holder: two players' stat lines ("DL Larry
    Ogunjobi 63 85% 1 tackle (1 combined).", "DL Myles Garrett 57 77% 1 tackle"), a line naming no one ("1 sack, 1
    TFL, 2 QH.": the player of the line before), or prose naming persons, none in common (`sentence_persons`)."""
    if member.sentence == claim.sentence and abs(member.start - claim.start) < len(claim.sentence):
        return False  # one sentence: its own figures are told apart elsewhere
    tallies = {tally_of(member.sentence), tally_of(claim.sentence)}
    if "" in tallies or len(tallies - {None}) == 2:
        return True
    nobody = SentencePersons(frozenset(), frozenset())
    ours, theirs = persons.get(member.id, nobody), persons.get(claim.id, nobody)
    speakers = ours.speaker | theirs.speaker  # "Mr Pound, who is now married with two other teenage children, said"
    return apart_by_holders(ours.named - speakers, theirs.named - speakers)  # and "Mr Pound said ... two children"


def _subject(left: str, names: dict[str, str]) -> frozenset[str]:
    """The holder of a share told "with N percent" after its clause's verb ("Carson beat out Clinton by just one
    point, with 47 percent to Clinton's 46 percent"): the first person named in the clause the "with" hangs on, its
    subject, not the object it beat."""
    start = max([m.end() for m in CLAUSE_BREAK.finditer(left)], default=0)
    for word in NAME_WORD.findall(left[start:]):
        if _bare(word) in names:
            return frozenset({names[_bare(word)]})
    return frozenset()


def _bare(word: str) -> str:
    """A name word without a possessive or a full stop ("Clinton's" -> "Clinton")."""
    return word.rstrip(".").removesuffix("'s").removesuffix("’s")


def apart_by_holders(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two shares (or groups of shares) whose clauses name persons, none in common: shares of two things."""
    return bool(a) and bool(b) and not a & b


def partitive(claim: Claim, text_from: str) -> bool:
    """A count of some of a larger count the text gives, read from the text at the figure ("six of the past seven
    contests")."""
    return claim.kind == "count" and claim.unit is None and bool(PARTITIVE.match(text_from))


def remainder(claim: Claim) -> bool:
    """A count of the rest of a total ("128 other politicians" beside "12 world leaders"): not the total ("140
    politicians"), though two reports may call one group "two New York DJs" and "two other New York DJs"."""
    words = re.findall(r"[a-z]+", (claim.counted or "").lower())
    return claim.kind == "count" and bool(words) and words[0] in REMAINDER_WORDS
