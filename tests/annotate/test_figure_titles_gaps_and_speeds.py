"""What a measure counts is what it measures in its own sentence (the audit of figure titles): a gap in points or
seconds between two sides is a gap, not the team mate the sentence names; a speed an action was done at is no
size of the person who did it. Each test reads the news-threads article's own paragraph."""

from __future__ import annotations

from tests.annotate.test_attribution_news_threads import _passage
from tests.conftest import annotate_text


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
