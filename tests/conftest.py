"""Shared paths and fixtures. Test inputs are real texts: the kursk example, the shared data sets."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KURSK = ROOT / "examples" / "kursk"
GOLD = SHARED / "gold" / "kursk.json"
BBC = SHARED / "data" / "bbc-news"
BENCH = SHARED / "data" / "article-extraction-benchmark"
POLNEAR = SHARED / "data" / "polnear"
ECBPLUS = SHARED / "data" / "ecbplus"


def bbc_article(name: str) -> tuple[str, str]:
    """(headline, body) of a BBC article such as 'business/001'."""
    text = (BBC / f"{name}.txt").read_text(encoding="utf-8")
    headline, _, body = text.partition("\n")
    return headline.strip(), body.strip()


def bench_page(index: int = 0) -> tuple[str, dict]:
    """(html, ground truth item) of the index-th benchmark page in id order."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    page_id = sorted(truth)[index]
    html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    return html, truth[page_id]


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def kursk_articles():
    from newsweave.reading import read_articles

    return {Path(a.path).name: a for a in read_articles([KURSK])}


@pytest.fixture(scope="session")
def nlp():
    from newsweave.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def kursk_annotations(kursk_articles, nlp):
    """Annotations of the kursk example by file name."""
    from newsweave.annotate import annotate

    articles = list(kursk_articles.values())
    return {Path(a.path).name: ann for a, ann in zip(articles, annotate(articles, nlp), strict=True)}


@pytest.fixture(scope="session")
def kursk_brief_records(nlp):
    """The brief `newsweave brief examples/kursk` makes, as typed records (the shipped path)."""
    from newsweave.api import brief

    return brief(KURSK, nlp)


@pytest.fixture(scope="session")
def kursk_brief(kursk_brief_records):
    """The same brief as the JSON contract's data."""
    from newsweave.contract import to_data

    return to_data(kursk_brief_records)


def annotate_text(nlp, text: str, published: str | None = None, article_id: str = "t"):
    """Annotations of one real passage, cleaned as plain text."""
    from newsweave.annotate import annotate
    from newsweave.model import Article

    article = Article(id=article_id, text=text, published=published)
    return next(annotate([article], nlp))


def figure_source(annotations, text: str, words: str) -> str | None:
    """Who asserts the figure whose words start with `words` (the test fails when no figure does)."""
    found = [c for c in annotations.claims + annotations.measures if text[c.start : c.end].startswith(words)]
    assert found, f"no figure {words!r}"
    return found[0].asserted_by


# The news-threads Falcon Heavy thread (2018-02): one payload told by two outlets, each with its conversion in
# brackets (Washington Post, Daily Mail); the figure grouping tests read them.
FALCON_HEAVY_WAPO = (
    "The Heavy is capable of delivering, in one fell swoop, 140,660 pounds (63,800 kilograms) of cargo to low-Earth "
    "orbit, nearly 60,000 pounds (26,700 kilograms) to high-Earth orbit, 37,000 pounds (16,800 kilograms) to Mars and "
    "7,700 pounds (3,500 kilograms) to Pluto."
)
FALCON_HEAVY_MAIL = (
    "The vast rocket, which is ultimately three Falcon 9 rockets linked together, will have the combined thrust to "
    "eventually launch 140,000 pounds (63,500kg) of cargo into orbit."
)
