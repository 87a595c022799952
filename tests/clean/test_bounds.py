"""Every page is cleaned within a time and size bound; a page past it is skipped with its reason."""

from __future__ import annotations

import pytest

from newsweave.clean import clean
from newsweave.clean.bounds import Bounds, OverBound
from newsweave.model import RawArticle
from newsweave.reading import ReadStats, iter_articles
from tests.conftest import bench_page


def _raw() -> RawArticle:
    html, item = bench_page(0)
    return RawArticle(id="page", path="page.html", body=html, kind="html", format="html", url=item.get("url"))


def test_a_page_past_the_time_bound_is_abandoned_with_its_reason():
    with pytest.raises(OverBound, match=r"page.html: over the time bound \(0.001 s\)"):
        clean(_raw(), Bounds(seconds=0.001))


def test_a_page_with_too_much_markup_is_not_parsed():
    with pytest.raises(OverBound, match="page.html: over the size bound"):
        clean(_raw(), Bounds(max_tags=100))


def test_the_default_bounds_let_every_real_page_through_and_leave_no_alarm_behind():
    import signal

    assert clean(_raw()).text
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_run_counts_a_page_over_the_bound_and_goes_on(tmp_path):
    html, _ = bench_page(0)
    big = tmp_path / "big.html"
    big.write_text("<html><body>" + "<div><span>x</span></div>" * 210_000 + "</body></html>")
    good = tmp_path / "good.html"
    good.write_text(html)
    stats = ReadStats()
    items = list(iter_articles([tmp_path], stats=stats))
    assert stats.articles == 1 and stats.by_reason() == {"over the size bound": 1}
    assert "big.html: over the size bound" in str(items[0])
