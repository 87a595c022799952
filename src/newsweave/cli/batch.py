"""`run`: the batch engine into Parquet tables, on this machine or on Ray."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    pass
from newsweave.cli.options import EXIT_SKIPPED, PathsArg
from newsweave.cli.output import err


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
    shard_files: Annotated[
        int, typer.Option("--shard-files", help="Most small files grouped in one shard (a unit of work and resume).")
    ] = 64,
) -> None:
    """Batch run: every input into Parquet tables (articles, stories, entities, claims, figures, quotes,
    events, contradictions, summary); a killed run resumes where it stopped."""
    from newsweave.batch.run import run_batch
    from newsweave.errors import NewsweaveError

    if "-" in paths:  # shards are files, read again by workers and on resume: a pipe is read only once
        raise NewsweaveError("run reads files, not - (stdin): save the input to a file and name it")
    report = run_batch(paths, out, engine, model, extract, workers, address, briefs, max(1, shard_files))
    for line in report.skipped:
        err(f"skipped {line}")
    for line in report.dropped:
        err(line)
    err(
        f"run ({report.engine}): {report.shards} shard(s), {report.resumed} already done; {report.articles} article(s),"
        f" {report.duplicates} duplicate(s), {report.stories} story(ies); tables in {out}"
    )
    raise typer.Exit(EXIT_SKIPPED if report.skipped or report.dropped else 0)
