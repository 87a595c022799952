"""Embedded social posts are quotations of their author: a direct quote, the author an actor, a figure in
the post the author's claim, and a sentence introducing the post by "another" user credits the author."""

from __future__ import annotations

import gzip

import pytest

from newsweave.annotate import annotate
from newsweave.clean import clean
from newsweave.model import RawArticle
from tests.conftest import BENCH

PAGE_A = "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38"  # The Hill, meth story


def _annotated(nlp, raw: RawArticle):
    article = clean(raw)
    return article, next(annotate([article], nlp))


def _text(nlp, text: str):
    return _annotated(nlp, RawArticle(id="t", path=None, body=text, kind="text", format="text", title="A story"))


@pytest.fixture(scope="module")
def page_a(nlp):
    html = gzip.decompress((BENCH / "html" / f"{PAGE_A}.html.gz").read_bytes()).decode("utf-8")
    return _annotated(nlp, RawArticle(id=PAGE_A, path=PAGE_A, body=html, kind="html", format="html"))


def test_an_embedded_tweet_is_a_direct_quote_of_its_author(page_a):
    _, annotations = page_a
    quote = next(q for q in annotations.quotes if q.text.startswith("I love that they trademarked it."))
    assert quote.direct and quote.speaker == "Robert Maguire" and quote.cue == "tweeted"
    assert not quote.text.endswith("XPxUJuyIAC")  # the tweet's closing link is not what it says
    author = next(e for e in annotations.entities if e.id == quote.speaker_entity)
    assert (author.name, author.type) == ("Robert Maguire", "PERSON")
    assert not [e for e in annotations.entities if "t.co/" in e.name]  # the tweet's link is not an actor


def test_another_wondered_before_a_post_is_the_posts_author(page_a):
    _, annotations = page_a
    quote = next(q for q in annotations.quotes if q.text.startswith("why the state bothered to trademark"))
    assert not quote.direct and quote.speaker == "Robert Maguire"


def test_a_figure_in_a_post_is_asserted_by_its_author(nlp):
    _, annotations = _text(
        nlp,
        "The storm reached the coast on Thursday night and brought down power lines across the county.\n"
        "12 people were taken to hospital tonight. Please stay off the roads. "
        "— Springfield Fire Department (@springfieldfd) May 2, 2019\n"
        "The storm weakened overnight and moved inland, forecasters said on Friday morning.",
    )
    claim = next(c for c in annotations.claims if c.value == 12)
    assert claim.asserted_by == "Springfield Fire Department"
    author = next(e for e in annotations.entities if e.id == claim.source_entity)
    assert author.type == "ORG"  # a department is an organisation, not a person


def test_a_titled_author_joins_the_person_the_article_names(nlp):
    article, annotations = _text(
        nlp,
        "Governor Kristi Noem launched the campaign on Monday in an effort to address the meth crisis.\n"
        "Hey Twitter, the whole point of this ad campaign is to raise awareness. So I think that's working.\n"
        "— Governor Kristi Noem (@govkristinoem) November 18, 2019\n"
        "Critics said the slogan made the state look as if it were on the drug itself.",
    )
    quote = next(q for q in annotations.quotes if q.start == article.posts[0].start)
    people = [e for e in annotations.entities if e.id == quote.speaker_entity]
    assert quote.speaker == "Kristi Noem" and people and len(people[0].mentions) >= 2


def test_a_plural_speaker_before_a_post_is_not_its_author(nlp):
    _, annotations = _text(
        nlp,
        "The tagline drew ridicule across social media on Monday, and the state defended it.\n"
        "Many people wondered why the state bothered to trademark the tagline in the first place.\n"
        "I love that they trademarked it. No one is going to take your slogan.\n"
        "— Robert Maguire (@RobertMaguire_) November 18, 2019",
    )
    wondered = [q for q in annotations.quotes if q.text.startswith("why the state")]
    assert all(q.speaker != "Robert Maguire" for q in wondered)
    assert any(q.speaker == "Robert Maguire" and q.direct for q in annotations.quotes)


@pytest.mark.parametrize(
    ("signature", "kind"),
    [
        ("— RT (@RT_com) November 25, 2017", "ORG"),  # an acronym, as the entities read one
        ("— Cincinnati Zoo (@CincinnatiZoo) May 28, 2016", "ORG"),
        ("— Flightradar24 (@flightradar24) December 31, 2017", "ORG"),
        ("— Neil deGrasse Tyson (@neiltyson) December 3, 2017", "PERSON"),
    ],
)
def test_a_post_authors_type_follows_the_shape_of_the_name(nlp, signature, kind):
    _, annotations = _text(
        nlp,
        "Witnesses across the region reported a bright light in the night sky on Tuesday evening.\n"
        f"What a sight over the city tonight.\n{signature}\n"
        "Astronomers said the object was most likely a small meteor burning up in the atmosphere.",
    )
    quote = next(q for q in annotations.quotes if q.text.startswith("What a sight"))
    assert next(e.type for e in annotations.entities if e.id == quote.speaker_entity) == kind
