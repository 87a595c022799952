"""The command line: a thin Typer layer over plain functions that tests call directly.

Each group of commands lives in its own module as plain functions; this module makes the Typer app and
registers them, in one place, in the order `--help` lists them.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from newsweave import __version__
from newsweave.cli.articles import brief, read
from newsweave.cli.batch import run_command
from newsweave.cli.evaluate import (
    eval_all,
    eval_clean,
    eval_events,
    eval_extract,
    eval_figures,
    eval_quantities,
    eval_stories,
)
from newsweave.cli.options import EXIT_ERROR
from newsweave.cli.output import err, write_atomic
from newsweave.cli.serving import serve
from newsweave.cli.stored import annotate, export, ingest, show, stories
from newsweave.errors import NewsweaveError

app = typer.Typer(
    help="newsweave: many news reports in, one sourced picture of the story out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the pipeline against the gold files and benchmarks.", no_args_is_help=False)
app.add_typer(eval_app, name="eval")


def show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsweave {__version__}\n")
        raise typer.Exit()


def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """newsweave: many news reports in, one sourced picture of the story out."""


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


app.callback()(main_options)
app.command()(read)
app.command()(brief)
app.command()(ingest)
app.command()(annotate)
app.command()(stories)
app.command()(show)
app.command()(export)
app.command("run")(run_command)
app.command()(serve)
eval_app.callback(invoke_without_command=True)(eval_all)
eval_app.command("clean")(eval_clean)
eval_app.command("extract")(eval_extract)
eval_app.command("quantities")(eval_quantities)
eval_app.command("stories")(eval_stories)
eval_app.command("figures")(eval_figures)
eval_app.command("events")(eval_events)

__all__ = ["app", "err", "main", "write_atomic"]
