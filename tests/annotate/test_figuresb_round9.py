"""Readings of round 9b (issue 17): currencies named in words come from babel's English names of the ISO 4217
currencies ("Danish crowns" is DKK, as "Danish kroner" is), not a list kept by hand. Sentences are written for the
test in the shapes NewsQuant's misses showed."""

from __future__ import annotations

from newsweave.annotate.currency_names import currency_named
from newsweave.annotate.units import lookup
from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return [(f.value, f.unit) for f in annotations.claims + annotations.measures]


def test_danish_crowns_are_danish_kroner(nlp):
    text = "The bank will charge savers holding more than 3 million Danish crowns a fee."
    assert _figures(nlp, text) == [(3_000_000, "DKK")]


def test_swedish_kronor_lost_are_money(nlp):
    assert _figures(nlp, "The ferry line lost 40 million Swedish kronor last year.")[0] == (40_000_000, "SEK")


def test_currency_names_of_two_words_from_babel():
    assert currency_named("Egyptian pounds") == "EGP"
    assert currency_named("Hong Kong dollars") == "HKD"
    assert currency_named("Norwegian crown") == "NOK"
    assert currency_named("Israeli new shekels") == "ILS"  # today's shekel, not its predecessor


def test_a_bare_currency_word_is_left_to_the_caller():
    assert currency_named("crowns") is None and currency_named("pounds") is None
    assert lookup("pounds").name == "pound-mass"  # a weight unless written as money


def test_an_apostrophe_glued_to_a_number_is_feet(nlp):
    text = "The balloon was flying at an altitude of 40' when the gust hit."
    assert _figures(nlp, text) == [(40, "foot")]


def test_a_single_quote_closing_a_quotation_after_a_number_is_no_foot(nlp):
    text = "The coach said: 'We will lose by 30' and left the room."
    assert all(unit != "foot" for _, unit in _figures(nlp, text))


def _ranges(nlp, text):
    return [(f.low, f.high, f.unit) for f in annotate_text(nlp, text).claims]


def test_a_range_on_a_scale_named_by_its_unit_is_in_that_unit(nlp):
    text = "Steels typically score somewhere between 20 and 40 on the GPa scale."
    assert _ranges(nlp, text) == [(20, 40, "gigapascal")]


def test_a_scale_the_unit_table_does_not_name_leaves_the_number_alone(nlp):
    assert _figures(nlp, "The quake measured 6.1 on the Richter scale.") == [(6.1, None)]


def test_a_quotation_opened_a_sentence_before_closes_after_a_number_with_no_foot(nlp):
    text = "'We played badly. They beat us by 30' the coach said after the match."
    assert all(unit != "foot" for _, unit in _figures(nlp, text))
