"""newsweave: many news reports in, one sourced picture of the story out."""

from newsweave.brief import brief
from newsweave.model import Article
from newsweave.reading import iter_articles, read_articles

__all__ = ["Article", "brief", "iter_articles", "read_articles"]
__version__ = "0.1.0"
