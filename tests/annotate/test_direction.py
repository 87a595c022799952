"""The change, qualifier, unit and steps a figure is read with, and which numbers count, on NewsQuant sentences
the parse gets wrong or that write the qualifier or unit away from the number (issue 17's value+change target)."""

from __future__ import annotations

import pytest

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return annotations.claims + annotations.measures


def test_a_verb_of_change_right_before_a_percentage_the_parse_left_unattached(nlp):
    # NewsQuant s502: "slid" parsed as the complement of "was", "4.8%" hung on "downgrade"
    text = "European automakers (.SXAP) was slid 4.8% after Morgan Stanley downgrade to underweight."
    assert [(f.value, f.change) for f in _figures(nlp, text)] == [(4.8, "down")]


def test_a_verb_right_before_a_count_is_no_change_of_it(nlp):
    # "raise" gathers money, it does not rise; a count after a verb of change is no size of a change
    text = "Ben-Moshe has only raised 280 million of the 1.5 billion shekels."
    assert [f.change for f in _figures(nlp, text)] == ["none", "none"]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [  # NewsQuant s466: the qualifier before the sign
        ("This is about minus 387 Fahrenheit ,minus 233 Celsius ", -387, "approximately"),
        # NewsQuant s467: an age bound written around "the age of"
        ("An estimated 5 million children under the age of 5 years died, mostly from preventable and treatable "
         "causes.", 5, "under"),
        # NewsQuant s104: "over than", a slip for "more than"
        ("The company also said it has more than 1000 customers including over than 60% of the Fortune 100 on its "
         "books.", 60, "over"),
        # NewsQuant s585: "no more than" is an upper bound, not "more than"
        ("The radiologist recommended limiting the patient's exposure to no more than 0.5 R per day.", 0.5, "up_to"),
    ],
)  # fmt: skip
def test_qualifiers_written_around_a_sign_or_a_phrase(nlp, text, value, qualifier):
    [figure] = [f for f in _figures(nlp, text) if f.value == pytest.approx(value)]
    assert figure.qualifier == qualifier


def test_a_news_wire_quote_code_names_the_currency_of_a_level(nlp):
    # NewsQuant s558: Reuters writes the yen rate's quote code after the level reached
    text = "The US dollar was mixed, easing against the yen to 108.79 JPY= but flat versus the euro at $1.1396 EUR=."
    assert [(f.value, f.unit, f.change) for f in _figures(nlp, text)] == [
        (108.79, "JPY", "none"),
        (1.1396, "USD", "none"),
    ]


def test_a_bare_change_after_by_shares_the_unit_of_the_change_before(nlp):
    # NewsQuant s244: the percentage written once for two changes
    text = "German DAX increased by 2 percent but NSADAQ decrease by 1."
    assert [(f.value, f.unit, f.change) for f in _figures(nlp, text)] == [(2, "percent", "up"), (1, "percent", "down")]


def test_a_bare_number_after_by_with_no_change_before_stays_no_figure(nlp):
    # a count's size after "by" with no unit written before in its sentence is not given one
    assert _figures(nlp, "The number of staff was cut by 40 last year.") == []


def test_a_bare_change_ending_a_list_of_changes_in_one_unit_shares_it(nlp):
    # news-threads Bitcoin_drops (968852d73a): the percent written for three coins is the fourth's too; a list
    # of changes in two units gives none
    text = (
        "In the top five, ethereum's ether token is down 29 percent, Ripple's XRP is down 24 percent, bitcoin cash"
        " has lost 28 percent and cardano is down 24."
    )
    assert [(f.value, f.unit) for f in _figures(nlp, text)][-1] == (24, "percent")
    mixed = "Ether is down 29 percent, XRP is down $2 and cardano is down 24."
    assert (24, "percent") not in [(f.value, f.unit) for f in _figures(nlp, mixed)]


def test_the_unit_shared_is_that_of_the_change_not_of_the_level_between(nlp):
    text = "Exports rose 5% to $3 billion, while imports rose by 2."
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [(5, "percent"), (3e9, "USD"), (2, "percent")]


def test_metric_horsepower_in_a_conversion_keeps_the_bound_of_its_figure(nlp):
    # NewsQuant s262: "PS" (Pferdestärke) after the number is horsepower, and the bracket converts "just under"
    text = (
        "This means that under the flat bonnet hides a turbocharged 1.6 liter EcoBoost engine tuned by M-Sport to "
        "produce just under 296 hp (224 kW / 300 PS) and 450 Nm (332 lb-ft) of torque."
    )
    [figure] = [f for f in _figures(nlp, text) if f.value == 300]
    assert (figure.unit, figure.qualifier) == ("horsepower", "under")


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [  # NewsQuant s335: "the lead up to" is the time before, not a bound
        ("But it also says there will be a lengthy generational migration between the technologies, as has been the "
         "case with the lead up to 3G and 4G networks.", 3, "exactly"),
        ("The company will hire up to 300 workers.", 300, "up_to"),
    ],
)  # fmt: skip
def test_up_to_after_lead_or_run_is_no_bound(nlp, text, value, qualifier):
    [figure] = [f for f in _figures(nlp, text) if f.value == value]
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "pairs"),
    [  # NewsQuant s387: a chain of levels is read step by step
        ("If they know how the participation rate and the odds of testing positive change as the reward rises from "
         "$160 to $180 to $200, they can deduce what the results would be at $220 and $300.",
         [(160, 180), (180, 200), (None, None), (None, None)]),
        # NewsQuant s382: a range after "to" is no step of a chain
        ("While Air New Zealand has revised its three-year network growth forecast from 5 to 7 per cent to 3 to 5 "
         "per cent.", [(5, 7), (3, 5), (None, None)]),
    ],
)  # fmt: skip
def test_a_chain_of_levels_reached_is_read_step_by_step(nlp, text, pairs):
    assert [(f.low, f.high) for f in _figures(nlp, text)] == pairs


@pytest.mark.parametrize(
    ("text", "values"),
    [  # NewsQuant s148: no designation puts an adjective between its number and its name
        (": Tusi Pisi Jack Lam Tim Nanai-Williams RWC record: Has appeared in eight straight World Cups since 1991.",
         [8]),
        # NewsQuant s408: an address keeps out, its "71st" no adjective of a count
        ("Properties including: 9 E 71st St, Manhattan, worth $US55,931,000.", [55931000]),
    ],
)  # fmt: skip
def test_an_adjective_before_a_plural_name_makes_the_number_a_count(nlp, text, values):
    assert [f.value for f in _figures(nlp, text)] == values


@pytest.mark.parametrize(
    ("text", "figures"),
    [  # NewsQuant s568: a glued "m" converted into feet in brackets is metres
        ("The event centres around the 37m (121ft)-long reconstructed skeleton of Patagotitan mayorum.",
         [(37, "metre")]),
        ("The club paid £37m ($45m) for the striker.", [(37e6, "GBP"), (45e6, "USD")]),  # converted into money
    ],
)  # fmt: skip
def test_a_glued_m_converted_into_feet_is_metres(nlp, text, figures):
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == figures


@pytest.mark.parametrize(
    ("text", "values"),
    [  # NewsQuant s188: a singular name the NER calls a nationality is still a designation
        ("The debut of Boeings own 787 Dreamliner starting in 2011 was marred by everything from faulty supply "
         "chains.", []),
        ("About 300 Britons and 20 Germans were evacuated.", [300, 20]),  # nationalities are counted
    ],
)  # fmt: skip
def test_a_number_before_a_singular_name_taken_for_a_nationality_is_a_designation(nlp, text, values):
    assert [f.value for f in _figures(nlp, text)] == values


@pytest.mark.parametrize(
    ("text", "figures"),
    [  # NewsQuant s438: a number out of a number is the share it gives, as "a third of" is
        ("One out of three Germans have housing problems.", [(1 / 3, "Germans")]),
        ("Nine out of 10 doctors agree.", [(0.9, "doctors")]),
        ("Shes running out of time to win UK parliamentary support.", []),  # no number: no share
    ],
)
def test_a_number_out_of_a_number_is_a_share(nlp, text, figures):
    assert [(pytest.approx(f.value), f.counted) for f in _figures(nlp, text)] == figures
