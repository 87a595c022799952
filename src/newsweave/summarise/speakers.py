"""The summary's speakers sentence: the people and bodies quoted most, each quote counted once.

A quote counts for the actor it is linked to only when its speaker words name that actor or name no one
("NATO officials" for NATO, "he" for the person it was resolved to; not "Military experts" linked to the G7):
the summary filters by what the brief already knows and leaves attribution as it is. A quote within or
overlapping another of the same article (the direct words inside the reported sentence that holds them) is
one statement.
"""

from __future__ import annotations

import re

from newsweave.model import Quote
from newsweave.records import SentenceRef, StoryEntity, SummarySentence

MAX_SPEAKERS = 3
SPEAKER_TYPES = {"PERSON", "ORG"}
STEM = 5  # letters two spellings of a name word share ("Zelensky", "Zelenskyy")
DETERMINERS = {"a", "an", "the"}


def _speaker_names(quotes: list[Quote], entities: list[StoryEntity]) -> dict[str, list[Quote]]:
    """Quotes by speaker: a person or organisation of the story, or a name of two words or more; a lone
    surname folds into the one full name it ends."""
    known = {e.id: e for e in entities}
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:
        entity = known.get(quote.speaker_entity or "")
        if entity is not None:
            name = entity.name if entity.type in SPEAKER_TYPES and names(quote.speaker, entity) else None
        else:
            words = (quote.speaker or "").split()
            name = quote.speaker if len(words) >= 2 and all(w[:1].isupper() for w in words) else None
            if len(words) == 1 and words[0][:1].isupper():
                name = words[0]
        if name:
            by_speaker.setdefault(name, []).append(quote)
    for name, said in by_speaker.items():
        by_speaker[name] = [q for q in said if not any(_inside(q, other) for other in said)]
    for name in [n for n in by_speaker if " " not in n]:
        fuller = [n for n in by_speaker if n != name and n.split()[-1] == name]
        if len(fuller) == 1:
            by_speaker[fuller[0]] += by_speaker.pop(name)
        elif not fuller and not any(e.name == name for e in entities):
            by_speaker.pop(name)  # a lone word that names no one known ("Analysts")
    return by_speaker


def names(speaker: str | None, entity: StoryEntity) -> bool:
    """Whether a quote's speaker words name the actor it is linked to, or name no one to check it by: "NATO
    officials" NATO, "Volodymyr Zelensky" Volodymyr Zelenskyy, "WHO" by its alias, "he" anyone; "Military
    experts" (kursk, linked to the G7 of the sentence before) names someone else."""

    def stems(text: str) -> set[str]:
        words = re.findall(r"[\w'’-]+", text)
        return {w[:STEM].lower() for w in words if w[:1].isupper() and w.lower() not in DETERMINERS}

    said = stems(speaker or "")
    return not said or bool(said & {s for form in (entity.name, *entity.aliases) for s in stems(form)})


def _inside(quote: Quote, other: Quote) -> bool:
    """A quote within another of the same article, or starting inside one that ends first (the direct "a
    dangerous expansion of the conflict." inside the reported 'it represents “a dangerous expansion of the
    conflict', kursk; "an extremely strong" inside "it was 'an extremely strong' animal"): one statement,
    counted once."""
    return (
        other is not quote
        and other.article == quote.article
        and other.start <= quote.start < other.end
        and (other.start, -other.end) < (quote.start, -quote.end)
    )


def speakers_sentence(quotes: list[Quote], entities: list[StoryEntity]) -> SummarySentence | None:
    """The people and bodies quoted most (by quotes, then reports), citing their quotes."""
    by_speaker = _speaker_names(quotes, entities)
    ranked = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), -len({q.article for q in kv[1]}), kv[0]))
    ranked = [(n, q) for n, q in ranked if len(q) >= 2 or len(ranked) <= MAX_SPEAKERS][:MAX_SPEAKERS]
    if not ranked or sum(len(q) for _, q in ranked) < 2:
        return None
    parts = [f"{name} ({len(qs)} quote{'s' if len(qs) > 1 else ''})" for name, qs in ranked]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    verb = "is" if len(parts) == 1 else "are"
    chosen = [q for _, qs in ranked for q in qs]
    return SummarySentence(
        text=f"The main {'speaker' if len(parts) == 1 else 'speakers'} quoted {verb} {listed}.",
        articles=sorted({q.article for q in chosen}),
        sentences=[SentenceRef(q.article, q.start, q.end) for q in chosen],
        kind="speakers",
    )
