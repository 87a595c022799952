"""Issue 14 part 3, "done when": on every gold file the summary names the disputed figure with its sources and a
gold contradiction (when the file has them); on plague that contradiction is the main one, the hunter's home
(Beijing in The Sun, Inner Mongolia in the others), not only the day the third case was reported."""

from __future__ import annotations

import json

import pytest

from newsweave.evaluation.extract import gold_inputs
from newsweave.evaluation.figures import check_summary
from tests.conftest import GOLD, SHARED


@pytest.mark.parametrize("name", ["plague", "meth", "wework"])
def test_the_summary_names_the_gold_dispute_and_contradiction(name, nlp):
    from newsweave.api import brief_with_summary

    path = GOLD.parent / f"{name}.json"
    gold = json.loads(path.read_text("utf-8"))
    brief = brief_with_summary(gold_inputs(path, gold, SHARED / "examples"), nlp)[0]
    check = check_summary(name, brief, gold)
    expected = None if name == "meth" else True  # meth has no disputed figure and no contradiction
    assert (check.figure_values, check.figure_sources, check.contradiction) == (expected, expected, expected)
    if name == "plague":
        [said] = [s for story in brief.stories for s in story.summary if s.kind == "contradiction"]
        assert said.text.startswith("Reports differ on where the 55-year-old man lives or was treated: The Sun")
        assert "The Sun (Beijing)" in said.text and "185 miles northwest of Beijing" in said.text
