"""One event dated differently by two reports: a contradiction a fact-checker lists with both sentences.

An event that happens once is recognised in a sentence by what identifies it across reports: a person of the
story (a merged actor) leaving a post ("Neumann had resigned as CEO", "Adam Neumann left the company"), or
an ordinal occurrence reported ("a third case of plague was reported", "reported its third case"). Its date
is the date expression next to the verb, read as a span of days: "on November 16" (a day), "on Sunday"
(the day before publication it names), "in October" (a month), "the previous week" (the week before the last
date the article gave). Two reports whose spans do not overlap contradict each other; a gap of one day is
minor (the day of an admission and of its report, a time zone), more is major.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, TypeVar

from newsweave.annotate.dates import WEEKDAYS, resolve_date
from newsweave.model import Article, Statement
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import Contradiction, ContradictionSide, StoryEntity

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
DAY_MONTH = re.compile(
    rf"\b(?:[Oo]n\s+)?(?:({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})\s+({MONTH}))(?:,?\s+(\d{{4}}))?\b"
)
IN_MONTH = re.compile(rf"\b[Ii]n\s+({MONTH})(?:\s+(\d{{4}}))?\b(?!\s+\d)")
WEEKDAY = re.compile(r"\b(?:[Oo]n|[Ll]ast)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
PREVIOUS = re.compile(r"\bthe\s+(?:previous\s+(day|week|month)|(day|week|month)\s+before)\b")
ANCHOR_CHARS = 400  # how far back "the previous week" looks for the date it counts from
NEAR_CHARS = 60  # a date this close to the event's verb, with no clause between, dates it
CLAUSE = re.compile(r"\b(?:after|before|when|while|since|because|until|that|which|who|but)\b", re.IGNORECASE)
DEPARTURE = re.compile(
    r"\b(?:resign(?:ed|s)?|quit(?:s)?|stepped\s+down|steps?\s+down|stepped\s+aside|departed|"
    r"(?:left|leaves?)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:company|firm|post|job|role|office|board|position|"
    r"government|club|team|party)|(?:left|leaves?)\s+as\s+[A-Z]\w+)"
)
ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)"
ORDINAL_REPORT = re.compile(
    rf"\b({ORDINALS})\s+(case|death|victim|patient|infection|attack|explosion|fatality)s?\b.{{0,60}}?"
    r"\b(reported|confirmed|announced|recorded|detected|diagnosed)\b"
    rf"|\b(reported|confirmed|announced|recorded|detected|diagnosed)\b\s+(?:its|a|the|their)\s+({ORDINALS})\s+"
    r"(case|death|victim|patient|infection|attack|explosion|fatality)s?\b",
    re.IGNORECASE,
)
ONE_DAY = 1


@dataclass(frozen=True)
class Dated:
    """One report's mention of an event, with the span of days its date allows."""

    key: tuple[str, str]
    about: str
    statement: Statement
    low: date
    high: date


def _month(name: str) -> int:
    return MONTHS.index(name.lower()[:3]) + 1


def _year(month: int, day: int, published: date | None, year: str | None) -> int | None:
    """The year a date without one falls in: the publication's, or the one before when that would be later."""
    if year:
        return int(year)
    if published is None:
        return None
    return published.year - 1 if (month, day) > (published.month, published.day) else published.year


def date_spans(text: str, published: str | None) -> list[tuple[int, int, date, date]]:
    """(start, end, first day, last day) of the explicit dates in `text` ("on November 16", "in October",
    "on Sunday"), resolved against the publication date."""
    anchor = date.fromisoformat(published) if published else None
    found = []
    for m in DAY_MONTH.finditer(text):
        month = _month(m.group(1) or m.group(4))
        day = int(m.group(2) or m.group(3))
        year = _year(month, day, anchor, m.group(5))
        if year is not None and 1 <= day <= 31:
            try:
                found.append((m.start(), m.end(), date(year, month, day), date(year, month, day)))
            except ValueError:
                continue
    for m in IN_MONTH.finditer(text):
        month = _month(m.group(1))
        year = _year(month, 1, anchor, m.group(2))
        if year is not None:
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            found.append((m.start(), m.end(), date(year, month, 1), end))
    for m in WEEKDAY.finditer(text):
        if m.group(1).lower() in WEEKDAYS and (day := resolve_date(m.group(1), published)):
            found.append((m.start(), m.end(), date.fromisoformat(day), date.fromisoformat(day)))
    return sorted(found)


def _previous(text: str, at: int, end: int, published: str | None) -> list[tuple[int, int, date, date]]:
    """ "the previous week" in the sentence text[at:end]: the days before the last date the article gave before."""
    found = []
    for m in PREVIOUS.finditer(text[at:end]):
        before = [d for d in date_spans(text[max(0, at - ANCHOR_CHARS) : at], published) if d[2] == d[3]]
        if not before:
            continue
        day = before[-1][2]
        unit = m.group(1) or m.group(2)
        back = {"day": 1, "week": 13, "month": 62}[unit]
        found.append((m.start(), m.end(), day - timedelta(days=back), day - timedelta(days=1)))
    return found


def _near(sentence: str, verb: tuple[int, int], spans: list[tuple[int, int, date, date]]) -> tuple[date, date] | None:
    """The date next to the verb, with no clause boundary ("after", "when") between them."""
    best = None
    for start, end, low, high in spans:
        gap = sentence[verb[1] : start] if start >= verb[1] else sentence[end : verb[0]]
        if len(gap) <= NEAR_CHARS and not CLAUSE.search(gap):
            distance = len(gap)
            if best is None or distance < best[0]:
                best = (distance, low, high)
    return (best[1], best[2]) if best else None


def person_patterns(entities: list[StoryEntity]) -> list[tuple[str, re.Pattern[str]]]:
    """Each person of the story with a pattern for every spelling of it (a surname alone too)."""
    people = []
    for entity in entities:
        if entity.type != "PERSON":
            continue
        forms = {entity.name, *entity.aliases}
        forms |= {f.split()[-1] for f in forms if len(f.split()) > 1}
        pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True) if len(f) > 2)
        if pattern:
            people.append((entity.name, re.compile(rf"\b(?:{pattern})\b")))
    return people


def _mentions(statement: Statement, people: list[tuple[str, re.Pattern[str]]]) -> list[tuple[tuple, str, tuple]]:
    """(key, about, verb span) of each once-only event the sentence tells."""
    text = statement.text
    found = []
    for verb in DEPARTURE.finditer(text):
        before = text[max(0, verb.start() - 40) : verb.start()]
        for name, pattern in people:
            mentions = list(pattern.finditer(before))
            if mentions and not CLAUSE.search(before[mentions[-1].end() :]):
                found.append((("departure", name), f"when {name} left", verb.span()))
                break
    for m in ORDINAL_REPORT.finditer(text):
        ordinal = (m.group(1) or m.group(5)).lower()
        noun = (m.group(2) or m.group(6)).lower()
        verb = m.span(3) if m.group(3) else m.span(4)
        found.append((("report", f"{ordinal} {noun}"), f"when the {ordinal} {noun} was reported", verb))
    return found


def dated_events(statements: list[Statement], articles: dict[str, Article], entities: list[StoryEntity]) -> list[Dated]:
    """Every dated mention of a once-only event in the statements."""
    # a person's patterns are read only around a departure verb: compiled only for a story that tells one
    people = person_patterns(entities) if any(DEPARTURE.search(s.text) for s in statements) else []
    dated = []
    for statement in statements:
        mentions = _mentions(statement, people)
        if not mentions:
            continue
        article = articles.get(statement.article)
        published = article.published if article else None
        spans = date_spans(statement.text, published)
        if article is not None:
            spans += _previous(article.text, statement.start, statement.end, published)
        for key, about, verb in mentions:
            when = _near(statement.text, verb, spans)
            if when is not None:
                dated.append(Dated(key, about, statement, *when))
    return dated


def date_contradictions(
    statements: list[Statement], view: SourceView, entities: list[StoryEntity]
) -> list[Contradiction]:
    """Each once-only event two independent reports date with spans that do not overlap."""
    by_key: dict[tuple[str, str], list[Dated]] = {}
    for item in dated_events(statements, view.articles, entities):
        by_key.setdefault(item.key, []).append(item)
    found = []
    for items in by_key.values():
        items.sort(key=lambda d: (d.low, d.statement.article))
        pairs = [
            (a, b)
            for i, a in enumerate(items)
            for b in items[i + 1 :]
            if view.root(a.statement.article) != view.root(b.statement.article) and (a.high < b.low or b.high < a.low)
        ]
        if not pairs:
            continue
        gap = max((b.low - a.high).days for a, b in pairs)
        sides = one_per_sentence(x for pair in pairs for x in pair)
        found.append(
            Contradiction(
                id="",
                about=items[0].about,
                sides=[_side(item) for item in sorted(sides, key=lambda d: d.low)],
                score=float(len(sides)),
                may_be_time=gap <= ONE_DAY,
                kind="date",
                severity="minor" if gap <= ONE_DAY else "major",
            )
        )
    return found


class _InSentence(Protocol):
    statement: Statement


Side = TypeVar("Side", bound=_InSentence)


def one_per_sentence(items: Iterable[Side]) -> list[Side]:
    """The items in order, one per sentence: a sentence in two clashing pairs is one side, listed once."""
    sides, seen = [], set()
    for item in items:
        if (item.statement.article, item.statement.start) not in seen:
            seen.add((item.statement.article, item.statement.start))
            sides.append(item)
    return sides


def _side(item: Dated) -> ContradictionSide:
    s = item.statement
    day = item.low.isoformat() if item.low == item.high else f"{item.low.isoformat()}/{item.high.isoformat()}"
    return ContradictionSide(article=s.article, sentence=s.text, start=s.start, end=s.end, value=day)
