"""The annotate stage: one spaCy pass per article, reused by every extractor.

Extractors read the shared parse and return records with character offsets into the article text;
none of them runs the model again.

The extractors (and spaCy, quantulum3, dateparser with them) are imported when an article is first
annotated, not with this package: the story steps import a few of its modules (the knowledge table, date
resolution, number formatting) in processes that never parse, such as `brief`'s main process while its
worker loads the model.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from newsweave.model import Annotations, Article
from newsweave.nlp import parse

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsweave.annotate.attribution import Resolver
    from newsweave.annotate.entities import build_entities
    from newsweave.annotate.events import extract_events
    from newsweave.annotate.figures import FigureExtractor
    from newsweave.annotate.posts import credit_posts
    from newsweave.annotate.quotes import QuoteExtractor
    from newsweave.annotate.statements import extract_statements

BATCH_SIZE = 16


class NotEnglish(Exception):
    """An article the English extractors must not read: it keeps its text and gets no extractions."""


def failure_reason(error: Exception) -> str:
    """Why an article has no extractions, as a reason its counts group by (before the colon)."""
    if isinstance(error, NotEnglish):
        return str(error)
    return f"extraction failed: {type(error).__name__}: {error}"


# Each extractor's name in this package, and its module: imported on first use (`load_extractors`), after which
# the names are this module's own, as an import at the top would have made them (tests replace one to fail).
_EXTRACTORS = {
    "Resolver": "newsweave.annotate.attribution",
    "build_entities": "newsweave.annotate.entities",
    "extract_events": "newsweave.annotate.events",
    "FigureExtractor": "newsweave.annotate.figures",
    "credit_posts": "newsweave.annotate.posts",
    "QuoteExtractor": "newsweave.annotate.quotes",
    "extract_statements": "newsweave.annotate.statements",
}


def load_extractors() -> None:
    """Import every extractor (and spaCy, quantulum3, dateparser with them) ahead of the first article."""
    namespace = globals()
    for name, module in _EXTRACTORS.items():
        if name not in namespace:
            namespace[name] = getattr(importlib.import_module(module), name)


def __getattr__(name: str) -> object:
    """`newsweave.annotate.build_entities` and the other extractors, imported when first asked for."""
    if name not in _EXTRACTORS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_extractors()
    return globals()[name]


def annotate_doc(doc: Doc, article: Article) -> Annotations:
    """Run every extractor over one parsed article."""
    load_extractors()
    entities = build_entities(doc, article.id, article.headings)
    resolver = Resolver(doc, entities)
    resolver.headline = article.title  # "the Brit" may be the headline's person
    claims, measures = FigureExtractor(doc, article.id, resolver).extract()
    quotes = QuoteExtractor(doc, article.id, resolver).extract()
    credit_posts(doc, article, entities, claims, quotes)
    events = extract_events(doc, article.id, resolver, article.published)
    statements = extract_statements(doc, article.id, article.headings)
    return Annotations(article.id, entities, claims, quotes, events, measures, statements)


def _report(article: Article, error: Exception) -> None:
    sys.stderr.write(
        f"newsweave: extraction failed for {article.path or article.id}: {type(error).__name__}: {error}\n"
    )


def annotate(
    articles: Iterable[Article], nlp: Language, on_error: Callable[[Article, Exception], None] = _report
) -> Iterator[Annotations]:
    """Parse the articles in batches with one model and extract from each parse.

    An extractor that fails on one article is reported (`on_error`) and that article keeps its text
    with no extractions: one odd article never costs the rest of the run."""
    articles = list(articles)
    english = [a.language in (None, "en") for a in articles]  # the extractors read English only
    docs = parse(nlp, (a.text for a, ok in zip(articles, english, strict=True) if ok), batch_size=BATCH_SIZE)
    for article, ok in zip(articles, english, strict=True):
        if not ok:
            on_error(
                article, NotEnglish(f"not extracted: the text is in {article.language}, the extractors read English")
            )
            yield Annotations(article.id)
            continue
        doc = next(docs)
        try:
            yield annotate_doc(doc, article)
        except Exception as error:  # noqa: BLE001 - any extractor bug must stay within its article
            on_error(article, error)
            yield Annotations(article.id)
