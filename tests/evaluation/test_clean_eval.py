"""`newsweave eval clean` measures, and the quality gate that keeps them from falling unnoticed."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.evaluation.clean import score_benchmark, score_gold_cleaning
from newsweave.evaluation.metrics import shingle_match
from tests.conftest import BENCH, GOLD

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())


def test_shingle_match_is_the_benchmarks_measure():
    text = "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn"
    assert shingle_match(text, text).f1 == 1.0
    half = shingle_match(text, "Quarterly profits at US media giant")
    assert half.precision == 1.0 and 0 < half.recall < 1


def test_kursk_gold_cleaning_is_perfect(kursk_articles):
    score = score_gold_cleaning(GOLD, list(kursk_articles.values()))
    assert score.failures == []
    assert score.found == score.articles == 5


def test_benchmark_f1_stays_above_the_stored_minimum_and_trafilatura():
    score = score_benchmark(BENCH)
    assert score.pages == 181
    assert score.ours.f1 >= MINIMUMS["clean_benchmark_f1"]
    assert score.ours.f1 >= score.trafilatura.f1
    assert score.ours.precision >= score.ours.recall - MINIMUMS["clean_benchmark_precision_below_recall_max"]
    assert score.markup_pages <= MINIMUMS["clean_benchmark_markup_pages_max"]
    assert score.counts.unparseable == score.counts.over_bound == score.counts.no_text == 0


def test_pages_whose_title_swallows_the_document_are_recovered():
    score = score_benchmark(BENCH, break_title=True)
    assert score.counts.recovered >= 150
    assert score.ours.f1 >= MINIMUMS["clean_broken_title_f1"]
