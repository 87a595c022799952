"""Reading a number's surface: values, scales, units from quantulum3's table, currencies by ISO code,
ranges, fractions and scientific notation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsweave.annotate.numbers import parse_surface
from newsweave.annotate.units import longest_unit, lookup


@pytest.mark.parametrize(
    ("surface", "value", "unit", "kind"),
    [
        ("640bhp", 640, "brake horsepower", "measure"),  # a unit glued to the number
        ("1.38pc", 1.38, "percent", "percent"),  # "pc" is per cent
        ("RM23.50", 23.5, "MYR", "money"),  # a currency prefix news writes glued
        ("USD10m", 1e7, "USD", "money"),  # an ISO code glued, then a scale letter
        ("£4.5bn", 4.5e9, "GBP", "money"),
        ("HK $3.7 billion", 3.7e9, "HKD", "money"),  # the prefix written apart from "$"
        ("1,200€", 1200, "EUR", "money"),  # the symbol after the amount
        ("80 m.p.h.", 80, "mile per hour", "measure"),  # unit letters, not "million"
        ("352 μm", 352, "micrometre", "measure"),  # Greek mu or micro sign alike
        ("45g", 45, "gram", "measure"),  # a single letter is a unit when glued
        ("32m2", 32, "square metre", "measure"),  # "m2" is square metres, not 32 million and 2
        ("10kW", 10, "kilowatt", "measure"),
        ("1.2e6", 1.2e6, None, "count"),  # scientific notation
        ("3 x 10^5", 3e5, None, "count"),
        ("2.48×10−5", 2.48e-5, None, "count"),
        ("two and a half miles", 2.5, "mile", "measure"),
        ("a third", 1 / 3, None, "count"),
        ("a half million", 5e5, None, "count"),
        ("two-year", 2, "year", "measure"),
        ("minus-130 degrees Fahrenheit", -130, "degree Fahrenheit", "measure"),  # quantulum3's name
        ("10 000 dollars", 10000, "USD", "money"),  # a space as thousands separator
    ],
)
def test_surfaces_with_units_currencies_and_notation(surface, value, unit, kind):
    parsed = parse_surface(surface)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert (parsed.unit, parsed.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("surface", "low", "high"),
    [
        ("$10 to $15 billion", 1e10, 1.5e10),  # the low end takes the scale written after the high one
        ("four to five thousand", 4000, 5000),
        ("between 44 and 50 mg", 44, 50),
        ("10-15 exabytes", 10, 15),
        ("-78-0 degrees Celsius", -78, 0),
        ("$500 to $2 million", 500, 2e6),  # a low end scaled past the high one stays as written
    ],
)
def test_ranges_give_both_ends_with_the_low_end_scaled(surface, low, high):
    parsed = parse_surface(surface)
    assert (parsed.low, parsed.high) == (pytest.approx(low), pytest.approx(high))
    assert parsed.value == pytest.approx((low + high) / 2)  # quantulum3 reads a range at its middle


def test_one_unit_two_spellings_is_one_name():
    assert lookup("km/h").name == lookup("kph").name == "kilometre per hour"
    assert longest_unit(["kilometres", "per", "hour"])[0].name == "kilometre per hour"
    assert longest_unit(["miles", "per", "hour"])[0].name == lookup("mph").name


def test_words_and_letters_are_units_only_when_they_must_be():
    assert lookup("in") is None and lookup("a") is None  # "5 in the morning", "5 a day"
    assert lookup("m") is None and lookup("m", glued=True).name == "metre"
    assert lookup("s", glued=True) is None  # "the 1990s" is a decade
    assert lookup("pounds").name == "pound-mass"  # a weight unless written as money
    assert lookup("dollars").name == "USD" and lookup("€").name == "EUR"


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("52,000 barrel-a-day", "barrel per day"),
        ("40 hours a week", "hour per week"),
        ("11 feet per century", "foot per century"),
        ("80 km/h", "kilometre per hour"),  # a rate the table holds whole stays as it is
    ],
)
def test_a_rate_written_after_a_measure_is_one_unit(surface, unit):
    assert parse_surface(surface).unit == unit


@pytest.mark.parametrize(
    ("surface", "value", "unit"),
    [
        ("$62.10 per barrel", 62.10, "USD per barrel"),  # a price per unit of measure
        ("$1,290.5 an ounce", 1290.5, "USD per ounce"),
        ("RM1,500 a month", 1500, "MYR per month"),
        ("$4 per share", 4, "USD per share"),  # "per" takes any noun
        ("$4 a piece", 4, "USD"),  # "a" only a unit
        ("between $900 and $1,500 a week", 1200, "USD per week"),  # both ends of a range are a week's pay
        ("63 cents per share", 63, "cent per share"),  # NewsQuant s560: cents priced per unit (bare cents a word)
    ],
)
def test_money_written_per_unit_is_a_rate(surface, value, unit):
    parsed = parse_surface(surface)
    assert (parsed.value, parsed.unit, parsed.kind) == (pytest.approx(value), unit, "money")


@pytest.mark.parametrize(
    ("surface", "value", "unit"),
    [("PS2.7m", 2.7e6, "GBP"), ("PS21,700", 21700, "GBP"), ("PS8.1bn", 8.1e9, "GBP")],
)
def test_a_pound_sign_mangled_to_ps_is_sterling(surface, value, unit):
    parsed = parse_surface(surface)
    assert (parsed.value, parsed.unit) == (pytest.approx(value), unit)


def test_per_game_statistics_are_units():
    assert [lookup(s).name for s in ("ppg", "rpg", "apg", "WAR")] == [
        "point per game",
        "rebound per game",
        "assist per game",
        "win above replacement",
    ]
    assert lookup("war") is None  # the word, not the statistic


@pytest.mark.parametrize(
    ("surface", "unit"),
    [("164p", "GBX"), ("118.5p", "GBX"), ("1080p", None)],  # "1080p" a screen resolution
)
def test_p_glued_to_a_small_amount_is_pence(surface, unit):
    assert parse_surface(surface).unit == unit


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("100km/hr", "kilometre per hour"),  # a quotient of two symbols the table holds apart
        ("10 kV/cm", "kilovolt per centimetre"),
        ("35 GWh", "gigawatt hour"),  # another SI prefix than the table's "kWh"
        ("1.2 TWh", "terawatt hour"),
        ("49.52 HZ", "hertz"),  # a symbol written in capitals
        ("784 HP", "horsepower"),
    ],
)
def test_units_composed_from_the_table(surface, unit):
    assert parse_surface(surface).unit == unit


def test_capitals_are_a_symbol_only_when_no_name_follows():
    assert parse_surface("four FA Cup finals").unit is None  # "FA" is no femtoampere
    assert parse_surface("20 EV models").unit is None  # "EV" no electronvolt
    assert lookup("PM", capitals=True) is None  # picometre or petametre: not guessed
    assert lookup("MS", capitals=True) is None  # never a time ("MS" is not milliseconds)


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("275 pound-feet", "pound-foot"),  # a torque, not a weight
        ("332 lb-ft", "pound-foot"),  # the hyphen kept between the two symbols
        ("2.14degF", "degree Fahrenheit"),  # "deg" with its scale letter is a temperature
        ("1.19deg C", "degree Celsius"),
        ("12 C", "degree Celsius"),  # a temperature before a charge in coulombs
        ("$6.78 billion a year earlier", "USD"),  # a date, not a rate
        ("$5 a month", "USD per month"),  # a rate still
    ],
)
def test_torque_temperatures_and_dated_amounts(surface, unit):
    assert parse_surface(surface).unit == unit


@pytest.mark.parametrize(
    ("surface", "value", "low", "high"),
    [
        # BBC business/004: "it increased this from £6 to £10 one-way": "one" is a word of the unit, not 10 + 1
        ("£6 to £10 one-way", 8, 6, 10),
        ("£10 one-way", 10, None, None),
        ("16 billion b", 16e9, None, None),  # NewsQuant s584: a letter after a scale word is no second scale
        ("8 B people", 8e9, None, None),  # NewsQuant s437: the letter right after the number still is one
        ("1 and a half", 1.5, None, None),  # digits continued by a fraction, as before
    ],
)
def test_digits_are_not_continued_by_a_number_word_or_a_second_scale(surface, value, low, high):
    parsed = parse_surface(surface)
    assert (parsed.value, parsed.low, parsed.high) == (pytest.approx(value), low, high)


def test_ratios_of_the_table_are_units_and_counts_are_not():
    # NewsQuant s380 "will charge 40 basis points"; s491 "carbon levels at 1200 parts per million"
    assert lookup("basis points").name == "basis point"
    assert parse_surface("1200 parts per million").unit == "parts-per-million"
    assert lookup("pair") is None and lookup("dozen") is None  # counted things, not units


def test_points_are_a_unit_and_a_point_is_a_word():
    assert parse_surface("58.06 points").unit == "point"  # NewsQuant s041 "up 58.06 points"
    assert lookup("point") is None  # "a 10-point plan", "at one point last year"
