"""Quality gates for extraction: every gold file (kursk and the three HTML stories), PolNeAR against
textacy, number parsing. The gold scores use the reference yardstick's rules and names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.evaluation.extract import gold_inputs, score_number_parsing
from newsweave.evaluation.gold import GoldScorer
from newsweave.evaluation.polnear import evaluate_polnear, read_ann
from tests.conftest import GOLD, POLNEAR, SHARED

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())


def test_kursk_gold_scores_stay_above_their_minimums(kursk_brief):
    scores = GoldScorer(kursk_brief, json.loads(GOLD.read_text("utf-8"))).scores()
    for measure, minimum in MINIMUMS["gold"]["kursk"].items():
        assert scores[measure] >= minimum, (measure, scores[measure])
    assert scores["non_claims_reported"] == 0 and scores["non_story_entities_present"] == 0
    assert scores["entities_wrongly_merged"] == 0


def _html_brief(name: str, nlp) -> tuple[dict, dict]:
    from newsweave.api import brief_with_summary
    from newsweave.contract import to_data

    path = GOLD.parent / f"{name}.json"
    gold = json.loads(path.read_text("utf-8"))
    return to_data(brief_with_summary(gold_inputs(path, gold, SHARED / "examples"), nlp)[0]), gold


@pytest.mark.parametrize("name", ["plague", "meth", "wework"])
def test_html_gold_scores_stay_above_their_minimums(name, nlp):
    brief, gold = _html_brief(name, nlp)
    scores = GoldScorer(brief, gold).scores()
    for measure, minimum in MINIMUMS["gold"][name].items():
        assert scores[measure] >= minimum, (name, measure, scores[measure])
    assert scores["entities_wrongly_merged"] <= MINIMUMS["gold_wrong_merges_max"][name]


def test_gold_scores_agree_with_the_reference_yardstick(nlp, tmp_path):
    """`newsweave eval extract` and shared/tools/score_brief.py print the same figures on one brief."""
    brief, gold = _html_brief("wework", nlp)
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(brief), encoding="utf-8")
    tool = SHARED / "tools" / "score_brief.py"
    lines = subprocess.run([sys.executable, str(tool), str(path), str(GOLD.parent / "wework.json")],
                           capture_output=True, text=True, check=False).stdout.splitlines()  # fmt: skip
    reference = {k: float(v) for k, _, v in (line.partition(": ") for line in lines) if v and v[0].isdigit()}
    ours = GoldScorer(brief, gold).scores()
    shared = [k for k in ours if k in reference]
    assert len(shared) >= 12
    assert all(abs(ours[k] - reference[k]) < 1e-3 for k in shared), {k: (ours[k], reference[k]) for k in shared}


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
    assert ours.source_accuracy >= MINIMUMS["polnear_source_20"]


def test_number_parsing_on_quantulum3_sentences():
    right, total = score_number_parsing(SHARED / "data" / "quantulum3-tests")
    assert total == 182 and right / total >= MINIMUMS["quantulum_values"]
