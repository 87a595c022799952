"""Short forms of a story's bodies and places joining their one longer name: an acronym ("IOC" / "International
Olympic Committee"), a name cut to its last words ("Times" / "New York Times"), before "of" or its company words,
or a shorter spelling of an acronym's expansion.

Every pair of a story's names is a candidate, so the names are first indexed by the short forms they may have
(`_FormIndex`): a group is tried only against the names its forms cut, or against all when it has capitals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsweave.annotate.acronyms import is_acronym, same_expansion, stands_for, titled_acronym
from newsweave.annotate.knowledge import country_of_word, organisation_named
from newsweave.model import Entity
from newsweave.reconcile.entity_types import TYPE_FAMILY
from newsweave.reconcile.entity_types import name_key as _key
from newsweave.reconcile.people_apart import different_countries

# Words a company's name may drop: its legal form ("McClatchy" / "McClatchy Co.", "Samsung Electronics Co
# Ltd") and one word saying what it is ("GateHouse" / "GateHouse Media", "United" / "United Airlines"; not
# "Guardian Media Group").
LEGAL_FORMS = frozenset({"co", "corp", "corporation", "inc", "ltd", "llc", "plc", "ag", "sa", "company"})
COMPANY_WORDS = frozenset({"group", "holdings", "media", "airlines", "airways"})


def _company_words(words: list[str]) -> bool:
    rest = [w for w in words if w not in LEGAL_FORMS]
    return len(rest) <= 1 and all(w in COMPANY_WORDS for w in rest)


def _short_form(short: str, long_: str) -> bool:
    """A name cut to its last words ("Times" / "New York Times"), to what comes before "of" ("Argus
    Leader" / "Argus Leader of Sioux Falls") or before its company words (above). A national institution
    the knowledge table knows by its whole name is never cut ("House" is not the "White House", "Hill"
    not "Capitol Hill"); an international one is ("the Commission" after "the European Commission")."""
    if len(long_.split()) <= len(short.split()) or (country_of_word(long_) and not organisation_named(long_)):
        return False
    words, kept = long_.split(), short.split()
    if words[: len(kept)] == kept and _company_words(words[len(kept) :]):
        return True
    return long_.endswith(" " + short) or (len(short.split()) > 1 and long_.startswith(short + " of "))


def _shortest_names(fits: list[int], names: dict[int, set[str]]) -> list[int]:
    """Of the names a short form fits, those that are not another fit's name with more words after it: "ANA"
    stands for "All Nippon Airways", not for two bodies because of "All Nippon Airways Flight 175"."""
    return [
        f
        for f in fits
        if not any(g != f and all(any(n.startswith(m + " ") for m in names[g]) for n in names[f]) for g in fits)
    ]


def _first_of_pair(short: str, long_: str) -> bool:
    """A body named by the first of the two names it joins: "Cincinnati Zoo" for "Cincinnati Zoo & Botanical
    Garden" (a name of two words or more, so that "Barnum" is not "Barnum & Bailey")."""
    return len(short.split()) > 1 and long_.startswith((f"{short} & ", f"{short} and "))


def _one_expansion(
    short: list[Entity], long_: list[Entity], acronyms: set[str], stands: Callable[[str, str], bool]
) -> bool:
    """Two organisations an acronym of theirs (`acronyms`: the capitals both groups are written as) stands for,
    written as spellings of one name ("Centre for Disease Control (CDC)" / "Centers for Disease Control and
    Prevention"), the first the shorter. The acronym is tried first: most pairs share none."""
    return bool(acronyms) and any(
        (len(a.name), a.name) < (len(b.name), b.name)
        and any(stands(x, a.name) and stands(x, b.name) for x in acronyms)
        and same_expansion(a.name, b.name)
        for a in short
        for b in long_
    )


def _named_beside(short: list[Entity], fits: list[int], groups: list[list[Entity]]) -> list[int]:
    """Of the names a short form fits, the one named in every article that writes the short form (a report
    shortens the name it gave in full: "the Heavy" after "the Falcon Heavy", not the "Delta 4-Heavy" one
    article compares it with); two names an article both gives ("Post": Washington Post, New York Post) stay
    ambiguous."""
    articles = {e.article for e in short}
    return [f for f in fits if articles <= {e.article for e in groups[f]}]


@dataclass
class _Written:
    """How one group of a story's bodies and places is written, read once for every pair `_join_short_forms` tries."""

    names: set[str]  # as written
    keys: set[str]  # folded (`name_key`)
    acronyms: list[str]  # the names written as an acronym ("IOC", "S.D."), the only ones that stand for a name
    titled: set[str]  # the capitals of the names written as an acronym in title case ("Nasa" -> "NASA")
    capitals: set[str]  # the aliases written as an acronym ("NASA")

    @classmethod
    def of(cls, group: list[Entity]) -> _Written:
        names = {e.name for e in group}
        return cls(
            names,
            {_key(n) for n in names},
            [n for n in names if is_acronym(n)],
            {t for t in map(titled_acronym, names) if t},
            {a for e in group for a in e.aliases if is_acronym(a)},
        )


def join_short_forms(groups: list[list[Entity]]) -> list[list[Entity]]:
    """An acronym ("IOC" / "International Olympic Committee", "S.D." / "South Dakota"), short name of
    an organisation ("Home Office" / "UK Home Office") or shorter spelling of an acronym's expansion joins
    the one longer name of its kind it fits that no article gives another country; a short form that fits
    two names ("Post": Washington Post, New York Post) joins the one every article of the short form names,
    else neither."""
    named = [i for i, g in enumerate(groups) if TYPE_FAMILY.get(g[0].type) in ("ORG", "PLACE")]
    written = {i: _Written.of(groups[i]) for i in named}
    names = {i: written[i].keys for i in named}
    index = _FormIndex(written)
    stands = _StandsFor()
    into: dict[int, int] = {}
    for short in named:
        forms = written[short]
        family = TYPE_FAMILY[groups[short][0].type]
        fits, expanded = [], []
        for long_ in index.candidates(forms, named):
            if long_ == short or TYPE_FAMILY[groups[long_][0].type] != family:
                continue
            other = written[long_]
            acronym = any(stands(f, n) for f in forms.acronyms for n in other.names)
            acronym = acronym or (family == "ORG" and bool(forms.titled & other.capitals))
            cut = family == "ORG" and any(_short_form(m, n) for n in other.keys for m in forms.keys)
            cut = cut or (family == "ORG" and any(_first_of_pair(f, n) for f in forms.names for n in other.names))
            capitals = forms.capitals | other.capitals
            fit = acronym or cut or (family == "ORG" and _one_expansion(groups[short], groups[long_], capitals, stands))
            if not fit or different_countries(groups[short], groups[long_]):
                continue
            fits.append(long_)
            if acronym:
                expanded.append(long_)
        fits = _shortest_names(fits, names)
        expanded = [f for f in fits if f in expanded]
        if len(fits) > 1 and len(expanded) == 1:
            fits = expanded  # "ANA" spells out All Nippon Airways; "ANA Airlines" only adds a company word
        if len(fits) > 1:
            fits = _named_beside(groups[short], fits, groups)
        if len(fits) == 1 and fits[0] not in into and short not in into.values():
            into[short] = fits[0]
    for short, long_ in into.items():
        groups[long_].extend(groups[short])
    return [g for i, g in enumerate(groups) if i not in into]


@dataclass
class _StandsFor:
    """`stands_for`, remembered for one story: each acronym is tried against the same names for many pairs."""

    seen: dict[tuple[str, str], bool] = field(default_factory=dict)

    def __call__(self, acronym: str, name: str) -> bool:
        found = self.seen.get((acronym, name))
        if found is None:
            found = self.seen[(acronym, name)] = stands_for(acronym, name)
        return found


class _FormIndex:
    """Which groups a short form may cut, by the forms each group's names can be cut to: the words a name starts
    with (before company words), the words it ends with, what comes before its "of" (keys), and what comes before
    its "&" or "and" (names as written). Only these can pass `_short_form` and `_first_of_pair`; a group with
    capitals (acronyms) is tried against every group, and every group is tried against the groups with capitals."""

    def __init__(self, written: dict[int, _Written]) -> None:
        self.openings: dict[tuple[str, ...], set[int]] = {}  # a key's first words -> groups
        self.cuts: dict[str, set[int]] = {}  # a key's last words, a key before " of ", a name before "&"/"and"
        self.with_capitals = {i for i, forms in written.items() if forms.capitals}
        for i, forms in written.items():
            for key in forms.keys:
                words = key.split()
                for k in range(len(words)):  # none too: a name of no letters it keeps ("新华社") cuts to nothing
                    self.openings.setdefault(tuple(words[:k]), set()).add(i)
                for at in _places_of(" ", key):
                    self.cuts.setdefault(key[at + 1 :], set()).add(i)
                for at in _places_of(" of ", key):
                    self.cuts.setdefault(key[:at], set()).add(i)
            for name in forms.names:
                for at in (*_places_of(" & ", name), *_places_of(" and ", name)):
                    self.cuts.setdefault(name[:at], set()).add(i)

    def candidates(self, forms: _Written, named: list[int]) -> list[int]:
        """The groups, in `named` order, that the group written as `forms` may be a short form of."""
        if forms.acronyms or forms.titled or forms.capitals:
            return named
        found = set(self.with_capitals)
        for key in forms.keys:
            found |= self.openings.get(tuple(key.split()), set()) | self.cuts.get(key, set())
        for name in forms.names:
            found |= self.cuts.get(name, set())
        return [i for i in named if i in found]


def _places_of(part: str, text: str) -> list[int]:
    """Every index at which `part` starts in `text`, overlapping ones too."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found
