"""An updated figure is drawn as a curve over publication time, each point linking to its sentence."""

from __future__ import annotations

from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.report.charts import update_chart
from tests.reconcile.test_figure_groups import article, claim


def test_an_update_is_a_curve_over_publication_time():
    """news-threads (Broadcom and Qualcomm): $103 billion on 2018-02-05, $121 billion on 2018-02-06."""
    first = "On Monday, Nov. 6, Broadcom made an unsolicited, $103 billion offer for rival chipmaker Qualcomm."
    final = "(Reuters) - Broadcom Ltd made a $121 billion “best and final offer” on Monday to acquire Qualcomm Inc."
    articles = [article("usa", first, "2018-02-05", "USA Today"), article("reu", final, "2018-02-06", "Reuters")]
    claims = [
        claim("usa", 103e9, first, "offer", unit="USD", kind="money", at="$103 billion"),
        claim("reu", 121e9, final, "offer", unit="USD", kind="money", at="$121 billion"),
    ]
    [group] = group_figures(claims, "s1", articles)
    figure = group.figure(SourceView({a.id: a for a in articles}, {}))
    svg = update_chart(figure, {c.id: f"#{c.id}" for c in claims})
    assert svg.count("<polyline") == 1 and svg.count("<circle") == 2
    assert "2018-02-05" in svg and "2018-02-06" in svg and f'href="#{claims[1].id}"' in svg
    assert svg.index("2018-02-05") < svg.index("2018-02-06")
