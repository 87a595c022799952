"""Per-article and per-story work in several processes sharing one loaded spaCy pipeline; each takes
tasks from one shared queue (annotate a few articles, or assemble a few stories) and sends back typed
records. Output is identical to one process: each article is annotated alone, each story assembled alone,
and results are given back in the order they were asked for.

Tasks are queued, not handed out in a fixed split, so a worker that finishes early takes the next task and
no worker waits for a slow one; the caller can queue the next batch before it collects the last one (the
local engine reads, fingerprints, clusters and stores one batch while the workers parse the next). The first
worker is forked before the caller starts any thread (a progress bar) or imports the pipeline, so it loads
the model while the caller reads; the others are forks of it made after the load, sharing the model's
memory. A worker holds its model in a local variable of its loop, not in a module global. The queues'
feeder threads send in the background, so neither side ever blocks the other on a full pipe.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import queue
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newsweave.errors import NewsweaveError
from newsweave.model import Annotations, Article

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

    from newsweave.records import Story


@dataclass
class Fingerprinted:
    """An article's MinHash signature, LSH bands and clustering terms, made by a worker beside its annotations."""

    signature: bytes
    bands: list[tuple[int, int]]
    terms: Counter[str]


# the annotations, why extraction failed (None when it did not), and the fingerprint when the worker made one
Result = tuple[Annotations, str | None, Fingerprinted | None]
StoryGroup = tuple[str, list[Article], list[Annotations]]  # story id, its articles, their annotations
TASK_ARTICLES = 8  # articles per annotate task: small enough to balance the workers, large enough for nlp.pipe
TASK_STORIES = 4  # stories per assemble task, or fewer: a task is closed once its stories hold TASK_STORY_ARTICLES
TASK_STORY_ARTICLES = 8
WAIT = 1.0  # seconds between checks that every worker is still alive while waiting for a result


def _annotate(articles: list[Article], nlp: Any, fingerprint: bool = False) -> list[Result]:
    from newsweave.annotate import annotate, failure_reason

    failed: dict[str, str] = {}

    def on_error(article: Article, error: Exception) -> None:
        failed[article.id] = failure_reason(error)

    found = list(annotate(articles, nlp, on_error))
    prints = [_fingerprint(a) for a in articles] if fingerprint else [None] * len(articles)
    return [(a, failed.get(a.article), p) for a, p in zip(found, prints, strict=True)]


def _fingerprint(article: Article) -> Fingerprinted:
    from newsweave.stories.dedupe import band_keys, signature, to_bytes
    from newsweave.stories.features import article_terms

    minhash = signature(article.text)
    return Fingerprinted(to_bytes(minhash), band_keys(minhash), article_terms(article.text, article.title))


def _assemble(groups: list[StoryGroup]) -> list[Story]:
    from newsweave.reconcile.story import assemble_story

    return [assemble_story(story_id, articles, annotations) for story_id, articles, annotations in groups]


def prepare_assembly() -> None:
    """Import what assembling a story needs (reconcile and the summary) ahead of the first story."""
    from newsweave.reconcile import story  # noqa: F401


# A passage of news (BBC business/004: a dated day, money, a share, a speaker). Annotating it once builds what
# extraction builds on its first article (dateparser's time-zone patterns and English locale, the unit tables):
# 0.27 s of CPU, made once before the forks share it instead of once in every worker.
WARM_UP_TEXT = (
    "British Airways has blamed high fuel prices for a 40% drop in profits.\n\n"
    "Reporting its results for the three months to 31 December 2004, the airline made a pre-tax profit of £75m "
    "($141m) compared with £125m a year earlier. Rod Eddington, BA's chief executive, said the results were "
    '"respectable" in a third quarter when fuel costs rose by £106m or 47.3%.'
)


def warm_up(nlp: Any) -> Annotations:
    """Annotate `WARM_UP_TEXT` (its annotations are returned and not kept)."""
    from newsweave.annotate import annotate

    return next(annotate([Article(id="warm-up", text=WARM_UP_TEXT)], nlp))


def _next_task(tasks: Queue, parent: BaseProcess | None) -> tuple | None:
    """The next task, or None when told to stop or when the process that started the pool is gone (killed
    before it could say so: a worker must not wait forever for tasks nobody will send)."""
    while True:
        try:
            return tasks.get(timeout=WAIT)
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                return None


def _worker(tasks: Queue, results: Queue, model: str | None, siblings: int = 0) -> None:
    """A worker's whole life: load the model, start `siblings` more workers as forks of this one (so the
    model is loaded once, not once per worker), then do each task it takes until it takes None."""
    from newsweave.nlp import load_model

    try:
        nlp = load_model(model)
    except NewsweaveError as error:
        for _ in range(siblings + 1):
            results.put((-1, None, str(error)))
        return
    from newsweave.annotate import load_extractors

    load_extractors()  # before the forks, so they share them too
    if siblings:
        warm_up(nlp)  # what the first article builds, built once for all the forks
    parent = multiprocessing.parent_process()  # the forks watch it too (its sentinel is inherited), not this one
    fork = multiprocessing.get_context("fork")
    forks = [fork.Process(target=_work, args=(tasks, results, nlp, parent)) for _ in range(siblings)]
    for process in forks:  # before this process puts anything: no queue feeder thread exists yet to be forked
        process.start()
    _work(tasks, results, nlp, parent)
    for process in forks:
        process.join()


def _exit_with(parent: BaseProcess) -> None:
    """End this worker at once when `parent` ends: killed while its queue's feeder thread was writing a task,
    it leaves half a message in the pipe, which a worker reading it would wait for for ever (and a worker
    exiting would wait for its own feeder thread, blocked on a pipe nobody reads)."""
    parent.join()
    os._exit(1)


def _work(tasks: Queue, results: Queue, nlp: Any, parent: BaseProcess | None) -> None:
    if parent is not None:  # started here, after any fork: each worker watches for itself
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    while (task := _next_task(tasks, parent)) is not None:
        number, kind, payload = task
        try:
            if kind == "assemble":
                done = _assemble(payload)
            else:
                done = _annotate(payload, nlp, fingerprint=kind == "annotate+fingerprint")
        except Exception as error:  # a whole task failed (an extractor's failure is caught per article)
            results.put((number, None, f"{kind} failed: {type(error).__name__}: {error}"))
        else:
            results.put((number, done, None))


@dataclass
class Ticket:
    """Tasks queued for one call, collected later in the order they were queued."""

    numbers: list[int] = field(default_factory=list)


class ParallelAnnotator:
    """A pool of `jobs` processes that annotate articles and assemble stories; use it as a context manager.

    One process is started at once, forked from this one when no other thread runs here (else spawned): it
    loads the model while the caller goes on importing and reading, then forks the other `jobs - 1`, which
    share its loaded model. `assemble_here` keeps the per-story steps in the calling process (for a few
    articles, whose stories are assembled faster here than by workers that would import reconcile first).

    Work the caller will need later (imports, mostly) can be left to `while_waiting`: it is done the first
    time the caller waits for a result, while the workers load the model or parse, instead of before the
    caller has handed them anything. With `assemble_here`, importing reconcile and the summary is such work."""

    def __init__(self, model: str | None, jobs: int, assemble_here: bool = False, fingerprint: bool = False) -> None:
        self.model = model
        self.jobs = max(1, jobs)
        self.assemble_here = assemble_here
        self.fingerprint = fingerprint  # the workers also make each article's signature, bands and terms
        self.workers: list[BaseProcess] = []
        self._next = 0
        self._done: dict[int, Any] = {}
        self._waiting_work: list[Callable[[], object]] = [prepare_assembly] if assemble_here else []

    def while_waiting(self, work: Callable[[], object]) -> None:
        """Do `work` the first time this process waits for a worker's result (or at once if it did already)."""
        self._waiting_work.append(work)

    def __enter__(self) -> ParallelAnnotator:
        alone = threading.active_count() == 1  # no thread here that a fork would copy in a half-done state
        context = multiprocessing.get_context("fork" if alone else "spawn")
        self._tasks, self._results = context.Queue(), context.Queue()
        # not waited for: the caller reads its input while the model loads
        process = context.Process(target=_worker, args=(self._tasks, self._results, self.model, self.jobs - 1))
        process.start()
        self.workers.append(process)
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        for _ in range(self.jobs):
            with contextlib.suppress(OSError, ValueError):
                self._tasks.put(None)
        workers, self.workers, self._done = self.workers, [], {}
        if kind is None:
            # Every result is in: each worker takes its stop and ends on its own while the caller writes its output
            # (waiting here for them to end kept `brief` from its report for 0.03 to 0.1 s). They are reaped when
            # this process exits, before multiprocessing's own join of its children at exit, which has no bound.
            atexit.register(_reap, workers)
        else:
            _reap(workers)
        for channel in (self._tasks, self._results):
            channel.cancel_join_thread()  # never wait at exit for data nobody will read
            channel.close()

    def submit(self, kind: str, chunks: Sequence[list]) -> Ticket:
        """Queue one task per chunk (`kind` is "annotate", "annotate+fingerprint" or "assemble"); return at once."""
        ticket = Ticket()
        for chunk in chunks:
            self._tasks.put((self._next, kind, chunk))
            ticket.numbers.append(self._next)
            self._next += 1
        return ticket

    def collect(self, ticket: Ticket) -> list:
        """The results of a ticket's tasks, joined in the order they were queued (waits for them)."""
        joined: list = []
        for number in ticket.numbers:
            while number not in self._done:
                self._receive()
            joined.extend(self._done.pop(number))
        return joined

    def start_annotating(self, articles: list[Article]) -> Ticket:
        """Queue the articles in tasks of `task_size` articles."""
        size = task_size(len(articles), self.jobs, self.assemble_here)
        return self.submit("annotate+fingerprint" if self.fingerprint else "annotate", _chunks(articles, size))

    def annotate(self, articles: list[Article]) -> list[Result]:
        """Annotations of every article, in input order."""
        return self.collect(self.start_annotating(articles))

    def assemble(self, groups: list[StoryGroup]) -> list[Story]:
        """Every story group reconciled and summarised (`reconcile.story.assemble_story`), in input order."""
        if self.assemble_here:
            return _assemble(groups)
        return self.collect(self.submit("assemble", list(story_tasks(groups))))

    def assemble_stream(self, groups: Iterable[StoryGroup], ahead: int = 64) -> Iterator[Story]:
        """`assemble` of groups made as they are needed: at most about `ahead` groups are queued at a time, so a
        caller that reads each group's annotations when it is asked for never holds every story's at once."""
        if self.assemble_here:
            for group in groups:
                yield from _assemble([group])
            return
        queued: deque[tuple[Ticket, int]] = deque()
        waiting = 0
        for chunk in story_tasks(groups):
            queued.append((self.submit("assemble", [chunk]), len(chunk)))
            waiting += len(chunk)
            while waiting > ahead:
                ticket, size = queued.popleft()
                waiting -= size
                yield from self.collect(ticket)
        for ticket, _ in queued:
            yield from self.collect(ticket)

    def _receive(self) -> None:
        while self._waiting_work:
            self._waiting_work.pop(0)()
        while True:
            try:
                number, done, failure = self._results.get(timeout=WAIT)
                break
            except queue.Empty:
                stopped = [p for p in self.workers if not p.is_alive()]
                if stopped:
                    raise NewsweaveError(f"a worker process stopped (exit code {stopped[0].exitcode})") from None
        if failure is not None:
            raise NewsweaveError(failure)
        self._done[number] = done


def _reap(workers: list[BaseProcess]) -> None:
    """Wait for each worker to end (10 s at most, then kill it: its forks stop on their own, they see it gone)."""
    for process in workers:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()


def task_size(articles: int, jobs: int, small: bool) -> int:
    """Articles per annotate task: `TASK_ARTICLES`, or fewer so that a small batch keeps every worker busy; one
    for a small input, so that the workers balance themselves: the forked worker parses more slowly than the
    one it was forked from (it pays its copied pages and the extractors' first calls again: on kursk, 0.73 s
    of CPU for two articles against 0.63 s for three), and a worker that is done takes the next article."""
    if small:
        return 1
    return max(1, min(TASK_ARTICLES, -(-articles // jobs)))


def story_tasks(groups: Iterable[StoryGroup]) -> Iterator[list[StoryGroup]]:
    """The groups in assemble tasks, drawn as each task is made: TASK_STORIES stories, or fewer once they hold
    TASK_STORY_ARTICLES articles. A large story is a task of its own: `brief` ranks the largest first, and the four
    largest in one task kept one worker on them (95 of 600 BBC articles, half its assembly time) while the other
    had assembled every other story and waited."""
    task: list[StoryGroup] = []
    articles = 0
    for group in groups:
        task.append(group)
        articles += len(group[1])
        if len(task) == TASK_STORIES or articles >= TASK_STORY_ARTICLES:
            yield task
            task, articles = [], 0
    if task:
        yield task


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
