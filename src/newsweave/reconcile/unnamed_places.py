"""One unnamed person of the story placed in two places by two reports: a contradiction of place.

News often never names the person a story is about ("a 55-year-old man", "the hunter", "the patient").
Each report describes such a person with singular descriptions, and "he"/"she" opening a sentence right
after one; a report whose descriptions give two ages or two sexes describes several people and is left out,
and so is a story whose reports do. Otherwise the reports describe one person (its stated age and sex agree).
Where that person is comes from where they live ("a 55-year-old man, also from Inner Mongolia", "the third
Beijing resident") or where they are held or treated ("was hospitalized in the county of Huade in north
China's Inner Mongolia", "taken to a hospital around 185 miles northwest of Beijing": not in Beijing). Two
reports conflict when one puts the person in a place that neither lies in nor holds the other's (by the
story's own words, as actor_attributes.containment reads them, and by the places a sentence chains: "Huade
in ... Inner Mongolia Autonomous Region"), or in the place the other says the person is far from. Plural and
"other" descriptions ("two other patients from ... Inner Mongolia ... at a hospital in Beijing") are others.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsweave.annotate.pronouns import FEMININE, MASCULINE, PRONOUN_GENDER
from newsweave.model import Statement
from newsweave.reconcile.actor_attributes import COMPASS, NAME, PLACE_TYPES, containment
from newsweave.reconcile.event_dates import one_per_sentence
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import Contradiction, ContradictionSide, StoryEntity

NOUNS = (
    "man|woman|boy|girl|person|individual|patient|victim|suspect|hunter|farmer|driver|passenger|pilot|teenager|"
    "child|worker|tourist|gunman|hiker|climber|fisherman"
)
AGE = r"(?P<age>\d{1,3})[- ]year[- ]old"
DESCRIPTION = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:{AGE})\b(?:\s+(?:[a-z]+\s+)?(?P<after>{NOUNS})\b(?![-’']))?|"
    rf"(?:[a-z]+\s+){{0,2}}?(?P<noun>{NOUNS})\b(?![-’']))"
)  # "a 55-year-old man", "The 55-year-old", "The new patient"; not "the patients"
OTHERS = re.compile(r"\b(?:other|another|second|two|both)\b", re.IGNORECASE)
START_PRONOUN = re.compile(r"^[\"“]?(He|She)\b")
HOME = re.compile(rf"^\s*,?\s*(?:also\s+|originally\s+)?from\s+(?:the\s+)?{COMPASS}(?P<place>{NAME})")
RESIDENT = re.compile(
    rf"^\s+(?:is|was)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?(?P<place>{NAME})\s+(?:resident|local|native)\b"
)
HELD = re.compile(
    r"^(?:\s*,[^,]{0,80},)?\s+(?:is|was|had been|has been)\s+(?:being\s+)?"
    r"(?:hospitali[sz]ed|admitted|treated|isolated|taken|rushed|flown)\s+"
    r"(?:(?:to|at|in)\s+(?:a\s+|the\s+)?hospital\s+)?(?P<tail>[^.;,]*)"
)
IN_PLACE = re.compile(rf"^in\s+(?:[\w’'-]+\s+){{0,4}}?(?P<place>{NAME})")
AWAY = re.compile(
    r"^(?:(?:about|around|some|nearly|roughly|almost)\s+)?(?P<far>[\d,.]+\s*(?:miles|kilometres|kilometers|km)\s+"
    rf"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(?P<place>{NAME}))"
)


@dataclass(frozen=True)
class Mention:
    """A description of an unnamed person, or a pronoun standing for one, in one sentence."""

    statement: Statement
    start: int
    end: int
    age: str | None
    noun: str | None  # "man", "hunter", "he"


@dataclass(frozen=True)
class Placed:
    """Where one report puts the person: in a place (and the places it lies in), or far from one."""

    statement: Statement
    place: str
    value: str  # as the report says it: "Beijing", "185 miles northwest of Beijing"
    away: bool = False
    within: tuple[str, ...] = ()
    lives: bool = True  # where the person lives (else where they are held or treated)


def _mentions(statements: list[Statement]) -> list[Mention]:
    """One article's descriptions of an unnamed person, with "He"/"She" opening a sentence after one."""
    found: list[Mention] = []
    previous: Statement | None = None
    for statement in statements:
        here = []
        for m in DESCRIPTION.finditer(statement.text):
            if not OTHERS.search(m.group(0)):
                here.append(Mention(statement, m.start(), m.end(), m.group("age"), m.group("noun") or m.group("after")))
        pronoun = START_PRONOUN.match(statement.text)
        if pronoun and previous is not None and any(x.statement is previous for x in found):
            word = pronoun.group(1).lower()
            here.insert(0, Mention(statement, pronoun.start(1), pronoun.end(1), None, word))
            after = statement.text[pronoun.end() :]  # "He had ... eaten a wild rabbit before he was taken to ..."
            here += [
                Mention(statement, pronoun.end() + m.start(), pronoun.end() + m.end(), None, word)
                for m in re.finditer(rf"\b{word}\b", after)
            ]
        found += here
        previous = statement
    return found


def _sex(noun: str | None) -> str | None:
    """The sex a description or pronoun gives its person, by the gender words attribution reads ("gunman": a man)."""
    if noun is None:
        return None
    if noun in FEMININE or PRONOUN_GENDER.get(noun) == "f":
        return "f"
    return "m" if noun in MASCULINE or PRONOUN_GENDER.get(noun) == "m" or noun.endswith("man") else None


def _one_person(mentions: list[Mention]) -> bool:
    """The descriptions agree on age and sex: they may all be one person."""
    return len({m.age for m in mentions} - {None}) <= 1 and len({_sex(m.noun) for m in mentions} - {None}) <= 1


def _place_at(name: str, places: set[str]) -> str | None:
    """The longest place of the story a capitalised run of words starts with ("Inner Mongolia Autonomous")."""
    words = name.split()
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in places), None)


def _placed(mention: Mention, places: set[str]) -> Placed | None:
    """Where the words after a mention put the person, if they do."""
    s, rest = mention.statement, mention.statement.text[mention.end :]
    home = HOME.match(rest) or RESIDENT.match(rest)
    if home and (place := _place_at(home.group("place"), places)):
        return Placed(s, place, place)
    held = HELD.match(rest)
    if not held:
        return None
    tail = held.group("tail").strip()
    far = AWAY.match(tail)
    if far and (place := _place_at(far.group("place"), places)):
        return Placed(s, place, far.group("far"), away=True, lives=False)
    inside = IN_PLACE.match(tail)
    if inside and (place := _place_at(inside.group("place"), places)):
        chain = re.sub(r"['’]s\b", ",", tail[inside.end() :])  # "north China’s Inner Mongolia": two places
        chained = [p for m in re.finditer(NAME, chain) if (p := _place_at(m.group(0), places))]
        return Placed(s, place, place, within=tuple(chained), lives=False)
    return None


def _same(a: str, b: str) -> bool:
    """One place under two names, one the other's start ("Inner Mongolia Autonomous Region")."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _inside(a: Placed | str, b: str, pairs: set[tuple[str, str]]) -> bool:
    """Whether a place lies in (or is) place b, directly or through a chain the story states."""
    start = [a.place, *a.within] if isinstance(a, Placed) else [a]
    seen, todo = set(start), list(start)
    while todo:
        here = todo.pop()
        if _same(here, b):
            return True
        for part, whole in pairs:
            if _same(part, here) and whole not in seen:
                seen.add(whole)
                todo.append(whole)
    return False


def _clash(a: Placed, b: Placed, pairs: set[tuple[str, str]]) -> bool:
    if a.away and b.away:
        return False
    if a.away or b.away:
        near, far = (b, a) if a.away else (a, b)
        return _inside(near, far.place, pairs)
    return not (_inside(a, b.place, pairs) or _inside(b, a.place, pairs))


def _label(mentions: list[Mention]) -> str:
    """ "the 55-year-old man": the person's stated age and the noun most reports use for it."""
    ages = {m.age for m in mentions} - {None}
    nouns = Counter(m.noun for m in mentions if m.noun and m.noun not in ("he", "she"))
    noun = max(sorted(nouns), key=nouns.__getitem__) if nouns else "person"
    return f"the {ages.pop()}-year-old {noun}" if ages else f"the {noun}"


def unnamed_place_contradictions(
    statements: list[Statement], view: SourceView, entities: list[StoryEntity]
) -> list[Contradiction]:
    """The story's unnamed person put by two independent reports in places that cannot both be right."""
    places = {form for e in entities if e.type in PLACE_TYPES for form in (e.name, *e.aliases)}
    by_article: dict[str, list[Statement]] = {}
    for s in sorted(statements, key=lambda s: (s.article, s.start)):
        by_article.setdefault(s.article, []).append(s)
    mentions = [m for group in by_article.values() for m in _mentions(group)]
    if not mentions or not _one_person(mentions):
        return []
    told = [p for m in mentions if (p := _placed(m, places))]
    pairs = containment(statements, places) | {(p.place, w) for p in told for w in p.within}
    clashes = {}
    for i, a in enumerate(told):
        for b in told[i + 1 :]:
            if view.root(a.statement.article) != view.root(b.statement.article) and _clash(a, b, pairs):
                clashes[id(a)], clashes[id(b)] = clashes.get(id(a), 0) + 1, clashes.get(id(b), 0) + 1
    sides = one_per_sentence(
        sorted((p for p in told if id(p) in clashes), key=lambda p: (-clashes[id(p)], p.statement.article))
    )
    if len({p.statement.article for p in sides}) < 2:
        return []
    lives = {p.lives for p in sides}
    what = "lives or was treated" if len(lives) > 1 else "is from" if True in lives else "was treated"
    return [
        Contradiction(
            id="",
            about=f"where {_label(mentions)} {what}",
            sides=[_side(p) for p in sides],
            score=float(len(sides)),
            kind="place",
        )
    ]


def _side(placed: Placed) -> ContradictionSide:
    s = placed.statement
    return ContradictionSide(article=s.article, sentence=s.text, start=s.start, end=s.end, value=placed.value)
