"""The figure-sources measure on PolNeAR (evaluation/figure_sources.py): its rules on a real train article, and
its quality gate on the dev split."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsweave.evaluation.figure_sources import (
    FigureSourceScore,
    evaluate_polnear_sources,
    name_words,
    polnear_article,
    score_figures,
)
from newsweave.evaluation.polnear import read_ann
from newsweave.nlp import parse
from tests.conftest import POLNEAR

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())
TRAIN = POLNEAR / "data" / "train"


def _judged(nlp, stem: str) -> FigureSourceScore:
    text = (TRAIN / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    ann = sorted((TRAIN / "attributions").glob(f"{stem}_*.ann"))[0]
    score = FigureSourceScore()
    score_figures(next(parse(nlp, [text])), polnear_article(stem, text), read_ann(ann, text), score)
    return score


def test_name_words_leave_out_stop_words_pronouns_and_possessives():
    assert name_words("the Clinton campaign's") == {"clinton", "campaign"}
    assert name_words("he") == set() and name_words(None) == set()


def test_each_figure_of_a_polnear_article_gets_its_verdict(nlp):
    # politico_2016-02-05_obama-slams-gop-s-doom-and-despa: "..., with the economy adding 151,000 jobs ..., Obama
    # said." is Obama's (a name word shared); "He pledged that he would get the unemployment rate down to 6 percent"
    # is Romney's through "He" (our speaker mention is the Source span); "The unemployment rate was at 7.8 percent"
    # is the writer's, and we credit nobody
    verdicts = {
        (case.value, case.verdict)
        for case in _judged(nlp, "politico_2016-02-05_obama-slams-gop-s-doom-and-despa").cases
    }
    assert (151000.0, "right") in verdicts and (6.0, "right") in verdicts and (7.8, "writer") in verdicts


def test_figure_sources_on_polnear_dev_stay_above_their_minimums(nlp):
    count, _, _, figures = evaluate_polnear_sources(POLNEAR, nlp, baseline_too=False)
    assert count == 84
    assert figures.precision >= MINIMUMS["polnear_figure_sources"]["precision"], figures.counts
    assert figures.recall >= MINIMUMS["polnear_figure_sources"]["recall"], figures.counts


def test_an_unknown_polnear_split_is_named_in_one_line():
    root = Path(__file__).parents[2]
    gold = str(POLNEAR.parents[1] / "gold")
    result = subprocess.run(
        [sys.executable, "-m", "newsweave", "eval", "extract", "--split", "test", "--gold", gold],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
    )
    assert result.returncode == 2 and "--split 'test' is no PolNeAR split" in result.stderr
    assert "Traceback" not in result.stderr
