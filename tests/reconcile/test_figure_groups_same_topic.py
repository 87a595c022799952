"""Figure groups of round 11: shares of two things that happen to have one value stay apart unless their sentences
are about one topic, and "heads of state" are counted as "world leaders" are. Sentences are the BBC articles' own
(business/256, 408, 118, 474, 181, 399) and the news-threads Panama Papers articles'."""

from __future__ import annotations

from newsweave.model import Article
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from tests.conftest import annotate_text

MANUFACTURING = (
    "The advance, the second-fastest in Asia after China, was led by growth of 13.1% in the key manufacturing sector."
)
EXPORTS = "The vehicle industry accounts for about 13% of South Africa's total exports."
MARGIN = (
    "Shares tumbled, however, as the company reported a profit margin of 45.6%, less than the 47.3% forecast by "
    "analysts and down from 47.1% in the third quarter."
)
STAKE = (
    "Shares in its major shareholder, Patrick Corporation - which owns 46% of Virgin Blue - had dropped 31% by the "
    "close."
)
YUGANSK = "It is reported to be keen on buying a 15% stake in oil unit Yuganskneftegas."
YUKOS = (
    "Local press had reported that ONGC was looking to buy 15% of Yukos' former key oil production unit "
    "for $2bn (£1bn)."
)
LEADERS = (
    "The documents reference 12 current or former world leaders, as well as 128 other politicians and public officials."
)
HEADS = (
    "Among the latest allegations of the Panama Papers investigations, which named about 140 political figures, "
    "including 12 current or former heads of state:"
)


def _grouped(nlp, texts: dict[str, str], kinds: tuple[str, ...]) -> list[tuple[list[tuple[str, float]], str, str]]:
    articles = [Article(id=a, text=t, site=a) for a, t in texts.items()]
    claims = []
    for article in articles:
        annotations = annotate_text(nlp, article.text, None, article.id)
        claims += [c for c in annotations.claims if c.kind in kinds]
    view = SourceView({a.id: a for a in articles}, {})
    groups = [g for g in group_figures(claims, "s1", articles) if len(g.claims) > 1]
    return [(sorted((c.article, c.value) for c in g.claims), g.about, g.figure(view).status) for g in groups]


def test_shares_of_two_things_with_one_value_are_two_figures(nlp):
    """Growth of 13.1% in manufacturing is not 13% of South Africa's exports; a profit margin of 45.6% is not a 46%
    stake in Virgin Blue: each was one agreed figure of two reports about nothing in common."""
    assert _grouped(nlp, {"256": MANUFACTURING, "408": EXPORTS}, ("percent",)) == []
    assert _grouped(nlp, {"118": MARGIN, "474": STAKE}, ("percent",)) == []


def test_one_share_told_of_one_thing_named_two_ways_stays_one_figure(nlp):
    """Yuganskneftegas is "Yukos' former key oil production unit": one 15% stake, told by two reports."""
    assert _grouped(nlp, {"181": YUGANSK, "399": YUKOS}, ("percent",)) == [
        ([("181", 15.0), ("399", 15.0)], "former key oil production unit", "agreed")
    ]


def test_heads_of_state_are_counted_as_world_leaders(nlp):
    """The Panama Papers' "12 current or former heads of state" is the "12 current or former world leaders" of
    another report: one agreed count, not a one-claim figure beside it."""
    groups = _grouped(nlp, {"cnn": LEADERS, "rt": HEADS}, ("count",))
    assert groups == [([("cnn", 12.0), ("rt", 12.0)], "current or former heads of state", "agreed")]
