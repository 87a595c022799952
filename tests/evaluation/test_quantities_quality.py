"""Quality gate for reading figures: NewsQuant (CQE's benchmark) through the shipped brief path, scored by the
benchmark's own scorer, stays at or above the minimums stored beside the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.errors import InputError
from newsweave.evaluation.quantities import format_scores, score_newsquant
from tests.conftest import SHARED

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())["newsquant"]
NEWSQUANT = SHARED / "data" / "newsquant"
SCORER = SHARED / "tools" / "score_quantities.py"


def test_newsquant_values_units_and_changes_stay_above_their_minimums(nlp):
    run = score_newsquant(NEWSQUANT, SCORER, nlp)
    scores = run.scores
    assert scores["sentences_in_brief"] == 1.0 and scores["unmapped_predictions"] == 0
    assert scores["gold_quantities"] == 904
    for measure, minimum in MINIMUMS.items():
        assert scores[measure] >= minimum, (measure, scores[measure])
    assert "value_f1: " in "\n".join(format_scores(scores))  # the scorer's own line format


def test_a_missing_newsquant_folder_or_scorer_is_one_clear_error(nlp, tmp_path):
    with pytest.raises(InputError, match="not the NewsQuant folder"):
        score_newsquant(tmp_path, SCORER, nlp)
    with pytest.raises(InputError, match="scorer not found"):
        score_newsquant(NEWSQUANT, tmp_path / "score_quantities.py", nlp)
