"""The command line: a thin Typer layer over plain functions that tests call directly."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsweave import __version__
from newsweave.errors import NewsweaveError

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    from newsweave.model import Article
    from newsweave.readers import ReadOptions
    from newsweave.reading import ReadStats
    from newsweave.records import Brief
from newsweave.textsafety import one_line, term_text

app = typer.Typer(
    help="newsweave: many news reports in, one sourced picture of the story out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the pipeline against the gold files and benchmarks.", no_args_is_help=False)
app.add_typer(eval_app, name="eval")

PROGRESS_MIN_FILES = 4
EXIT_SKIPPED = 1
EXIT_ERROR = 2

PathsArg = Annotated[list[str], typer.Argument(help="Files, folders or glob patterns.", show_default=False)]
MaxBytes = Annotated[
    int | None, typer.Option("--max-bytes", help="Skip files larger than this (default 20 MiB).", show_default=False)
]

JsonOut = Annotated[Path | None, typer.Option("--json", help="Write the brief as JSON (the contract); - for stdout.")]
MdOut = Annotated[Path | None, typer.Option("--md", help="Write the brief as Markdown; - for stdout.")]
HtmlOut = Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report; - for stdout.")]


def read_options(max_bytes: int | None) -> ReadOptions:
    from newsweave.readers import ReadOptions

    return ReadOptions() if max_bytes is None else ReadOptions(max_bytes=max_bytes)


def count_files(paths: list[str]) -> int:
    from newsweave.readers import expand_paths

    return len(expand_paths(paths)[0])


Jobs = Annotated[
    int, typer.Option("--jobs", "-j", help="Processes that parse (0: one per core; small inputs use one).")
]
PARALLEL_MIN_BYTES = 1_000_000  # below this, starting workers (a model load each) costs more than it saves


@contextmanager
def annotator(paths: list[str], model: str | None, jobs: int) -> Iterator[tuple[object | None, object | None]]:
    """(nlp, pool): the model in this process for small inputs or one job, else a pool of parsing processes."""
    from newsweave.nlp import load_model
    from newsweave.readers import expand_paths

    jobs = jobs or os.cpu_count() or 1
    size = sum(f.stat().st_size for f in expand_paths(paths)[0] if f.is_file())
    if jobs <= 1 or size < PARALLEL_MIN_BYTES:
        yield load_model(model), None
        return
    from newsweave.pipeline.parallel import ParallelAnnotator

    load_model(model)  # a wrong --model is one line here, before any worker starts
    with ParallelAnnotator(model, jobs) as pool:
        yield None, pool


def show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsweave {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """newsweave: many news reports in, one sourced picture of the story out."""


def stdout_console() -> Console:
    """The terminal's width, or COLUMNS when set, or 160 columns when piped."""
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() else (None if sys.stdout.isatty() else 160)
    return Console(width=width, soft_wrap=False)


def err(message: str) -> None:
    """One line on stderr, never wrapped, never a traceback; control characters and line breaks made visible."""
    sys.stderr.write(f"newsweave: {one_line(message)}\n")
    sys.stderr.flush()


def write_atomic(path: Path, text: str) -> None:
    """Write via an unpredictable temporary file, created exclusively beside `path`, then rename over `path`.

    A failure never leaves a half-written output, and a pre-placed symlink at a guessable temp name
    cannot redirect the write (mkstemp opens with O_CREAT | O_EXCL; rename replaces a symlink at `path`).
    """
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(fd, path.stat().st_mode & 0o777 if path.is_file() else 0o644)  # mkstemp's 0600 is too strict
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise NewsweaveError(f"cannot write {path}: {exc.strerror or exc}") from None


@contextmanager
def progress_bar(label: str, total: int) -> Iterator[Callable[[], None]]:
    """A transient Rich progress bar on stderr for runs over PROGRESS_MIN_FILES files; yields `advance`."""
    bar = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=total < PROGRESS_MIN_FILES,
    )
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def collect_articles(paths: list[str], options: ReadOptions) -> tuple[list[Article], ReadStats]:
    """Read and clean with a progress bar on longer runs; report each skip on stderr as it happens."""
    from newsweave.errors import InputError
    from newsweave.reading import ReadStats, iter_articles

    stats = ReadStats()
    articles: list[Article] = []
    with progress_bar("reading", count_files(paths)) as advance:
        for item in iter_articles(paths, options, stats, on_file=lambda _path: advance()):
            if isinstance(item, InputError):
                err(f"skipped {item}")
            else:
                articles.append(item)
    return articles, stats


def summary_line(stats: ReadStats) -> str:
    line = f"read {stats.articles} article(s) from {stats.files} file(s)"
    if stats.skipped:
        reasons = ", ".join(f"{n} {r}" for r, n in stats.by_reason().most_common())
        line += f"; skipped {len(stats.skipped)} ({reasons})"
    return line


@app.command()
def read(
    paths: PathsArg,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Write the clean articles as JSON lines.")] = None,
    max_bytes: MaxBytes = None,
) -> None:
    """Read and clean articles; print one line per article (id, site, date, title, words)."""
    articles, stats = collect_articles(paths, read_options(max_bytes))
    table = Table(box=None, show_edge=False, pad_edge=False, expand=True)
    # At 80 columns every column stays readable: date and words keep their width, ids and sites are cut
    # with an ellipsis, the title takes what is left.
    table.add_column("id", no_wrap=True, overflow="ellipsis", max_width=20)
    table.add_column("site", no_wrap=True, overflow="ellipsis", max_width=14)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("title", no_wrap=True, overflow="ellipsis", ratio=1, min_width=20)
    table.add_column("words", no_wrap=True, justify="right", min_width=5)
    for a in articles:
        table.add_row(*(term_text(v) for v in (a.id, a.site or "-", a.published or "-", a.title or "-")), str(a.words))
    stdout_console().print(table)
    if jsonl:
        from newsweave.contract import to_data

        write_output(jsonl, "".join(json.dumps(to_data(a), ensure_ascii=False) + "\n" for a in articles))
    err(summary_line(stats))
    raise typer.Exit(EXIT_SKIPPED if stats.skipped else 0)


DbOption = Annotated[str, typer.Option("--db", help="Store: a SQLite file or sqlite:/// URL.")]


def run_ingest(paths: list[str], store, nlp, options: ReadOptions, pool=None):
    """Ingest with a progress bar over the input files and one stderr line per skipped input."""
    from newsweave.pipeline.local import LocalEngine

    with progress_bar("ingesting", count_files(paths)) as advance:
        return LocalEngine(store, nlp, pool=pool).run(
            paths, options, on_skip=lambda e: err(f"skipped {e}"), on_file=advance, on_wait=err
        )


def ingest_summary(summary) -> str:
    """The run summary: reading, what reached the store, and every extraction failure by article."""
    line = summary_line(summary.read)
    line += (
        f"; {summary.added} new, {summary.unchanged} already stored, {summary.duplicates} duplicate(s), "
        f"{summary.rewrites} rewrite(s); {summary.stories_updated} story(ies) updated"
    )
    failures = summary.extraction_failures
    if failures:
        by_reason = Counter(d.reason.split(":")[0] for d in failures)
        line += "; " + ", ".join(f"{reason} for {n} article(s)" for reason, n in by_reason.most_common())
        line += ": " + ", ".join(d.article for d in failures[:10]) + (" ..." if len(failures) > 10 else "")
    return line


def report_failures(summary) -> None:
    for drop in summary.extraction_failures:
        err(f"{drop.article}: {drop.reason}")


@app.command()
def brief(
    paths: PathsArg,
    json_out: JsonOut = None,
    md_out: MdOut = None,
    html_out: HtmlOut = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")] = False,
    max_bytes: MaxBytes = None,
    jobs: Jobs = 0,
) -> None:
    """Reconstruct the stories the articles tell (largest first): figures and who gives them, quotes,
    actors, contradictions, timeline."""
    from newsweave.api import brief_with_summary
    from newsweave.report.terminal import render_terminal

    with annotator(paths, model, jobs) as (nlp, pool), progress_bar("briefing", count_files(paths)) as advance:
        result, summary = brief_with_summary(
            paths, nlp, read_options(max_bytes), on_skip=lambda e: err(f"skipped {e}"), on_file=advance, pool=pool
        )
    report_failures(summary)
    if not summary.added:
        err(ingest_summary(summary))
        err("no article could be read; nothing to brief")
        raise typer.Exit(EXIT_ERROR)
    write_outputs(result, json_out, md_out, html_out)
    if not quiet and not to_stdout(json_out, md_out, html_out):
        render_terminal(result, stdout_console())
    err(ingest_summary(summary))
    raise typer.Exit(EXIT_SKIPPED if summary.skipped or summary.extraction_failures else 0)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = "newsweave.db",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Run the annotate stage.")] = True,
    max_bytes: MaxBytes = None,
    jobs: Jobs = 0,
) -> None:
    """Add articles (files, folders, feeds, archives) to the local store; re-ingesting changes nothing."""
    from newsweave.store import open_store

    store = open_store(db)
    try:
        if extract:
            with annotator(paths, model, jobs) as (nlp, pool):
                summary = run_ingest(paths, store, nlp, read_options(max_bytes), pool)
        else:
            summary = run_ingest(paths, store, None, read_options(max_bytes))
    finally:
        store.close()
    report_failures(summary)
    err(ingest_summary(summary))
    raise typer.Exit(EXIT_SKIPPED if summary.skipped or summary.extraction_failures else 0)


@app.command()
def annotate(
    db: DbOption = "newsweave.db",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
) -> None:
    """Extract figures, quotes and actors from stored articles that have none (after `ingest --no-extract`)."""
    from newsweave.nlp import load_model
    from newsweave.pipeline.local import LocalEngine
    from newsweave.store import open_store

    store = open_store(db)
    try:
        summary = LocalEngine(store, None).annotate_stored(load_model(model))
    finally:
        store.close()
    report_failures(summary)
    err(f"annotated {summary.added} article(s); {summary.stories_updated} story(ies) updated")
    raise typer.Exit(EXIT_SKIPPED if summary.extraction_failures else 0)


@app.command()
def stories(
    db: DbOption = "newsweave.db",
    since: Annotated[str | None, typer.Option("--since", help="Only stories with an article on or after DATE.")] = None,
    search: Annotated[str | None, typer.Option("--search", help="Only stories whose articles or quotes match.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
) -> None:
    """List the stories in the store, largest first."""
    from dataclasses import asdict

    from newsweave.store import open_store

    store = open_store(db, readonly=True)
    listed = store.story_list(since=since, search=search)
    if json_out:
        sys.stdout.write(json.dumps([asdict(s) for s in listed], ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(show_edge=False)
    for column in ("story", "title", "articles", "sources", "dates", "disputed figures"):
        table.add_column(column, justify="right" if column in ("articles", "sources", "disputed figures") else "left")
    for item in listed:
        if not item.summarised:
            table.add_row(term_text(item.id), "(not summarised yet)", str(item.articles), "", "", "")
            continue
        first, last = item.first_published, item.last_published
        span = f"{first}..{last}" if first and last and first != last else (first or "-")
        cells = (term_text(item.id), term_text(item.title or "-"), str(item.articles), str(item.sources))
        table.add_row(*cells, term_text(span), str(item.disputed))
    stdout_console().print(table)


@app.command()
def show(
    story: Annotated[str, typer.Argument(help="Story id (see `newsweave stories`).")], db: DbOption = "newsweave.db"
) -> None:
    """Print a story's brief."""
    from newsweave.report.terminal import render_terminal
    from newsweave.store import open_store

    store = open_store(db, readonly=True)
    listed = {s.id: s for s in store.story_list()}
    if story in listed and listed[story].summarised and not listed[story].extracted:
        err(f"story {story} has no extractions (ingested with --no-extract); run `newsweave annotate --db {db}`")
    render_terminal(store.story_brief(story), stdout_console())


@app.command()
def export(
    story: Annotated[str, typer.Argument(help="Story id (see `newsweave stories`).")],
    db: DbOption = "newsweave.db",
    json_out: JsonOut = None,
    md_out: MdOut = None,
    html_out: HtmlOut = None,
) -> None:
    """Write a story's brief as JSON, Markdown or HTML."""
    from newsweave.store import open_store

    if not (json_out or md_out or html_out):
        raise NewsweaveError("export: name at least one output (--json, --md or --html)")
    write_outputs(open_store(db, readonly=True).story_brief(story), json_out, md_out, html_out)


@app.command("run")
def run_command(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet tables and the run folder.")],
    engine: Annotated[
        str, typer.Option("--engine", help="local, or ray (a local Ray cluster or --address).")
    ] = "local",
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (default: start one).")] = None,
    workers: Annotated[int, typer.Option("--workers", help="Ray workers when starting a local cluster.")] = 2,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Run the annotate step.")] = True,
    briefs: Annotated[bool, typer.Option("--briefs", help="Also write each story's JSON brief.")] = False,
) -> None:
    """Batch run: every input into Parquet tables (articles, stories, entities, claims, figures, quotes,
    events, contradictions, summary); a killed run resumes where it stopped."""
    from newsweave.batch.run import run_batch

    report = run_batch(paths, out, engine, model, extract, workers, address, briefs)
    for line in report.skipped:
        err(f"skipped {line}")
    for line in report.dropped:
        err(line)
    err(
        f"run ({report.engine}): {report.shards} shard(s), {report.resumed} already done; {report.articles} article(s),"
        f" {report.duplicates} duplicate(s), {report.stories} story(ies); tables in {out}"
    )
    raise typer.Exit(EXIT_SKIPPED if report.skipped or report.dropped else 0)


def write_output(path: Path, text: str) -> None:
    """`-` is standard output; a device or pipe (`/dev/stdout`, a FIFO) is written in place, never replaced;
    a regular file is written atomically."""
    if str(path) == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
        return
    if path.exists() and not path.is_file():
        try:
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        except OSError as exc:
            raise NewsweaveError(f"cannot write {path}: {exc.strerror or exc}") from None
        return
    write_atomic(path, text)


def to_stdout(*outputs: Path | None) -> bool:
    return any(out is not None and str(out) == "-" for out in outputs)


def write_outputs(result: Brief, json_out: Path | None, md_out: Path | None, html_out: Path | None) -> None:
    """Write each requested output (at most one of them to standard output)."""
    if sum(out is not None and str(out) == "-" for out in (json_out, md_out, html_out)) > 1:
        raise NewsweaveError("only one of --json, --md and --html can be - (standard output)")
    if json_out:
        from newsweave.contract import to_json

        write_output(json_out, to_json(result))
    if md_out:
        from newsweave.report.markdown import render_markdown

        write_output(md_out, render_markdown(result))
    if html_out:
        from newsweave.report.html import render_html

        write_output(html_out, render_html(result))


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


@eval_app.callback(invoke_without_command=True)
def eval_all(ctx: typer.Context, model: Annotated[str | None, typer.Option("--model")] = None) -> None:
    """Run every evaluation when no task is named (`figures`, which briefs all 2,225 BBC articles, runs alone)."""
    if ctx.invoked_subcommand is None:
        eval_clean()
        eval_extract(model=model)
        eval_quantities(model=model)
        eval_stories()


@eval_app.command("clean")
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


@eval_app.command("extract")
def eval_extract(
    gold_dir: GoldDir = SHARED / "gold",
    examples: Examples = SHARED / "examples",
    polnear: Annotated[Path, typer.Option(help="The PolNeAR folder.")] = SHARED / "data" / "polnear",
    quantulum: Annotated[Path, typer.Option(help="quantulum3's test sentences.")] = SHARED
    / "data"
    / "quantulum3-tests",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    limit: Limit = 0,
) -> None:
    """Score figures, sources, quotes and entities on the gold files; attribution on PolNeAR."""
    from newsweave.evaluation.extract import print_extract_report
    from newsweave.nlp import load_model

    require(gold_dir, polnear, quantulum)
    require_module("textacy", "the dev extras: pip install -e '.[dev]'")
    print_extract_report(stdout_console(), gold_dir, examples, polnear, quantulum, load_model(model), limit)


@eval_app.command("quantities")
def eval_quantities(
    newsquant: Annotated[Path, typer.Option(help="The NewsQuant folder.")] = SHARED / "data" / "newsquant",
    scorer: Annotated[Path, typer.Option(help="NewsQuant's scorer.")] = SHARED / "tools" / "score_quantities.py",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
) -> None:
    """Score values, units and changes on NewsQuant, as shared/tools/score_quantities.py does."""
    from newsweave.evaluation.quantities import print_quantities_report
    from newsweave.nlp import load_model

    print_quantities_report(stdout_console(), newsquant, scorer, load_model(model))


@eval_app.command("stories")
def eval_stories(
    ecbplus: Annotated[Path, typer.Option(help="The ECB+ folder.")] = SHARED / "data" / "ecbplus",
) -> None:
    """Score story clustering on ECB+ (B-cubed), beside a batch TF-IDF baseline measured in the same run."""
    from newsweave.evaluation.stories import print_stories_report

    require(ecbplus)
    print_stories_report(stdout_console(), ecbplus)


@eval_app.command("figures")
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


def main() -> None:
    """Entry point: user-facing errors become one line on stderr and exit code 2."""
    try:
        app()
    except NewsweaveError as exc:
        err(str(exc))
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("NEWSWEAVE_DEBUG"):
            raise
        err(f"internal error: {type(exc).__name__}: {exc} (set NEWSWEAVE_DEBUG=1 for the traceback)")
        sys.exit(EXIT_ERROR)
