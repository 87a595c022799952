"""Merge the entities of a story's articles across spellings: Zelensky / Zelenskyy / Volodymyr Zelensky.

People match by name structure (a name contained in a longer one, the same name spelled a little
differently) with rapidfuzz; countries and their metonyms by the knowledge table (Pyongyang speaking for
North Korea); other names by normalised form or a close fuzzy match. Types never mix, and two names
that the table maps to different countries never merge (North Korea, South Korea). Two organisations
that their articles give to different countries never merge either, whatever their names share ("China's
CDC" and "the CDC in the US"); an acronym's two expansions merge when they are spellings of one name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsweave.annotate.acronyms import is_acronym
from newsweave.annotate.knowledge import DEMONYMS, country_named, organisation_named
from newsweave.annotate.name_words import same_given_name
from newsweave.annotate.title_evidence import title_holders
from newsweave.model import Entity
from newsweave.reconcile.entity_types import TYPE_FAMILY, agree_cities, agree_types
from newsweave.reconcile.entity_types import name_key as _key
from newsweave.reconcile.people_apart import (
    different_countries,
    generations,
    marked_gender,
    other_gender,
    suffixed,
    told_apart,
    told_in_one_article,
    without_suffix,
)
from newsweave.reconcile.short_forms import join_short_forms
from newsweave.records import StoryEntity

NAME_SIMILARITY = 88  # rapidfuzz ratio for two spellings of one name (Zelensky ~ Zelenskyy: 94)
# and for the first word of two spellings of a body's name (Süddeutsche ~ Sueddeutsche ~ Süddeutschen: 96)
FIRST_WORD_SIMILARITY = 90
GIVEN_NAME_SIMILARITY, GIVEN_NAME_PREFIX = 80, 5  # transliterations of a given name: Sergei ~ Sergey (83)
RESPELLED_SIMILARITY = 90  # one word spelled two ways: Isiah ~ Isaiah (91), Energia ~ Energiya (93); Christina 89


@dataclass
class MergedEntity(StoryEntity):
    """A story entity (the output record) and the article-level entity ids merged into it."""

    members: list[str] = field(default_factory=list)


def _canonical(entity: Entity) -> str | None:
    """The one name the knowledge table gives a country (or its capital) or an organisation."""
    if entity.type in ("GPE", "LOC", "FAC", "NORP"):
        return None if entity.city else country_named(entity.name)
    if entity.type == "ORG":
        return organisation_named(entity.name)
    return None


def _same_person(a: str, b: str) -> bool:
    """One name inside the other, or the same name spelled a little differently, word by word."""
    wa, wb = without_suffix(_key(a).split()), without_suffix(_key(b).split())
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        if short[0] in (long_[-1] + "s", long_[-1] + "es"):
            return False  # "the Clintons", "the Obamas": the family, not one of them
        return fuzz.ratio(short[0], long_[-1]) >= NAME_SIMILARITY or (
            len(long_) > 1 and len(short[0]) > 3 and (short[0] == long_[0] or _respelled(short[0], long_[0]))
        )
    if len(short) == len(long_):
        pairs = list(zip(short, long_, strict=True))
        given = (_transliterated(*pairs[0]) or same_given_name(*pairs[0])) and short[-1] == long_[-1]
        return all(fuzz.ratio(x, y) >= NAME_SIMILARITY or _initial(x, y) for x, y in pairs[1:]) and (
            given or fuzz.ratio(*pairs[0]) >= NAME_SIMILARITY or _initial(*pairs[0])
        )
    return fuzz.ratio(short[-1], long_[-1]) >= NAME_SIMILARITY and (
        fuzz.ratio(short[0], long_[0]) >= NAME_SIMILARITY or _initial(short[0], long_[0])
    )


def _first_words_agree(a: str, b: str) -> bool:
    """Two names of a body start with one word, or with one word spelled two ways when more words follow
    ("Süddeutsche Zeitung" / "Sueddeutsche Zeitung"; not "Democrat" / "Democrats"); a one-word name may be
    transliterated two ways with one start ("Energia" / "Energiya")."""
    x, y = a.split(), b.split()
    if len(x) == 1 and len(y) == 1:
        return x[0] == y[0] or (x[0][:GIVEN_NAME_PREFIX] == y[0][:GIVEN_NAME_PREFIX] and _respelled(x[0], y[0]))
    if len(x) > 1 and len(y) > 1 and _place_and_people(x[0], y[0]):
        return True  # "Hawaii Airlines" / "Hawaiian Airlines"
    return x[0] == y[0] or (len(x) > 1 and len(y) > 1 and fuzz.ratio(x[0], y[0]) >= FIRST_WORD_SIMILARITY)


_DEMONYM_ENDINGS = ("an", "ian", "n", "ese")


def _place_and_people(x: str, y: str) -> bool:
    """A place and the adjective of its people opening a body's name ("Hawaii" / "Hawaiian", "India" / "Indian")."""
    short, long_ = sorted((x, y), key=len)
    return len(short) > 3 and long_.startswith(short) and long_[len(short) :] in _DEMONYM_ENDINGS


def _transliterated(x: str, y: str) -> bool:
    """Two spellings of one given name from another alphabet, differing at the end: "Sergei" / "Sergey"."""
    return x[:GIVEN_NAME_PREFIX] == y[:GIVEN_NAME_PREFIX] and fuzz.ratio(x, y) >= GIVEN_NAME_SIMILARITY


def _respelled(x: str, y: str) -> bool:
    """One word spelled two ways, neither the other with an ending added: "Isiah" / "Isaiah", "Energia" /
    "Energiya" (not "Democrat" / "Democrats", "Georgia" / "Georgian", "Christian" / "Christina")."""
    if x.startswith(y) or y.startswith(x) or x[:2] != y[:2]:
        return False
    return fuzz.ratio(x, y) >= RESPELLED_SIMILARITY


def _initial(x: str, y: str) -> bool:
    return (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _country_first(name: str) -> str:
    """A body's name of three words or more opened by a nationality, written with its country: "Chinese National
    Space Administration" and "China National Space Administration" are one body's names."""
    words = name.split()
    country = DEMONYMS.get(words[0].lower()) if len(words) > 2 else None
    return " ".join([country, *words[1:]]) if country else name


def _group_word(key: str) -> str:
    """A group's one word and its plural are one group: "Islamist" / "Islamists"."""
    return key[:-1] if " " not in key and len(key) > 4 and key.endswith("s") and not key.endswith("ss") else key


def merge_entities(entities: list[Entity], story_id: str = "s1") -> list[MergedEntity]:
    """Cluster article entities into story entities; the fullest, most used spelling names each."""
    groups: list[list[Entity]] = []
    index: dict[tuple[str, str], list[int]] = {}
    people: list[int] = []
    names_of: dict[int, dict[str, None]] = {}  # each group's distinct names, compared once each
    told = told_apart(entities)
    # longest names first; of one name, those an honorific or title marks first ("Ms. Thurman" finds her, and
    # the unmarked "Thurman" of another article then joins the same person by name)
    for entity in sorted(agree_types(agree_cities(entities)), key=lambda e: (-len(e.name), marked_gender([e]) is None)):
        family = TYPE_FAMILY.get(entity.type, entity.type)
        canonical = _canonical(entity)
        key = (family, _key(canonical or (_country_first(entity.name) if family == "ORG" else entity.name)))
        if family == "NORP" and canonical is None:
            key = (family, _group_word(key[1]))
        target = next((i for i in index.get(key, []) if not different_countries([entity], groups[i])), None)
        if target is not None and family == "PERSON" and other_gender(entity, groups[target]):
            target = None  # "Mr. Clinton" of one article is not "Mrs. Clinton" of another
            key = (family, f"{key[1]} {marked_gender([entity])}")
            target = next(iter(index.get(key, [])), None)
        if target is None and family == "PERSON":
            matches = [
                g
                for g in people
                if any(_same_person(entity.name, name) for name in names_of[g])
                and not generations(entity, groups[g], told)
                and not told_in_one_article(entity, groups[g])
            ]
            if len(matches) > 1 and not suffixed(entity.name):  # "Trump" beside Donald Trump and Donald Trump Jr.
                matches = [g for g in matches if not all(suffixed(m.name) for m in groups[g])] or matches
            if (gender := marked_gender([entity])) is not None:  # "Ms. Thurman": not her father
                matches = [g for g in matches if marked_gender(groups[g]) in (None, gender)]
            if len(matches) > 1:  # "President Obama": the one the story calls "President", not "Michelle Obama"
                held = title_holders(matches, entity.titles, lambda g: [t for m in groups[g] for t in m.titles])
                matches = held if len(held) == 1 else matches
            if len(matches) == 1:  # an ambiguous short name ("Kim") joins nobody
                target = matches[0]
        if target is None and canonical is None and family != "PERSON":
            target = next(
                (
                    i
                    for (fam, name), found in index.items()
                    for i in found
                    if fam == family
                    and fuzz.ratio(name, key[1]) >= 92
                    and _first_words_agree(name, key[1])
                    and not different_countries([entity], groups[i])
                ),
                None,
            )
        if target is None:
            target = len(groups)
            groups.append([])
            if family == "PERSON":
                people.append(target)
        if target not in index.setdefault(key, []):
            index[key].append(target)
        groups[target].append(entity)
        names_of.setdefault(target, {})[entity.name] = None
    groups = join_short_forms(groups)
    return [_story_entity(group, f"{story_id}:e{i}") for i, group in enumerate(_by_size(groups))]


def _by_size(groups: list[list[Entity]]) -> list[list[Entity]]:
    return sorted(groups, key=lambda g: (-sum(len(e.mentions) for e in g), g[0].name))


def _spelled_out(canonical: str, names: Counter[str]) -> str:
    """An organisation the knowledge table names by its acronym ("WHO") is named as the story spells it out
    ("World Health Organization", its most used long form), when the story does; the acronym stays an alias."""
    if not is_acronym(canonical):
        return canonical
    long_forms = [n for n in names if len(n.split()) > 1 and organisation_named(n) == canonical]
    return max(long_forms, key=lambda n: (names[n], n)) if long_forms else canonical


def _story_entity(group: list[Entity], entity_id: str) -> MergedEntity:
    canonical = next((c for c in (_canonical(e) for e in group) if c), None)
    names = Counter()
    for entity in group:
        names[entity.name] += len(entity.mentions)
    if canonical and TYPE_FAMILY.get(group[0].type) in ("PLACE", "ORG"):
        name = _spelled_out(canonical, names) if TYPE_FAMILY.get(group[0].type) == "ORG" else canonical
    else:
        longest = max(len(n.split()) for n in names)
        written = (n for n in names if len(n.split()) == longest)  # "christine teigen" of a tweet's signature last
        name = max(written, key=lambda n: (not n.islower(), names[n], n))
        if name.isupper():  # "BERLIN" of a dateline, "AILSA CHANG, HOST:" of a transcript: the spelling of the text
            spelled = set(names) | ({a for e in group for a in e.aliases} if " " in name else set())
            name = max((n for n in spelled if n.lower() == name.lower()), key=lambda n: (not n.isupper(), names[n], n))
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
