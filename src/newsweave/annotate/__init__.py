"""The annotate stage: one spaCy pass per article, reused by every extractor.

Extractors read the shared parse and return records with character offsets into the article text;
none of them runs the model again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsweave.annotate.attribution import Resolver
from newsweave.annotate.entities import build_entities
from newsweave.annotate.events import extract_events
from newsweave.annotate.figures import FigureExtractor
from newsweave.annotate.quotes import QuoteExtractor
from newsweave.annotate.statements import extract_statements
from newsweave.model import Annotations, Article
from newsweave.nlp import parse

BATCH_SIZE = 16


def annotate_doc(doc: Doc, article: Article) -> Annotations:
    """Run every extractor over one parsed article."""
    entities = build_entities(doc, article.id, article.headings)
    resolver = Resolver(doc, entities)
    claims, measures = FigureExtractor(doc, article.id, resolver).extract()
    quotes = QuoteExtractor(doc, article.id, resolver).extract()
    events = extract_events(doc, article.id, resolver, article.published)
    statements = extract_statements(doc, article.id, article.headings)
    return Annotations(article.id, entities, claims, quotes, events, measures, statements)


def annotate(articles: Iterable[Article], nlp: Language) -> Iterator[Annotations]:
    """Parse the articles in batches with one model and extract from each parse."""
    articles = list(articles)
    docs = parse(nlp, (a.text for a in articles), batch_size=BATCH_SIZE)
    for article, doc in zip(articles, docs, strict=True):
        yield annotate_doc(doc, article)
