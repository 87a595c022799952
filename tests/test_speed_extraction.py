"""Extraction's hot paths made cheaper give the same answers: "half a dozen" read from the token columns,
unit lookups remembered."""

from __future__ import annotations

from newsweave.annotate.compounds import hyphenated_half_dozen
from newsweave.annotate.quantities import number_groups
from newsweave.annotate.units import lookup


def test_half_a_dozen_written_both_ways_is_found_from_the_columns(nlp):
    # panama_papers 2ee6b68d, and the same with spaces
    doc = nlp("At least half-a-dozen cranes dot its skyline, and half a dozen more stand by the port.")
    starts = [t.i for t in doc if t.lower_ == "half"]
    assert [hyphenated_half_dozen(doc, i) for i in starts] == [5, 3]
    assert hyphenated_half_dozen(doc, len(doc) - 2) == 0  # near the end: fewer than five tokens left
    groups = [g.text for g in number_groups(doc)]
    assert groups == ["half-a-dozen", "half a dozen"]


def test_a_unit_lookup_is_remembered_and_answers_the_same():
    lookup.cache_clear()
    first = lookup("miles per hour")
    assert first is not None and first.entity == "speed"
    assert lookup("miles per hour") is first and lookup.cache_info().hits == 1
    assert lookup("g", glued=True) is not None and lookup("g") is None  # glued or not: two questions
