"""What a figure measures and counts, on NewsQuant sentences (issue 17's value+unit target): index levels in
points, shares of a named whole, rates written after a currency word or a bracketed conversion, units behind a
modifier, and counted phrases with hyphenated modifiers."""

from __future__ import annotations

from tests.conftest import annotate_text


def _figures(nlp, text):
    annotations = annotate_text(nlp, text)
    return annotations.claims + annotations.measures


def _read(nlp, text):
    return [(f.value, f.unit, f.counted) for f in _figures(nlp, text)]


def test_an_index_level_is_in_points_and_counts_the_index(nlp):
    # NewsQuant s261: the levels reached are in points; what rose is the index named as the subject
    text = (
        "The Dow Jones Industrial Average rose 0.65 per cent to end at 27,349.19, while the S&P 500 gained 0.68 per"
        " cent to 3,005.47."
    )
    assert _read(nlp, text) == [
        (0.65, "percent", "Dow Jones Industrial Average"),
        (27349.19, "point", "Dow Jones Industrial Average"),
        (0.68, "percent", "S&P 500"),
        (3005.47, "point", "S&P 500"),
    ]


def test_an_index_named_in_lower_case_and_a_dollar_index(nlp):
    # NewsQuant s243 and s558: "dax", "cac40" as wires write them; "the dollar index" is an index too
    text = "in europe germanys dax fell 0.4 per cent to 13176 while the cac40 in france was down 0.1 per cent at 5884."
    assert [(v, u) for v, u, _ in _read(nlp, text)] == [(0.4, "percent"), (13176, "point"), (0.1, "percent"),
                                                       (5884, "point")]  # fmt: skip
    [level] = _figures(nlp, "The dollar index was up at 96.088 .DXY .")
    assert (level.unit, level.counted) == ("point", "dollar index")


def test_a_share_price_level_is_no_index_level(nlp):
    # NewsQuant s338: a company's share price reached, no points
    text = "Pluristem rose 8.15% to 3.65 after reporting a positive meeting with the U.S. Food and Drug Administration."
    assert _read(nlp, text)[1] == (3.65, None, "Pluristem")


def test_a_percentage_counts_the_whole_it_is_a_share_of(nlp):
    # NewsQuant s228, s036, s297: the whole named after "of", however the clause around it was parsed
    text = "Dell on Monday announced plans to lay off more than 6,650 employees, or about 5% of its workforce."
    assert _read(nlp, text)[1] == (5, "percent", "workforce")
    text = "The Chinese e-commerce giant already generates more than 60 per cent of its revenue from advertising."
    assert _read(nlp, text) == [(60, "percent", "revenue")]
    text = "Weakness in the pound is good news for all the international stocks on the FTSE, around 70 per cent of the index itself."  # noqa: E501
    assert _read(nlp, text) == [(70, "percent", "index")]


def test_a_rate_after_a_currency_word(nlp):
    # NewsQuant s405: "Australian dollars per month" is a monthly price, as "AU $89.99 per year" is a yearly one
    text = (
        "In the Southern Hemisphere, the service will be priced at 8.99 Australian dollars per month (or AU $89.99 per"
        " year) and 9.99 New Zealand dollars per month (or NZ $99.99 per year)."
    )
    assert [(f.value, f.unit) for f in _figures(nlp, text)] == [
        (8.99, "AUD per month"),
        (89.99, "AUD per year"),
        (9.99, "NZD per month"),
        (99.99, "NZD per year"),
    ]


def test_a_rate_after_a_bracketed_conversion_prices_both_amounts(nlp):
    # NewsQuant s311: "per share" is written once, after the conversion in brackets
    text = (
        "Nevsun said about 89.37 per cent of the total issued and outstanding shares were tendered to the offer of"
        " C $6 (US $4.46) per share in cash by the December 28 deadline."
    )
    assert [(f.value, f.unit) for f in _figures(nlp, text)][1:] == [(6, "CAD per share"), (4.46, "USD per share")]
    # NewsQuant s318: a conversion followed by no rate leaves both amounts as they are
    text = "Those passengers paid a total of HK $216,925 (PS21,700) for flights that should have cost HK $5.4m."
    assert [f.unit for f in _figures(nlp, text)] == ["HKD", "GBP", "HKD"]


def test_a_unit_behind_one_modifier_and_a_league_that_is_no_unit(nlp):
    # NewsQuant s054: rushing yards are yards; s400: league games are games, not leagues of three miles
    text = "a Louisville defense that gave up 517 rushing yards against Kentucky would fare against Mississippi State."
    assert _read(nlp, text) == [(517, "yard", "rushing yards")]
    text = "he netted a record 32 goals in 36 league games."
    assert _read(nlp, text) == [(32, None, "goals"), (36, None, "league games")]


def test_a_hyphenated_modifier_stays_whole_in_the_counted_phrase(nlp):
    # NewsQuant s531: the number hangs on "gas" yet counts the options; s457: "coal-fired" is one modifier
    text = "The 2014-15 Highlander offered two gas-only powertrain options: a 185-hp four-cylinder or 270-hp V-6."
    assert _read(nlp, text)[0] == (2, None, "gas-only powertrain options")
    text = "The administration called for offshore wind capacity equivalent to about 20 coal-fired power plants."
    assert _read(nlp, text) == [(20, None, "coal-fired power plants")]


def test_a_measure_counts_the_phrase_after_its_unit(nlp):
    # NewsQuant s457: the words after "of" are what the gigawatts measure, not part of the unit
    text = "The Biden administration has called for 30 gigawatts of offshore wind capacity to be installed by 2030."
    assert _read(nlp, text) == [(30, "gigawatt", "offshore wind capacity")]


def test_a_duration_behind_one_adjective(nlp):
    # NewsQuant s138: "the 50 previous years" is fifty years, though the NER calls it a date
    text = "Five new seasons of Sesame Street will join the 50 previous years worth of educational programming."
    assert _read(nlp, text)[1] == (50, "year", "previous years")


def test_plurals_of_a_model_named_by_its_number_are_counted(nlp):
    # NewsQuant s326: "Model 3s" are cars of the Model 3 line
    text = "Tesla delivered 63,150 Model 3s in its fourth quarter, falling short of FactSet estimates of 64,900."
    assert _read(nlp, text)[0] == (63150, None, "Model 3s")


def test_a_capital_symbol_apart_from_its_number_sizing_a_noun(nlp):
    # NewsQuant s576: "a 5 W USB-C charger" is rated in watts; a capital letter alone is no unit ("4 G networks")
    text = "There's no GPS and no NFC, but the tablet comes with a 5 W USB-C charger ."
    assert _read(nlp, text) == [(5, "watt", "USB-C charger")]
    assert _read(nlp, "The firm runs 4 G networks.")[0][1] is None


def test_a_bare_number_joined_by_and_keeps_the_unit_of_the_figure_it_elides(nlp):
    # NewsQuant s364: "2.1 last year" is 2.1 degrees of the same launch angle
    text = (
        "A groundball machine with a minus-1.4 degree average launch angle in 2018 and 2.1 last year, Hosmer entered"
        " Sundays game averaging 15.9 degrees."
    )
    assert _read(nlp, text)[:2] == [(-1.4, "degree", "average launch angle"), (2.1, "degree", "average launch angle")]
    # the people of a casualty count keep no unit
    assert [f.unit for f in _figures(nlp, "Twenty people were killed and 50 injured.")] == [None, None]


def test_pence_written_apart_from_the_price(nlp):
    # NewsQuant s550: a market report's prices in pence, "p" spaced from the digits; the fallers are what is priced
    text = (
        "The biggest fallers of the session were Unite Group, down 68 p at 1112 p, JD Sports, down 1.95 p at 125.8 p."
    )
    figures = _figures(nlp, text)
    assert [(f.value, f.unit) for f in figures] == [(68, "GBX"), (1112, "GBX"), (1.95, "GBX"), (125.8, "GBX")]
    assert {f.counted for f in figures} == {"biggest fallers of the session"}


def test_the_number_in_an_index_name_is_no_figure(nlp):
    # NewsQuant s563: "Nasdaq 100 e-minis" are futures on the Nasdaq 100, not a hundred of anything
    text = "S&P 500 e-minis were up 0.25 points, or 0.01% and Nasdaq 100 e-minis were up 17.5 points, or 0.22% ."
    assert [f.value for f in _figures(nlp, text)] == [0.25, 0.01, 17.5, 0.22]
    assert [f.counted for f in _figures(nlp, "Shares in 100 Nasdaq companies fell.")] == ["Nasdaq companies"]


def test_a_count_over_a_period_is_a_rate(nlp):
    # NewsQuant s235 and s476: a count per minute, per day; a date after "a" is no period ("a year ago")
    assert _read(nlp, "The mega neutron stars spin nearly 78,000 times a minute.") == [(78000, "per minute", "times")]
    text = "They signed a two-month contract with the state of Utah to provide three thousand tests per day."
    assert (3000, "per day", "tests") in _read(nlp, text)
    assert _read(nlp, "Some 50 people a year ago left.") == [(50, None, "people")]


def test_millions_of_pounds_of_thrust_weigh_and_are_no_sterling(nlp):
    # news-threads First_Falcon_Heavy_launch (Daily Mail 8c22e99fff, Spaceflight Now fc5b540669): pounds beside a
    # metric unit of mass or in a sentence about thrust are pound-mass; "a trillion pounds in value" stays GBP
    said = "He also confirmed the rocket will have a 'max thrust at lift-off is 5.1 million pounds or 2300 metric tons'"
    assert [(v, u) for v, u, _ in _read(nlp, said)][:1] == [(5.1e6, "pound-mass")]
    throttled = (
        "On Tuesday's demo flight, the average thrust from the Falcon Heavy's 27 kerosene-fueled Merlin 1D engines"
        " will be throttled back to 92 percent power, equivalent to roughly 4.7 million pounds, Musk said."
    )
    assert (4.7e6, "pound-mass") in [(v, u) for v, u, _ in _read(nlp, throttled)]
    money = "The club was sold for 300 million pounds last year."
    assert [(v, u) for v, u, _ in _read(nlp, money)] == [(3e8, "GBP")]


def test_a_margin_of_points_written_singular_is_in_points_of_the_margin(nlp):
    # news-threads f1_crash (6b4108b350): "a 12 point lead" was a count of 'point' with no unit; a plan of ten
    # points is no margin
    text = (
        "No wonder then that the German was content with second place that leaves him with a 12 point lead in the"
        " championship with one to go."
    )
    assert [(v, u, c) for v, u, c in _read(nlp, text) if v == 12] == [(12, "point", "lead")]
    plan = "The minister set out a 10 point plan for the railways."
    assert [u for v, u, _ in _read(nlp, plan) if v == 10] != ["point"]
