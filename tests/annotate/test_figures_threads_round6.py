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


def test_who_spends_money_is_no_thing_it_counts(nlp):
    # amazon_and_microsoft_employees_caught_up_in_sex_trafficking_sting 526efa9d: a range spent, the spenders no count
    text = (
        "And the services do not come cheap – some of the men spent $30,000 to $50,000 a year, according to "
        "authorities."
    )
    assert [(f.low, f.high, f.unit, f.counted) for f in _figures(nlp, text)] == [(30000, 50000, "USD per year", None)]


def test_a_number_of_a_collective_noun_counts_the_whole(nlp):
    # amazon_and_microsoft_employees_caught_up_in_sex_trafficking_sting 526efa9d: the city's size, not emails before
    text = (
        "A cache of tech-sector emails reveal that 67 emails were sent from Microsoft employee email accounts. Tech "
        "employees regularly toil long hours, and may be enticed by the ads for sex services that are widely "
        "displayed in this city of over 700,000 in the state of Washington."
    )
    assert [(f.value, f.counted) for f in _figures(nlp, text)] == [(67, "emails"), (700000, "city")]
