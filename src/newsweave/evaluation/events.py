"""`newsweave eval events`: event mentions and their cross-document coreference on ECB+.

ECB+ annotates every action mention (CROMER XML under `ECB+/`) and links the mentions of one happening
within and across documents. Only the sentences listed in `ECBplus_coreference_sentences.csv` are read,
as the corpus intends. Each document is parsed alone (its listed sentences, one a line) and our events
are extracted as for any article. Detection: a predicted event matches a gold action mention when its
trigger token lies inside the mention's tokens; reporting actions ("told", "said") are left out of the
gold on purpose (the quote table holds them), and a prediction on one is neither right nor wrong.
Coreference: within each gold story (the 86 document clusters, as if story clustering were perfect; it
is scored by `eval stories`), the happenings the timeline merges are the predicted clusters, scored on
the matched mentions against the gold chains with MUC and B-cubed (CoNLL-style F1 of the two).
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsweave.errors import NewsweaveError
from newsweave.evaluation.metrics import PRF
from newsweave.evaluation.stories import b_cubed

REPORTING = ("ACTION_REPORTING", "NEG_ACTION_REPORTING")


@dataclass
class GoldAction:
    """One annotated action mention: its character span in our text and its coreference chain."""

    id: str
    start: int
    end: int
    chain: str
    reporting: bool


@dataclass
class EcbDocument:
    """One ECB+ document reduced to its listed sentences (tokens joined by spaces, one sentence a line)."""

    name: str
    story: str
    text: str
    actions: list[GoldAction] = field(default_factory=list)


@dataclass
class EventsScore:
    detection: PRF
    muc: tuple[float, float, float]
    b3: tuple[float, float, float]
    matched: int
    documents: int

    @property
    def conll(self) -> float:
        return (self.muc[2] + self.b3[2]) / 2


def listed_sentences(folder: Path) -> dict[str, set[int]]:
    """File stem ("1_10ecbplus") -> the sentence numbers annotated for coreference."""
    path = folder / "ECBplus_coreference_sentences.csv"
    if not path.is_file():
        raise NewsweaveError(f"{path}: the ECB+ sentence index is missing")
    listed: dict[str, set[int]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            listed.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return listed


def read_document(path: Path, sentences: set[int]) -> EcbDocument:
    """The listed sentences of one CROMER file and the action mentions inside them."""
    root = ET.parse(path).getroot()
    spans: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    offset, current, words = 0, None, []
    for token in root.iter("token"):
        number = int(token.get("sentence", "-1"))
        if number not in sentences:
            continue
        if current is not None and number != current:
            lines.append(" ".join(words))
            offset += len(lines[-1]) + 1
            words = []
        current = number
        start = offset + sum(len(w) + 1 for w in words)
        words.append(token.text or "")
        spans[token.get("t_id", "")] = (start, start + len(words[-1]))
    if words:
        lines.append(" ".join(words))
    chains: dict[str, str] = {}
    for relation in root.iter():
        if relation.tag in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            target = relation.find("target")
            name = relation.get("note") or f"{path.stem}:{target.get('m_id') if target is not None else ''}"
            for source in relation.findall("source"):
                chains[source.get("m_id", "")] = name
    stem = path.stem
    topic, _, rest = stem.partition("_")
    document = EcbDocument(stem, f"{topic}{'b' if rest.endswith('ecbplus') else 'a'}", "\n".join(lines))
    markables = root.find("Markables")
    for mention in markables if markables is not None else []:
        if "ACTION" not in mention.tag:
            continue
        anchors = [spans[a.get("t_id", "")] for a in mention.findall("token_anchor") if a.get("t_id") in spans]
        if not anchors:
            continue
        m_id = mention.get("m_id", "")
        document.actions.append(
            GoldAction(
                f"{stem}:{m_id}",
                min(s for s, _ in anchors),
                max(e for _, e in anchors),
                chains.get(m_id, f"{stem}:{m_id}"),
                mention.tag in REPORTING,
            )
        )
    return document


def load_documents(folder: Path, limit: int = 0) -> list[EcbDocument]:
    listed = listed_sentences(folder)
    paths = sorted((folder / "ECB+").glob("*/*.xml"), key=lambda p: p.stem)
    if not paths:
        raise NewsweaveError(f"{folder / 'ECB+'}: no CROMER XML files")
    documents = [read_document(p, listed[p.stem]) for p in paths if p.stem in listed]
    return documents[:limit] if limit else documents


def muc(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """MUC precision, recall and F1 (links kept over links needed) of item -> cluster against gold."""

    def score(key: dict[str, str], response: dict[str, str]) -> float:
        chains: dict[str, set[str]] = {}
        for item, cluster in key.items():
            chains.setdefault(cluster, set()).add(item)
        needed = sum(len(c) - 1 for c in chains.values())
        kept = sum(len(c) - len({response.get(i, i) for i in c}) for c in chains.values())
        return kept / needed if needed else 0.0

    p, r = score(predicted, gold), score(gold, predicted)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(document: EcbDocument, triggers: Iterable[tuple[str, int, int]]) -> tuple[PRF, dict[str, GoldAction]]:
    """Detection counts of one document, and which gold mention each matched prediction found."""
    counts, found, used = PRF(), {}, set()
    for event_id, start, end in triggers:
        gold = next((g for g in document.actions if g.start <= start and end <= g.end), None)
        if gold is not None and gold.reporting:
            continue
        if gold is None or gold.id in used:
            counts.fp += 1
            continue
        used.add(gold.id)
        found[event_id] = gold
        counts.tp += 1
    counts.fn += sum(1 for g in document.actions if not g.reporting and g.id not in used)
    return counts, found


def score_events(documents: list[EcbDocument], nlp) -> EventsScore:
    """Parse each document, extract its events, and score detection and the timeline's merges."""
    from newsweave.annotate.attribution import Resolver
    from newsweave.annotate.entities import build_entities
    from newsweave.annotate.events import extract_events
    from newsweave.nlp import parse
    from newsweave.reconcile.timeline import merge_events

    detection = PRF()
    by_story: dict[str, list] = {}
    gold_of: dict[str, GoldAction] = {}
    for document, doc in zip(documents, parse(nlp, (d.text for d in documents)), strict=True):
        events = extract_events(doc, document.name, Resolver(doc, build_entities(doc, document.name, [])), None)
        counts, found = match(document, ((e.id, e.trigger_start, e.trigger_end) for e in events))
        detection += counts
        gold_of.update(found)
        by_story.setdefault(document.story, []).extend(events)
    predicted: dict[str, str] = {}
    for story, events in by_story.items():
        for n, group in enumerate(merge_events(events, {})):
            for event in group:
                predicted[event.id] = f"{story}:{n}"
    predicted = {i: predicted.get(i, i) for i in gold_of}  # an event the timeline leaves out stands alone
    gold = {i: g.chain for i, g in gold_of.items()}
    return EventsScore(detection, muc(predicted, gold), b_cubed(predicted, gold), len(gold), len(documents))


def print_events_report(console: Console, folder: Path, nlp, limit: int = 0) -> EventsScore:
    documents = load_documents(folder, limit)
    result = score_events(documents, nlp)
    table = Table(title=f"ECB+ events ({result.documents} documents, listed sentences)", title_justify="left")
    for column in ("measure", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column != "measure" else "left")
    d = result.detection
    table.add_row(
        f"mention detection ({d.tp:.0f} right, {d.fp:.0f} wrong, {d.fn:.0f} missed)",
        *(f"{v:.3f}" for v in (d.precision, d.recall, d.f1)),
    )
    table.add_row(f"coreference MUC ({result.matched} matched mentions)", *(f"{v:.3f}" for v in result.muc))
    table.add_row("coreference B-cubed", *(f"{v:.3f}" for v in result.b3))
    table.add_row("coreference CoNLL-style (MUC + B-cubed) / 2", "", "", f"{result.conll:.3f}")
    console.print(table)
    return result
