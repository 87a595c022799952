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


def build_timeline(articles: list[Article], events: list[Event]) -> list[dict]:
    published = {a.id: a.published for a in articles}
    entries, seen = [], set()
    for event in events:
        if event.actor is None:
            continue  # "someone killed people": background, not a step of the story
        date, basis = event.date, "stated"
        if date is None:
            date, basis = published.get(event.article), "reported"
        if date is None:
            continue
        key = (date, event.type, event.actor, event.target)
        if key in seen:
            continue
        seen.add(key)
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
