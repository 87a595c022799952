"""Promotions for other articles inside the body, and an outlet's dateline credit, on real benchmark pages
(issue 12 audit): The Hill's hover cards of linked headlines, Express's "SEE MORE:" and "DON'T MISS" runs,
CNN's "(CNN)President ..."."""

from __future__ import annotations

import gzip

from newsweave.clean import clean
from newsweave.clean.furniture import split_dateline_credit
from newsweave.clean.promos import cut_promos
from newsweave.model import RawArticle
from newsweave.reading import read_articles
from tests.conftest import BENCH, SHARED

HILL = "6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85"  # The Hill: Omar threat plea
HILL_NOEM = "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38"  # The Hill: "Meth. We're on it"
EXPRESS = "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35"  # Express: Hong Kong siege
CNN = "ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf"  # CNN: Trump's Walter Reed visit


def _html(page_id: str) -> str:
    return gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")


def _page(page_id: str):
    return clean(RawArticle(id=page_id, path=page_id, body=_html(page_id), kind="html", format="html"))


def _fragment(body: str):
    page = f"<html><head><title>A story</title></head><body><article>{body}</article></body></html>"
    return clean(RawArticle(id="h", path=None, body=page, kind="html", format="html"))


def test_the_hill_hover_card_of_linked_headlines_leaves_the_sentence_it_sat_in():
    """A person's hover card ("Ilhan OmarHillicon Valley: ... | Senators call for 5G ...") is cut; the
    linked name stays once, in its sentence."""
    text = _page(HILL).text
    assert "Hillicon Valley" not in text and "5G" not in text
    assert "threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office" in text
    assert "Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest" in text


def test_the_same_hover_card_on_another_hill_page():
    text = _page(HILL_NOEM).text
    assert "South Dakota Gov. Kristi Noem (R) is defending" in text
    assert "Kristi Lynn Noem" not in text and "drops pipeline protest laws" not in text


def test_express_run_in_promo_and_dont_miss_run_are_cut():
    """ "SEE MORE: <linked headline>" (its "800 students" is another article's figure) and the "DON'T MISS"
    label with its '|'-joined linked headlines go; the running quote around them is whole again."""
    article = _page(EXPRESS)
    assert "SEE MORE" not in article.text and "DON'T MISS" not in article.text
    assert "China furious at Macron" not in article.text and "[INSIGHT]" not in article.text
    assert "responsible for defence purposes.\n\n“If the situation becomes uncontrollable" in article.text
    assert "Hong Kong police have laid siege to a university, pinning 800 students inside" in article.text


def test_a_paragraph_of_linked_headlines_joined_by_bars_is_cut_wherever_it_appears():
    body = (
        "<p>The council voted on Tuesday to close the old bridge to all traffic until the repairs are done.</p>"
        '<p><a href="/a">Mayor says the bridge will reopen in spring</a> | '
        '<a href="/b">Residents protest the new toll on the river crossing</a></p>'
        "<p>The repairs will cost the city more than it had planned, officials said on Tuesday evening.</p>"
    )
    text = _fragment(body).text
    assert "Mayor says" not in text and "Residents protest" not in text
    assert "close the old bridge" in text and "officials said" in text


def test_a_sentence_with_two_linked_phrases_is_not_a_headline_run():
    """Words between the links are running text: the paragraph stays."""
    body = (
        '<p>The report, <a href="/a">published by the state audit office</a> on Monday, follows '
        '<a href="/b">an earlier inquiry into the bridge contracts</a> that found no wrongdoing.</p>'
    )
    assert "published by the state audit office" in _fragment(body).text


def test_a_label_with_a_colon_before_plain_text_is_not_a_promo():
    """Only a linked headline after the label makes a run-in promo; an all-capitals lead-in is body text."""
    body = '<p>UPDATE: The <a href="/council">council</a> postponed the vote until next week after the protest.</p>'
    assert "postponed the vote" in _fragment(body).text


def test_a_page_without_promos_is_not_rewritten():
    html = _html(CNN)
    assert cut_promos(html) is html


def test_cnn_dateline_credit_glued_to_the_first_word_is_removed():
    article = _page(CNN)
    assert article.text.startswith("President Donald Trump, according to the White House, made an unscheduled trip")
    assert any(r.reason == "dateline" and r.text == "(CNN)" for r in article.removed)


def test_a_dateline_credit_with_a_dash_is_split_and_a_bracket_aside_is_not():
    assert split_dateline_credit("(Reuters) — The New York State Attorney General is investigating") == (
        "(Reuters) —",
        "The New York State Attorney General is investigating",
    )
    aside = "(and not for the first time) the council voted against the plan."
    assert split_dateline_credit(aside) == (None, aside)


def test_a_wire_credit_opening_a_plain_text_article_is_a_dateline():
    """news-threads: "(Reuters) - Broadcom Ltd made a $121 billion ..." keeps its sentence, loses the credit."""
    name = "eb8d1d017a3f45f04a5e15876759dd577a32c7b25b2f1dc30d4881cb.json"
    path = SHARED / "data" / "news-threads" / "articles" / name
    article = next(iter(read_articles([path])))
    assert article.text.startswith("Broadcom Ltd made a $121 billion “best and final offer” on Monday")
    assert any(r.reason == "dateline" and r.text == "(Reuters) -" for r in article.removed)
