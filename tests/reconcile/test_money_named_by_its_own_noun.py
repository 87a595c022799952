"""An amount written before its own deal noun ("$47 billion purchase") is an amount of that deal, not of another
money noun of its clause ("The offer also hinges on ..."): the news-threads Broadcom/Qualcomm thread titled
Qualcomm's NXP purchase "offer"."""

from __future__ import annotations

from newsweave.reconcile.figures import claim_money, group_figures
from tests.conftest import annotate_text

PURCHASE = "The offer also hinges on Qualcomm’s ongoing $47 billion purchase of NXP Semiconductors NV."
BID = (
    "Broadcom said its offer stood whether Qualcomm’s $47 billion bid for Dutch rival NXP was completed or is "
    "terminated."
)


def test_an_amount_before_its_purchase_is_the_purchase(nlp):
    [claim] = annotate_text(nlp, PURCHASE, article_id="a").claims
    assert claim_money(claim, PURCHASE) == ("purchase", "takeover")


def test_the_purchase_told_as_a_bid_elsewhere_is_one_figure_titled_by_the_purchase(nlp):
    claims = annotate_text(nlp, PURCHASE, article_id="a").claims + annotate_text(nlp, BID, article_id="b").claims
    groups = [g for g in group_figures(claims) if len(g.claims) > 1]
    assert [(g.about, sorted(c.article for c in g.claims)) for g in groups] == [("purchase", ["a", "b"])]
