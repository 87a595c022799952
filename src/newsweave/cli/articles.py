"""`read` and `brief`: read and clean articles; reconstruct the stories they tell."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from newsweave.textsafety import term_text

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    from newsweave.model import Article
    from newsweave.readers import ReadOptions
    from newsweave.readers.stdin import StdinInput
    from newsweave.reading import ReadStats
from newsweave.cli.options import (
    EXIT_ERROR,
    EXIT_SKIPPED,
    AllowPrivate,
    FetchCache,
    HtmlOut,
    Jobs,
    JsonOut,
    MaxBytes,
    MdOut,
    PathsArg,
    StdinFormat,
    annotator,
    count_files,
    read_options,
    with_stdin,
)
from newsweave.cli.output import (
    err,
    ingest_summary,
    progress_bar,
    report_failures,
    stdout_console,
    summary_line,
    to_stdout,
    write_output,
    write_outputs,
)


def collect_articles(paths: list[str | StdinInput], options: ReadOptions) -> tuple[list[Article], ReadStats]:
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


def read(
    paths: PathsArg,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Write the clean articles as JSON lines.")] = None,
    max_bytes: MaxBytes = None,
    allow_private: AllowPrivate = False,
    fetch_cache: FetchCache = None,
    fmt: StdinFormat = "auto",
) -> None:
    """Read and clean articles; print one line per article (id, site, date, title, words)."""
    inputs = with_stdin(paths, fmt, max_bytes)
    articles, stats = collect_articles(inputs, read_options(max_bytes, allow_private, fetch_cache))
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


def brief(
    paths: PathsArg,
    json_out: JsonOut = None,
    md_out: MdOut = None,
    html_out: HtmlOut = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")] = False,
    max_bytes: MaxBytes = None,
    allow_private: AllowPrivate = False,
    fetch_cache: FetchCache = None,
    jobs: Jobs = 0,
    fmt: StdinFormat = "auto",
) -> None:
    """Reconstruct the stories the articles tell (largest first): figures and who gives them, quotes,
    actors, contradictions, timeline."""
    inputs = with_stdin(paths, fmt, max_bytes)
    with annotator(inputs, model, jobs) as (nlp, pool), progress_bar("briefing", count_files(inputs)) as advance:
        from newsweave.api import brief_with_summary  # imported while the workers load the model

        if pool is not None:  # the report's modules while the workers parse, once they have the articles
            pool.while_waiting(lambda: importlib.import_module("newsweave.report.terminal"))
        result, summary = brief_with_summary(
            inputs,
            nlp,
            read_options(max_bytes, allow_private, fetch_cache),
            on_skip=lambda e: err(f"skipped {e}"),
            on_file=advance,
            pool=pool,
        )
    report_failures(summary)
    if not summary.added:
        err(ingest_summary(summary))
        err("no article could be read; nothing to brief")
        raise typer.Exit(EXIT_ERROR)
    write_outputs(result, json_out, md_out, html_out)
    if not quiet and not to_stdout(json_out, md_out, html_out):
        from newsweave.report.terminal import render_terminal

        render_terminal(result, stdout_console())
    err(ingest_summary(summary))
    raise typer.Exit(EXIT_SKIPPED if summary.skipped or summary.extraction_failures else 0)
