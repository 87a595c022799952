"""Who a story keeps apart although their names agree: father and son ("Donald Trump" / "Donald Trump Jr."), two
full names one article writes as two people, a woman and a man with one surname, two bodies of two countries.

`reconcile.entities` merges names; these are the evidence against a merge its name rules would make.
"""

from __future__ import annotations

from newsweave.annotate.knowledge import country_named
from newsweave.annotate.pronouns import FEMININE, MASCULINE
from newsweave.model import Entity
from newsweave.reconcile.entity_types import name_key as _key

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def without_suffix(words: list[str]) -> list[str]:
    """A generational suffix is no word of the name to match: "Patrick W. Carlineo Jr." is "Patrick W. Carlineo"."""
    return words[:-1] if len(words) > 2 and words[-1] in SUFFIXES else words


def marked_gender(group: list[Entity]) -> str | None:
    """'f' or 'm' when the articles mark a person's gender one way only, by honorific or title ("Ms.
    Thurman", "her father"); None when they do not, or mark both."""
    words = {w.lower() for e in group for text in [*e.aliases, *e.titles] for w in text.split()[:-1] or [""]}
    words |= {w.lower() for e in group for t in e.titles for w in t.split()}
    female, male = bool(words & FEMININE), bool(words & MASCULINE)
    return "f" if female and not male else "m" if male and not female else None


def _countries(group: list[Entity]) -> set[str]:
    """The countries an organisation's articles give it ("China's CDC" -> China); none for other kinds."""
    return {
        e.affiliation
        for e in group
        if e.type == "ORG" and e.affiliation and country_named(e.affiliation) == e.affiliation
    }


def suffixed(name: str) -> bool:
    """A name ending in a generational suffix: "Donald Trump Jr."."""
    words = _key(name).split()
    return len(words) > 2 and words[-1] in SUFFIXES


def _base(name: str) -> str:
    return " ".join(without_suffix(_key(name).split()))


def told_apart(entities: list[Entity]) -> set[str]:
    """Names an article writes both with a generational suffix and without it as two people ("Donald Trump",
    "his son, Donald Trump Jr."): father and son in every article of the story."""
    forms: dict[tuple[str, str], set[bool]] = {}
    for e in entities:
        if e.type == "PERSON":
            forms.setdefault((e.article, _base(e.name)), set()).add(suffixed(e.name))
    return {name for (_, name), seen in forms.items() if len(seen) == 2}


def generations(entity: Entity, group: list[Entity], told: set[str]) -> bool:
    return _base(entity.name) in told and any(
        _base(m.name) == _base(entity.name) and suffixed(m.name) != suffixed(entity.name) for m in group
    )


def told_in_one_article(entity: Entity, group: list[Entity]) -> bool:
    """Two full names one article keeps as two people ("Denis Sassou Nguesso", Congo's president, and his son "Denis
    Christel Sassou Nguesso") are two in the story, however their first and last words agree."""
    return len(entity.name.split()) > 1 and any(
        m.article == entity.article and len(m.name.split()) > 1 and _key(m.name) != _key(entity.name) for m in group
    )


def other_gender(entity: Entity, group: list[Entity]) -> bool:
    mine, theirs = marked_gender([entity]), marked_gender(group)
    return mine is not None and theirs is not None and mine != theirs


def different_countries(a: list[Entity], b: list[Entity]) -> bool:
    """Two organisations given to different countries: two bodies, whatever their names share."""
    first, second = _countries(a), _countries(b)
    return bool(first and second and not first & second)
