"""Figures of round 11's audit: a score or a record written with dashes is no count, whatever words stand around it,
while a rising range stays one figure; an amount of money a verb of charging takes is no count of people charged;
people who "lost their lives" or are "confirmed as having died" are dead. Each case is the page's or the article's
own sentence (the benchmark pages, news-threads and BBC by file)."""

from __future__ import annotations

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return [(f.value, f.low, f.high, f.unit, f.counted) for f in annotations.claims + annotations.measures]


def test_tennis_scores_and_their_tie_breaks_are_no_counts(nlp):
    # benchmark page 0d46122928b6f468cc: each set's games were counts of the player before them
    text = (
        "The United States lost to Canada for the first time in the Davis Cup after Vasek Pospisil edged Reilly "
        "Opelka 7-6 (5), 7-6 (7) and Denis Shapovalov defeated Taylor Fritz 7-6 (6), 6-3."
    )
    assert _figures(nlp, text) == []


def test_a_win_loss_record_of_three_numbers_is_no_count(nlp):
    # benchmark page ecb46e3e489d2aac92: "8-8-4" was two counts of Columbus
    text = "Joonas Korpisalo stopped 30 shots for his eighth win as Columbus improved to 8-8-4."
    assert _figures(nlp, text) == [(30, None, None, None, "shots")]


def test_a_rising_range_written_with_a_dash_stays_a_figure(nlp):
    # BBC tech (Xbox) and business (Ukraine) articles
    text = (
        "Only with such consistency would the Xbox be able to support the 10-20 million subscribers that it was "
        "aiming for, said Mr Allard."
    )
    assert _figures(nlp, text) == [(10_000_000, 10_000_000, 20_000_000, None, "subscribers")]
    text = "Mr Yushchenko had previously said the list would be limited to 30-40 enterprises."
    assert _figures(nlp, text) == [(30, 30, 40, None, "enterprises")]


def test_an_amount_charged_counts_no_people_charged(nlp):
    # the wework gold's TechCrunch page 06e5123e: its "We" trademark payment was grouped as "people charged"
    text = (
        "Neumann bought properties that he then leased back to WeWork, borrowed against his own stake in the company, "
        "and had also planned to charge WeWork almost $6 million to use his trademark of the word “We” after the "
        "company rebranded itself The We Company."
    )
    assert _figures(nlp, text) == [(6_000_000, None, None, "USD", None)]


def test_people_who_lost_their_lives_or_are_confirmed_as_having_died_are_dead(nlp):
    # news-threads Croydon tram thread (189af426, ccd46d77): two reports' seven dead were a count of "people" apart
    # from the "people killed" of the others
    text = (
        "“At least seven people are now confirmed as having died as a result of the incident,” the transport police "
        "said in a statement."
    )
    assert _figures(nlp, text) == [(7, None, None, None, "people dead")]
    text = (
        'Deputy Chief Constable Adrian Hanstock said: "We can confirm that at least seven people have lost their lives '
        "as a result of this incident."
    )
    assert _figures(nlp, text) == [(7, None, None, None, "people dead")]
