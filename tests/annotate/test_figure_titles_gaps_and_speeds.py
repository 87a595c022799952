"""What a measure counts is what it measures in its own sentence (the audit of figure titles): a gap in points or
seconds between two sides is a gap, not the team mate the sentence names; a speed an action was done at is no
size of the person who did it; a unit glued to its number ("60W") names no word after it. Each test reads the
article's own paragraph (news-threads, or a benchmark page's ground truth)."""

from __future__ import annotations

import json

from tests.annotate.test_attribution_news_threads import _passage
from tests.conftest import BENCH, annotate_text


def _counted(nlp, text: str) -> list[tuple[str, float, str | None, str | None]]:
    annotations = annotate_text(nlp, text)
    return [(text[c.start : c.end], c.value, c.unit, c.counted) for c in annotations.claims + annotations.measures]


def test_a_lead_in_points_is_a_gap_not_the_team_mate(nlp):
    # f1_crash (816cef9a1d): the parser hangs "by 19 points" on "Mercedes team mate", the subject it made of him
    text = _passage("816cef9a1d", "who trails Mercedes team mate")
    figures = _counted(nlp, text)
    assert ("19 points with one race remaining after", 19.0, "point", "gap") in figures
    assert ("3.1 seconds clear of his team mate", 3.1, "second", "gap") in figures


def test_points_clear_of_a_rival_are_a_gap(nlp):
    # f1_crash (a41cc43a57): the same gap told from the leader's side
    text = _passage("a41cc43a57", "19 points clear of Hamilton")
    assert ("19 points clear of Hamilton in the", 19.0, "point", "gap") in _counted(nlp, text)


def test_a_speed_a_corner_was_taken_at_is_not_the_drivers(nlp):
    # croydon_tram_trash (4032070b93): "tram driver took the hard corner to Sandilands at 40mph!!"
    text = _passage("4032070b93", "took the hard corner to Sandilands")
    assert ("40mph", 40.0, "mile per hour", None) in _counted(nlp, text)


def test_a_level_reached_is_still_the_subjects(nlp):
    # the rule keeps where a subject stands: "to" and "at" a level with no object of the verb beside it
    text = "The temperature peaked at 40 degrees on Sunday."
    assert _counted(nlp, text) == [("40 degrees on Sunday", 40.0, "degree", "temperature")]


def _bench_paragraph(page: str, words: str) -> str:
    """The paragraph of a benchmark page's article body (its ground truth, by id prefix) holding `words`."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    (body,) = [v["articleBody"] for k, v in truth.items() if k.startswith(page)]
    return next(p for p in body.split("\n") if words in p).strip()


def test_a_unit_glued_to_its_number_leaves_the_words_after_to_what_it_sizes(nlp):
    # benchmark page cc4aa22b82: "a 60W USB-C PD port": watts of the port, not of the "C" of "USB-C"
    text = _bench_paragraph("cc4aa22b82", "It features two ports")
    figures = _counted(nlp, text)
    assert ("60W USB-C PD port", 60.0, "watt", "USB-C PD port") in figures
    assert ("12W USB-A port", 12.0, "watt", "USB-A port") in figures


def test_an_age_of_months_is_no_age_in_years(nlp):
    # benchmark page 5211188428 (a theatre listing): "Viewing age of 48 months and above" is 48 months, not 48 years
    text = _bench_paragraph("5211188428", "Viewing age of 48 months")
    assert ("48 months", 48.0, "month", None) in _counted(nlp, text)


def test_an_age_of_years_is_still_an_age(nlp):
    text = "Children under the age of 5 years were vaccinated."
    assert _counted(nlp, text)[0][1:3] == (5.0, "year of age")
