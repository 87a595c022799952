"""`newsweave eval figures`: figure groups that mix things, counted over whole data sets.

A group is faulty when it mixes units (two kinds, currencies or units; pounds and kilograms are one kind of
measure), or holds two different values from one sentence given by one side ("two out of 10"; a value and its
conversion are one). A group whose values span more than MAX_SPAN with no range among its claims is counted
too, as suspect. Groups are those `newsweave brief` makes;
saved briefs (`--brief-json`) are grouped again with the current code, so a change to grouping is
measured without annotating again. A seeded sample of disputed groups is printed for a hand check.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsweave.annotate.conversions import dimension, same_quantity
from newsweave.errors import InputError
from newsweave.model import Article, Claim
from newsweave.reconcile.figure_holders import share_holders
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.story import story_figures
from newsweave.records import Brief, Figure, Story

MAX_SPAN = 10.0


@dataclass
class FigureAudit:
    """Counts over every figure group of a data set, and the disputed groups for a hand check."""

    name: str
    stories: int = 0
    groups: int = 0  # groups of two claims or more
    status: Counter = field(default_factory=Counter)
    mixed_units: int = 0
    one_sentence: int = 0  # two values from one sentence by one side
    one_sentence_two_sides: int = 0  # two values from one sentence, each by its own side (kept)
    wide_span: int = 0
    disputed: list[tuple[Story, Figure]] = field(default_factory=list)


def group_faults(figure: Figure, claims: dict[str, Claim], view: SourceView) -> dict[str, bool]:
    """Which faults one group has: mixed units, two values from one sentence (by one side / two sides)."""
    members = [claims[c] for c in figure.claims if c in claims]
    units = {(c.kind, dimension(c.unit) or c.unit) for c in members}  # pounds and kilograms: one kind of measure
    same_side = two_sides = False
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            converted = same_quantity(a.value, a.unit, b.value, b.unit)  # "400-pound (181-kg)": one value
            if a.article == b.article and a.sentence == b.sentence and a.value != b.value and not converted:
                if view.side(a) == view.side(b):
                    same_side = True
                else:
                    two_sides = True
    values = [v for v in figure.values if v > 0]
    ranged = any(c.qualifier == "range" for c in members)
    wide = bool(values) and max(values) / min(values) > MAX_SPAN and not ranged
    return {"mixed_units": len(units) > 1, "one_sentence": same_side, "two_sides": two_sides, "wide": wide}


def regroup(brief: Brief) -> Brief:
    """The brief's stories with their figures grouped again by the current code."""
    for story in brief.stories:
        articles = brief.story_articles(story)
        originals = {a.id for a in articles if not a.duplicate_of}
        claims = [c for c in story.claims if c.article in originals]
        people = share_holders(story.entities)
        story.figures = story_figures(claims, story.id, articles, {e.id: e.name for e in story.entities}, people)
    return brief


def audit(name: str, brief: Brief) -> FigureAudit:
    result = FigureAudit(name=name, stories=len(brief.stories))
    for story in brief.stories:
        articles: list[Article] = brief.story_articles(story)
        view = SourceView({a.id: a for a in articles}, {e.id: e.name for e in story.entities})
        claims = {c.id: c for c in story.claims}
        for figure in story.figures:
            if len(figure.claims) < 2:
                continue
            result.groups += 1
            result.status[figure.status] += 1
            faults = group_faults(figure, claims, view)
            result.mixed_units += faults["mixed_units"]
            result.one_sentence += faults["one_sentence"]
            result.one_sentence_two_sides += faults["two_sides"]
            result.wide_span += faults["wide"]
            if figure.status == "disputed":
                result.disputed.append((story, figure))
    return result


def load_brief(path: Path) -> Brief:
    from newsweave.contract import brief_from_data

    try:
        return brief_from_data(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a newsweave brief: {str(exc).splitlines()[0]}") from None


def check_gold_summaries(briefs: list[Path], gold_dir: Path) -> list[SummaryCheck]:
    """The summary check of every saved brief named after a gold file (kursk.json for gold/kursk.json)."""
    checks = []
    for path in briefs:
        gold = gold_dir / path.name
        if gold.exists():
            checks.append(check_summary(path.stem, load_brief(path), json.loads(gold.read_text(encoding="utf-8"))))
    return checks


def audit_sources(briefs: list[Path], folders: list[Path], model: str | None = None) -> list[FigureAudit]:
    """Audit saved briefs (grouped again) and folders (briefed now, one model loaded once)."""
    audits = [audit(path.stem, regroup(load_brief(path))) for path in briefs]
    if folders:
        from newsweave.api import brief_with_summary
        from newsweave.nlp import load_model

        nlp = load_model(model)
        for folder in folders:
            if not folder.exists():
                raise InputError(str(folder), "no such folder")
            audits.append(audit(folder.name, brief_with_summary([folder], nlp)[0]))
    return audits


@dataclass
class SummaryCheck:
    """Whether a brief's summary names a gold file's disputed figure (its values, its sides) and one of its
    contradictions (a summary sentence cites every side's evidence)."""

    name: str
    figure_values: bool | None  # None: the gold file has no disputed figure
    figure_sources: bool | None
    contradiction: bool | None  # None: the gold file has no contradiction


def _spans(text: str, evidence: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(evidence)
    while at >= 0:
        spans.append((at, at + len(evidence)))
        at = text.find(evidence, at + 1)
    return spans


def check_summary(name: str, brief: Brief, gold: dict) -> SummaryCheck:
    from newsweave.evaluation.gold import canon
    from newsweave.summarise.facts import amount

    article_of = {Path(a.path or a.id).name: a for a in brief.articles}
    summary = [s for story in brief.stories for s in story.summary]
    disputes = [s for s in summary if s.kind == "dispute"]
    wanted = gold.get("disputed_figure")
    values = sources = None
    if wanted:
        named = [s for s in disputes if all(amount(v) in s.text or f"{v:,.0f}" in s.text for v in wanted["values"])]
        values = bool(named)
        sources = any(all(canon(k) in canon(s.text) for k in wanted["by_affiliation"]) for s in named)
    contradiction = None
    if gold.get("contradictions"):
        cited = {(r.article, r.start, r.end) for s in summary for r in s.sentences}

        def covered(side: dict) -> bool:
            article = article_of.get(side["article"])
            if article is None:
                return False
            spans = _spans(article.text, side["evidence"])
            return any(a == article.id and s < e2 and s2 < e for a, s, e in cited for s2, e2 in spans)

        contradiction = any(all(covered(side) for side in c["sides"]) for c in gold["contradictions"])
    return SummaryCheck(name, values, sources, contradiction)


def describe(story: Story, figure: Figure) -> list[str]:
    """A disputed group as lines to read: what, values by side, and each claim's sentence."""
    claims = {c.id: c for c in story.claims}
    lines = [f"{story.id} {figure.id} {figure.about!r} {figure.by_affiliation}"]
    for claim_id in figure.claims:
        c = claims[claim_id]
        lines.append(f"    {c.value:g} {c.unit or ''} [{c.article[:24]}] {c.sentence.strip()[:220]}")
    return lines


def print_summary_checks(console: Console, checks: list[SummaryCheck]) -> None:
    table = Table(title="summary against the gold files", show_edge=False)
    for column in ("gold", "names the disputed values", "and its sources", "cites a gold contradiction"):
        table.add_column(column)
    for c in checks:
        table.add_row(c.name, *("-" if v is None else ("yes" if v else "no") for v in (
            c.figure_values, c.figure_sources, c.contradiction)))  # fmt: skip
    console.print(table)


def print_figures_report(console: Console, audits: list[FigureAudit], sample: int = 0, seed: int = 0) -> None:
    table = Table(title="figure groups (two claims or more)", show_edge=False)
    for column in ("data", "stories", "groups", "agreed", "disputed", "updated", "one source", "mixed units",
                   "two values, one sentence, one side", "(two sides)", f"span > {MAX_SPAN:g}x, no range"):  # fmt: skip
        table.add_column(column, justify="left" if column == "data" else "right")
    for a in audits:
        s = a.status
        table.add_row(
            a.name, str(a.stories), str(a.groups), str(s["agreed"]), str(s["disputed"]), str(s["updated"]),
            str(s["one_source"]), str(a.mixed_units), str(a.one_sentence), str(a.one_sentence_two_sides),
            str(a.wide_span),
        )  # fmt: skip
    console.print(table)
    disputed = [(a.name, story, figure) for a in audits for story, figure in a.disputed]
    if sample and disputed:
        chosen = random.Random(seed).sample(disputed, min(sample, len(disputed)))
        console.print(f"{len(chosen)} of {len(disputed)} disputed groups, drawn with seed {seed}:")
        for number, (name, story, figure) in enumerate(chosen, 1):
            for line in describe(story, figure):
                console.print(f"{number:>2} {name} {line}" if not line.startswith(" ") else line, markup=False)
