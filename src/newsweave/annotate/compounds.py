"""Figures written as one compound: a number hyphenated to the noun it counts ("the seven-member group", "a
nine-page response", "a 30-floor apartment building"), a duration written "a year-long", "half-a-dozen", and a
duration given in two units ("8 hours and 20 minutes"). Kept apart from `nonfigures.py`, which keeps the other
compound adjectives ("a five-alarm fire", "a two-party system", "a one-time payment") out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.annotate.doc_arrays import column
from newsweave.annotate.numbers import parse_surface

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# nouns whose number, hyphenated before the noun they describe, counts their members, pages, floors ...: the
# size of the thing ("a seven-member group" has seven members). Other hyphenated nouns make an idiom or a kind
# ("a two-party system", "a five-alarm fire", "a two-way deal") or a kind of home ("a three-bed apartment", as
# NewsQuant reads it), and are no figure.
COMPOUND_COUNT_NOUNS = {
    "member": "members", "page": "pages", "floor": "floors", "storey": "storeys", "story": "stories",
    "seat": "seats", "episode": "episodes",
    "count": "counts", "car": "cars", "vehicle": "vehicles", "truck": "trucks", "ship": "ships",
    "vessel": "vessels", "plane": "planes", "player": "players", "person": "people", "nation": "nations",
    "country": "countries", "judge": "judges", "juror": "jurors", "officer": "officers", "chapter": "chapters",
    "volume": "volumes", "game": "games", "match": "matches", "lap": "laps",
}  # fmt: skip
# time units written "a <unit>-long": a duration of one unit ("a year-long investigation", "a decade-long project")
LONG_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
# seconds in each unit a duration may be given in two of ("8 hours and 20 minutes")
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def counting_compound(group: Span) -> Token | None:
    """The noun hyphenated after a number that it counts ("seven-member", "30-floor"): a number above one, as "a
    one-man show", "a one-stop shop" are manners of speaking."""
    doc = group.doc
    at = group.end
    if at + 1 >= len(doc) or doc[at].text != "-" or doc[at].whitespace_ or doc[at - 1].whitespace_:
        return None
    noun = doc[at + 1]
    if noun.lower_ not in COMPOUND_COUNT_NOUNS or group[0].lower_ in ("one", "a", "an", "zero"):
        return None
    after = doc[at + 2] if at + 2 < len(doc) else None
    if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None  # "a seven-member" ending the phrase is no size of a thing named
    return noun


def compound_counted(noun: Token) -> str:
    """What a number hyphenated to a noun counts: the noun's plural ("seven-member group": members)."""
    return COMPOUND_COUNT_NOUNS[noun.lower_]


def long_duration_article(token: Token) -> bool:
    """ "a year-long investigation", "A decade-long project": the article as the number one of a duration."""
    doc = token.doc
    i = token.i
    if token.lower_ not in ("a", "an") or i + 3 >= len(doc):
        return False
    unit, dash, long = doc[i + 1], doc[i + 2], doc[i + 3]
    return unit.lower_ in LONG_UNITS and dash.text == "-" and long.lower_ == "long"


def hyphenated_half_dozen(doc: Doc, i: int) -> int:
    """How many tokens from `i` write "half-a-dozen" or "half a dozen" (six), or 0."""
    words = column(doc, "lower_")[i : i + 5]  # no Token made: `number_groups` asks this of every token
    if words == ["half", "-", "a", "-", "dozen"]:
        return 5
    return 3 if words[:3] == ["half", "a", "dozen"] else 0


def two_unit_duration(group: Span, other: Span | None) -> tuple[float, str, Token] | None:
    """ "8 hours and 20 minutes": one duration in the smaller unit (500 minutes), with the token it ends at, when
    the number after "and" gives a smaller unit of time than this one."""
    doc = group.doc
    if other is None or other.start != group.end + 2 or doc[group.end + 1].lower_ != "and":
        return None
    first = parse_surface(doc[group.start : group.end + 1].text)
    if other.end >= len(doc):
        return None
    second = parse_surface(doc[other.start : other.end + 1].text)
    if first is None or second is None or first.unit not in _SECONDS or second.unit not in _SECONDS:
        return None
    if _SECONDS[second.unit] >= _SECONDS[first.unit] or first.low is not None or second.low is not None:
        return None
    value = first.value * _SECONDS[first.unit] / _SECONDS[second.unit] + second.value
    return float(f"{value:.12g}"), second.unit, doc[other.end]
