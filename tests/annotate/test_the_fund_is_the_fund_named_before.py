""" "The fund" is the fund the article named before, as "the company" is its company: the International Monetary Fund
predicts what it forecast. The passage is real: PolNeAR dev wash-post_2016-10-05_international-monetary-fund-slas."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source

IMF = (
    "International Monetary Fund slashes prospect for U.S. growth.\n\n"
    "The International Monetary Fund announced Tuesday that it is lowering its forecast for U.S. growth this year, and "
    "the downgrade is casting a shadow on the outlook for performance among the world's advanced economies.\n\n"
    "The IMF expects that U.S. output will expand by a tepid 1.6 percent, more than half a percentage point less than "
    "forecast in July. It is the biggest decline for a developed nation and is driven by unexpectedly weak business "
    "investment and slim inventories. Overall, the fund predicted that advanced economies - which include Europe, "
    "Britain, Japan and Canada - will grow 1.6 percent, down 0.2 percentage points from the IMF's last estimate."
)


def test_the_fund_that_predicts_is_the_fund_named_before(nlp):
    annotations = annotate_text(nlp, IMF)
    assert figure_source(annotations, IMF, "0.2 percentage points") == "International Monetary Fund"
    grow = IMF.index("grow 1.6 percent") + len("grow ")
    assert [c.asserted_by for c in annotations.claims if c.start == grow] == ["International Monetary Fund"]
