"""Figures of the fourth audit round on news-threads (issues 12, 14 part 2, 17; notes/audit6/figures3.md): numbers
hyphenated to what they count, a duration in two units, and idioms, hyperbole and indefinite "one" that count
nothing. Each case is the article's own sentence (news-threads, by thread and file)."""

from __future__ import annotations

import pytest

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return annotations.claims + annotations.measures


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "counted"),
    [
        # panama_papers af9c732b
        (
            "In addition to Deng, the papers note in-law ties to Liu Yunshan and Zhang Gaoli, who are on the Communist "
            "Party Politburo Standing Committee, the seven-member group that ultimately rules China.",
            7, "exactly", "members",
        ),
        # panama_papers a24d26ed
        ("The firm sent a nine-page response to ICIJ saying that it had done nothing wrong.", 9, "exactly", "pages"),
        # panama_papers ffffc282
        ("A six-page memo prepared by Ernst & Young laid out a plan to exploit a tax loophole.", 6, "exactly", "pages"),
        # panama_papers 2ee6b68d
        (
            "At one site, real estate broker Kent Davis steps into a construction elevator in a nearly completed "
            "30-floor apartment building.",
            30, "exactly", "floors",
        ),
        # panama_papers 2ee6b68d
        (
            "At least half-a-dozen cranes dot its picturesque, oceanfront skyline, teeming with glass towers.",
            6, "at_least", "cranes",
        ),
    ],
)  # fmt: skip
def test_a_number_hyphenated_to_what_it_counts_is_a_count(nlp, text, value, qualifier, counted):
    [figure] = _figures(nlp, text)
    assert (figure.value, figure.qualifier, figure.counted) == (value, qualifier, counted)


@pytest.mark.parametrize(
    "text",
    [
        "It was a one-time payment in a two-way deal.",  # idioms, not sizes
        "Firefighters fought a five-alarm fire in a two-party system.",
    ],
)
def test_other_hyphenated_compounds_stay_no_figures(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        # panama_papers 22f6f31e
        (
            "The scandal erupted on Sunday when media groups began revealing the results of a year-long "
            "investigation into a trove of documents.",
            1, "year", "investigation",
        ),
        # panama_papers d03c8efa
        (
            "A decade-long project to double the capacity of the Panama Canal will be formally completed in June.",
            1, "decade", "project",
        ),
    ],
)  # fmt: skip
def test_a_unit_of_time_written_long_is_a_duration_of_one(nlp, text, value, unit, counted):
    [figure] = _figures(nlp, text)
    assert (figure.value, figure.unit, figure.counted) == (value, unit, counted)


def test_a_duration_in_two_units_is_one_duration(nlp):
    """chrissy_teigen 36e5d804: "8 hours and 20 minutes" was two measures, 8 h and 20 min."""
    [flight] = _figures(nlp, "Flight time, 8 hours and 20 minutes.")
    assert (flight.value, flight.unit) == (500, "minute")
    assert flight.sentence[flight.start : flight.end] == "8 hours and 20 minutes"
    # news-threads 65ab3770: what the last unit is of is what the duration measures
    text = (
        "On New Year’s Day, Washington collects nine hours and 30 minutes of daylight, but on Jan. 31, the city "
        "luxuriates in 10 hours and 13 minutes of light, according to the observatory."
    )
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(570, "daylight"), (613, "light")]


@pytest.mark.parametrize(
    "text",
    [
        # panama_papers da1d344c: an idiom and hyperbole
        "So this brings us to the $2 billion-dollar question: If Putin was not mentioned by name in any of the 11 "
        "zillion Panama documents made public by the leaky database of Mossack Fonseca, then why does Putin feature?",
        # panama_papers a24d26ed: a class of people, not a share of anything
        "Voters know at a gut level that our system of global capitalism is working mainly for the 1 %, not the 99 %.",
        "The Panama Papers illuminate a key aspect of why the system isn't working–because globalization has allowed "
        "the capital and assets of the 1 % (be they individuals or corporations) to travel freely, while those of the "
        "99 % cannot.",
        # panama_papers af9c732b: an indefinite someone who asks
        'Asked one post that was circulated widely before being scrubbed: "What should I do if my brother-in-law does '
        'something wrong?"',
    ],
)
def test_idioms_hyperbole_and_an_indefinite_one_are_no_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_a_share_after_the_names_its_noun_and_stays_a_figure(nlp):
    figures = _figures(nlp, "Inflation stayed near the 2% target, and wages rose 3% for the 10% of workers.")
    assert [(f.value, f.counted) for f in figures] == [(2, "target"), (3, "wages"), (10, "workers")]


def test_an_amount_the_subject_moves_counts_nothing_of_its_of_object(nlp):
    """panama_papers a24d26ed: "funneled as much as $2 billion" counted 'Russian leader'."""
    text = (
        "Instead, the documents reveal that close associates of the Russian leader funneled as much as $2 billion "
        "through offshore accounts."
    )
    [amount] = _figures(nlp, text)
    assert (amount.value, amount.qualifier, amount.counted) == (2e9, "up_to", None)
    # a cost the subject has keeps its "of" object (NewsQuant s427)
    [cost] = _figures(nlp, "Each of Whinstones buildings costs about $40 million to build.")
    assert cost.counted == "Whinstones buildings"
