"""`newsweave eval extract`: figures, sources, quotes, entities and story measures on every gold file,
quote attribution on PolNeAR against textacy, and number parsing on quantulum3's test sentences."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table
from spacy.language import Language

from newsweave.annotate.numbers import parse_surface
from newsweave.api import brief_with_summary
from newsweave.contract import to_data
from newsweave.evaluation.gold import GoldScorer, close
from newsweave.evaluation.polnear import evaluate_polnear


def score_gold_files(gold_dir: Path, examples: Path, nlp: Language) -> dict[str, dict[str, float]]:
    """Each gold file scored on the brief `newsweave brief examples/<gold stem>` writes (same path: ingest,
    duplicates, stories), so these figures match the reference yardstick run on that output."""
    results = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        folder = examples / gold_path.stem
        if not folder.is_dir():
            continue
        brief = to_data(brief_with_summary([folder], nlp)[0])
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        results[gold_path.name] = GoldScorer(brief, gold).scores()
    return results


def score_number_parsing(folder: Path) -> tuple[int, int]:
    """(right, total) values of quantulum3's surfaces parsed by our number parser."""
    right = total = 0
    for name in ("quantities.json", "quantities.ambiguity.json"):
        path = folder / name
        if not path.exists():
            continue
        for item in json.loads(path.read_text(encoding="utf-8")):
            for expected in item["res"]:
                total += 1
                parsed = parse_surface(expected["surface"])
                right += parsed is not None and close(parsed.value, expected["value"])
    return right, total


def print_extract_report(
    console: Console, gold_dir: Path, examples: Path, polnear: Path, quantulum: Path, nlp: Language, limit: int = 0
) -> None:
    table = Table(title="extraction", show_edge=False)
    for column in ("data", "measure", "newsweave", "baseline"):
        table.add_column(column, justify="left" if column in ("data", "measure") else "right")
    for name, scores in score_gold_files(gold_dir, examples, nlp).items():
        for measure, value in scores.items():
            shown = f"{value:.0f}" if measure.startswith(("non-", "entities wrongly")) else f"{value:.3f}"
            table.add_row(name, measure, shown, "")
    if (polnear / "data" / "dev").is_dir():
        count, ours, baseline = evaluate_polnear(polnear, nlp, limit)
        label = f"PolNeAR dev ({count} articles)"
        rows = [
            ("attribution precision", ours.content.precision, baseline.content.precision),
            ("attribution recall", ours.content.recall, baseline.content.recall),
            ("attribution F1", ours.content.f1, baseline.content.f1),
            ("reported speech recall", ours.reported_recall, baseline.reported_recall),
            ("source right (matched)", ours.source_accuracy, baseline.source_accuracy),
        ]
        for measure, mine, theirs in rows:
            table.add_row(label, measure, f"{mine:.3f}", f"{theirs:.3f} textacy")
    right, total = score_number_parsing(quantulum)
    if total:
        table.add_row(f"quantulum3 tests ({total} numbers)", "value parsed right", f"{right / total:.3f}", "")
    console.print(table)
