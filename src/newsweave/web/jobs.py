"""Ingests started from the web form, run one at a time on a worker thread, with progress to show.

One worker thread means one writer from this server; the store's writer lock keeps other processes out.
The spaCy pipeline is loaded by the worker on its first job and kept for the next ones.
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.fetch.options import FetchOptions
from newsweave.readers import ReadOptions
from newsweave.store.interface import Store
from newsweave.web.uploads import remove_uploads


@dataclass
class Job:
    """One ingest: what it reads and how far it got."""

    id: str
    files: list[Path] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    state: str = "queued"  # queued, running, done, failed
    stage: str = "waiting for the ingest before it"
    done_inputs: int = 0
    notes: list[str] = field(default_factory=list)  # one line per skipped input or refused upload
    summary: str | None = None
    added: int = 0
    stories_updated: int = 0
    started: float | None = None
    finished: float | None = None

    @property
    def total_inputs(self) -> int:
        return len(self.files) + len(self.urls)

    @property
    def finished_ok(self) -> bool:
        return self.state == "done"


class Jobs:
    """A queue of ingest jobs and the one thread that runs them."""

    def __init__(self, store: Store, model: str | None, extract: bool, fetch: FetchOptions, max_bytes: int) -> None:
        self.store = store
        self.model = model
        self.extract = extract
        self.options = ReadOptions(max_bytes=max_bytes, fetch=fetch)
        self.jobs: dict[str, Job] = {}
        self.pending: queue.Queue[Job | None] = queue.Queue()
        self.lock = threading.Lock()
        self.ids = itertools.count(1)
        self.nlp = None
        self.thread = threading.Thread(target=self._work, name="newsweave-ingest", daemon=True)
        self.thread.start()

    def submit(self, files: list[Path], urls: list[str], notes: list[str]) -> Job:
        with self.lock:
            job = Job(id=f"j{next(self.ids)}", files=files, urls=urls, notes=list(notes))
            self.jobs[job.id] = job
        self.pending.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def close(self) -> None:
        self.pending.put(None)
        self.thread.join(timeout=5)

    def _work(self) -> None:
        while (job := self.pending.get()) is not None:
            job.state, job.started = "running", time.time()
            try:
                self._run(job)
                job.state = "done"
            except Exception as exc:  # noqa: BLE001 - a failed job is reported on its page, the server goes on
                job.state = "failed"
                job.notes.append(f"ingest failed: {type(exc).__name__}: {exc}")
            finally:
                job.finished = time.time()
                took = job.finished - (job.started or job.finished)
                job.stage = f"{'finished' if job.state == 'done' else 'stopped'} after {took:.1f} s"
                with self.lock:
                    keep = {p for j in self.jobs.values() if j.state == "queued" for p in j.files}
                remove_uploads(job.files, keep)

    def _run(self, job: Job) -> None:
        from newsweave.pipeline.local import LocalEngine

        if self.extract and self.nlp is None:
            job.stage = "loading the language model"
            from newsweave.nlp import load_model

            self.nlp = load_model(self.model)
        job.stage = "reading and annotating"

        def advance() -> None:
            job.done_inputs += 1
            if job.done_inputs >= job.total_inputs:
                job.stage = "writing and summarising the stories"

        summary = LocalEngine(self.store, self.nlp if self.extract else None).run(
            [*map(str, job.files), *job.urls],
            self.options,
            on_skip=lambda error: job.notes.append(f"skipped {_shown(error.source)}: {error.reason}"),
            on_file=advance,
            on_wait=lambda message: setattr(job, "stage", "waiting: another ingest is writing to the store"),
        )
        job.added, job.stories_updated = summary.added, summary.stories_updated
        for drop in summary.extraction_failures:
            job.notes.append(f"{drop.article}: {drop.reason}")
        job.summary = (
            f"read {summary.read.articles} article(s) from {summary.read.files} input(s); {summary.added} new, "
            f"{summary.unchanged} already stored, {summary.duplicates} duplicate(s), {summary.rewrites} rewrite(s); "
            f"{summary.stories_updated} story(ies) updated"
        )


def _shown(source: str) -> str:
    """An input as the user knows it: a URL, or an uploaded file's name (not the server's temp path)."""
    if "://" in source:
        return source
    return Path(source.split("#")[0]).name or source
