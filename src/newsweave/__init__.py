"""newsweave: many news reports in, one sourced picture of the story out."""

from newsweave.model import Article
from newsweave.reading import iter_articles, read_articles

__all__ = ["Article", "iter_articles", "read_articles"]
__version__ = "0.1.0"
