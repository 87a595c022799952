"""Figure grouping tested by key keeps every answer: the passes that join figure groups test only groups of
one key, with the groups testing every pair makes; a money term is looked for only at words a term starts with.
Sentences are the news-threads articles' own (Falcon Heavy thread, 2018-02) and a BBC article's."""

from __future__ import annotations

from newsweave.model import Claim
from newsweave.reconcile.figure_amounts import SAME_VALUE, amount_key
from newsweave.reconcile.group_join import join_first
from newsweave.reconcile.money import money_term
from tests.conftest import FALCON_HEAVY_MAIL as MAIL
from tests.conftest import FALCON_HEAVY_WAPO as WAPO
from tests.conftest import annotate_text


def _payloads(nlp) -> list[list[Claim]]:
    claims = []
    for article, text in (("wapo", WAPO), ("mail", MAIL)):
        annotations = annotate_text(nlp, text, "2018-02-05", article)
        claims += [c for c in annotations.claims + annotations.measures if c.kind == "quantity"]
    return [[c] for c in claims]


def test_joining_by_key_makes_the_groups_join_first_makes(nlp):
    """Amounts of one unit within 1% join, in one pass tested pair by pair and in one tested within each unit."""

    def fits(kept: list[Claim], group: list[Claim]) -> bool:
        same = amount_key(kept[0]) == amount_key(group[0])
        return same and abs(kept[0].value - group[0].value) <= SAME_VALUE * kept[0].value

    groups = _payloads(nlp)
    every_pair = join_first([list(g) for g in groups], fits)
    by_key = join_first([list(g) for g in groups], fits, key=amount_key)
    assert [[(c.article, c.value, c.unit) for c in g] for g in by_key] == [
        [("wapo", 140660.0, "pound-mass"), ("mail", 140000.0, "pound-mass")],
        [("wapo", 63800.0, "kilogram"), ("mail", 63500.0, "kilogram")],
        [("wapo", 60000.0, "pound-mass")],
        [("wapo", 26700.0, "kilogram")],
        [("wapo", 37000.0, "pound-mass")],
        [("wapo", 16800.0, "kilogram")],
        [("wapo", 7700.0, "pound-mass")],
        [("wapo", 3500.0, "kilogram")],
    ]
    assert by_key == every_pair


def test_a_money_term_is_found_past_the_words_no_term_starts_with():
    """BBC business/ebay's "eBay earned $778.2m on sales of $3.27bn": the sales are $3.27bn's, no term is $778.2m's
    (its words are all looked past; "sales" starts a term)."""
    sentence = "For 2004 as a whole, eBay earned $778.2m on sales of $3.27bn."
    at = sentence.index("$3.27bn")
    assert money_term(sentence, at, at + len("$3.27bn")) == ("sales", "revenue")
    at = sentence.index("$778.2m")
    assert money_term(sentence, at, at + len("$778.2m")) is None
