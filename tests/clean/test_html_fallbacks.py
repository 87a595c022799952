"""Malformed pages, the precision candidate and split bodies, on real benchmark pages."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from newsweave.clean import clean_with_report
from newsweave.errors import InputError
from newsweave.evaluation.metrics import shingle_match
from newsweave.model import RawArticle
from tests.conftest import BENCH


def _page(prefix: str) -> tuple[str, str, str]:
    """(id, html, true body) of the benchmark page whose id starts with `prefix`."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    page_id = next(p for p in truth if p.startswith(prefix))
    html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    return page_id, html, truth[page_id]["articleBody"]


def _clean(page_id: str, html: str):
    return clean_with_report(RawArticle(id=page_id, path=page_id, body=html, kind="html", format="html"))


def test_a_title_left_open_no_longer_swallows_the_page():
    """Without its </title> the parser reads the whole document as the title; closing it recovers the story."""
    page_id, html, body = _page("042bb7b5")
    broken = re.sub(r"</title\s*>", "", html, count=1, flags=re.I)
    article, report = _clean(page_id, broken)
    assert report.recovered == "title closed"
    assert shingle_match(body, article.text).f1 == pytest.approx(shingle_match(body, _clean(page_id, html)[0].text).f1)


def test_a_page_no_parse_can_read_is_reported_as_unparseable_not_empty():
    """An unterminated comment hides the whole body from every parser."""
    page_id, html, _ = _page("042bb7b5")
    broken = re.sub(r"<head>", "<head><!--", html.replace("-->", ""), count=1)
    with pytest.raises(InputError, match="HTML could not be parsed"):
        _clean(page_id, broken)


def test_precision_candidate_trims_furniture_around_a_short_story():
    """A 67-word story on a page whose default extraction keeps 94 words."""
    page_id, html, body = _page("042bb7b5")
    article, report = _clean(page_id, html)
    assert report.candidate == "precision"
    assert shingle_match(body, article.text).f1 == 1.0


def test_precision_candidate_never_drops_a_paragraph_inside_the_story():
    """On this deals page the precision setting drops body paragraphs; only the edges may be trimmed."""
    page_id, html, body = _page("287e4d9f")
    article, _ = _clean(page_id, html)
    assert "In my opinion, the Crystal is the best looking of all the DualShock controllers." in article.text


def test_a_body_split_by_an_ad_row_is_joined_again():
    page_id, html, body = _page("d48aeb9c")
    article, report = _clean(page_id, html)
    assert report.candidate.endswith("continued")
    assert "I learned that over a dozen people tapped on the profile of a coworker" in article.text
    assert shingle_match(body, article.text).recall > 0.95
