"""One person of the story given two ages or two home places by two reports: a contradiction of attributes.

A person is a merged actor of the story (every spelling of the name). Its age is read where news writes it,
next to the name ("Mr Mubanga, 29, from north London"; "the 55-year-old Kenteris"), and its home place after
"from" ("Mr Mubanga, 32, from Wembley, London"), when the place is a place of the story (GPE or LOC). Two
places conflict only when neither is part of the other: the story itself says what lies in what ("Wembley,
London", "Huade in ... Inner Mongolia", "China's Inner Mongolia"), and a compass word ("north London") is
part of its place. Ages a year apart are minor (a birthday between two reports); reports published over a
year apart are not compared on age.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsweave.model import Statement
from newsweave.reconcile.event_dates import one_per_sentence, person_patterns
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import Contradiction, ContradictionSide, StoryEntity

NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
COMPASS = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-west|north-east|south-west|south-east)\s+)?"  # noqa: E501
AGE_AFTER = re.compile(r"^\s*,\s*(?:aged\s+)?(\d{1,3})\s*,")
AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,3}$")
FROM_PLACE = re.compile(rf"^\s*,\s*(?:(?:aged\s+)?\d{{1,3}}\s*,\s*)?from\s+{COMPASS}({NAME})(?:\s*,\s*({NAME}))?")
INSIDE = re.compile(
    rf"\b({NAME})\s*,\s*({NAME})\b|\b({NAME})\s+in\s+(?:[\w’'-]+\s+){{0,6}}?{COMPASS}({NAME})|({NAME})['’]s\s+({NAME})"
)
# what every age or home place above needs in its sentence: a sentence without it tells none, and is not searched
MAY_TELL_ATTRIBUTE = re.compile(r",\s*(?:aged\s+)?\d|-year-old|from\s")
PLACE_TYPES = {"GPE", "LOC"}
MAX_AGE = 120
DAYS_OF_A_YEAR = 365


@dataclass(frozen=True)
class Attribute:
    """One report's value of one person's attribute, and the sentence it is read from."""

    person: str
    name: str  # "age" or "home"
    value: str
    statement: Statement


def _places(entities: list[StoryEntity]) -> set[str]:
    return {form for e in entities if e.type in PLACE_TYPES for form in (e.name, *e.aliases)}


def containment(statements: list[Statement], places: set[str]) -> set[tuple[str, str]]:
    """(part, whole) pairs of places the story's own sentences state: "Wembley, London" -> (Wembley, London)."""
    pairs: set[tuple[str, str]] = set()
    if not places:
        return pairs
    # a sentence naming no place of the story states no pair: not searched with INSIDE
    named = re.compile("|".join(re.escape(p) for p in sorted(places, key=len, reverse=True)))
    for statement in statements:
        if not named.search(statement.text):
            continue
        for m in INSIDE.finditer(statement.text):
            part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if m.group(5):
                whole, part = m.group(5), m.group(6)
            if part in places and whole in places:
                pairs.add((part, whole))
    return pairs


def _within(a: str, b: str, pairs: set[tuple[str, str]]) -> bool:
    """Whether place a lies in place b, directly or through a chain the story states."""
    seen, todo = {a}, [a]
    while todo:
        here = todo.pop()
        if here == b:
            return True
        for part, whole in pairs:
            if part == here and whole not in seen:
                seen.add(whole)
                todo.append(whole)
    return False


def attributes(statements: list[Statement], entities: list[StoryEntity]) -> list[Attribute]:
    """Every age and home place the statements give a person of the story."""
    people = person_patterns(entities)
    places = _places(entities)
    found = []
    for statement in statements:
        text = statement.text
        if not MAY_TELL_ATTRIBUTE.search(text):
            continue
        for person, pattern in people:
            for mention in pattern.finditer(text):
                after, before = text[mention.end() :], text[: mention.start()]
                age = AGE_AFTER.match(after) or AGE_BEFORE.search(before)
                if age and 0 < int(age.group(1)) <= MAX_AGE:
                    found.append(Attribute(person, "age", age.group(1), statement))
                home = FROM_PLACE.match(after)
                if home:
                    place = home.group(1) if home.group(1) in places else None
                    if place is not None:
                        found.append(Attribute(person, "home", place, statement))
    return found


def _far_in_time(a: Statement, b: Statement, view: SourceView) -> bool:
    first, second = view.date(a.article), view.date(b.article)
    if first is None or second is None:
        return False
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days) > DAYS_OF_A_YEAR


def attribute_contradictions(
    statements: list[Statement], view: SourceView, entities: list[StoryEntity]
) -> list[Contradiction]:
    """Each person two independent reports give two ages or two home places that cannot both be right."""
    found_attributes = attributes(statements, entities)
    pairs = containment(statements, _places(entities))
    groups: dict[tuple[str, str], list[Attribute]] = {}
    for item in found_attributes:
        groups.setdefault((item.person, item.name), []).append(item)
    found = []
    for (person, name), items in groups.items():
        clash = []
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if view.root(a.statement.article) == view.root(b.statement.article) or a.value == b.value:
                    continue
                if name == "age" and _far_in_time(a.statement, b.statement, view):
                    continue
                if name == "home" and (_within(a.value, b.value, pairs) or _within(b.value, a.value, pairs)):
                    continue
                clash.append((a, b))
        if not clash:
            continue
        minor = name == "age" and all(abs(int(a.value) - int(b.value)) <= 1 for a, b in clash)
        sides = one_per_sentence(
            sorted((x for pair in clash for x in pair), key=lambda x: (x.value, x.statement.article))
        )
        found.append(
            Contradiction(
                id="",
                about=f"{person}'s age" if name == "age" else f"where {person} is from",
                sides=[_side(item) for item in sides],
                score=float(len(sides)),
                kind="age" if name == "age" else "place",
                severity="minor" if minor else "major",
            )
        )
    return found


def _side(item: Attribute) -> ContradictionSide:
    s = item.statement
    return ContradictionSide(article=s.article, sentence=s.text, start=s.start, end=s.end, value=item.value)
