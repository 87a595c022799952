"""newsweave: many news reports in, one sourced picture of the story out."""

from newsweave.api import brief, ingest, read_articles
from newsweave.model import Article
from newsweave.reading import iter_articles
from newsweave.records import Brief, Story

__all__ = ["Article", "Brief", "Story", "brief", "ingest", "iter_articles", "read_articles"]
__version__ = "0.1.0"
