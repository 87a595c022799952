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
from newsweave.evaluation.figure_sources import FigureSourceScore, evaluate_polnear_sources
from newsweave.evaluation.gold import GoldScorer, close

BENCH_HTML = Path("data") / "article-extraction-benchmark" / "html"


def gold_inputs(gold_path: Path, gold: dict, examples: Path) -> list[Path]:
    """The articles a gold file was made from: its example folder (kursk), or the benchmark pages it names,
    looked up beside the gold folder (`shared/data/article-extraction-benchmark/html/<id>.html.gz`)."""
    folder = examples / gold_path.stem
    if folder.is_dir():
        return [folder]
    pages = [gold_path.parent.parent / BENCH_HTML / name for name in gold.get("articles", {})]
    return pages if pages and all(p.is_file() for p in pages) else []


def score_gold_files(gold_dir: Path, examples: Path, nlp: Language) -> dict[str, dict[str, float]]:
    """Each gold file scored on the brief `newsweave brief <its articles>` writes (same path: ingest,
    duplicates, stories), so these figures match the reference yardstick run on that output."""
    results = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        inputs = gold_inputs(gold_path, gold, examples)
        if not inputs:
            continue
        brief = to_data(brief_with_summary(inputs, nlp)[0])
        results[gold_path.stem] = GoldScorer(brief, gold).scores()
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


# What the gold files are scored on, in the yardstick's names (`shared/tools/score_brief.py`).
GOLD_MEASURES = (
    "claims_f1", "claims_precision", "claims_recall", "claims_sourced_accuracy", "claims_attribution_accuracy",
    "quotes_recall", "quotes_speaker_accuracy_found", "entities_merged", "entities_wrongly_merged",
    "non_claims_reported", "non_story_entities_present", "disputed_figure_score", "contradictions_found",
)  # fmt: skip
COUNTS = {"entities_wrongly_merged", "non_claims_reported", "non_story_entities_present"}


def figure_source_rows(figures: FigureSourceScore) -> list[tuple[str, str]]:
    """The figure-sources measure as table rows: precision and recall with their counts, and the rest counted."""
    right, credited, in_content = figures.count("right"), figures.credited, figures.in_content
    found = figures.count("right", "wrong")
    apart = ("writer", "uncredited", "wrong", "writer_wrong", "unannotated", "no_gold_source")
    return [
        ("figure sources right (credited)", f"{figures.precision:.3f} ({right}/{credited})"),
        ("figures in content credited", f"{figures.recall:.3f} ({found}/{in_content})"),
        ("figure verdicts", " ".join(f"{v}={figures.count(v)}" for v in apart)),
    ]


def print_extract_report(
    console: Console,
    gold_dir: Path,
    examples: Path,
    polnear: Path,
    quantulum: Path,
    nlp: Language,
    limit: int = 0,
    split: str = "dev",
) -> None:
    table = Table(title="extraction", show_edge=False)
    for column in ("data", "measure", "newsweave", "baseline"):
        table.add_column(column, justify="left" if column in ("data", "measure") else "right")
    for name, scores in score_gold_files(gold_dir, examples, nlp).items():
        for measure in GOLD_MEASURES:
            if measure in scores:
                value = scores[measure]
                shown = f"{value:.0f}" if measure in COUNTS else f"{value:.3f}"
                table.add_row(f"{name} gold", measure, shown, "")
    if (polnear / "data" / split).is_dir():
        count, ours, baseline, figures = evaluate_polnear_sources(polnear, nlp, limit, split)
        label = f"PolNeAR {split} ({count} articles)"
        rows = [
            ("attribution precision", ours.content.precision, baseline.content.precision),
            ("attribution recall", ours.content.recall, baseline.content.recall),
            ("attribution F1", ours.content.f1, baseline.content.f1),
            ("reported speech recall", ours.reported_recall, baseline.reported_recall),
            ("source right (matched)", ours.source_accuracy, baseline.source_accuracy),
        ]
        for measure, mine, theirs in rows:
            table.add_row(label, measure, f"{mine:.3f}", f"{theirs:.3f} textacy")
        for measure, shown in figure_source_rows(figures):
            table.add_row(label, measure, shown, "")
    right, total = score_number_parsing(quantulum)
    if total:
        table.add_row(f"quantulum3 tests ({total} numbers)", "value parsed right", f"{right / total:.3f}", "")
    console.print(table)
