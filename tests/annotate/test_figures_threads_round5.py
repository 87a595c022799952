"""Figures of the fifth audit round (issue 17 value+unit, issue 14 part 2; notes/audit8/figures.md): numbers that name
or date (versions, resolutions, catalogue names, addresses, won-lost records, listed days), what a number counts
past a hyphenated modifier or a comparison, cents as a unit, "three or four" as one range. Each case is the
article's own sentence (news-threads by thread and file; NewsQuant by sentence)."""

from __future__ import annotations

import pytest

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return annotations.claims + annotations.measures


@pytest.mark.parametrize(
    "text",
    [
        # PS4_System_Update_5_50 7aed7776: a release number before or after its word
        "The PS4 5.50 update rolled out on Friday to invited users, and numerous new features were uncovered.",
        "Team Tournaments have been around since PS4 update 5.0, but there’s now the ability to customize your teams "
        "page.",
        # PS4_System_Update_5_50 a6d26602: the same number alone, once the article has named it a release
        "Sony has announced what we now know is system update 5.50. Custom wallpaper had been implemented to some "
        "extent previously, but 5.50 allows you to import any image via USB to apply as your background.",
    ],
)
def test_a_software_version_is_no_figure(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # PS4_System_Update_5_50 7aed7776: a display resolution, not 4,000 teravolts
        "Essentially, this means that you don’t need to buy a 4K TV to enjoy a boost in the visual quality with your "
        "PS4 Pro, though games on 4K TVs will still look better.",
        "Supersampling on PS4 Pro means that you can boost the resolution of your games even if you’re not using a "
        "4K TV.",
        # first_planets_outside_the_Milky_Way 4d4c9b21: a catalogue name
        "Pictured, the gravitational lens RX J1131-1231 galaxy can be seen, with the lens galaxy at the center.",
        # january_will_bring_two_supermoons 65ab3770: an address, not 1,426 newtons; days listed after their month
        "Witness winter’s wonders during “Stars Tonight” at the David M. Brown Planetarium, 1426 N. Quincy St., "
        "Arlington.",
        "Other dates: Jan. 12, 19 and 26.",
        # january_will_bring_two_supermoons d2cf1395
        "The first full moon of 2018 will reach its peak between January 1 and 2.",
        # news-threads 5a7c11ed (Arians retires): won-lost records
        "Arians first won NFL Coach of the Year honors for his work on an interim basis for the Indianapolis Colts in "
        "2012 and again after directing the Cardinals to an 11-5 record and a playoff berth in 2014.",
        # news-threads 6902d8bc
        "Arians leaves the Cardinals as the winningest coach in franchise history, with a 50-32-1 record (including "
        "playoffs).",
    ],
)
def test_names_addresses_records_and_listed_days_are_no_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_an_amount_of_money_in_thousands_stays_a_figure(nlp):
    """A "K" after a currency is a scale, whatever the sentence says of screens."""
    [amount] = _figures(nlp, "The studio raised $4K for a new 4K screen.")
    assert (amount.value, amount.unit) == (4000, "USD")


def test_frames_per_second_are_a_frame_rate(nlp):
    """PS4_System_Update_5_50 f9596d04: "60FPS" was 60 feet per second; the version "5.00" no figure."""
    text = (
        "The biggest part of the 5.00 update was directed mostly at PS4 Pro users, who following the update could "
        "stream their content at 1080p and 60FPS."
    )
    [rate] = _figures(nlp, text)
    assert (rate.value, rate.unit) == (60, "frame per second")


def test_a_number_before_a_hyphenated_modifier_counts_the_noun(nlp):
    """news-threads fc5b5406 (Falcon Heavy): the engines were counted as 'kerosene'."""
    text = (
        "On Tuesday’s demo flight, the average thrust from the Falcon Heavy’s 27 kerosene-fueled Merlin 1D engines "
        "will be throttled back to 92 percent power."
    )
    engines = _figures(nlp, text)[0]
    assert (engines.value, engines.counted) == (27, "kerosene-fueled Merlin 1D engines")


def test_a_measure_counts_nothing_of_its_own_unit(nlp):
    """erie_smashes_snowfall_record 136fdf3b: "24.5 inches" counted '24.5 inches'."""
    text = "Another 24.5 inches fell by Tuesday night, bringing the total since Dec. 23 to more than 62.9 inches."
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [(24.5, "inch", None), (62.9, "inch", None)]


@pytest.mark.parametrize(
    ("text", "low", "high", "counted"),
    [
        # NewsQuant s316
        (
            "Over the past three or four years, weve seen more mortgage lenders offering 95 per cent loan-to-value "
            "mortgages.",
            3, 4, None,
        ),
        # PS4_System_Update_5_50 f9596d04
        (
            "While this is only for Beta testers for the time being, it does give us some clues as to one or two cool "
            "little features.",
            1, 2, "cool little features",
        ),
    ],
)  # fmt: skip
def test_two_close_numbers_joined_by_or_are_one_range(nlp, text, low, high, counted):
    ranges = [f for f in _figures(nlp, text) if f.qualifier == "range"]
    assert [(f.low, f.high, f.counted) for f in ranges] == [(low, high, counted)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # NewsQuant s115: "respectively" gives two values
        (
            "And if that predicted price comes true that will make the S8 around 25k or 40k cheaper than its Mercedes "
            "and BMW rivals respectively.",
            [25000, 40000],
        ),
        # NewsQuant s529: two sizes to choose from
        ("For 2017, all Santa Fe models gained connectivity on a 7- or 8-inch touchscreen.", [7, 8]),
    ],
)
def test_numbers_or_joins_as_alternatives_stay_two(nlp, text, values):
    assert [f.value for f in _figures(nlp, text)] == values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # NewsQuant s014
        ("The September crude contract was up 19 cents at US $58.24 per barrel.", 19, "cent"),
        # NewsQuant s534
        ("Heineken Malaysia rose 18 sen to RM23.50.", 18, "sen"),
    ],
)
def test_cents_are_a_unit_of_money(nlp, text, value, unit):
    change = _figures(nlp, text)[0]
    assert (change.value, change.unit, change.kind, change.change) == (value, unit, "money", "up")
    assert change.counted not in ("cents", "sen")
    assert change.sentence[change.start : change.end] == f"{value} {unit if unit == 'sen' else 'cents'}"


def test_a_bare_amount_converted_alike_shares_the_currency(nlp):
    """NewsQuant s353: "2,380,000 ($21,972)" was a count of 'speed'."""
    text = (
        "It has an MSRP of 2,435,000 YEN ($22,480) for the 5 speed manual transmission version and 2,380,000 "
        "($21,972) for the CVT."
    )
    amounts = [(f.value, f.unit, f.counted) for f in _figures(nlp, text) if f.kind == "money"]
    assert (2380000, "JPY", None) in amounts


def test_a_number_compared_with_a_count_counts_the_same(nlp):
    """NewsQuant s533: "compared with 63" was dropped, counting nothing."""
    text = (
        "In St Paul, Minnesota, about 460 Kia and Hyundai vehicles have been stolen so far this year compared with 63 "
        "during the same period last year, according to the Star Tribune."
    )
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [
        (460, "Kia and Hyundai vehicles"),
        (63, "Kia and Hyundai vehicles"),
    ]


def test_drams_are_a_unit(nlp):
    """NewsQuant s581: "5 drams of distilled water" counted drams."""
    text = "The pharmacy dispensed 2 milligrams of the medication in a solution of 5 drams of distilled water."
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [(2, "milligram"), (5, "dram")]


@pytest.mark.parametrize(
    "text",
    [
        # china_promises_the_moon 0b48a814: a craft named with its number, however the parser tags the name
        "The first component of Chang’e 4 is scheduled to lift off in June.",
        "China’s lunar exploration programme started in 2007 with Chang’e 1, a simple lunar orbiter.",
        # china_promises_the_moon 2d653202
        "In 2010, the Chang’e 2 mission was launched that went into the lunar orbit.",
    ],
)
def test_numbered_crafts_are_no_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_a_gallery_counter_written_with_spaces_is_no_figure(nlp):
    """PS4_System_Update_5_50 f9596d04: "1 / 22 SONY" gave 1 '22 SONY' and 22 'SONY'."""
    text = "Take a look at the best looking new games coming to PS4. 1 / 22 SONY The PS4 Pro was released in 2016."
    counter = text.index("1 / 22")
    assert [f for f in _figures(nlp, text) if counter <= f.start < counter + 9] == []


def test_one_after_an_adjective_is_a_pronoun(nlp):
    """january_will_bring_two_supermoons 65ab3770: "the second one blue" counted one 'blue'."""
    text = (
        "Like an astronomical action movie, January is packed with planetary conjunctions, two supermoons with the "
        "second one blue, a lunar eclipse, meteors and increasing daylight."
    )
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(2, "supermoons")]


def test_a_number_with_its_unit_after_a_name_stays_a_size(nlp):
    """NewsQuant s481: the name before a number is no designation when the number has its unit."""
    text = (
        "On Thursday, S&P Global Ratings cut the credit rating of Berkshire Hathaway Energys 550 megawatt Topaz Solar "
        "Farms to junk, noting that the plant counts on PG&E for all of its revenue."
    )
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [(550, "megawatt")]


@pytest.mark.parametrize(
    "text",
    [
        # Intel_smart_glass 62586f12: who spends the money is no thing it is of
        "(Market research firm IDC says humans will be spending $20 billion a year on AR and VR technologies by 2021.)",
        # erie_smashes_snowfall_record 6e874e6c: what brought the snow is no thing its depth measures
        "The National Weather Service office in Cleveland says the storm brought 34 inches on Christmas Day, a new "
        "all-time daily snowfall record for Erie.",
    ],
)
def test_the_subject_that_moves_an_amount_is_not_counted(nlp, text):
    [figure] = _figures(nlp, text)
    assert figure.counted is None


def test_the_subject_a_duration_is_of_stays_counted(nlp):
    """china_promises_the_moon 2ae4755e: "The mission will last 22 days" measures the mission."""
    [days] = _figures(nlp, "The mission will last 22 days and is designed to test system readiness.")
    assert (days.value, days.unit, days.counted) == (22, "day", "mission")


def test_a_decimal_after_a_verb_of_building_stays_a_figure(nlp):
    """A release word used as a verb names no version ("to build 2.5 miles of road")."""
    text = "The council voted to build 2.5 miles of road, and the firm will patch 1.5 miles of it."
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [(2.5, "mile"), (1.5, "mile")]


def test_a_record_after_went_is_no_figure_and_a_share_of_a_named_total_stays(nlp):
    """news-threads 5a7c11ed: "a team that went 13-3" counted 'mark', then 'Super Bowl rings'; edf3e966: "only 11 of
    the 84 Grammys" keeps its count."""
    text = (
        "Arians’ best season was 2015, when quarterback Carson Palmer directed the league’s highest-scoring offense on "
        "a team that went 13-3 and earned the No. 2 seed in the NFC."
    )
    assert _figures(nlp, text) == []
    text = (
        "The letter also highlighted how female artists were largely shut out of all major awards; only 11 of the 84 "
        "Grammys went to female artists."
    )
    assert [f.value for f in _figures(nlp, text)] == [11]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # BBC sport 029: a time in the past, whichever end
        ("Two or three years ago we might have collapsed after going behind so early.", []),
        # BBC tech 006: ages hyphenated to their unit stay two
        ("But we have also had a great feedback when we trained 40 or 50-year old women.", [40, 50]),
    ],
)
def test_or_with_a_time_ago_or_a_hyphenated_end_makes_no_range(nlp, text, values):
    assert sorted(f.value for f in _figures(nlp, text) if f.qualifier != "range") == values
    assert [f for f in _figures(nlp, text) if f.qualifier == "range"] == []
