"""Figures on real sentences: values, qualifiers, what is counted, who asserts it, and what is not a figure."""

from __future__ import annotations

import pytest

from tests.conftest import annotate_text, bbc_article

K001, K002, K004 = "001_d50eaae05427456e.txt", "002_62a14225dbc0a0d6.txt", "004_1f801f38dbe7ad15.txt"


def _by_value(annotations, value):
    return [c for c in annotations.claims if c.value == value]


def test_source_and_affiliation_through_the_reporting_verb(kursk_annotations):
    [claim] = _by_value(kursk_annotations[K001], 12000)
    assert (claim.qualifier, claim.counted) == ("approximately", "North Korean troops")
    assert (claim.asserted_by, claim.affiliation) == ("Ukrainian intelligence", "Ukraine")
    [over] = _by_value(kursk_annotations[K001], 10000)
    assert (over.qualifier, over.asserted_by, over.affiliation) == (
        "over",
        "South Korea's defense ministry",
        "South Korea",
    )


def test_number_words_and_counted_with_modifiers(kursk_annotations):
    [generals] = _by_value(kursk_annotations[K001], 3)
    assert generals.counted == "generals" and generals.affiliation == "Ukraine"
    [killed] = _by_value(kursk_annotations[K001], 40)
    assert (killed.qualifier, killed.counted) == ("up_to", "troops killed in action")
    [shells] = _by_value(kursk_annotations[K004], 16000)
    assert shells.counted == "shipping containers of artillery shells"


def test_anaphoric_figure_takes_what_it_counts_from_the_figure_before(kursk_annotations):
    [risen] = _by_value(kursk_annotations[K002], 11000)
    assert risen.counted == "North Korean troops"
    assert risen.qualifier == "exactly" and risen.affiliation == "South Korea"
    [high] = _by_value(kursk_annotations[K002], 12000)
    assert (high.qualifier, high.counted, high.affiliation) == ("up_to", "North Korean troops", "Ukraine")


def test_a_restated_figure_is_one_claim(kursk_annotations):
    [claim] = _by_value(kursk_annotations[K002], 8000)
    assert claim.asserted_by == "United States"
    assert len(claim.restated) == 1  # "The recent estimate of around 8,000 troops"


def test_designations_dates_and_distances_are_not_figures(kursk_annotations):
    annotations = kursk_annotations[K004]
    values = {c.value for c in annotations.claims}
    assert 810 not in values  # "810 Separate Naval Infantry Brigade"
    assert 2024 not in values and 7 not in values  # G7
    assert [m.value for m in annotations.measures] == [4000]  # "roughly 4,000 miles": a distance
    assert annotations.measures[0].unit == "mile"


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "kind", "unit"),
    [
        (
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).",
            1.13e9,
            "exactly",
            "money",
            "USD",
        ),
        (
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).",
            6e8,
            "exactly",
            "money",
            "GBP",
        ),
        (
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).",
            76,
            "exactly",
            "percent",
            "percent",
        ),
        ("Officials said between 10,000 and 12,000 troops had crossed the border.", 10000, "range", "count", None),
    ],
)
def test_money_percent_and_ranges(nlp, text, value, qualifier, kind, unit):
    claims = annotate_text(nlp, text).claims
    [claim] = [c for c in claims if c.value == value]
    assert (claim.qualifier, claim.kind, claim.unit) == (qualifier, kind, unit)
    if qualifier == "range":
        assert (claim.low, claim.high) == (10000, 12000)


def test_a_change_is_not_a_range(nlp):
    _, body = bbc_article("business/001")
    claims = annotate_text(nlp, body).claims
    assert all(c.qualifier != "range" for c in claims)
    assert {c.value for c in claims} >= {76, 1.13e9, 11.1e9, 10.9e9}


def test_pronoun_numbers_are_not_figures_but_ages_of_people_are(nlp):
    text = "Paddock, 64, fired from the hotel. One of them said the two nations had agreed to talks."
    claims = annotate_text(nlp, text).claims
    assert [(c.value, c.unit, c.counted) for c in claims] == [(64, "year of age", "Paddock")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters fought a five-alarm fire for two hours.", []),  # compound adjective, duration
        ("It is a $400-million-a-year business.", [(4e8, "USD per year")]),  # a rate
        ("He weighs 236 pounds, his doctor said.", [(236, "pound-mass")]),  # a weight, not sterling
        ("Some 58 Fortune 500 companies paid $212 billion.", [(58, None), (2.12e11, "USD")]),
        ("The researchers found $65.4 billion in offshore accounts.", [(6.54e10, "USD")]),
    ],
)
def test_compounds_names_and_units_in_us_news(nlp, text, expected):
    """Real sentences from US outlets (PolNeAR's New York Times articles)."""
    claims = annotate_text(nlp, text).claims
    assert [(c.value, c.unit) for c in claims] == expected


def test_casualty_figures_carry_what_happened_to_the_people(nlp):
    from newsweave.reconcile.figures import group_figures

    text = (
        "At least 20 people were killed and 50 injured, police said. Rescuers said 15 people remain missing. "
        "The death toll rose to 30 on Tuesday, according to the health ministry."
    )
    claims = annotate_text(nlp, text).claims
    assert [(c.value, c.counted) for c in claims] == [
        (20, "people killed"),
        (50, "people injured"),
        (15, "people missing"),
        (30, "death toll"),
    ]
    assert claims[3].asserted_by == "health ministry" and claims[0].asserted_by == "police"
    groups = {g.about: sorted(c.value for c in g.claims) for g in group_figures(claims)}
    assert groups["people killed"] == [20, 30]  # the death toll counts the killed
    assert groups["people injured"] == [50] and groups["people missing"] == [15]


def test_people_figures_carry_what_was_done_to_them(nlp):
    """From real reports of the 2019 plague cases in China (article-extraction benchmark pages)."""
    text = (
        "Two people were diagnosed with pneumonic plague last week. Some 28 people who came into contact with "
        "the patient were quarantined, the Associated Press reported. The Black Death killed 50 million people."
    )
    claims = annotate_text(nlp, text).claims
    assert [(c.value, c.counted) for c in claims] == [
        (2, "people diagnosed"),
        (28, "people quarantined"),
        (5e7, "people killed"),
    ]
    assert claims[1].asserted_by == "Associated Press"
