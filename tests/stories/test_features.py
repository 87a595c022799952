"""Article terms: what the clusterer weighs."""

from __future__ import annotations

from newsweave.evaluation.stories import load_ecbplus
from newsweave.stories import features
from newsweave.stories.cluster import StoryClusterer
from tests.conftest import ECBPLUS


def test_a_year_weighs_more_than_another_number():
    assert features.weight("#2013") == features.YEAR_WEIGHT > features.weight("#288") == features.NUMBER_WEIGHT
    assert features.weight("#93.87") == features.weight("#1000000") == features.NUMBER_WEIGHT


def test_a_report_dated_2013_stays_apart_from_the_2008_election_it_resembles():
    """ECB+ topic 11: Turkmenistan's parliamentary election of December 2008 ("Turkmenistan voted Sunday in a
    parliamentary election...") and the one planned for December 15, 2013 ("26 September 2013 ... Parliamentary
    elections in Turkmenistan to be held on two-party basis"). The words agree; the year the second report names
    four times is what tells the two elections apart (with years weighed as other numbers it joins the first)."""
    docs = {d.id: d for d in load_ecbplus(ECBPLUS) if d.id in {"11_2ecb", "11_1ecbplus"}}
    clusterer = StoryClusterer()
    first = clusterer.add("11_2ecb", docs["11_2ecb"].terms)
    assert clusterer.add("11_1ecbplus", docs["11_1ecbplus"].terms) != first
