"""Which body "the company" is, on a news-threads article (round 10): the body just acted on or speaking in the
sentences before, not the one the article names most often. The test reads the article's own text from the shared
JSON, read and cleaned as the pipeline reads it."""

from __future__ import annotations

from newsweave.annotate import annotate
from newsweave.reading import read_articles
from tests.conftest import SHARED

ARTICLES = SHARED / "data" / "news-threads" / "articles"
TELEGRAM = ARTICLES / "26c06dca71d6f3c4e092f9131a98cb3a99cc0085b091302300ad128b.json"


def _quote_speakers(nlp, words: str) -> list[str | None]:
    annotations = next(annotate(read_articles(TELEGRAM), nlp))
    return [q.speaker for q in annotations.quotes if words in q.text]


def test_the_company_is_the_body_just_named_not_the_one_named_most(nlp):
    # 'Telegram has not yet responded ... Durov ... fled his native country in 2014. He has since run Telegram from
    # various overseas outposts, most recently Dubai. On its website, the company said it is "ready to relocate ..."'
    # (Apple is named more often in the article)
    speakers = _quote_speakers(nlp, "ready to relocate again")
    assert speakers and set(speakers) == {"Telegram"}


def test_the_company_after_a_sentence_about_apple_is_apple(nlp):
    # "Apple's guidelines indicate that ... Nor should they be inflammatory ..., the company says."
    speakers = _quote_speakers(nlp, "Nor should they be inflammatory")
    assert speakers == ["Apple"]
