"""newsweave: many news reports in, one sourced picture of the story out.

The public names are imported on first use (PEP 562), so `import newsweave` and the command line's
`--help` stay fast: spaCy and trafilatura load only when something needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Article", "Brief", "Story", "brief", "ingest", "iter_articles", "read_articles"]

_HOMES = {
    "Article": "newsweave.model",
    "Brief": "newsweave.records",
    "Story": "newsweave.records",
    "brief": "newsweave.api",
    "ingest": "newsweave.api",
    "read_articles": "newsweave.api",
    "iter_articles": "newsweave.reading",
}

if TYPE_CHECKING:
    from newsweave.api import brief, ingest, read_articles
    from newsweave.model import Article
    from newsweave.reading import iter_articles
    from newsweave.records import Brief, Story


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
