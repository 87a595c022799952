"""Read and clean many inputs: the first two pipeline stages, with every skip counted and explained.

Article ids come from the inputs themselves, never from the order they are met in: a single-article
file's id is its stem, a record's id its file stem plus record number (or the id the record carries).
When two inputs of one run would share an id, each gets `id~<8 hex>` from a hash of its full path and
record id, so the same folder read in any order, or from another working folder, gives the same ids.
Standard input (`-`, or a `StdinInput` already read) is one more input, named `stdin` (readers/stdin.py).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.clean import clean
from newsweave.errors import InputError
from newsweave.model import Article, RawArticle
from newsweave.readers import ReadOptions, article_stem, expand_paths, read_file
from newsweave.readers.bounds import html_over_bounds
from newsweave.readers.decode import DEFAULT_MAX_BYTES
from newsweave.readers.stdin import STDIN, StdinInput, read_piped, read_stdin


@dataclass
class ReadStats:
    """What a read did: files seen, articles produced, and every skip with its reason."""

    files: int = 0
    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)

    def by_reason(self) -> Counter[str]:
        return Counter(e.code for e in self.skipped)


def distinct_id(article_id: str, path: str | None) -> str:
    """`article_id~<8 hex>`: the hash of the input's absolute path and its id inside that file."""
    where = os.path.abspath(path) if path else ""
    digest = hashlib.sha256(f"{where}\0{article_id}".encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{article_id}~{digest}"


def clashing_stems(files: Iterable[Path]) -> set[str]:
    """Stems shared by two or more files of one run (`a/story.txt`, `b/story.txt`): their ids need a hash."""
    counts = Counter(article_stem(path) for path in files)
    return {stem for stem, n in counts.items() if n > 1}


def _clean(raw: RawArticle) -> Article:
    """clean() within bounds, with any unforeseen failure turned into a named skip of this one input."""
    source = raw.path or raw.id
    if raw.format in ("jsonl", "feed", "warc"):
        source = f"{source} record {raw.id}"
    if raw.kind == "html":
        problem = html_over_bounds(raw.body)
        if problem:
            raise InputError(source, "HTML over bounds", problem)
    try:
        return clean(raw)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a cleaning bug on one input must not end the run
        raise InputError(source, "cleaning failed", f"{type(exc).__name__}: {exc}") from None


def iter_articles(
    paths: str | Path | StdinInput | Iterable[str | Path | StdinInput],
    options: ReadOptions | None = None,
    stats: ReadStats | None = None,
    on_file: Callable[[Path | str], None] | None = None,
) -> Iterator[Article | InputError]:
    """Yield clean articles and, in input order, the errors for what had to be skipped. One path (a string)
    is one input, never a sequence of one-character paths."""
    from newsweave.fetch.sources import fetch_url, split_urls

    if isinstance(paths, str | Path | StdinInput):
        paths = [paths]
    stats = stats if stats is not None else ReadStats()
    max_bytes = (options or ReadOptions()).max_bytes
    piped, paths = split_stdin(paths, max_bytes)
    urls, paths = split_urls(paths)  # http(s) inputs are fetched (newsweave.fetch), the rest read from disk
    files, missing = expand_paths(paths)
    for error in missing:
        stats.skipped.append(error)
        yield error
    clashing = clashing_stems(files)
    given: set[str] = set()
    fetch = options.fetch if options else None
    inputs: list[tuple[object, Iterable[RawArticle | InputError]]] = [(p, read_file(p, options)) for p in files]
    inputs += [(STDIN, read_piped(item, max_bytes)) for item in piped]
    inputs += [(u, fetch_url(u, fetch, max_bytes)) for u in urls]
    for path, items in inputs:
        stats.files += 1
        for item in items:
            if isinstance(item, InputError):
                stats.skipped.append(item)
                yield item
                continue
            try:
                article = _clean(item)
            except InputError as error:
                stats.skipped.append(error)
                yield error
                continue
            if (isinstance(path, Path) and article_stem(path) in clashing) or article.id in given:
                article.id = distinct_id(article.id, article.path)
            if article.id in given:  # one file holding two records that carry the same id
                error = InputError(article.path or article.id, "duplicate article id", article.id)
                stats.skipped.append(error)
                yield error
                continue
            given.add(article.id)
            stats.articles += 1
            yield article
        if on_file:
            on_file(path)


def split_stdin(
    inputs: Iterable[str | Path | StdinInput], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[StdinInput], list[str | Path]]:
    """(what is read from standard input, everything else); `-` is read here, once, its format guessed."""
    piped: list[StdinInput] = []
    others: list[str | Path] = []
    for item in inputs:
        if isinstance(item, StdinInput):
            piped.append(item)
        elif isinstance(item, str) and item == STDIN:
            piped.append(read_stdin(sys.stdin.buffer, max_bytes))
        else:
            others.append(item)
    return piped, others


def read_articles(
    paths: str | Path | Iterable[str | Path | StdinInput], options: ReadOptions | None = None
) -> list[Article]:
    """Library entry point: the clean articles of `paths`, skipping (not raising on) bad input."""
    return [a for a in iter_articles(paths, options) if isinstance(a, Article)]
