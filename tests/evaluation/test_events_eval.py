"""`eval events`: ECB+ read as the corpus intends, and the coreference scores on small cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.evaluation.events import listed_sentences, load_documents, match, muc, read_document, score_events
from newsweave.evaluation.stories import b_cubed
from tests.conftest import ECBPLUS

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())["ecbplus_events"]
needs_ecbplus = pytest.mark.skipif(not ECBPLUS.exists(), reason="ECB+ not beside the project")


@needs_ecbplus
def test_only_the_listed_sentences_are_read_and_the_actions_point_into_them():
    listed = listed_sentences(ECBPLUS)
    document = read_document(ECBPLUS / "ECB+" / "1" / "1_10ecbplus.xml", listed["1_10ecbplus"])
    assert document.story == "1b" and len(document.text.splitlines()) == len(listed["1_10ecbplus"])
    words = {document.text[a.start : a.end] for a in document.actions}
    assert words and all(w.strip() for w in words)
    assert "checks into" in words  # "Lindsay Lohan checks into rehab": one action of two tokens


@needs_ecbplus
def test_a_prediction_on_a_reporting_action_is_neither_right_nor_wrong():
    listed = listed_sentences(ECBPLUS)
    document = read_document(ECBPLUS / "ECB+" / "1" / "1_10ecb.xml", listed["1_10ecb"])
    assert document.story == "1a"
    told = next(a for a in document.actions if a.reporting)  # "her rep told People"
    counts, found = match(document, [("e0", told.start, told.end)])
    assert (counts.tp, counts.fp) == (0, 0) and not found


def test_muc_and_b_cubed_of_one_missed_link():
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "z"}
    assert muc(predicted, gold) == pytest.approx((1.0, 0.5, 2 / 3))
    precision, recall, _ = b_cubed(predicted, gold)
    assert precision == 1.0 and recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


@needs_ecbplus
def test_event_detection_and_the_timeline_merges_on_ecbplus(nlp):
    result = score_events(load_documents(ECBPLUS), nlp)
    assert result.documents == 976
    assert result.detection.precision >= MINIMUMS["detection_precision"]
    assert result.detection.f1 >= MINIMUMS["detection_f1"]
    assert result.muc[2] >= MINIMUMS["muc_f1"] and result.b3[2] >= MINIMUMS["b3_f1"]
