"""Figures of the sixth audit round (issue 17, issue 14 part 2; notes/audit8/figures2.md): a load lifted is no rise,
"one" as unity or as a pronoun, a class hyphenated to its number, a share as subject counts nothing. Each case is
the article's own sentence (news-threads by thread and file, BBC by file)."""

from __future__ import annotations

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return annotations.claims + annotations.measures


def test_a_load_lifted_is_no_rise(nlp):
    # china_promises_the_moon 2ae4755e: the rocket's capacity, not a rise of 70 tonnes
    text = (
        "NASA's Orion, stacked on a Space Launch System rocket capable of lifting 70 metric tons will launch from a "
        "newly refurbished Kennedy Space Center in November 2018."
    )
    assert [(f.value, f.unit, f.change) for f in _figures(nlp, text)] == [(70, "tonne", "none")]


def test_a_rise_lifted_in_percent_stays_a_rise(nlp):
    # the load rule leaves a change in percent alone
    text = "Strong demand lifted sales 5% in the quarter."
    assert [(f.value, f.change) for f in _figures(nlp, text)] == [(5, "up")]


def test_one_universal_family_is_no_count(nlp):
    # china_promises_the_moon 0b48a814
    text = (
        "We truly felt the spirit of belonging to one universal astronaut family, sharing the same values, goals and "
        "vision,” said ESA astronaut Matthias Maurer at the time."
    )
    assert _figures(nlp, text) == []


def test_one_family_evacuated_still_counts(nlp):
    text = "Police said one family was evacuated from the building on Tuesday."
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(1, "family evacuated")]


def test_a_class_hyphenated_to_its_number_is_no_figure(nlp):
    # Intel_smart_glass e5b26d1b
    text = (
        "The electronics are crammed into the stems and control a very low-powered, class-one laser that shines a "
        "red, monochrome, low-fi image into your eye."
    )
    assert _figures(nlp, text) == []


def test_one_before_a_hyphenated_participle_is_a_pronoun(nlp):
    # Intel_smart_glass e5b26d1b
    text = (
        "That plan B turned out to be designing his own prosthetic leg -- one purpose-built to handle the rigors of "
        "extreme sports -- and starting a fabrication company, Biodapt, to produce it."
    )
    assert _figures(nlp, text) == []


def test_a_share_as_subject_is_no_counted_thing(nlp):
    # BBC tech/081: "48%" is no thing "7%" counts, nor "two or three" a count of "7%"
    text = (
        "According to Pew Research 44% of searchers use just a single search engine, 48% use two or three and a "
        "small number, 7%, consult more than three sites."
    )
    found = [(f.value, f.counted) for f in _figures(nlp, text)]
    assert (44, "searchers") in found and (48, None) in found and (7, None) in found
    assert all(counted is None or "%" not in counted for _, counted in found)


def test_a_period_beside_a_share_counts_nothing(nlp):
    # Top_Female__Recording_Academy fa0d81a1: six years, not six years of nominees
    text = (
        "An academic report highlighted the poor record of gender diversity in music and at the Grammys, where for "
        "the last six years only 9.3 percent of nominees have been women."
    )
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [
        (9.3, "percent", "nominees"),
        (6, "year", None),
    ]


def test_a_fine_of_some_of_whom_counts_the_antecedent(nlp):
    # egypts_mohammed_morsi_sentenced_to_3_years_in_prison_for_insulting_judiciary 181393e1: not 'whom'
    text = (
        "The case involves 25 defendants, five of whom -- including prominent rights activist Alaa Abdel-Fattah and "
        "political analyst Amr Hamzawy -- were fined 30,000 Egyptian pounds each ($1,688)."
    )
    found = [(f.value, f.unit, f.counted) for f in _figures(nlp, text)]
    assert (30000, "EGP", "defendants") in found and (1688, "USD", "defendants") in found


def test_a_number_of_a_collective_noun_counts_the_whole(nlp):
    # amazon_and_microsoft_employees_caught_up_in_sex_trafficking_sting 526efa9d: the city's size, not emails before
    text = (
        "A cache of tech-sector emails reveal that 67 emails were sent from Microsoft employee email accounts. Tech "
        "employees regularly toil long hours, and may be enticed by the ads for sex services that are widely "
        "displayed in this city of over 700,000 in the state of Washington."
    )
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(67, "emails"), (700000, "city")]


def test_a_time_later_measures_nothing_of_the_subject(nlp):
    # time_travel_hawaiian_airlines_flight_takes_off_in_2018_lands_in_2017 566c53aa
    text = (
        "A 10-minute hold up meant a Hawaiian Airlines flight left on Jan. 1, 2018. And just about nine hours "
        "later, passengers arrive at the gate in Honolulu at 10:15 p.m. on Dec. 31, 2017."
    )
    assert (9, "hour", None) in [(f.value, f.unit, f.counted) for f in _figures(nlp, text)]


def test_currencies_named_in_words_are_money(nlp):
    # egypts_mohammed_morsi_sentenced_to_3_years_in_prison_for_insulting_judiciary 181393e1: Egyptian pounds, no
    # count of pounds, and the dollars in brackets the same amount
    text = "The court ordered Morsi to pay 1 million Egyptian pounds ($56,270) as compensation to one of the judges."
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [(1e6, "EGP", None), (56270, "USD", None)]
    text = "The court imposed a fine of 30,000 Egyptian pounds ($1,688) on each of the five defendants."
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)][:2] == [
        (30000, "EGP", "fine"),
        (1688, "USD", "fine"),
    ]


def test_a_prison_term_is_not_the_courts(nlp):
    # egypts_mohammed_morsi_sentenced_to_3_years_in_prison_for_insulting_judiciary 40d513a7
    text = (
        'An Egyptian court sentenced Mohamed Morsi to three years in prison on December 30, 2017 for "insulting the '
        'judiciary," one of multiple cases against the ousted Islamist president.'
    )
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [(3, "year", None)]


def test_a_period_looked_over_is_not_the_subjects(nlp):
    # the_broken_berg_stunning_nasa_image_captures_newly_created_iceberg_cracking_into_20_pieces d05bd196
    text = (
        "Operation IceBridge has been studying how polar ice has evolved over the past nine years, and just wrapped "
        "up a set of nine-hour research flights over Antarctica to monitor ice loss."
    )
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [
        (9, "year", None),
        (9, "hour", "research flights"),
    ]


def test_a_time_lasted_for_stays_the_subjects(nlp):
    # possible_meteor_lights_up_night_sky_in_new_england 10f26ac6
    text = "On average witnesses reported the event lasted for 3.9 seconds."
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [(3.9, "second", "event")]


def test_a_war_named_by_its_days_is_no_figure(nlp):
    # israel_approves_transfer_of_11_million_in_funding_for_west_bank_settlements 35d76340, c7000b90
    assert (
        _figures(nlp, "The West Bank has been under Israeli control since the conclusion of the 1967 Six Day War.")
        == []
    )
    assert _figures(nlp, "Israel occupied the West Bank and East Jerusalem following the 1967 Six-Day War.") == []


def test_a_record_after_its_noun_is_no_figure(nlp):
    # chicago_bears_fire_coach_john_fox_after_5_11_season 4439aa79
    text = "The gloomy three-year stretch in Chicago dropped Fox's career coaching record to 133-123."
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [(3, "year")]


def test_a_hyphenated_area_is_a_measure(nlp):
    # the_broken_berg_stunning_nasa_image_captures_newly_created_iceberg_cracking_into_20_pieces cb9ff790
    text = "The iceberg, dubbed B-44, covered a 100-square-mile area and was found to be incredibly unstable."
    assert [(f.value, f.unit, f.counted) for f in _figures(nlp, text)] == [(100, "square mile", "area")]


def test_a_height_above_a_line_is_no_rise(nlp):
    # the_broken_berg_stunning_nasa_image_captures_newly_created_iceberg_cracking_into_20_pieces d05bd196
    text = (
        "The space agency says that based on parameters including the azimuth of the Sun and its elevation above the "
        "horizon, as well as the length of the shadows, it estimates that the iceberg rises about 49 meters above "
        "the water line."
    )
    assert [(f.value, f.unit, f.change) for f in _figures(nlp, text)] == [(49, "metre", "none")]
