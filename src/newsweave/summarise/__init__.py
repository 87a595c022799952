"""The brief's lead: a short summary in which every sentence cites the articles it rests on.

In order: what the reports agree on (the most central whole sentence backed by most reports that holds
no disputed or updated figure), each disputed figure with who says what, each updated figure with its
latest value and date, other figures the reports give differently (a share told as a fraction by one and
a percentage by another, a minor discrepancy), the main contradiction (a denial, a place, a date), the
figure most reports agree on (when there is room and two reports say what it counts or give it as money:
"Forty-one percent would choose Sanders" agrees with no "41 percent of the Republican voters"; never an age,
which says nothing without whose it is), more central sentences that repeat nothing already said (no figure the
summary gave, no sentence opening on a pronoun or a conjunction the reader cannot resolve), and the main speakers.
Its length grows with the story: about 3 sentences for 2 articles, up to 10.
"""

from __future__ import annotations

import math

from newsweave.model import Article, Claim, Statement
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import Figure, SentenceRef, Story, SummarySentence
from newsweave.summarise.extractive import (
    BACK_REFERENCE,
    CONJUNCTION_START,
    CONNECTIVE_START,
    EDGE_THRESHOLD,
    FIRST_PERSON_START,
    PRONOUN_START,
    Candidate,
    dateline_length,
    lead_score,
    rank_candidates,
    without_dateline,
)
from newsweave.summarise.facts import (
    AGE,
    agreed_sentence,
    contradiction_sentence,
    dispute_sentence,
    figure_conflict_sentence,
    spread_sentence,
    update_sentence,
)
from newsweave.summarise.speakers import speakers_sentence
from newsweave.summarise.when import with_when

MIN_SENTENCES, MAX_SENTENCES = 3, 10
SENTENCES_PER_ARTICLE = 0.4
MAX_DISPUTES, MAX_UPDATES, MAX_FIGURE_CONFLICTS = 3, 2, 2
MAIN_KINDS = ("statement", "place", "age", "date")  # contradictions the figure sentences do not state
REDUNDANT = 0.3  # cosine above which a candidate repeats a chosen sentence
RESTATED = 0.1  # relative difference within which a figure restates one the summary gave

__all__ = ["summarise", "summary_length"]


def summary_length(originals: int) -> int:
    """3 sentences for 2 articles, one more for every 2.5 articles, 10 at most."""
    return max(MIN_SENTENCES, min(MAX_SENTENCES, 2 + math.ceil(SENTENCES_PER_ARTICLE * originals)))


def _extract(candidate: Candidate, kind: str) -> SummarySentence:
    s = candidate.statement
    cut = dateline_length(s.text.lstrip())  # "LONDON — At least seven people ...": the sentence starts after it
    start = s.start + len(s.text) - len(s.text.lstrip()) + cut
    return SummarySentence(
        text=without_dateline(s.text),
        articles=candidate.backers,
        sentences=[SentenceRef(s.article, start, s.end), *candidate.support],
        score=round(candidate.score, 5),
        kind=kind,
    )


def _holds(candidate: Candidate, spans: set[tuple[str, int, int]]) -> bool:
    s = candidate.statement
    return any(a == s.article and s.start <= start < s.end for a, start, _ in spans)


def _needs_context(text: str) -> bool:
    """A sentence opening on a pronoun or a conjunction ("She said the passenger had a United ticket", "And
    like Putin, ...", "We were alerted by Apple"): who or what it goes on from, the reader of the summary cannot
    tell."""
    text = without_dateline(text)
    if BACK_REFERENCE.match(text) or CONNECTIVE_START.match(text):
        return True  # "Later that year, Mossack Fonseca ended ...": which year?
    return bool(PRONOUN_START.match(text) or CONJUNCTION_START.match(text) or FIRST_PERSON_START.match(text))


def _values(candidate: Candidate, claims: list[Claim]) -> list[tuple[float, str | None]]:
    """The figures a sentence states: (value, unit) of the claims within it."""
    s = candidate.statement
    return [(c.value, c.unit) for c in claims if c.article == s.article and s.start <= c.start < s.end]


def _figure_values(figure: Figure, claims: dict[str, Claim]) -> list[tuple[float, str | None]]:
    return [(claims[c].value, claims[c].unit) for c in figure.claims if c in claims]


def _all_said(values: list[tuple[float, str | None]], said: list[tuple[float, str | None]]) -> bool:
    """Every figure already in the summary, within a tenth ("more than 11 million" after "11.5 million")."""
    return all(
        any(unit == u and abs(value - v) <= RESTATED * max(abs(value), abs(v)) for v, u in said)
        for value, unit in values
    )


def _names_counted(claim: Claim) -> bool:
    """The claim says what it counts: a counted thing, or an amount of money (its money term names it: "a record
    loss of 68m euros")."""
    return bool(claim.counted) or claim.kind == "money"


def _key(candidate: Candidate) -> tuple[str, int]:
    return candidate.statement.article, candidate.statement.start


def summarise(
    story: Story, articles: list[Article], statements: list[Statement] | None = None
) -> list[SummarySentence]:
    """The story's cited summary (see the module docstring)."""
    originals = [a for a in articles if not a.duplicate_of]
    budget = summary_length(len(originals))
    candidates, similarity = rank_candidates(statements or [], articles)
    index = {id(c): i for i, c in enumerate(candidates)}
    claims = {c.id: c for c in story.claims}
    view = SourceView({a.id: a for a in articles}, {e.id: e.name for e in story.entities})
    side_of = {c.id: view.side(c) for c in story.claims}

    moving = [f for f in story.figures if f.status in ("disputed", "updated")]
    moving_spans = {
        (claims[c].article, claims[c].start, claims[c].end) for f in moving for c in f.claims if c in claims
    }
    chosen: list[Candidate] = []

    def repeats(candidate: Candidate) -> bool:
        return any(similarity[index[id(candidate)], index[id(c)]] > REDUNDANT for c in chosen)

    summary: list[SummarySentence] = []
    contested = {(side.article, side.start) for c in story.contradictions for side in c.sides}
    agreed = [c for c in candidates if not _holds(c, moving_spans) and _key(c) not in contested]
    if agreed:
        lead = max(agreed, key=lead_score)
        chosen.append(lead)
        linked = [c for c in agreed if similarity[index[id(lead)], index[id(c)]] >= EDGE_THRESHOLD]  # uncontested
        summary.append(with_when(_extract(lead, "lead"), lead, linked, {a.id: a for a in articles}))
    disputed = sorted((f for f in moving if f.status == "disputed"), key=lambda f: (-len(f.sources), -len(f.claims)))
    summary += [dispute_sentence(f, claims, side_of) for f in disputed[:MAX_DISPUTES]]
    updated = sorted((f for f in moving if f.status == "updated"), key=lambda f: -len(f.claims))
    summary += [s for s in (update_sentence(f, claims) for f in updated[:MAX_UPDATES]) if s]
    conflicts = [s for s in map(figure_conflict_sentence, story.contradictions) if s]
    summary += sorted(conflicts, key=lambda s: s.kind == "discrepancy")[:MAX_FIGURE_CONFLICTS]
    by_id = {a.id: a for a in articles}
    statements = sorted((c for c in story.contradictions if c.kind in MAIN_KINDS), key=lambda c: c.severity != "major")
    contradiction = next((s for s in (contradiction_sentence(c, statements, by_id) for c in statements) if s), None)
    quoted = {(r.article, r.start) for s in summary for r in s.sentences}
    if contradiction:
        summary.append(contradiction)
        quoted |= {(r.article, r.start) for r in contradiction.sentences}
    speakers = speakers_sentence(story.quotes, story.entities)
    agreed_figures = sorted(
        (
            f
            for f in story.figures
            if f.status == "agreed"
            and f.unit != AGE  # "17 years of age" says nothing without whose age it is
            and len({claims[c].article for c in f.claims if c in claims and _names_counted(claims[c])}) > 1
        ),
        key=lambda f: (-len(f.sources), -len(f.claims)),
    )
    stated = set(moving_spans)
    said = [v for c in chosen for v in _values(c, story.claims)]
    if agreed_figures and len(summary) + (1 if speakers else 0) < budget:
        top = agreed_figures[0]
        spans = {(claims[c].article, claims[c].start, claims[c].end) for c in top.claims if c in claims}
        told = set(_figure_values(top, claims))
        if len(told) > 1 and len({u for _, u in told}) == 1:
            if not _all_said(sorted(told, key=lambda t: t[0]), said):  # one unit, several values: who gives which
                summary.append(spread_sentence(top, claims, side_of))  # unless the lead gave them (within a tenth)
        elif not any(_holds(c, spans) for c in chosen) and not _all_said(_figure_values(top, claims), said):
            summary.append(agreed_sentence(top, claims))  # unless the lead states it already
        stated |= spans
        said += _figure_values(top, claims)
    room = budget - len(summary) - (1 if speakers else 0)
    for candidate in sorted(candidates, key=lambda c: -c.score):
        if room <= 0:
            break
        s = candidate.statement
        if candidate in chosen or repeats(candidate) or _holds(candidate, stated):
            continue
        if (s.article, s.start) in quoted or _needs_context(s.text):
            continue
        values = _values(candidate, story.claims)
        if values and _all_said(values, said):
            continue  # "11.5 million internal files from Mossack Fonseca" once more, in other words
        said += values
        chosen.append(candidate)
        summary.append(_extract(candidate, "extract"))
        room -= 1
    if speakers:
        summary.append(speakers)
    return summary
