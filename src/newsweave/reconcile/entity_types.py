"""The one type a story gives a name its articles type differently, decided by the evidence of the whole story.

The model labels each mention alone; the story has more to go on: how many mentions carry each label, whether
an article calls the name a body ("the law firm Mossack Fonseca"), whether it is the surname or the given name
of a person of the story ("Arians" read as a nationality beside "Bruce Arians", "Harvey" as an organisation
beside "Harvey Weinstein"), whether a capital is named as a city. A "person" whose first word names a place or
a body of the story and none of whose words is a given name ("Croydon Tramlink", "Tesla Roadster") is a thing
of that place or body. No list of names decides; spaCy is not imported here (story merging runs without it).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from newsweave.annotate.acronyms import is_acronym
from newsweave.annotate.knowledge import DEMONYMS, country_named, country_of_word
from newsweave.annotate.name_words import TITLE_WORDS, is_body_title, is_given_name
from newsweave.model import Entity

# the kind of name two entities must share to merge: a place is a place, whatever its label
TYPE_FAMILY = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
}
_VOTING = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
HONORIFIC = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Rev)\.?\s")


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """A name folded for comparison: accents, case, hyphens and punctuation dropped. Remembered: a story's merge
    folds each of its names many times (92,000 calls over the stories of 600 BBC articles)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " ")).strip()


def agree_cities(entities: list[Entity]) -> list[Entity]:
    """A capital the story's articles name as a city in more mentions than as its country's government is
    the city in all of them ("Berlin's New Year's Eve party", "BERLIN —" in a story set in Berlin), so that
    one place is not half a country."""
    votes: Counter[str] = Counter()
    for entity in entities:
        if entity.type in ("GPE", "LOC") and country_named(entity.name):
            votes[name_key(entity.name)] += len(entity.mentions) * (1 if entity.city else -1)
    return [
        replace(e, city=True) if e.type in ("GPE", "LOC") and not e.city and votes[name_key(e.name)] > 0 else e
        for e in entities
    ]


def _known(name: str) -> bool:
    """A name the knowledge table knows as a country, a capital or a nationality."""
    return country_of_word(name) is not None or name.lower() in DEMONYMS


def _thing_of(entity: Entity, votes: dict[str, Counter[str]], addressed: set[str]) -> bool:
    """A "person" of several words whose first word the story names as a place or a body more often than as a
    person, at least twice, none of whose words is a given name, and whose last word no article writes after an
    honorific ("Mr. Weinstein": "Harvey" read as an organisation does not make Harvey Weinstein one):
    "Croydon Tramlink", "Tesla Roadster"."""
    words = entity.name.split()
    if len(words) < 2 or words[-1] in addressed or any(is_given_name(w) for w in words):
        return False
    vote = votes.get(name_key(words[0]), Counter())
    named = vote["GPE"] + vote["LOC"] + vote["ORG"]
    return named >= 2 and named > vote["PERSON"]


def _group_words(entities: list[Entity]) -> dict[str, str]:
    """The last words of the story's groups' and bodies' names of several words ("Democrats" of "Social
    Democrats", "Trucks" of "Ram Trucks"), each with its type, but no surname of a person with a given name
    ("Team Clinton" beside "Hillary Clinton" leaves "Chelsea Clinton" a person)."""
    people = [e for e in entities if e.type == "PERSON" and len(e.name.split()) > 1]
    family = {e.name.split()[-1] for e in people if is_given_name(e.name.split()[0])}  # "Hillary Clinton"
    return {
        e.name.split()[-1]: e.type
        for e in entities
        if e.type in ("NORP", "ORG") and len(e.name.split()) > 1 and e.name.split()[-1] not in family
    }


def _group_member(entity: Entity, group_words: dict[str, str], addressed: set[str]) -> bool:
    """A "person" named like a group or a body of the story ("Free Democrats" beside "Social Democrats"): its
    last word ends such a name, no article addresses it with an honorific or gives it a person's title ("Republican
    National Committee Chairman Reince Priebus") and none of its words is a given name."""
    words = entity.name.split()
    titled = any(w in TITLE_WORDS for t in entity.titles for w in t.lower().split())  # "Chairman Reince Priebus"
    if titled or words[-1] not in group_words or words[-1] in addressed:
        return False
    return not any(is_given_name(w) for w in words)


def _addressed(entities: list[Entity]) -> set[str]:
    """Names an article writes after an honorific or a title ("Mr. Weinstein", "Ms Teigen"): a person's."""
    found = set()
    for entity in entities:
        if entity.type == "PERSON":
            found.update(a.split()[-1] for a in entity.aliases if HONORIFIC.match(a) and len(a.split()) > 1)
    return found


def agree_types(entities: list[Entity]) -> list[Entity]:
    """One name the model tags a person in one article and an organisation or a place in another: a body when
    an article calls it one ("the law firm Mossack Fonseca"); the surname of a person of the story is that
    person ("Noem" beside "Kristi Noem", "Arians" read as a nationality beside "Bruce Arians"), and so is the
    given name of one person of the story read as an organisation ("Harvey"); otherwise the type most of its
    mentions have ("WeWork", six mentions an organisation, three a person; "Croydon", 19 mentions a place, 11 an
    organisation, is a place; "SeaWorld", 13 an organisation, 2 a nationality, is an organisation; "Indianapolis
    Colts", 3 mentions an organisation, 2 a person, is an organisation; a group of several words written as an
    organisation as often as a nationality is an organisation, "Carolina Panthers"); a one-word "person" that is
    the last word of a body's thing named after the body ("Google Glass" beside "Google") and no person's surname
    is that thing ("Glass"); a plural "person" ending a team's name is that team ("Broncos" beside "Denver
    Broncos"). A place the knowledge table knows is never made a person or an organisation by the vote."""
    votes: dict[str, Counter[str]] = {}
    for entity in entities:
        if entity.type in _VOTING:
            votes.setdefault(name_key(entity.name), Counter())[entity.type] += len(entity.mentions)
    addressed = _addressed(entities)
    entities = [  # "Croydon Tramlink", "Tesla Roadster": no person, so no surname or given name of one
        replace(e, type="ORG") if e.type == "PERSON" and _thing_of(e, votes, addressed) else e for e in entities
    ]
    group_words = _group_words(entities)
    entities = [  # before the vote, so that the body's own mentions count for it ("the Ram Trucks ad")
        replace(e, type=group_words[e.name.split()[-1]])
        if e.type == "PERSON" and len(e.name.split()) > 1 and _group_member(e, group_words, addressed)
        else e
        for e in entities
    ]
    votes = {}
    for entity in entities:
        if entity.type in _VOTING:
            votes.setdefault(name_key(entity.name), Counter())[entity.type] += len(entity.mentions)
    people = [e for e in entities if e.type == "PERSON" and len(e.name.split()) > 1]
    surnames = {e.name.split()[-1] for e in people}
    given_of = Counter(  # given names written alone for a person of the story ("Harvey" for Harvey Weinstein)
        name_key(p.name.split()[0])
        for p in {name_key(p.name): p for p in people if p.name.split()[0] in p.aliases}.values()
    )
    bodies = {name_key(e.name) for e in entities if e.type == "ORG" and any(is_body_title(t) for t in e.titles)}
    named_alone = {  # surnames an article writes alone for a person ("Maynard said"; not "Hotel Rwanda"), when
        # no body of the story is named with them ("BBC Radio Wales" beside a programme read as a person)
        a
        for e in people
        for a in e.aliases
        if a == e.name.split()[-1]
    }
    in_bodies = {w for e in entities if e.type != "PERSON" and len(e.name.split()) > 1 for w in e.name.split()}
    group_words = _group_words(entities)
    owners = {name_key(e.name) for e in entities if e.type == "ORG"}
    body_ends = {  # "Google Glass" beside "Google": a body's thing named after it (not "Tranquilizing Harambe")
        e.name.split()[-1]
        for e in entities
        if e.type == "ORG" and len(e.name.split()) > 1 and name_key(e.name.split()[0]) in owners
    }
    agreed = []
    for entity in entities:
        kind = entity.type
        one_word = len(entity.name.split()) == 1
        if kind == "PERSON" and name_key(entity.name) in bodies:
            kind = "ORG"  # another article calls it a firm or a newspaper ("the law firm Mossack Fonseca")
        elif kind in ("GPE", "LOC") and entity.name in named_alone - in_bodies and not country_of_word(entity.name):
            kind = "PERSON"  # "Maynard" read as a place beside "Thane Maynard" and "Maynard said"
        elif kind == "NORP" and one_word and not _known(entity.name):
            kind = _norp_kind(entity.name, votes[name_key(entity.name)], surnames - set(group_words))
        elif kind == "PERSON" and one_word and entity.name in body_ends - surnames - named_alone:
            kind = "ORG"  # "the big brother vibe from Glass" beside "Google Glass" in another article
        elif kind == "PERSON" and one_word and _plural_of_group(entity.name, group_words, surnames | addressed):
            kind = group_words[entity.name]  # "only the Browns were worse" beside "the Cleveland Browns"
        elif kind in ("PERSON", "ORG") and one_word:
            kind = _person_or_body(entity, votes[name_key(entity.name)], surnames, given_of)
        elif kind == "ORG" and not one_word and _addressed_person(entity, votes, addressed):
            kind = "PERSON"  # "Priyamvada Natarajan" an organisation once, "Dr. Priyamvada Natarajan" elsewhere
        elif kind in ("PERSON", "ORG") and not one_word:
            (top, n), *_ = votes[name_key(entity.name)].most_common()
            kind = top if n > votes[name_key(entity.name)][kind] else kind  # "Indianapolis Colts", "Brandenburg Gate"
        elif (
            kind == "NORP"
            and not one_word
            and votes[name_key(entity.name)]["ORG"] >= votes[name_key(entity.name)]["NORP"]
        ):
            kind = "ORG"  # "Social Democrats" beside "the Social Democrats (SPD)", "Carolina Panthers": a party, a team
        elif kind in ("GPE", "LOC") and one_word and not _known(entity.name):
            vote = votes[name_key(entity.name)]
            kind = "ORG" if vote["ORG"] > vote["GPE"] + vote["LOC"] else kind  # "Tesla": "the CEO of Tesla"
        agreed.append(entity if kind == entity.type else replace(entity, type=kind))
    return _by_most_mentions(_people_named_as_bodies(agreed))


_INITIAL = re.compile(r"^[A-Z]\.$")


def _people_named_as_bodies(entities: list[Entity]) -> list[Entity]:
    """A body or a place named by a given name (and initials) before a surname that the story writes alone for a
    person ("Trump said") or types a person under the same whole name is that person: "Donald J. Trump" tagged an
    organisation in one article beside "Trump" everywhere ("Washington Post Trump" has a word of no given name)."""
    alone = {a for e in entities if e.type == "PERSON" for a in e.aliases if " " not in a}
    people = {name_key(e.name) for e in entities if e.type == "PERSON"}
    agreed = []
    for entity in entities:
        words = entity.name.split()
        if entity.type in ("ORG", "GPE", "LOC", "FAC") and 2 <= len(words) <= 3 and is_given_name(words[0]):
            given = all(is_given_name(w) or _INITIAL.match(w) for w in words[:-1])
            if given and (words[-1] in alone or name_key(entity.name) in people):
                entity = replace(entity, type="PERSON")
        agreed.append(entity)
    return agreed


def _by_most_mentions(entities: list[Entity]) -> list[Entity]:
    """A name the story still types as two kinds of thing after the rules above takes the kind most of its
    mentions have, so that it is one actor: "Uma Thurman", 91 mentions a person, is no place in the one article
    that tags her so; "Red Bull", 12 an organisation, no place. A nationality is left to its own rules, and a
    place the knowledge table knows stays a place; a tie decides nothing."""
    votes: dict[str, Counter[str]] = {}
    for entity in entities:
        if entity.type in _VOTING and entity.type != "NORP":
            votes.setdefault(name_key(entity.name), Counter())[entity.type] += len(entity.mentions)
    agreed = []
    for entity in entities:
        vote = votes.get(name_key(entity.name), Counter()) if entity.type != "NORP" else Counter()
        families: Counter[str] = Counter()
        for kind, n in vote.items():
            families[TYPE_FAMILY[kind]] += n
        (top, n), *rest = families.most_common() or [("", 0)]
        own = TYPE_FAMILY.get(entity.type)
        if rest and n > rest[0][1] and own != top and not (own == "PLACE" and _known(entity.name)):
            entity = replace(entity, type=max((k for k in vote if TYPE_FAMILY[k] == top), key=vote.__getitem__))
        agreed.append(entity)
    return agreed


def _plural_of_group(name: str, group_words: dict[str, str], surnames: set[str]) -> bool:
    """A plural that ends a group's or a body's name of the story ("Broncos" of "Denver Broncos") and is no family
    of a person of the story ("the Clintons"): the team or the group, not a person."""
    return name.endswith("s") and name in group_words and not {name, name[:-1]} & surnames


def _addressed_person(entity: Entity, votes: dict[str, Counter[str]], addressed: set[str]) -> bool:
    """A name of several words an article of the story writes as a person's after an honorific ("Dr.
    Priyamvada Natarajan") is that person's wherever the model tagged it an organisation, unless most of its
    mentions are an organisation's."""
    vote = votes[name_key(entity.name)]
    return entity.name.split()[-1] in addressed and vote["PERSON"] > 0 and vote["PERSON"] >= vote["ORG"]


def _norp_kind(name: str, vote: Counter[str], surnames: set[str]) -> str:
    """A "nationality" no table knows: the surname of a person of the story is that person ("Arians"); else the
    type most of the name's other mentions have ("SeaWorld"), never a person's for a plural ("Latinos")."""
    if name in surnames:
        return "PERSON"
    kinds = ("ORG", "GPE", "LOC") if _plural_group(name, surnames) else ("PERSON", "ORG", "GPE", "LOC")
    others = Counter({t: vote[t] for t in kinds if vote[t]})
    if others and others.most_common(1)[0][1] > vote["NORP"]:
        return others.most_common(1)[0][0]
    return "NORP"


def _plural_group(name: str, surnames: set[str]) -> bool:
    """A plural that is no family of a surname of the story ("Latinos"; not "the Clintons"): no one person."""
    return name.endswith("s") and name[:-1] not in surnames


def _person_or_body(entity: Entity, vote: Counter[str], surnames: set[str], given_of: Counter[str]) -> str:
    """A one-word person or organisation: a plural the story also writes as a group is that group; else by surname or
    given name of a person of the story, else by the vote."""
    kind, name = entity.type, entity.name
    if kind == "PERSON" and vote["NORP"] and _plural_group(name, surnames):
        return "NORP"  # "Latinos", a people another article names as one
    if kind == "ORG" and not is_acronym(name):
        if name in surnames or given_of[name_key(name)] == 1:
            return "PERSON"  # "Harvey" beside "Harvey Weinstein", the one Harvey of the story
    (top, n), *rest = Counter({t: vote[t] for t in ("PERSON", "ORG") if t in vote}).most_common()
    kind = top if not rest or n > rest[0][1] else kind
    places = Counter({t: vote[t] for t in ("GPE", "LOC") if vote[t]})
    if kind == "ORG" and places and places.total() > vote["ORG"] and not is_acronym(name):
        kind = places.most_common(1)[0][0]
    return kind
