"""A number's unit or counted thing read from its context (issue 17, NewsQuant value+unit): a unit written once
for two numbers, a fraction of a unit, adjectives written before a count's number, a noun the parser left
unattached. Real NewsQuant sentences (sNNN is its index in NewsQuant.json), and a few written for the
negative cases."""

from __future__ import annotations

import pytest

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return sorted(annotations.claims + annotations.measures, key=lambda f: f.start)


def test_a_parallel_clause_shares_the_counted_unit(nlp):
    # s303: "the lowest is 74.07" is in the cents of "the highest forecast is 84.75 cents", and no highest forecast
    figures = _figures(nlp, "The highest forecast is 84.75 cents, while the lowest is 74.07.")
    assert [(f.value, f.unit, f.counted) for f in figures] == [
        (84.75, "cent", "highest forecast"),
        (74.07, "cent", None),
    ]


def test_a_parallel_clause_with_another_verb_shares_nothing(nlp):
    figures = _figures(nlp, "The highest forecast is 84.75 cents, while the index closed at 7,400.")
    # the index's level is in points, not in the cents of the forecast
    assert [(f.value, f.unit) for f in figures if f.value == 7400] == [(7400, "point")]
    assert all(f.counted != "cents" for f in figures if f.value == 7400)


def test_the_from_end_of_a_change_shares_the_to_end_counted(nlp):
    # s085: "to 3.9 million headsets up from 2.4 million": 2.4 million headsets, not sales
    text = (
        "A recent IDC survey sponsored by PlayStation VR headset maker Sony found that VR headset sales in the US UK "
        "Germany France and Japan rose 60% in 2018 to 3.9 million headsets up from 2.4 million in 2017."
    )
    assert [(f.value, f.counted) for f in _figures(nlp, text) if f.unit is None] == [
        (3.9e6, "headsets"),
        (2.4e6, "headsets"),
    ]


def test_the_to_end_after_a_range_shares_its_unit(nlp):
    # s572: "from about 14-18 mpg to 24": 24 miles per gallon
    text = (
        "Average automobile mileage has been creeping upward, from 20 miles per gallon in 2008 to 29 mpg in 2020 for "
        "mid-sized cars, and from about 14-18 mpg to 24 for standard sport utility vehicles, or SUVs ."
    )
    assert [(f.low, f.high, f.value, f.unit) for f in _figures(nlp, text)] == [
        (20, 29, 29, "mile per gallon"),
        (14, 18, 18, "mile per gallon"),
        (None, None, 24, "mile per gallon"),
    ]


def test_a_fraction_of_a_unit_is_in_that_unit(nlp):
    # s510: "1/16 of a US pint" is a sixteenth of a pint
    text = "One US fluid ounce is 1/16 of a US pint, 1⁄32 of a US quart, and 1⁄128 of a US gallon."
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [
        (1 / 16, "pint"),
        (1 / 32, "quart"),
        (1 / 128, "gallon"),
    ]


def test_a_fraction_of_things_counts_them(nlp):
    # s440: "a third of the population" is a share of people, not a unit
    [figure] = _figures(nlp, "A third of the Britian population lives in South East England.")
    assert (figure.unit, figure.counted) == (None, "Britian population")


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        # s523: "previous" picks which sessions, as an ordinal does ("the first two infected patients"), so a
        # figure of them still groups with other figures of sessions
        (
            "Carnival — The cruise operator gained 2.2% in the premarket, adding to gains from the previous two "
            "sessions.",
            2,
            "sessions",
        ),
        (
            "The first two infected patients - still in quarantine - resulted in 46 of their close contacts being "
            "placed under medical observation.",
            2,
            "infected patients",
        ),
        # s172: "the top three seeds" are top seeds
        (
            "But can we really expect double-digit victories with the top three seeds from each region still playing?",
            3,
            "top seeds",
        ),
        # s400: after "a", the adjective sizes the number ("a record 32 goals"), not the goals
        (
            "After a torrid time at Chelsea, Salahs second spell in England brought about a Premier League history as "
            "he netted a record 32 goals in 36 league games.",
            32,
            "goals",
        ),
        ("An estimated 5,000 people fled the city.", 5000, "people"),  # a participle qualifies the number
    ],
)
def test_adjectives_before_a_counts_number(nlp, text, value, counted):
    figure = next(f for f in _figures(nlp, text) if f.value == value)
    assert figure.counted == counted


def test_a_plural_noun_the_parser_left_unattached_is_counted(nlp):
    # s497: "going from 1000 to 2000 hires" counts hires, not Apple
    [figure] = _figures(nlp, "Apple is hiring more people, going from 1000 to 2000 hires this year.")
    assert (figure.low, figure.high, figure.counted) == (1000, 2000, "hires")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The speed of light is approximately 2.998×10−8 meters per second.", 2.998e-8, "metre per second"),  # s509
        ("The mass of the sun is approximately 1.99×10−30 kilograms.", 1.99e-30, "kilogram"),  # s508
    ],
)
def test_scientific_notation_with_a_unicode_minus_is_a_number(nlp, text, value, unit):
    [figure] = _figures(nlp, text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_a_scale_word_after_a_is_a_number_and_its_currency_is_not_counted(nlp):
    # s512: "a million dollar house" is one million dollars, the amount of a house
    [figure] = _figures(nlp, "It is a million dollar house.")
    assert (figure.value, figure.unit, figure.counted) == (1e6, "USD", "house")


def test_a_currency_word_inside_a_name_stays_in_the_counted_phrase(nlp):
    # s558: "the dollar index" is an index, its level counted as the index's
    text = "The dollar index was up at 96.088 .DXY ."
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(96.088, "dollar index")]


def test_half_a_million_is_half_of_it(nlp):
    # the meth gold's embedded tweet: "nearly half a million dollars" rounds the campaign's $449,000
    [figure] = _figures(nlp, "Yes this is real and yes the state spent nearly half a million dollars on it")
    assert (figure.value, figure.unit, figure.qualifier) == (5e5, "USD", "approximately")


def test_a_thousand_as_a_manner_of_speaking_is_no_figure(nlp):
    # the meth gold: a quoted "a thousand choices" is not listed as a figure
    text = "“It can seem like there’s a thousand choices for where to put your money and where your audience might be"
    assert _figures(nlp, text + " looking now.”") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # s467: "under the age of 5 years" is an age, not a duration
        (
            "An estimated 5 million children under the age of 5 years died, mostly from preventable and treatable "
            "causes.",
            5,
        ),
        # s106: a life expectancy is an age
        (
            "It was that noted the average life expectancy for men in Glasgow is around 73 raising the prospect of "
            "some dying before they access their state pension.",
            73,
        ),
    ],
)
def test_ages_named_by_the_age_they_are(nlp, text, value):
    figure = next(f for f in _figures(nlp, text) if f.value == value)
    assert figure.unit == "year of age"


def test_a_percent_later_in_the_clause_is_not_the_numbers_unit(nlp):
    # s123: "worth over 2 billion is growing almost five percent a year": the 2 billion is no percentage
    text = (
        "Latest figures from analyst Mintel support Papiers experience finding that the UK greetings cards market "
        "worth over 2 billion is growing almost five percent a year with customers looking increasingly for personal "
        "designs and sending individual cards."
    )
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [(2e9, None), (5, "percent")]


def test_a_scale_letter_parsed_as_an_adjectives_modifier_still_counts_the_noun(nlp):
    # s331: "2.7m combined digital and physical sales", "m" parsed as a modifier of "combined"
    text = (
        "The biggest-selling film of the year, by a large margin, was The Greatest Showman, starring Hugh Jackman, "
        "with 2.7m combined digital and physical sales."
    )
    [figure] = _figures(nlp, text)
    assert (figure.value, figure.counted) == (2.7e6, "combined digital and physical sales")


def test_a_name_written_like_e_notation_is_no_number(nlp):
    # BBC business: Boeing's "7E7" is a plane, not 7 x 10^7
    text = "Boeing has set itself a target of getting 200 firm commitments for the 7E7 by the end of this year."
    assert [f.value for f in _figures(nlp, text)] == [200]


def test_a_fraction_of_a_million(nlp):
    # BBC business: "a quarter of a million" is 250,000
    text = "Almost a quarter of a million US consumers complained of being targeted for identity theft in 2004."
    [figure] = [f for f in _figures(nlp, text) if f.unit is None]
    assert (figure.value, figure.counted) == (250_000, "US consumers")


def test_an_amount_in_yen_counts_what_its_clause_is_about(nlp):
    # BBC business: "1.14 trillion yen thanks to": the parser hangs "yen" on "thanks"; the yen are the surplus
    text = (
        "In December, the surplus grew 1.8% on a year ago to 1.14 trillion yen thanks to stronger-than-expected "
        "exports."
    )
    figure = next(f for f in _figures(nlp, text) if f.unit == "JPY")
    assert (figure.value, figure.counted) == (1.14e12, "surplus")


def test_a_percentage_parsed_as_an_adjectives_modifier_counts_no_noun_of_it(nlp):
    # BBC business: "finishing the year roughly 30% higher": the parser hangs "higher" on "year"
    text = "Oil prices are finishing the year roughly 30% higher than they were in January 2004."
    [figure] = _figures(nlp, text)
    assert (figure.value, figure.counted) == (30, "Oil prices")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # BBC business: millions of pounds with no "of" after them are money
        (
            "More than a third of the UK's private housing assets - representing more than a trillion pounds in value "
            "- are concentrated in London and the South East.",
            "GBP",
        ),
        ("The plant recalled 3 million pounds of beef last week.", "pound-mass"),  # a weight of something
    ],
)
def test_millions_of_pounds_are_money_unless_of_something(nlp, text, unit):
    figure = next(f for f in _figures(nlp, text) if f.value >= 1e6)
    assert figure.unit == unit
