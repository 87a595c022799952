"""Read and clean many inputs: the first two pipeline stages, with every skip counted and explained."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.clean import clean
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.readers import ReadOptions, expand_paths, read_file


@dataclass
class ReadStats:
    """What a read did: files seen, articles produced, and every skip with its reason."""

    files: int = 0
    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)

    def by_reason(self) -> Counter[str]:
        return Counter(e.reason.split(" (")[0] for e in self.skipped)


def iter_articles(
    paths: Iterable[str | Path],
    options: ReadOptions | None = None,
    stats: ReadStats | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[Article | InputError]:
    """Yield clean articles and, in input order, the errors for what had to be skipped."""
    from newsweave.fetch.sources import fetch_url, split_urls

    stats = stats if stats is not None else ReadStats()
    urls, paths = split_urls(paths)  # http(s) inputs are fetched (newsweave.fetch), the rest read from disk
    files, missing = expand_paths(paths)
    for error in missing:
        stats.skipped.append(error)
        yield error
    seen_ids: Counter[str] = Counter()
    fetch = options.fetch if options else None
    inputs = [(p, read_file(p, options)) for p in files]
    inputs += [(u, fetch_url(u, fetch, (options or ReadOptions()).max_bytes)) for u in urls]
    for path, items in inputs:
        stats.files += 1
        for item in items:
            if isinstance(item, InputError):
                stats.skipped.append(item)
                yield item
                continue
            try:
                article = clean(item)
            except InputError as error:
                stats.skipped.append(error)
                yield error
                continue
            seen_ids[article.id] += 1
            if seen_ids[article.id] > 1:  # same file name in two folders: keep both, ids stay unique
                article.id = f"{article.id}~{seen_ids[article.id]}"
            stats.articles += 1
            yield article
        if on_file:
            on_file(path)


def read_articles(paths: Iterable[str | Path], options: ReadOptions | None = None) -> list[Article]:
    """Library entry point: the clean articles of `paths`, skipping (not raising on) bad input."""
    return [a for a in iter_articles(paths, options) if isinstance(a, Article)]
