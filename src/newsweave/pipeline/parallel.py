"""Annotate with several processes: each worker loads the spaCy pipeline once and parses the batches it is
sent, so a machine's cores all parse. Output is identical to one process (each article is annotated alone,
and results come back in input order).

Workers are plain processes joined by pipes, started with `spawn` (never a fork of a process that runs a
progress-bar thread); a worker holds its model in a local variable of its loop, not in a module global.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from types import TracebackType

from newsweave.errors import NewsweaveError
from newsweave.model import Annotations, Article

Result = tuple[Annotations, str | None]  # the annotations, and why extraction failed (None when it did not)


def _worker(connection: Connection, model: str | None) -> None:
    """A worker's whole life: load the model, then annotate each batch it receives until told to stop."""
    from newsweave.annotate import annotate
    from newsweave.nlp import load_model
    from newsweave.pipeline.steps import failure_reason

    nlp = load_model(model)
    connection.send("ready")
    while (articles := connection.recv()) is not None:
        failed: dict[str, str] = {}

        def on_error(article: Article, error: Exception, failed: dict[str, str] = failed) -> None:
            failed[article.id] = failure_reason(error)

        found = list(annotate(articles, nlp, on_error))
        connection.send([(a, failed.get(a.article)) for a in found])


class ParallelAnnotator:
    """A pool of `jobs` annotating processes; use it as a context manager."""

    def __init__(self, model: str | None, jobs: int) -> None:
        self.model = model
        self.jobs = max(1, jobs)
        self.workers: list[tuple[multiprocessing.Process, Connection]] = []

    def __enter__(self) -> ParallelAnnotator:
        context = multiprocessing.get_context("spawn")
        for _ in range(self.jobs):
            parent, child = context.Pipe()
            process = context.Process(target=_worker, args=(child, self.model), daemon=True)
            process.start()
            self.workers.append((process, parent))
        for process, connection in self.workers:
            self._receive(process, connection)  # "ready": the model loaded
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        for process, connection in self.workers:
            with contextlib.suppress(BrokenPipeError, OSError):
                connection.send(None)
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
        self.workers = []

    def annotate(self, articles: list[Article]) -> list[Result]:
        """Annotations of every article, in input order: contiguous chunks, one per worker."""
        size = -(-len(articles) // len(self.workers)) or 1
        chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
        busy = list(zip(self.workers, chunks, strict=False))
        for (_, connection), chunk in busy:
            connection.send(chunk)
        results: list[Result] = []
        for (process, connection), _ in busy:
            results.extend(self._receive(process, connection))
        return results

    @staticmethod
    def _receive(process: multiprocessing.Process, connection: Connection):
        try:
            return connection.recv()
        except EOFError:
            raise NewsweaveError(f"an annotating process stopped (exit code {process.exitcode})") from None
