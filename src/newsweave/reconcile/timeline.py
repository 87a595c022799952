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

from newsweave.model import Article, Event
from newsweave.records import TimelineEntry

FIELDS = ("actor", "target", "place", "date")


def _agree(one: str | None, other: str | None) -> bool:
    if one is None or other is None:
        return True
    a, b = one.lower(), other.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)  # "driver" and "tram driver"


@dataclass
class Happening:
    """Events told of one step of the story, and what they state of it together."""

    kind: str
    events: list[Event] = field(default_factory=list)
    stated: dict[str, str] = field(default_factory=dict)

    def accepts(self, event: Event) -> bool:
        return event.type == self.kind and all(_agree(self.stated.get(f), getattr(event, f)) for f in FIELDS)

    def add(self, event: Event) -> None:
        self.events.append(event)
        for name in FIELDS:
            value = getattr(event, name)
            if value and len(value) > len(self.stated.get(name, "")):
                self.stated[name] = value  # the fullest form: "tram driver" over "driver"


def merge_events(events: list[Event], published: dict[str, str | None]) -> list[list[Event]]:
    """The happenings: events told of one step of the story, grouped (the first of each group leads)."""
    happenings: list[Happening] = []
    for event in events:
        home = next((h for h in happenings if h.accepts(event)), None)
        if home is None:
            home = Happening(event.type)
            happenings.append(home)
        home.add(event)
    return [h.events for h in happenings]
