"""What the commands write: one-line errors, progress bars, run summaries, files and standard output."""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsweave.errors import NewsweaveError
from newsweave.textsafety import one_line

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    from newsweave.reading import ReadStats
    from newsweave.records import Brief
from newsweave.cli.options import PROGRESS_MIN_FILES


def stdout_console() -> Console:
    """The terminal's width, or COLUMNS when set, or 160 columns when piped."""
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() else (None if sys.stdout.isatty() else 160)
    return Console(width=width, soft_wrap=False)


def err(message: str) -> None:
    """One line on stderr, never wrapped, never a traceback; control characters and line breaks made visible."""
    sys.stderr.write(f"newsweave: {one_line(message)}\n")
    sys.stderr.flush()


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write via an unpredictable temporary file, created exclusively beside `path`, then rename over `path`.

    A failure never leaves a half-written output, and a pre-placed symlink at a guessable temp name
    cannot redirect the write (mkstemp opens with O_CREAT | O_EXCL; rename replaces a symlink at `path`).
    """
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(fd, path.stat().st_mode & 0o777 if path.is_file() else 0o644)  # mkstemp's 0600 is too strict
            handle.writelines([text] if isinstance(text, str) else text)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise NewsweaveError(f"cannot write {path}: {exc.strerror or exc}") from None


@contextmanager
def progress_bar(label: str, total: int) -> Iterator[Callable[[], None]]:
    """A transient Rich progress bar on stderr for runs over PROGRESS_MIN_FILES files; yields `advance`. Only on a
    terminal: elsewhere a transient bar shows nothing, and its refresh thread would still wake ten times a second
    to lay the bar out (CPU taken from the parse)."""
    console = Console(stderr=True)
    bar = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=total < PROGRESS_MIN_FILES or not console.is_terminal,
    )
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def summary_line(stats: ReadStats) -> str:
    line = f"read {stats.articles} article(s) from {stats.files} file(s)"
    if stats.skipped:
        reasons = ", ".join(f"{n} {r}" for r, n in stats.by_reason().most_common())
        line += f"; skipped {len(stats.skipped)} ({reasons})"
    return line


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


def write_output(path: Path, text: str | Iterable[str]) -> None:
    """`-` is standard output; a device or pipe (`/dev/stdout`, a FIFO) is written in place, never replaced;
    a regular file is written atomically. `text` may come in pieces, written as they come."""
    if str(path) == "-":
        last = ""
        for piece in [text] if isinstance(text, str) else text:
            sys.stdout.write(piece)
            last = piece or last
        sys.stdout.write("" if last.endswith("\n") else "\n")
        sys.stdout.flush()
        return
    if path.exists() and not path.is_file():
        try:
            with open(path, "w", encoding="utf-8") as out:
                out.writelines([text] if isinstance(text, str) else text)
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
        from newsweave.contract import json_pieces

        write_output(json_out, json_pieces(result))
    if md_out:
        from newsweave.report.markdown import render_markdown

        write_output(md_out, render_markdown(result))
    if html_out:
        from newsweave.report.html import render_html

        write_output(html_out, render_html(result))
