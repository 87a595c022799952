"""Time and size bounds for cleaning one page: trafilatura has no timeout of its own outside its CLI.

A page with more markup than `max_tags` would build a tree too large to hold, and one that takes longer
than `seconds` to clean is abandoned; either is skipped with its reason, and the run goes on.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from newsweave.errors import InputError


@dataclass(frozen=True)
class Bounds:
    seconds: float = 20.0
    max_tags: int = 400_000  # roughly 400 MB of lxml tree; the largest benchmark page has about 3,200


class OverBound(InputError):
    """A page skipped because cleaning it would exceed a bound."""


def check_size(html: str, source: str, bounds: Bounds) -> None:
    tags = html.count("<")
    if tags > bounds.max_tags:
        raise OverBound(source, "over the size bound", f"{tags:,} tags, limit {bounds.max_tags:,}")


@contextmanager
def time_limit(source: str, bounds: Bounds) -> Iterator[None]:
    """Raise OverBound when the block runs past `bounds.seconds`.

    The alarm signal reaches only the main thread; elsewhere the block runs unbounded in time."""
    if threading.current_thread() is not threading.main_thread() or bounds.seconds <= 0:
        yield
        return

    def _expire(signum: int, frame: FrameType | None) -> None:
        raise OverBound(source, "over the time bound", f"{bounds.seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, bounds.seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
