"""Quality gates for extraction: the kursk gold, PolNeAR against textacy, number parsing."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.evaluation.extract import score_number_parsing
from newsweave.evaluation.gold import GoldScorer
from newsweave.evaluation.polnear import evaluate_polnear, read_ann
from tests.conftest import GOLD, POLNEAR, SHARED

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())


def test_kursk_gold_scores_stay_above_their_minimums(kursk_brief):
    scores = GoldScorer(kursk_brief, json.loads(GOLD.read_text("utf-8"))).scores()
    for measure, minimum in MINIMUMS["kursk"].items():
        assert scores[measure] >= minimum, (measure, scores[measure])
    assert scores["non-figures reported"] == 0 and scores["non-story entities present"] == 0
    assert scores["entities wrongly merged"] == 0


def test_polnear_annotations_are_read_with_their_offsets():
    path = sorted((POLNEAR / "data" / "dev" / "attributions").glob("*.ann"))[0]
    text = (POLNEAR / "data" / "dev" / "text" / (path.stem.rsplit("_", 1)[0] + ".txt")).read_text("utf-8")
    first = read_ann(path, text)[0]
    assert text[slice(*first.source[0])] == "The New York Post"
    assert text[slice(*first.content[0])].startswith("that Hillary Clinton’s team avoided")


def test_reported_speech_recall_beats_textacy_on_polnear(nlp):
    count, ours, textacy = evaluate_polnear(POLNEAR, nlp, limit=20)
    assert count == 20
    assert ours.reported_recall > textacy.reported_recall
    assert ours.reported_recall >= MINIMUMS["polnear_reported_recall_20"]
    assert ours.content.f1 >= MINIMUMS["polnear_f1_20"]


def test_number_parsing_on_quantulum3_sentences():
    right, total = score_number_parsing(SHARED / "data" / "quantulum3-tests")
    assert total == 182 and right / total >= MINIMUMS["quantulum_values"]
