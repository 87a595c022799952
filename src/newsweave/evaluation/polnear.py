"""Quote attribution on PolNeAR (dev split): our quotes against textacy's `direct_quotations`.

Both systems read the same spaCy parses. A predicted attribution matches a gold one when their
content spans overlap by at least half of the shorter span; its source is right when the predicted
speaker span overlaps a gold source span. Reported speech is the gold attributions whose content is
not inside quotation marks: the part a direct-quote finder cannot see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from newsweave.annotate.attribution import Resolver
from newsweave.annotate.entities import build_entities
from newsweave.annotate.quotes import QuoteExtractor
from newsweave.evaluation.metrics import PRF
from newsweave.nlp import parse

Span = tuple[int, int]


@dataclass
class Attribution:
    content: list[Span]
    source: list[Span] = field(default_factory=list)
    direct: bool = False


def _spans(field_text: str) -> list[Span]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field_text.split(";"))]


def read_ann(path: Path, text: str) -> list[Attribution]:
    """BRAT standoff: T lines are spans, E lines tie Source, Cue and Content into one attribution."""
    spans: dict[str, list[Span]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _spans(offsets)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold = []
    for event in events:
        content = [s for key, ref in event.items() if key.startswith("Content") for s in spans.get(ref, [])]
        if not content:
            continue
        source = [s for key, ref in event.items() if key.startswith("Source") for s in spans.get(ref, [])]
        covered = text[min(s for s, _ in content) : max(e for _, e in content)]
        direct = bool(re.search(r"[“\"]", covered)) and len(re.findall(r"[“”\"]", covered)) >= 2
        gold.append(Attribution(content, source, direct))
    return gold


def _overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: list[Span]) -> int:
    return sum(e - s for s, e in spans)


def _matches(pred: Attribution, gold: Attribution) -> bool:
    shorter = min(_length(pred.content), _length(gold.content)) or 1
    return _overlap(pred.content, gold.content) >= 0.5 * shorter


@dataclass
class SystemScore:
    content: PRF = field(default_factory=PRF)
    reported_found: int = 0
    reported_total: int = 0
    source_right: int = 0
    matched: int = 0

    @property
    def reported_recall(self) -> float:
        return self.reported_found / self.reported_total if self.reported_total else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.matched if self.matched else 0.0


def score_system(predicted: list[Attribution], gold: list[Attribution], score: SystemScore) -> None:
    used: set[int] = set()
    for pred in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in used and _matches(pred, g)), None)
        if hit is None:
            score.content.fp += 1
            continue
        used.add(hit)
        score.content.tp += 1
        score.matched += 1
        score.source_right += bool(pred.source and gold[hit].source and _overlap(pred.source, gold[hit].source))
    score.content.fn += len(gold) - len(used)
    for i, g in enumerate(gold):
        if not g.direct:
            score.reported_total += 1
            score.reported_found += i in used


TURN_GAP = 60  # characters between two pieces of one speaker's quotation ('," she said. "')


def our_attributions(doc, name: str) -> list[Attribution]:
    """Our quotes as PolNeAR attributions. A quotation split by its reporting clause ("A," she said.
    "B.") is one attribution with two content spans, and quoted words inside the same speaker's
    reported speech belong to it, as PolNeAR annotates them."""
    entities = build_entities(doc, name, [])
    quotes = QuoteExtractor(doc, name, Resolver(doc, entities)).extract()
    found: list[Attribution] = []
    previous = None
    reported = [q for q in quotes if not q.direct]
    for q in quotes:
        if q.direct and any(r.start <= q.start and q.end <= r.end and r.speaker == q.speaker for r in reported):
            continue  # quoted words inside one's reported speech: one attribution, as PolNeAR has it
        source = [(q.speaker_start, q.speaker_end)] if q.speaker_start is not None else []
        gap = doc.text[previous.end : q.start] if previous is not None else ""
        same_turn = (
            previous is not None
            and q.direct
            and previous.direct
            and q.speaker is not None
            and q.speaker == previous.speaker
            and 0 <= len(gap) <= TURN_GAP
            and "\n" not in gap
        )
        if same_turn:
            found[-1].content.append((q.start, q.end))
        else:
            found.append(Attribution([(q.start, q.end)], source, q.direct))
        previous = q
    return _univocal(found)


def _univocal(found: list[Attribution]) -> list[Attribution]:
    """PolNeAR gives each word to at most one attribution: of ours that share most of their words (a
    stance and the speech it frames, a quote inside another speaker's paraphrase), the first with a
    source stands, as an annotator keeps one."""
    kept: list[Attribution] = []
    for attribution in sorted(found, key=lambda a: not a.source):
        if not any(_matches(attribution, other) for other in kept):
            kept.append(attribution)
    chosen = {id(a) for a in kept}
    return [a for a in found if id(a) in chosen]


def textacy_attributions(doc) -> list[Attribution]:
    from textacy.extract.triples import direct_quotations

    found = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy gives up on a document with an unclosed quotation mark
        return []
    for triple in triples:
        speaker = [(t.idx, t.idx + len(t)) for t in triple.speaker]
        content = triple.content
        found.append(Attribution([(content.start_char, content.end_char)], speaker, True))
    return found


def split_articles(folder: Path, split: str = "dev", limit: int = 0) -> list[tuple[Path, Path]]:
    """(text, annotation) paths of a split's articles (dev, or train to measure a mechanism); one annotator's
    file per article."""
    root = folder / "data" / split
    texts = sorted((root / "text").glob("*.txt"))[: limit or None]
    annotations: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        annotations.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(t, annotations[t.stem]) for t in texts if t.stem in annotations]


def evaluate_polnear(
    folder: Path, nlp: Language, limit: int = 0, split: str = "dev", baseline_too: bool = True
) -> tuple[int, SystemScore, SystemScore]:
    """(articles, ours, textacy baseline) on a split."""
    pairs = split_articles(folder, split, limit)
    raw = [t.read_text(encoding="utf-8") for t, _ in pairs]
    ours, baseline = SystemScore(), SystemScore()
    for (text_path, ann_path), text, doc in zip(pairs, raw, parse(nlp, raw), strict=True):
        gold = read_ann(ann_path, text)
        score_system(our_attributions(doc, text_path.stem), gold, ours)
        if baseline_too:
            score_system(textacy_attributions(doc), gold, baseline)
    return len(pairs), ours, baseline
