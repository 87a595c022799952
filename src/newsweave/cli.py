"""The command line: a thin Typer layer over plain functions that tests call directly."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsweave.errors import InputError, NewsweaveError
from newsweave.model import Article
from newsweave.readers import ReadOptions, expand_paths
from newsweave.reading import ReadStats, iter_articles
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
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Skip files larger than this.")]


def stdout_console() -> Console:
    return Console(width=None if sys.stdout.isatty() else 160, soft_wrap=False)


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
    stats = ReadStats()
    articles: list[Article] = []
    files, _ = expand_paths(paths)
    with progress_bar("reading", len(files)) as advance:
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
    max_bytes: MaxBytes = ReadOptions.max_bytes,
) -> None:
    """Read and clean articles; print one line per article (id, site, date, title, words)."""
    articles, stats = collect_articles(paths, ReadOptions(max_bytes=max_bytes))
    table = Table(box=None, show_edge=False, pad_edge=False)
    for column in ("id", "site", "date", "title", "words"):
        table.add_column(column, no_wrap=True, overflow="ellipsis", justify="right" if column == "words" else "left")
    for a in articles:
        table.add_row(*(term_text(v) for v in (a.id, a.site or "-", a.published or "-", a.title or "-")), str(a.words))
    stdout_console().print(table)
    if jsonl:
        write_atomic(jsonl, "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles))
    err(summary_line(stats))
    raise typer.Exit(EXIT_SKIPPED if stats.skipped else 0)


DbOption = Annotated[str, typer.Option("--db", help="Store: a SQLite file or sqlite:/// URL.")]


def run_ingest(paths: list[str], store, nlp, options: ReadOptions):
    """Ingest with a progress bar over the input files and one stderr line per skipped input."""
    from newsweave.ingest import Ingester

    files, _ = expand_paths(paths)
    with progress_bar("ingesting", len(files)) as advance:
        return Ingester(store, nlp).run(paths, options, on_skip=lambda e: err(f"skipped {e}"), on_file=advance)


def ingest_summary(stats) -> str:
    line = summary_line(stats.read)
    return (
        f"{line}; {stats.added} new, {stats.unchanged} already stored, {stats.duplicates} duplicate(s), "
        f"{stats.rewrites} rewrite(s); {stats.stories_updated} story(ies) updated"
    )


@app.command()
def brief(
    paths: PathsArg,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the brief as JSON (the contract).")] = None,
    md_out: Annotated[Path | None, typer.Option("--md", help="Write the brief as Markdown.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")] = False,
    max_bytes: MaxBytes = ReadOptions.max_bytes,
) -> None:
    """Reconstruct the stories the articles tell (largest first): figures and who gives them, quotes,
    actors, contradictions, timeline."""
    from newsweave.brief import brief_with_stats
    from newsweave.nlp import load_model
    from newsweave.report.terminal import render_terminal

    nlp = load_model(model)
    files, _ = expand_paths(paths)
    with progress_bar("briefing", len(files)) as advance:
        result, stats = brief_with_stats(
            paths, nlp, ReadOptions(max_bytes=max_bytes), on_skip=lambda e: err(f"skipped {e}"), on_file=advance
        )
    if not stats.added:
        err(ingest_summary(stats))
        err("no article could be read; nothing to brief")
        raise typer.Exit(EXIT_ERROR)
    write_outputs(result, json_out, md_out, html_out)
    if not quiet:
        render_terminal(result, stdout_console())
    err(ingest_summary(stats))
    raise typer.Exit(EXIT_SKIPPED if stats.skipped else 0)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = "newsweave.db",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Run the annotate stage.")] = True,
    max_bytes: MaxBytes = ReadOptions.max_bytes,
) -> None:
    """Add articles (files, folders, feeds, archives) to the local store; re-ingesting changes nothing."""
    from newsweave.nlp import load_model
    from newsweave.store import Store

    store = Store(db)
    nlp = load_model(model) if extract else None
    stats = run_ingest(paths, store, nlp, ReadOptions(max_bytes=max_bytes))
    err(ingest_summary(stats))
    raise typer.Exit(EXIT_SKIPPED if stats.skipped else 0)


@app.command()
def stories(db: DbOption = "newsweave.db") -> None:
    """List the stories in the store, largest first."""
    from newsweave.store import Store

    store = Store(db, readonly=True)
    table = Table(show_edge=False)
    for column in ("story", "title", "articles", "sources", "dates", "disputed figures"):
        table.add_column(column, justify="right" if column in ("articles", "sources", "disputed figures") else "left")
    for row in store.stories():
        brief = json.loads(row["brief"]) if row["brief"] else None
        if brief is None:
            table.add_row(term_text(row["id"]), "(not summarised yet)", str(row["size"]), "", "", "")
            continue
        articles = brief["articles"]
        dates = sorted(a["published"] for a in articles if a.get("published"))
        span = f"{dates[0]}..{dates[-1]}" if len(dates) > 1 else (dates[0] if dates else "-")
        sources = len({a.get("site") or a["id"] for a in articles if not a.get("duplicate_of")})
        disputed = sum(f["status"] == "disputed" for f in brief["stories"][0]["figures"])
        cells = (term_text(row["id"]), term_text(row["title"] or "-"), str(len(articles)), str(sources))
        table.add_row(*cells, term_text(span), str(disputed))
    stdout_console().print(table)


@app.command()
def show(
    story: Annotated[str, typer.Argument(help="Story id (see `newsweave stories`).")], db: DbOption = "newsweave.db"
) -> None:
    """Print a story's brief."""
    from newsweave.report.terminal import render_terminal
    from newsweave.store import Store

    render_terminal(Store(db, readonly=True).story_brief(story), stdout_console())


@app.command()
def export(
    story: Annotated[str, typer.Argument(help="Story id (see `newsweave stories`).")],
    db: DbOption = "newsweave.db",
    json_out: Annotated[Path | None, typer.Option("--json")] = None,
    md_out: Annotated[Path | None, typer.Option("--md")] = None,
    html_out: Annotated[Path | None, typer.Option("--html")] = None,
) -> None:
    """Write a story's brief as JSON, Markdown or HTML."""
    from newsweave.store import Store

    if not (json_out or md_out or html_out):
        raise NewsweaveError("export: name at least one output (--json, --md or --html)")
    write_outputs(Store(db, readonly=True).story_brief(story), json_out, md_out, html_out)


def write_outputs(result: dict, json_out: Path | None, md_out: Path | None, html_out: Path | None) -> None:
    """Write each requested file atomically."""
    if json_out:
        write_atomic(json_out, json.dumps(result, ensure_ascii=False, indent=1))
    if md_out:
        from newsweave.report.markdown import render_markdown

        write_atomic(md_out, render_markdown(result))
    if html_out:
        from newsweave.report.html import render_html

        write_atomic(html_out, render_html(result))


SHARED = Path("../shared")
GoldDir = Annotated[Path, typer.Option("--gold", help="Folder of gold files.")]
Examples = Annotated[Path, typer.Option("--examples", help="Folder holding each gold file's example folder.")]
Limit = Annotated[int, typer.Option(help="Score only the first N items of the large data sets (0: all).")]


@eval_app.callback(invoke_without_command=True)
def eval_all(ctx: typer.Context, model: Annotated[str | None, typer.Option("--model")] = None) -> None:
    """Run every evaluation when no task is named."""
    if ctx.invoked_subcommand is None:
        eval_clean()
        eval_extract(model=model)
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

    print_extract_report(stdout_console(), gold_dir, examples, polnear, quantulum, load_model(model), limit)


@eval_app.command("stories")
def eval_stories(
    ecbplus: Annotated[Path, typer.Option(help="The ECB+ folder.")] = SHARED / "data" / "ecbplus",
) -> None:
    """Score story clustering on ECB+ (B-cubed), beside a batch TF-IDF baseline measured in the same run."""
    from newsweave.evaluation.stories import print_stories_report

    print_stories_report(stdout_console(), ecbplus)


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
