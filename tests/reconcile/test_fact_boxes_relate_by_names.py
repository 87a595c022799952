"""A fact box ("THE FALCON HEAVY Height: 70 meters ... Boosters: 2 Cores: 3 Engines: 27 ...") holds words of every
sentence about a rocket; it ties another report's count to its group only by a name in common. The news-threads
Falcon Heavy thread joined the Ariane 5's "two segmented solid rocket boosters" to the Falcon Heavy's two boosters
through the Daily Mail's fact box."""

from __future__ import annotations

from newsweave.reconcile.figures import group_figures
from tests.conftest import annotate_text

FACT_BOX = (
    "THE FALCON HEAVY Height: 70 meters (229.6 feet) Stages: 2 Boosters: 2 Cores: 3 Engines: 27 Payload to LEO: "
    "63,800kg (140,660 lb) Payload to Mars: 16,800kg (37,040 lb) Total width: 12.2m (39.9 ft) Mass: 1,420,788kg "
    "(3,125,735 lb) Total thrust at lift-off: 22,819 kilonewtons (5.13 million pounds)"
)
HEAVY = "Two of the Heavy’s boosters are recycled; they have flown on previous Falcon 9 launches."
ARIANE = (
    "That will surpass the European Ariane 5 launcher, the world’s leader in liftoff power at 2.9 million pound of "
    "thrust from two segmented solid rocket boosters and a core engine."
)


def test_a_fact_box_does_not_tie_another_rockets_boosters(nlp):
    claims = []
    for article, text in (("mail", FACT_BOX), ("wapo", HEAVY), ("spaceflight", ARIANE)):
        claims += [c for c in annotate_text(nlp, text, article_id=article).claims if c.value == 2 and c.kind == "count"]
    groups = [sorted(c.article for c in g.claims) for g in group_figures(claims) if len(g.claims) > 1]
    assert groups == [["mail", "wapo"]]
