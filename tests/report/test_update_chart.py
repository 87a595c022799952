"""An updated figure is drawn as a curve over publication time, each point linking to its sentence."""

from __future__ import annotations

from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.report.charts import update_chart
from tests.reconcile.test_figure_groups import toll_story


def test_an_update_is_a_curve_over_publication_time():
    """A toll rising 50 -> 58 -> 59 across three days."""
    articles, claims = toll_story()
    [group] = group_figures(claims, "s1", articles)
    figure = group.figure(SourceView({a.id: a for a in articles}, {}))
    svg = update_chart(figure, {c.id: f"#{c.id}" for c in claims})
    assert svg.count('class="curve"') == 2 and svg.count("<circle") == 3  # three points joined by two segments
    assert "viewBox" not in svg  # drawn in percent of the width: its text keeps its size on a phone
    assert f'href="#{claims[2].id}"' in svg
    assert svg.index("2023-02-06") < svg.index("2023-02-07") < svg.index("2023-02-08")
