"""Merge the entities of a story's articles across spellings: Zelensky / Zelenskyy / Volodymyr Zelensky.

People match by name structure (a name contained in a longer one, the same name spelled a little
differently) with rapidfuzz; countries and their metonyms by the knowledge table (Pyongyang speaking for
North Korea); other names by normalised form or a close fuzzy match. Types never mix, and two names
that the table maps to different countries never merge (North Korea, South Korea).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsweave.annotate.knowledge import country_named, organisation_named
from newsweave.model import Entity
from newsweave.records import StoryEntity

NAME_SIMILARITY = 88  # rapidfuzz ratio for two spellings of one name (Zelensky ~ Zelenskyy: 94)
TYPE_FAMILY = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
}


@dataclass
class MergedEntity(StoryEntity):
    """A story entity (the output record) and the article-level entity ids merged into it."""

    members: list[str] = field(default_factory=list)


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " ")).strip()


def _canonical(entity: Entity) -> str | None:
    """The one name the knowledge table gives a country (or its capital) or an organisation."""
    if entity.type in ("GPE", "LOC", "FAC", "NORP"):
        return country_named(entity.name)
    if entity.type == "ORG":
        return organisation_named(entity.name)
    return None


def _same_person(a: str, b: str) -> bool:
    """One name inside the other, or the same name spelled a little differently, word by word."""
    wa, wb = _key(a).split(), _key(b).split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        return fuzz.ratio(short[0], long_[-1]) >= NAME_SIMILARITY or (
            len(long_) > 1 and short[0] == long_[0] and len(short[0]) > 3
        )
    if len(short) == len(long_):
        return all(fuzz.ratio(x, y) >= NAME_SIMILARITY or _initial(x, y) for x, y in zip(short, long_, strict=True))
    return fuzz.ratio(short[-1], long_[-1]) >= NAME_SIMILARITY and (
        fuzz.ratio(short[0], long_[0]) >= NAME_SIMILARITY or _initial(short[0], long_[0])
    )


def _initial(x: str, y: str) -> bool:
    return (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def merge_entities(entities: list[Entity], story_id: str = "s1") -> list[MergedEntity]:
    """Cluster article entities into story entities; the fullest, most used spelling names each."""
    groups: list[list[Entity]] = []
    index: dict[tuple[str, str], int] = {}
    people: list[int] = []
    for entity in sorted(entities, key=lambda e: -len(e.name)):
        family = TYPE_FAMILY.get(entity.type, entity.type)
        canonical = _canonical(entity)
        key = (family, _key(canonical or entity.name))
        target = index.get(key)
        if target is None and family == "PERSON":
            matches = [g for g in people if any(_same_person(entity.name, m.name) for m in groups[g])]
            if len(matches) == 1:  # an ambiguous short name ("Kim") joins nobody
                target = matches[0]
        if target is None and canonical is None and family != "PERSON":
            target = next(
                (
                    i
                    for (fam, name), i in index.items()
                    if fam == family and fuzz.ratio(name, key[1]) >= 92 and name.split()[0] == key[1].split()[0]
                ),
                None,
            )
        if target is None:
            target = len(groups)
            groups.append([])
            if family == "PERSON":
                people.append(target)
        index.setdefault(key, target)
        groups[target].append(entity)
    groups = _join_short_forms(groups)
    return [_story_entity(group, f"{story_id}:e{i}") for i, group in enumerate(_by_size(groups))]


SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "at", "de"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’.-]*", name) if w.lower() not in SMALL_WORDS).upper()


def _join_short_forms(groups: list[list[Entity]]) -> list[list[Entity]]:
    """An organisation's acronym ("IOC" / "International Olympic Committee") or short name ("Times" /
    "New York Times", "Home Office" / "UK Home Office") joins the one longer name it fits; a short form
    that fits two names ("Post": Washington Post, New York Post) joins neither."""
    orgs = [i for i, g in enumerate(groups) if TYPE_FAMILY.get(g[0].type) == "ORG"]
    names = {i: {_key(e.name) for e in groups[i]} for i in orgs}
    into: dict[int, int] = {}
    for short in orgs:
        forms = {e.name for e in groups[short]}
        fits = []
        for long_ in orgs:
            if long_ == short:
                continue
            acronym = any(f.isupper() and 2 <= len(f) <= 6 and f.isalpha() for f in forms) and any(
                _initials(e.name) in forms for e in groups[long_]
            )
            suffix = any(
                len(n.split()) > len(m.split()) and n.endswith(" " + m) for n in names[long_] for m in names[short]
            )
            if acronym or suffix:
                fits.append(long_)
        if len(fits) == 1 and fits[0] not in into:
            into[short] = fits[0]
    for short, long_ in into.items():
        groups[long_].extend(groups[short])
    return [g for i, g in enumerate(groups) if i not in into]


def _by_size(groups: list[list[Entity]]) -> list[list[Entity]]:
    return sorted(groups, key=lambda g: (-sum(len(e.mentions) for e in g), g[0].name))


def _story_entity(group: list[Entity], entity_id: str) -> MergedEntity:
    canonical = next((c for c in (_canonical(e) for e in group) if c), None)
    names = Counter()
    for entity in group:
        names[entity.name] += len(entity.mentions)
    if canonical and TYPE_FAMILY.get(group[0].type) in ("PLACE", "ORG"):
        name = canonical
    else:
        longest = max(len(n.split()) for n in names)
        name = max((n for n in names if len(n.split()) == longest), key=lambda n: (names[n], n))
    types = Counter(e.type for e in group for _ in e.mentions)
    affiliations = Counter(e.affiliation for e in group if e.affiliation)
    return MergedEntity(
        id=entity_id,
        name=name,
        type=types.most_common(1)[0][0],
        aliases=sorted({a for e in group for a in e.aliases} | {name}),
        articles=sorted({e.article for e in group}),
        mentions=sum(len(e.mentions) for e in group),
        titles=list(dict.fromkeys(t for e in group for t in e.titles)),
        affiliation=affiliations.most_common(1)[0][0] if affiliations else canonical,
        members=[e.id for e in group],
    )
