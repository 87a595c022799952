"""An updated figure's table row and chart follow the series' order: a value the reports tell was corrected comes
before its correction even when a page's date is wrong (news-threads harambe: RT's page is dated 2017-11-30)."""

from __future__ import annotations

from newsweave.records import Figure, FigureUpdate
from newsweave.report.charts import day_runs, day_values, update_chart
from newsweave.report.terminal import over_time

# news-threads harambe, the boy's age as reconcile's update series gives it: the superseded 4 first, then the 3
HARAMBE_BOY = [
    FigureUpdate("2016-05-29", 4.0, "www.dailymail.co.uk", "c1"),
    FigureUpdate("2016-05-29", 4.0, "The zoo", "c2"),
    FigureUpdate("2016-05-30", 4.0, "usa.chinadaily.com.cn", "c3"),
    FigureUpdate("2017-11-30", 4.0, "www.rt.com", "c4"),
    FigureUpdate("2016-03-18", 3.0, "edition.cnn.com", "c5"),
    FigureUpdate("2016-05-29", 3.0, "www.npr.org", "c6"),
    FigureUpdate("2016-06-01", 3.0, "www.thesun.co.uk", "c7"),
]


def test_harambe_boy_table_ends_on_the_correction_not_on_the_latest_page_date():
    figure = Figure("f0", "boy", status="updated", unit="years old", low=3.0, high=4.0, updates=HARAMBE_BOY)
    assert over_time(figure) == (
        "2016-05-29 4 years old · 2016-05-30 4 years old · 2017-11-30 4 years old · "
        "2016-03-18 3 years old · 2016-05-29 3 years old · 2016-06-01 3 years old"
    )


def test_harambe_boy_chart_draws_the_superseded_values_left_of_the_correction():
    runs = day_runs(day_values(HARAMBE_BOY))
    assert [(date, [p.value for p in run]) for date, run in runs] == [
        ("2016-05-29", [4.0]),
        ("2016-05-30", [4.0]),
        ("2017-11-30", [4.0]),
        ("2016-03-18", [3.0]),
        ("2016-05-29", [3.0]),
        ("2016-06-01", [3.0]),
    ]
    figure = Figure("f0", "boy", status="updated", unit="years old", low=3.0, high=4.0, updates=HARAMBE_BOY)
    svg = update_chart(figure, {u.claim: f"#{u.claim}" for u in HARAMBE_BOY})
    assert svg.count("<circle") == 6 and svg.count('class="curve"') == 5
    last_circle = svg[svg.rindex("<circle") :]
    assert 'cx="100.00%"' in last_circle and "3 years old on 2016-06-01" in svg[svg.rindex("<title>") :]
