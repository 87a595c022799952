"""The store commands: `ingest`, `annotate`, `stories`, `show`, `export`."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from newsweave.errors import NewsweaveError
from newsweave.textsafety import term_text

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    from newsweave.readers import ReadOptions
    from newsweave.readers.stdin import StdinInput
from newsweave.cli.options import (
    EXIT_SKIPPED,
    AllowPrivate,
    DbOption,
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
from newsweave.cli.output import err, ingest_summary, progress_bar, report_failures, stdout_console, write_outputs


def run_ingest(paths: list[str | StdinInput], store, nlp, options: ReadOptions, pool=None):
    """Ingest with a progress bar over the input files and one stderr line per skipped input."""
    from newsweave.pipeline.local import LocalEngine

    with progress_bar("ingesting", count_files(paths)) as advance:
        return LocalEngine(store, nlp, pool=pool).run(
            paths, options, on_skip=lambda e: err(f"skipped {e}"), on_file=advance, on_wait=err
        )


def ingest(
    paths: PathsArg,
    db: DbOption = "newsweave.db",
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Run the annotate stage.")] = True,
    max_bytes: MaxBytes = None,
    allow_private: AllowPrivate = False,
    fetch_cache: FetchCache = None,
    jobs: Jobs = 0,
    fmt: StdinFormat = "auto",
) -> None:
    """Add articles (files, folders, feeds, archives, stdin) to the local store; re-ingesting changes nothing."""
    from newsweave.store import open_store

    inputs = with_stdin(paths, fmt, max_bytes)  # before the store opens: an empty stdin changes nothing
    store = open_store(db)
    try:
        options = read_options(max_bytes, allow_private, fetch_cache)
        if extract:
            with annotator(inputs, model, jobs) as (nlp, pool):
                summary = run_ingest(inputs, store, nlp, options, pool)
        else:
            summary = run_ingest(inputs, store, None, options)
    finally:
        store.close()
    report_failures(summary)
    err(ingest_summary(summary))
    raise typer.Exit(EXIT_SKIPPED if summary.skipped or summary.extraction_failures else 0)


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
