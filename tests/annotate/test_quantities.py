"""Which numbers in a sentence are figures and how each reads (issue 17, and the figures issue 12 found
missing). Sentences written for these tests, each named after its case."""

from __future__ import annotations

import pytest

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return annotations.claims + annotations.measures


def _one(nlp, text):
    [figure] = _figures(nlp, text)
    return figure


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("Seven of the injured were children.", 7, "injured"),  # a number heading its own phrase
        ("More than 300 have been evacuated.", 300, "people evacuated"),
        ("They mourned their three daughters.", 3, "daughters"),  # a word number after a possessive
        ("The four climbers who died were Swiss.", 4, "climbers"),  # described by its own clause
        ("Trucks crossed into Gaza 40 times last week.", 40, "times"),  # after a name, yet counting
        ("A half million people fled.", 5e5, "people"),
        ("One person died in the fire.", 1, "person dead"),  # "one" when it counts
        ("Police said a third of the houses were damaged.", 1 / 3, "houses"),  # a fraction
    ],
)
def test_counts_found_where_they_were_missed(nlp, text, value, counted):
    figure = _one(nlp, text)
    assert figure.value == pytest.approx(value) and figure.counted == counted


def test_counts_the_ner_calls_dates(nlp):
    figures = _figures(nlp, "The gunmen opened fire, killing 6 and wounding 31.")
    assert [(f.value, f.counted) for f in figures] == [(6, "people killed"), (31, "people wounded")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        ("The men were held for 15 years.", 15, "year", "men"),  # a duration the NER calls a date
        ("The strike ended after two hours.", 2, "hour", "strike"),
        ("Officials announced a two-week closure.", 2, "week", "closure"),  # a compound adjective
        ("The pilot, 47, was unhurt.", 47, "year of age", "pilot"),  # an age of a person in the story
        ("The bridge is 37m long.", 37, "metre", "bridge"),  # "m" as metres before a dimension
    ],
)
def test_durations_ages_and_distances_are_figures(nlp, text, value, unit, counted):
    figure = _one(nlp, text)
    assert (figure.value, figure.unit, figure.counted) == (value, unit, counted)


def test_a_quantity_in_a_compound_counts_its_noun(nlp):
    figure = _one(nlp, "Exporters got a 5 million-ton quota.")
    assert (figure.value, figure.counted, figure.kind) == (5e6, "quota", "quantity")


@pytest.mark.parametrize(
    "text",
    [
        "One resident said the water was rising.",  # an indefinite someone, not a count
        "One of the victims was a teacher.",
        "The ferry left at 10.45pm on Monday.",  # a clock time
        "The category 4 storm hit the coast.",  # a designation
        "Apple showed the iPhone 11 Pro on Tuesday.",
        "The campaign was called \u201cStarts with one\u201d last year.",  # the end of a quoted name
        "The tech executives had procured thousands of COVID -19 tests.",  # NewsQuant s476: a name's number
        "The S P 500 is up in 2019.",  # NewsQuant s131: an index whose letters are tagged nouns
    ],
)
def test_not_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_a_range_takes_the_scale_of_its_high_end(nlp):
    figure = _one(nlp, "The company expects a deal worth between $10 and $15 billion.")
    assert (figure.qualifier, figure.low, figure.high, figure.value) == ("range", 1e10, 1.5e10, 1e10)
    assert figure.unit == "USD"


def test_a_from_to_pair_is_one_figure_read_at_the_level_reached(nlp):
    figure = _one(nlp, "Its valuation was slashed from $47 billion to $8 billion.")
    assert (figure.low, figure.high, figure.value, figure.qualifier) == (4.7e10, 8e9, 8e9, "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index fell 2.3% to 16,369.03.", [(2.3, "down"), (16369.03, "none")]),  # size of a fall, then a level
        ("Shares were up 58 points, or 0.4%.", [(58, "up"), (0.4, "up")]),
        ("Revenue increased by 12 percent last year.", [(12, "up")]),
        ("Exports were 5% of output.", [(5, "none")]),  # a level of 5% is not a rise of 5%
        ("In Europe the FTSE was -0.6% at noon.", [(-0.6, "down")]),  # a signed change
        ("The Nasdaq is also trending up 0.2% today.", [(0.2, "up")]),  # the verb's particle
        ("They were up 5pc when the deal closed.", [(5, "up")]),  # the adverb parsed as the number's
        ("Operating profit was revised upward by Y=40 billion.", [(4e10, "up")]),  # an adverb, then "by"
        (
            "Shares of Ross were down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9%.",
            [(2.3, "down"), (2.6, "down"), (1.9, "down")],  # a verb left out: "Burlington (was down) by 2.6%"
        ),
        ("He added a 30 degree homer to tie the game.", [(30, "none")]),  # the number describes the homer
        ("The agency cut the rating of the 550 megawatt Topaz Solar Farms.", [(550, "none")]),  # ... or a name
        ("Ben-Moshe has only raised 280 million of the 1.5 billion shekels.", [(2.8e8, "none"), (1.5e9, "none")]),
        ("The defense gave up 517 rushing yards.", [(517, "none")]),  # "give up" is no rise
        ("Nvidia advanced 8%, Qualcomm rose under 4%.", [(8, "up"), (4, "up")]),  # a bound inside a change
        ("Kangmei also dropped by that much to 8.29 yuan.", [(8.29, "none")]),  # "to" parsed into the number
        ("The median price was $3.1 million, down 9.2% year over year.", [(3.1e6, "none"), (9.2, "down")]),
        (  # NewsQuant s559: the levels listed after "fell to" are levels, the last one too
            "The grids frequency fell to 49.55 HZ on 9 May, 49.52 HZ on 20 June and 49.58 HZ on 11 July .",
            [(49.55, "none"), (49.52, "none"), (49.58, "none")],
        ),
        (  # NewsQuant s082: a change of its own after the listed level keeps its direction
            "This also lifted up the stock prices of other companies with strong sales channels to Chinese consumers "
            "such as Blackmores up 9.4 per cent to $84 and A2 Milk up 4 per cent to $13.60.",
            [(9.4, "up"), (84, "none"), (4, "up"), (13.6, "none")],
        ),
        # after NewsQuant s244: a noun of change with its "by" is the change, not the verb it is listed with
        ("The DAX increased by 2 percent but the Nasdaq decrease by 1.5 percent.", [(2, "up"), (1.5, "down")]),
    ],
)
def test_direction_of_a_change(nlp, text, expected):
    assert [(f.value, f.change) for f in _figures(nlp, text)] == expected


def test_glued_units_and_currencies_in_a_sentence(nlp):
    text = "The 640bhp car costs RM23.50 a day, and the yacht sold for USD10m."
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [
        (640, "brake horsepower"),
        (23.5, "MYR per day"),  # a price per day
        (1e7, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "low", "high", "value"),
    [
        ("The driving range grew from 252 miles to 287 miles.", 252, 287, 287),  # the unit after both ends
        ("Weekly volume narrowed to 138,285 lots from 212,577 lots.", 212577, 138285, 138285),  # "to X from Y"
        ("Guidance was cut from the US $89 to $93 billion it had given.", 8.9e10, 9.3e10, 9.3e10),
    ],
)
def test_pairs_written_around_their_unit_or_backwards(nlp, text, low, high, value):
    figure = _one(nlp, text)
    assert (figure.low, figure.high, figure.value) == (low, high, value)


@pytest.mark.parametrize(
    "text",
    [
        "The hunt runs Sept. 20-24 this year.",  # days of a month
        "The order took effect at 0401 GMT.",  # a clock time with its zone
        "The firm leased 16-18 Industrial Avenue.",  # an address
        "Dozens of people were hurt.",  # not a number
        "The HIV 2 strain spread.",  # a name with its number
    ],
)
def test_more_numbers_that_are_not_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_a_level_reached_after_a_change_counts_the_subject(nlp):
    figures = _figures(nlp, "The Dow rose 0.65 per cent to end at 27,349.19.")
    assert [(f.value, f.change, f.counted) for f in figures][1] == (27349.19, "none", "Dow")


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("One fourth of the population is vaccinated.", 0.25, None, "exactly"),
        ("Nearly two-thirds of the sales came from buyers.", 2 / 3, None, "approximately"),  # as the gold reads it
        ("The house was worth $A82,615,680 last year.", 82615680, "AUD", "exactly"),
        ("Chipmakers will produce sub-7 nanometer chips.", 7, "nanometre", "under"),
    ],
)
def test_fractions_prefixed_currencies_and_bounds(nlp, text, value, unit, qualifier):
    figure = _one(nlp, text)
    assert figure.value == pytest.approx(value) and (figure.unit, figure.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He will be 35 by the end of the year.", 35, "year of age"),  # an age said of a person
        ("Jobs for men grew by one per cent last year.", 1, "percent"),  # "one" before "per cent"
    ],
)
def test_ages_said_of_a_person_and_one_per_cent(nlp, text, value, unit):
    figure = _one(nlp, text)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_number_before_a_plural_name_counts_it(nlp):
    figure = _one(nlp, "The team has played in eight World Cups.")
    assert (figure.value, figure.counted) == (8, "World Cups")


def test_an_elided_noun_is_the_noun_of_the_figure_before(nlp):
    text = "More than 6 million homes, including 1.5 million in Los Angeles, lost power."
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(6e6, "homes"), (1.5e6, "homes")]


def test_a_pound_sign_mangled_to_ps_in_a_sentence_but_not_a_console(nlp):
    claims = annotate_text(nlp, "His package was worth up to PS2.7m on top of a PS6m golden hello.").claims
    assert [(c.value, c.unit, c.qualifier) for c in claims] == [(2.7e6, "GBP", "up_to"), (6e6, "GBP", "exactly")]
    claims = annotate_text(nlp, "He sold 40 PS5 consoles.").claims
    assert all(c.unit != "GBP" for c in claims)


def test_signed_changes_after_index_names_are_figures(nlp):
    claims = annotate_text(nlp, "At noon in Europe: FTSE -0.4% CAC -1.2% DAX -0.9%.").claims
    assert [(c.value, c.change) for c in claims] == [(-0.4, "down"), (-1.2, "down"), (-0.9, "down")]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The boxer dropped from 180 pounds to 165 before the fight.", 180, 165),  # the unit after the first only
        ("The firm is going from 1000 to 2000 hires this year.", 1000, 2000),  # a count ending in a year's shape
    ],
)
def test_from_to_pairs_with_the_unit_once_or_a_year_shaped_end(nlp, text, low, high):
    [figure] = [c for c in annotate_text(nlp, text).claims + annotate_text(nlp, text).measures if c.low == low]
    assert (figure.low, figure.high, figure.qualifier) == (low, high, "range")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.", 36040, 34935, "USD"),
        ("Sales rose from 5,000 in January to 7,000 in March.", 5000, 7000, None),  # a time between the ends
        ("Mileage went from 20 miles per gallon in 2008 to 29 mpg in 2020.", 20, 29, "mile per gallon"),  # one unit
        ("Sizes start from 450 sq ft up to 900 sq ft in the valley.", 450, 900, "square foot"),  # "up to"
    ],
)
def test_from_to_pairs_around_a_time_or_up_to(nlp, text, low, high, unit):
    annotations = annotate_text(nlp, text)
    [figure] = annotations.claims + annotations.measures
    assert (figure.low, figure.high, figure.qualifier, figure.unit) == (low, high, "range", unit)


def test_a_pair_of_years_is_not_a_figure(nlp):
    assert annotate_text(nlp, "Sales grew from 2010 to 2020.").claims == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 4000 come from Europe.", 4000),  # the counted thing elided: the sentence says what it is about
        ("The trust invested a total of 350 million in the new plant.", 3.5e8),
        ("The highest forecast is 84.75 cents, while the lowest is 71.02.", 71.02),
    ],
)
def test_a_large_number_standing_for_its_counted_thing_is_a_figure(nlp, text, value):
    assert value in [c.value for c in annotate_text(nlp, text).claims]


@pytest.mark.parametrize(
    "text",
    ["Sales will double by 2030, analysts say.", "The two sides met again.", "One of them left early."],
)
def test_years_and_pronoun_numbers_do_not_stand_for_a_count(nlp, text):
    assert annotate_text(nlp, text).claims == []


def test_per_game_statistics_in_a_sentence(nlp):
    claims = annotate_text(nlp, "Forward: Jo Smith (21.4 ppg, 8.2 rpg, 3.1 apg).").claims
    assert [(c.value, c.unit) for c in claims] == [
        (21.4, "point per game"),
        (8.2, "rebound per game"),
        (3.1, "assist per game"),
    ]


def test_a_share_price_in_pence(nlp):
    claims = annotate_text(nlp, "Its shares rose 4.1% to 212p after the results.").claims
    assert [(c.value, c.unit) for c in claims] == [(4.1, "percent"), (212, "GBX")]


def test_a_count_the_ner_sweeps_into_a_neighbouring_date(nlp):
    text = "Now 61200 people have been jobless for one to two years and 87300 for over two years."
    assert 87300 in [c.value for c in annotate_text(nlp, text).claims]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The SUV comes with a 9- or 10-inch touchscreen.", 9, "inch"),  # a hanging hyphen
        ("A ticket costs about 12 or $14 at the door.", 12, "USD"),
    ],
)
def test_a_bare_number_before_or_takes_the_unit_of_the_next(nlp, text, value, unit):
    annotations = annotate_text(nlp, text)
    [figure] = [c for c in annotations.claims + annotations.measures if c.value == value]
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The moths can fly more than 100 kilometers (60 miles).", [(100, "over"), (60, "over")]),
        (
            "The engine makes just under 296 hp (224 kW / 300 PS) of power.",  # a conversion, then another
            [(296, "under"), (224, "under"), (300, "under")],  # "PS", metric horsepower: a conversion too
        ),
        (
            "Customers with more than 7.5 million Danish crowns (US $1.1 million) pay a fee.",
            [(7.5e6, "over"), (1.1e6, "over")],
        ),
        ("About 300 people (and 20 dogs) came.", [(300, "approximately"), (20, "exactly")]),  # another figure
    ],
)
def test_a_conversion_in_brackets_keeps_the_qualifier_of_its_figure(nlp, text, expected):
    assert [(f.value, f.qualifier) for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        ("The stock trades on barely 6.5 times earnings.", 6.5, None, "times"),  # a multiple counts "times"
        ("Bookings were more than four times the number from the previous year.", 4, None, "times"),
        ("The maximum speed of the side valve cars was about 80 m.p.h.", 80, "mile per hour", "side valve cars"),
    ],
)
def test_multiples_and_dotted_unit_letters_at_the_end_of_a_sentence(nlp, text, value, unit, counted):
    figure = _one(nlp, text)
    assert (figure.value, figure.unit, figure.counted) == (value, unit, counted)


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("The index will end higher, by the average of eight estimates compiled by Bloomberg.", 8, "estimates"),
        ("The 11 members bound by the deal committed to a cut.", 11, "members"),  # a description, not an outcome
        ("At least 12 troops killed in action were buried.", 12, "troops killed in action"),  # an outcome
        ("A third of those screened were obese.", 1 / 3, "those screened"),  # a pronoun keeps its participle
    ],
)
def test_a_participle_after_the_counted_noun_is_counted_when_it_is_an_outcome(nlp, text, value, counted):
    [figure] = [f for f in _figures(nlp, text) if f.value == pytest.approx(value)]
    assert figure.counted == counted


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        (
            "Now there are 68400 people who have been unemployed for a year and 95800 who have been unemployed longer.",
            95800,
            "people",
        ),
        ("The launches will offer a combined 435 homes by open sale and 187 by tender.", 187, "homes"),
    ],
)
def test_a_bare_number_joined_by_and_counts_the_noun_of_the_count_before(nlp, text, value, counted):
    [figure] = [f for f in _figures(nlp, text) if f.value == value]
    assert figure.counted == counted


def test_a_from_to_pair_after_up_to_and_before_a_glued_dash(nlp):
    # NewsQuant s012: "up to" between "from" and the first end, a dash glued to the unit repeated after the second
    text = (
        "It will also boost the driving range by about 35 miles - from up to 252 miles to 287 miles- and improve "
        "the charging times."
    )
    pair = [f for f in _figures(nlp, text) if f.qualifier == "range"]
    assert [(f.low, f.high, f.unit) for f in pair] == [(252, 287, "mile")]


def test_a_unit_of_two_words_before_a_noun_counts_the_noun(nlp):
    # NewsQuant s328: "basis point" is the unit, "improvement" the thing measured (not "point")
    text = "However, there was a 60 basis point improvement in its retail gross margins to 64 per cent."
    figure = _figures(nlp, text)[0]
    assert (figure.value, figure.unit, figure.counted) == (60, "basis point", "improvement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NewsQuant s469: a year-shaped low end of a range measured in a unit is an amount
        (
            "Department of Agriculture, the average adult needs to consume about 2000 - 2500 Calories to maintain "
            "their weight.",
            [(2000, 2500, "calorie")],
        ),
        ("The 2019-2020 season was long.", []),  # years still
        ("He served from 2010 to 2014 years ago.", []),
    ],
)
def test_a_year_shaped_low_end_of_a_measured_range(nlp, text, expected):
    assert [(f.low, f.high, f.unit) for f in _figures(nlp, text)] == expected


def test_a_number_glued_to_the_first_word_of_a_two_word_unit(nlp):
    # NewsQuant s487: "3923sq m" is 3,923 square metres
    text = "Previously, the iconic 3923sq m estate, which was built on the site of a home, was put out to tender."
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [(3923, "square metre", "estate")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NewsQuant s463: the change is in points, so is the level the index reached
        ("The S&P 500 rose 64.06 points to 4,577.10.", [(64.06, "point", "up"), (4577.1, "point", "none")]),
        (  # NewsQuant s503
            "London's blue chip index has lost 162.31 points, or 2.14%, to fall to 7,425.81.",
            [(162.31, "point", "down"), (2.14, "percent", "down"), (7425.81, "point", "none")],
        ),
        (  # NewsQuant s261: no number in points, yet the level an index reaches is in points
            "The Dow Jones Industrial Average rose 0.65 per cent to end at 27,349.19.",
            [(0.65, "percent", "up"), (27349.19, "point", "none")],
        ),
    ],
)
def test_an_index_level_is_in_points(nlp, text, expected):
    assert [(f.value, f.unit, f.change) for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NewsQuant s295: a multiple written as one word counts times
        (
            "Revenue from mainland China grew more than sixfold to HK $3.7 billion (US $473 million) last year.",
            [(6, "times", "over"), (3.7e9, "Revenue", "exactly"), (4.73e8, "Revenue", "exactly")],
        ),
        ("Cases rose 10-fold in a week.", [(10, "times", "exactly")]),  # tokenised "10", "-", "fold"
        ("The pipe manifold broke.", []),
    ],
)
def test_a_multiple_written_with_fold_counts_times(nlp, text, expected):
    assert [(f.value, f.counted, f.qualifier) for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NewsQuant s408: "$A82,615,680" (tokenised "$", "A82,615,680") is money whatever the NER calls it
        ("Manhattan, worth $US55,931,000 ($A82,615,680), 49 Zorro Ranch Road.", [(55931000, "USD"), (82615680, "AUD")]),
        # NewsQuant s482: a share before "-owned" is a figure, not a compound adjective
        ("Nissan, which is 43.4 percent-owned by Renault.", [(43.4, "percent")]),
    ],
)
def test_glued_currencies_and_shares_before_a_hyphen_are_figures(nlp, text, expected):
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        # NewsQuant s392: the number of another figure is no part of what this one counts
        (
            "However, until now Ben-Moshe has only raised 280 million of the 1.5 billion shekels he needs.",
            2.8e8,
            "shekels",
        ),
        ("The current population is about 8 B people.", 8e9, "people"),  # NewsQuant s437: the scale letter
        ("Cayman Airways said it was grounding two new 737 Max jets .", 2, "new 737 Max jets"),  # s556: a name
        ("The company sells 2.9 million 9 liter cases of a year.", 2.9e6, "9 liter cases of a year"),  # s499: a size
    ],
)
def test_the_counted_phrase_stops_at_another_number(nlp, text, value, counted):
    figure = _figures(nlp, text)[0]
    assert (figure.value, figure.counted) == (pytest.approx(value), counted)


def test_a_count_the_ner_calls_a_person_and_coordinated_modifiers(nlp):
    # NewsQuant s533: "460" tagged PERSON still counts the vehicles, made by Kia and by Hyundai
    text = (
        "In St Paul, Minnesota, about 460 Kia and Hyundai vehicles have been stolen so far this year compared with "
        "63 during the same period last year."
    )
    figure = _figures(nlp, text)[0]
    assert (figure.value, figure.qualifier, figure.counted) == (460, "approximately", "Kia and Hyundai vehicles")


# NewsQuant s582, s583, s586, s587 (issue 17): a symbol with several readings, read as its sentence means it
SYMBOLS = {
    "The charge stored in the capacitor was 2.5 F and the voltage across it was 5 volts.": (2.5, "farad"),
    "The speed of sound is approximately 661 kt in dry air at sea level": (661, "knot"),
    "The concert ticket cost me 150 kn, which is a bit pricey for my budget.": (150, "HRK"),
    "The price of gasoline per litre in Johannesburg is currently 18 R.": (18, "ZAR"),
}


def test_a_symbol_of_several_units_is_read_by_the_words_of_its_sentence(nlp):
    for sentence, (value, unit) in SYMBOLS.items():
        annotations = annotate_text(nlp, sentence)
        found = [(c.value, c.unit) for c in annotations.claims + annotations.measures]
        assert (value, unit) in found, sentence
    # words that point nowhere, or to two kinds, keep the usual reading
    [heat] = annotate_text(nlp, "Temperatures hit 95 F on Sunday.").claims
    assert heat.unit == "degree Fahrenheit"
    [dose] = annotate_text(nlp, "The radiologist advised no more than 0.5 R per day.").claims
    assert dose.unit == "roentgen per day"


def test_a_network_generation_counts_a_generation_of_wireless_not_a_letter(nlp):
    """NewsQuant s005, s335; Broadcom_Raises_Its_Qualcomm_Offer_to_121: "5G" counted 'G' (read as grams by CQE's
    unit dictionary)."""
    text = "There will be a lengthy migration, as has been the case with the lead up to 3G and 4G networks."
    annotations = annotate_text(nlp, text)
    assert [(c.value, c.counted) for c in annotations.measures] == [
        (3, "generation wireless"),
        (4, "generation wireless"),
    ]
    assert annotations.claims == []  # a quantity for NewsQuant, but no figure (identifiers, gold README)


def test_a_network_generation_glossed_in_words_is_no_figure(nlp):
    """news-threads Broadcom/Qualcomm thread: "5G" made a figure group of six reports and the summary's second
    sentence; it names a generation of networks, as the gold README counts identifiers: no figure."""
    text = (
        "Mollenkopf, in comments in December, maintained that Qualcomm, the leading global supplier of smartphone "
        "chips, is well-positioned for emerging technologies for connected devices and 5G, or the fifth generation "
        "of wireless networks."
    )
    annotations = annotate_text(nlp, text)
    assert annotations.claims == []
    assert [(m.value, m.unit, m.counted) for m in annotations.measures] == [(5, None, "generation wireless")]
