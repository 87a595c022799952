"""Options and choices shared by the commands: paths, limits, outputs, parsing processes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    from newsweave.readers import ReadOptions
    from newsweave.readers.stdin import StdinInput


PROGRESS_MIN_FILES = 4


EXIT_SKIPPED = 1


EXIT_ERROR = 2


PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders, glob patterns, URLs; - reads standard input.", show_default=False)
]


StdinFormat = Annotated[
    str,
    typer.Option(
        "--format", help="How to read - (stdin): auto, text, html, json, jsonl or feed (auto: by its first bytes)."
    ),
]


def with_stdin(paths: list[str], fmt: str = "auto", max_bytes: int | None = None) -> list[str | StdinInput]:
    """The inputs with `-` replaced by what standard input holds, read once, before any work starts: empty
    stdin, `-` given twice or `--format` without `-` is a one-line error."""
    from newsweave.errors import NewsweaveError
    from newsweave.readers.decode import DEFAULT_MAX_BYTES
    from newsweave.readers.stdin import FORMATS, STDIN, read_stdin

    if fmt not in FORMATS:
        raise NewsweaveError(f"--format {fmt}: not a format of stdin (choose {', '.join(FORMATS)})")
    if STDIN not in paths:
        if fmt != "auto":
            raise NewsweaveError("--format says how to read - (stdin); files are read by their suffix")
        return list(paths)
    if paths.count(STDIN) > 1:
        raise NewsweaveError("- (stdin) is given twice: it can be read once")
    piped = read_stdin(sys.stdin.buffer, max_bytes or DEFAULT_MAX_BYTES, fmt)
    return [piped if path == STDIN else path for path in paths]


MaxBytes = Annotated[
    int | None, typer.Option("--max-bytes", help="Skip files larger than this (default 20 MiB).", show_default=False)
]


JsonOut = Annotated[Path | None, typer.Option("--json", help="Write the brief as JSON (the contract); - for stdout.")]


MdOut = Annotated[Path | None, typer.Option("--md", help="Write the brief as Markdown; - for stdout.")]


HtmlOut = Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report; - for stdout.")]


AllowPrivate = Annotated[
    bool, typer.Option("--allow-private", help="Let URL inputs name private or loopback addresses.")
]


FetchCache = Annotated[
    Path | None,
    typer.Option("--fetch-cache", help="Folder of the cache of fetched pages (default ~/.cache/newsweave)."),
]


def read_options(max_bytes: int | None, allow_private: bool = False, fetch_cache: Path | None = None) -> ReadOptions:
    """Reading limits, and how URL inputs (http/https pages and feeds) are fetched."""
    from newsweave.fetch.options import FetchOptions, default_cache_dir
    from newsweave.readers import ReadOptions

    fetch = FetchOptions(allow_private=allow_private, cache_dir=fetch_cache or default_cache_dir())
    return ReadOptions(fetch=fetch) if max_bytes is None else ReadOptions(max_bytes=max_bytes, fetch=fetch)


def count_files(paths: list[str | StdinInput]) -> int:
    """Files to read (for the progress bar): stdin counts as one."""
    from newsweave.readers import expand_paths

    named = [p for p in paths if isinstance(p, str | Path)]
    return len(expand_paths(named)[0]) + len(paths) - len(named)


Jobs = Annotated[
    int, typer.Option("--jobs", "-j", help="Processes that parse (0: one per core; small inputs at most one per file).")
]


# Below this, the stories are assembled here (workers would import reconcile first), and the workers are at most
# one per input file: the first loads the model while this process imports the pipeline and reads, then forks
# the others, which share its model and its imports and parse a share of the few articles each (on kursk's 5,
# two workers parse in 0.45 and 0.5 s of CPU where one took 0.78 s, the forks' copied pages included). This
# process then imports reconcile, the summary and the report while they parse; it never imports spaCy. The
# workers are started only when a core is idle (load average at most the cores minus one) or --jobs asks for
# them; else the model loads here.
PARALLEL_MIN_BYTES = 1_000_000


def core_left(load: float, cores: int) -> bool:
    """Whether a machine of `cores` cores at 1-minute load average `load` leaves one core free for another
    process: more than one core, and the load at most the cores minus one."""
    return cores > 1 and load <= cores - 1


def idle_core() -> bool:
    """Whether another process would have a core of its own now (`core_left` of this machine's load)."""
    return core_left(os.getloadavg()[0], os.cpu_count() or 1)


@contextmanager
def annotator(
    paths: list[str | StdinInput], model: str | None, jobs: int
) -> Iterator[tuple[object | None, object | None]]:
    """(nlp, pool): the model in this process for one job (or a small input, no idle core and no --jobs), else a pool
    of parsing processes, started first (before this process imports the pipeline and reads its input, which
    it does meanwhile). One worker loads the model and forks the others from itself."""
    from newsweave.nlp import load_model, resolve_model
    from newsweave.readers import expand_paths

    asked, jobs = jobs, jobs or os.cpu_count() or 1
    named = [p for p in paths if isinstance(p, str | Path)]
    piped = sum(len(p.data) for p in paths if not isinstance(p, str | Path))  # stdin, already read
    files = [f for f in expand_paths(named)[0] if f.is_file()]
    small = piped + sum(f.stat().st_size for f in files) < PARALLEL_MIN_BYTES
    if jobs <= 1 or small and not asked and not idle_core():  # an explicit --jobs N is obeyed
        yield load_model(model), None
        return
    from newsweave.pipeline.parallel import ParallelAnnotator

    resolve_model(model)  # a wrong --model is one line here, before any worker starts (no load in this process)
    workers = min(jobs, max(1, len(files) + len(paths) - len(named))) if small else jobs
    with ParallelAnnotator(model, workers, assemble_here=small, fingerprint=not small) as pool:
        yield None, pool


DbOption = Annotated[str, typer.Option("--db", help="Store: a SQLite file or URL, or postgresql://...")]
