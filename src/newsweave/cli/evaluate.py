"""`newsweave eval`: each stage scored against the gold files and the shared data sets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsweave.errors import NewsweaveError

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    pass
from newsweave.cli.output import stdout_console

SHARED = Path("../shared")


GoldDir = Annotated[Path, typer.Option("--gold", help="Folder of gold files.")]


Examples = Annotated[Path, typer.Option("--examples", help="Folder holding each gold file's example folder.")]


Limit = Annotated[int, typer.Option(help="Score only the first N items of the large data sets (0: all).")]


def require(*folders: Path) -> None:
    """Evaluation needs the shared data sets beside the project: name what is missing, and stop."""
    missing = [str(f) for f in folders if not f.exists()]
    if missing:
        raise NewsweaveError(
            f"eval: missing {', '.join(missing)} (the shared data sets sit in ../shared beside the project;"
            " pass their folders with the options, see --help)"
        )


def require_module(module: str, extra: str) -> None:
    from importlib.util import find_spec

    if find_spec(module) is None:
        raise NewsweaveError(f"eval: needs the {module} package, the baseline it compares with; install {extra}")


def eval_all(ctx: typer.Context, model: Annotated[str | None, typer.Option("--model")] = None) -> None:
    """Run every evaluation when no task is named (`figures`, which briefs all 2,225 BBC articles, runs alone)."""
    if ctx.invoked_subcommand is None:
        eval_clean()
        eval_extract(model=model)
        eval_quantities(model=model)
        eval_stories()
        eval_events(model=model)


def eval_clean(
    gold_dir: GoldDir = SHARED / "gold",
    examples: Examples = SHARED / "examples",
    benchmark: Annotated[Path, typer.Option(help="The article-extraction benchmark folder.")] = SHARED
    / "data"
    / "article-extraction-benchmark",
    limit: Limit = 0,
) -> None:
    """Score cleaning: boilerplate and metadata on the gold files, body F1 on the extraction benchmark."""
    from newsweave.evaluation.clean import print_clean_report

    require(gold_dir, benchmark)
    print_clean_report(stdout_console(), gold_dir, examples, benchmark, limit)


def eval_extract(
    gold_dir: GoldDir = SHARED / "gold",
    examples: Examples = SHARED / "examples",
    polnear: Annotated[Path, typer.Option(help="The PolNeAR folder.")] = SHARED / "data" / "polnear",
    quantulum: Annotated[Path, typer.Option(help="quantulum3's test sentences.")] = SHARED
    / "data"
    / "quantulum3-tests",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    limit: Limit = 0,
    split: Annotated[str, typer.Option(help="PolNeAR split to score: dev (the quality gate) or train.")] = "dev",
) -> None:
    """Score figures, sources, quotes and entities on the gold files; attribution and figure sources on PolNeAR."""
    from newsweave.evaluation.extract import print_extract_report
    from newsweave.nlp import load_model

    require(gold_dir, polnear, quantulum)
    if split not in ("dev", "train"):
        raise NewsweaveError(f"eval extract: --split {split!r} is no PolNeAR split (dev or train)")
    require_module("textacy", "the dev extras: pip install -e '.[dev]'")
    print_extract_report(stdout_console(), gold_dir, examples, polnear, quantulum, load_model(model), limit, split)


def eval_quantities(
    newsquant: Annotated[Path, typer.Option(help="The NewsQuant folder.")] = SHARED / "data" / "newsquant",
    scorer: Annotated[Path, typer.Option(help="NewsQuant's scorer.")] = SHARED / "tools" / "score_quantities.py",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
) -> None:
    """Score values, units and changes on NewsQuant, as shared/tools/score_quantities.py does."""
    from newsweave.evaluation.quantities import print_quantities_report
    from newsweave.nlp import load_model

    print_quantities_report(stdout_console(), newsquant, scorer, load_model(model))


def eval_stories(
    ecbplus: Annotated[Path, typer.Option(help="The ECB+ folder.")] = SHARED / "data" / "ecbplus",
) -> None:
    """Score story clustering on ECB+ (B-cubed), beside a batch TF-IDF baseline measured in the same run."""
    from newsweave.evaluation.stories import print_stories_report

    require(ecbplus)
    print_stories_report(stdout_console(), ecbplus)


def eval_events(
    ecbplus: Annotated[Path, typer.Option(help="The ECB+ folder.")] = SHARED / "data" / "ecbplus",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    limit: Limit = 0,
) -> None:
    """Score event mentions (P/R/F1) and the timeline's cross-document merges (MUC, B-cubed) on ECB+."""
    from newsweave.evaluation.events import print_events_report
    from newsweave.nlp import load_model

    require(ecbplus)
    print_events_report(stdout_console(), ecbplus, load_model(model), limit)


def eval_figures(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", help="Folders to brief (default: BBC, benchmark pages, news-threads)."),
    ] = None,
    brief_json: Annotated[
        list[Path] | None, typer.Option("--brief-json", help="Saved briefs to group again instead.")
    ] = None,
    sample: Annotated[int, typer.Option(help="Print this many random disputed groups to check by hand.")] = 0,
    seed: Annotated[int, typer.Option(help="Seed of the sample.")] = 0,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    gold_dir: GoldDir = SHARED / "gold",
) -> None:
    """Count figure groups that mix units, hold two values of one sentence, or span over 10x."""
    from newsweave.evaluation.figures import (
        audit_sources,
        check_gold_summaries,
        print_figures_report,
        print_summary_checks,
    )

    default = [SHARED / "data" / p for p in ("bbc-news", "article-extraction-benchmark/html", "news-threads/articles")]
    audits = audit_sources(brief_json or [], data or ([] if brief_json else default), model)
    print_figures_report(stdout_console(), audits, sample, seed)
    checks = check_gold_summaries(brief_json or [], gold_dir)
    if checks:
        print_summary_checks(stdout_console(), checks)
