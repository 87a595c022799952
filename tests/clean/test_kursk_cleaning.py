"""Cleaning on the kursk example, checked against the hand-made gold file."""

from __future__ import annotations

from newsweave.evaluation.metrics import norm


def test_every_boilerplate_string_is_gone(kursk_articles, gold):
    for name, want in gold["articles"].items():
        text = norm(kursk_articles[name].text)
        for snippet in want["boilerplate"]:
            assert norm(snippet) not in text, (name, snippet)


def test_every_body_sentence_is_kept(kursk_articles, gold):
    for name, want in gold["articles"].items():
        for snippet in want["keep"]:
            assert norm(snippet) in norm(kursk_articles[name].text), (name, snippet)


def test_titles_dates_and_sources_match_the_gold(kursk_articles, gold):
    for name, want in gold["articles"].items():
        article = kursk_articles[name]
        assert article.title == want["title"], name
        assert article.published == want["published"], name
        if want["original_source"]:
            assert want["original_source"] in article.original_source
        else:
            assert article.original_source is None
        if "site" in want:
            assert article.site == want["site"]


def test_author_bio_becomes_the_author_and_leaves_the_body(kursk_articles):
    article = kursk_articles["000_1e8fda47268a562a.txt"]
    assert article.author == "Allegra Nguyen"
    assert "Allegra" not in article.text and "Nguyen" not in article.text
    assert {r.reason for r in article.removed} >= {"author bio", "comments", "original source"}


def test_headings_are_kept_as_headings_and_list_items_are_not(kursk_articles, gold):
    for name, want in gold["articles"].items():
        article = kursk_articles[name]
        found = [h.text for h in article.headings]
        assert found == want.get("headings", []), name
        for heading in article.headings:
            assert article.text[heading.start : heading.end] == heading.text
    bullets = {h.text for h in kursk_articles["004_1f801f38dbe7ad15.txt"].headings}
    assert "Rockets and missiles" not in bullets


def test_nothing_is_silently_lost(kursk_articles):
    """Every line of the input is in the clean text, the title, the metadata lines, or `removed`."""
    from tests.conftest import KURSK

    for name, article in kursk_articles.items():
        pieces = [norm(p) for p in [article.title or "", *(r.text for r in article.removed)] if p]
        body = norm(article.text)
        for line in (KURSK / name).read_text("utf-8").splitlines():
            rest = norm(line)
            for piece in pieces:
                rest = rest.replace(piece, " ")
            assert not rest.strip() or rest.strip() in body, (name, line)
