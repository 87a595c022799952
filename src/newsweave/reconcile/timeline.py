"""A timeline of the story's dated events, earliest first.

An event dated in its sentence ("on Tuesday", resolved against the publication date) keeps that date;
one without a date in its sentence is placed at its article's publication date, marked as "reported".
"""

from __future__ import annotations

from newsweave.model import Article, Event


def describe(event: Event) -> str:
    parts = [event.actor or "someone", event.action]
    if event.target:
        parts.append(f"→ {event.target}")
    if event.place:
        parts.append(f"in {event.place}")
    return " ".join(parts)


def merge_events(events: list[Event], published: dict[str, str | None]) -> list[list[Event]]:
    """The happenings: events told of one step of the story, grouped (the first of each group leads)."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        if event.actor is None:
            continue  # "someone killed people": background, not a step of the story
        date = event.date or published.get(event.article)
        groups.setdefault((date, event.type, event.actor, event.target), []).append(event)
    return list(groups.values())


def build_timeline(articles: list[Article], events: list[Event]) -> list[dict]:
    published = {a.id: a.published for a in articles}
    entries = []
    for group in merge_events(events, published):
        event = group[0]
        date, basis = event.date, "stated"
        if date is None:
            date, basis = published.get(event.article), "reported"
        if date is None:
            continue
        entries.append(
            {
                "date": date,
                "event": describe(event),
                "basis": basis,
                "article": event.article,
                "sentence": event.sentence,
                "start": event.start,
                "end": event.end,
            }
        )
    return sorted(entries, key=lambda e: (e["date"], e["basis"] != "stated"))
