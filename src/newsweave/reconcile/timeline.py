"""A timeline of the story's happenings, one entry each, earliest first, citing every report that tells it.

Events are merged across articles when they name the same kind of happening (`Event.type`: "derailed"
and "the derailment" are one kind) and nothing they state disagrees: no two different actors, targets,
places or stated dates ("the driver" and "the tram driver" agree). This is the cross-document event
coreference `newsweave eval events` scores on ECB+. An entry is dated by the earliest date a sentence
states (resolved against publication); one whose sentences state none is placed at the earliest
publication date of its reports, marked as "reported".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.annotate.event_words import EVENT_TYPES
from newsweave.model import Article, Event
from newsweave.records import TimelineEntry

FIELDS = ("actor", "target", "place", "date")
KNOWN_KINDS = frozenset(EVENT_TYPES.values())
MAX_ENTRIES = 20  # a reader's page of steps; the rest stay in the events table


def _agree(one: str | None, other: str | None) -> bool:
    """Two statements of one role that may name one thing: only two different names disagree.

    Common nouns describe ("passengers", "seven people", "dozens") and never keep two reports apart."""
    if one is None or other is None:
        return True
    if one[:1].isdigit() or other[:1].isdigit():
        return one == other  # two stated dates
    if not (one[:1].isupper() and other[:1].isupper()):
        return True
    a, b = one.lower(), other.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a) or a.startswith(b + " ") or b.startswith(a + " ")


def _same(one: str | None, other: str | None) -> bool:
    return bool(one and other) and _agree(one, other) and (one.lower() in other.lower() or other.lower() in one.lower())


@dataclass
class Happening:
    """Events told of one step of the story, and what they state of it together."""

    kind: str
    events: list[Event] = field(default_factory=list)
    stated: dict[str, str] = field(default_factory=dict)

    def accepts(self, event: Event) -> bool:
        """Same kind, nothing disagreeing; a verb of no known kind ("hit", "leave") must also share a participant."""
        if event.type != self.kind or not all(_agree(self.stated.get(f), getattr(event, f)) for f in FIELDS):
            return False
        if self.kind in KNOWN_KINDS or not (event.actor or event.target):
            return True  # a named kind, or a bare verb that names nothing else to tell it apart
        return any(
            getattr(event, f) and any(_same(getattr(e, f), getattr(event, f)) for e in self.events)
            for f in ("actor", "target")
        )

    def add(self, event: Event) -> None:
        self.events.append(event)
        for name in FIELDS:
            value = getattr(event, name)
            if value and len(value) > len(self.stated.get(name, "")):
                self.stated[name] = value  # the fullest form: "tram driver" over "driver"


def merge_events(events: list[Event], published: dict[str, str | None]) -> list[list[Event]]:
    """The happenings: events told of one step of the story, grouped (the first of each group leads)."""
    happenings: list[Happening] = []
    of_kind: dict[str, list[Happening]] = {}  # a happening accepts events of its kind only: the others are not tried
    for event in events:
        home = next((h for h in of_kind.get(event.type, []) if h.accepts(event)), None)
        if home is None:
            home = Happening(event.type)
            happenings.append(home)
            of_kind.setdefault(event.type, []).append(home)
        home.add(event)
    return [h.events for h in happenings]


def describe(event: Event, stated: dict[str, str] | None = None) -> str:
    """The shortest clear description: "tram derailed in Croydon", "driver arrested", "tram crash in Croydon"."""
    stated = stated or {}
    actor, target, place = (stated.get(f) or getattr(event, f) for f in ("actor", "target", "place"))
    word = event.word or event.action
    if event.passive:  # "North Korean troops deployed", not "... deployed by North Korea"
        by = actor and not (target and target.lower().startswith(actor.lower()[:-1]))
        parts = [target, word, f"by {actor}" if by else None]
    elif event.noun:
        parts = [word, f"of {target}" if target else None, f"by {actor}" if actor else None]
    else:
        parts = [actor, word, target]
    if place and not any(p and place in p for p in parts):
        parts.append(f"in {place}")
    return " ".join(p for p in parts if p)


def _lead(happening: list[Event]) -> Event:
    """The event that tells the happening best: one with a participant, a main verb, then the most stated."""
    return max(
        happening,
        key=lambda e: (
            bool(e.actor or e.target),
            not e.background,
            not e.noun,
            sum(bool(getattr(e, f)) for f in FIELDS),
        ),
    )


def _step(happening: list[Event], typed: bool) -> bool:
    """A step of the story: someone or something it happened to, and told by two reports, dated or of a known kind."""
    if all(e.background for e in happening):
        return False
    if not any(e.actor or e.target or (e.noun and e.place) for e in happening):
        return False
    told = len({e.article for e in happening})
    return (
        told > 1
        and (typed or any(e.actor for e in happening))
        or typed
        and (told > 1 or any(e.date for e in happening))
    )


def _plausible(date: str, reported: list[str]) -> bool:
    """A report cannot tell a happening before it happened: a stated date after half the reports of it is
    misread (a weekday resolved against a wrong publication date)."""
    return not reported or date <= reported[(len(reported) - 1) // 2]  # the lower median report


def build_timeline(articles: list[Article], events: list[Event], limit: int = MAX_ENTRIES) -> list[TimelineEntry]:
    """One entry per happening, earliest first; the best-told `limit` when there are more."""
    published = {a.id: a.published for a in articles}
    entries: list[tuple[int, TimelineEntry]] = []
    for group in merge_events(events, published):
        typed = group[0].type in KNOWN_KINDS
        if not _step(group, typed):
            continue
        reported = sorted(d for d in (published.get(e.article) for e in group) if d)
        stated_dates = sorted(e.date for e in group if e.date and _plausible(e.date, reported))
        dates = stated_dates or reported
        if not dates:
            continue
        lead = _lead(group)
        if not (lead.actor or lead.target or lead.noun):
            continue  # "grew", "established": nothing a reader could place
        place = next((e.place for e in [lead, *group] if e.place), None)
        tellers = list(dict.fromkeys([lead.article, *(e.article for e in group)]))
        entry = TimelineEntry(
            date=dates[0],
            event=describe(lead, {"place": place} if place else None),
            basis="stated" if stated_dates else "reported",
            article=lead.article,
            sentence=lead.sentence,
            start=lead.start,
            end=lead.end,
            articles=tellers,
            events=[e.id for e in group],
            type=lead.type if typed else None,
        )
        entries.append((len(tellers) * 2 + typed + bool(stated_dates), entry))
    kept = sorted(entries, key=lambda pair: -pair[0])[:limit]
    return sorted((e for _, e in kept), key=lambda e: (e.date, e.basis != "stated", -len(e.articles)))
