"""Figure groups of the fourth audit round on news-threads (issue 14 part 2; notes/audit6/figures3.md): a bound
another report's value lies within is one quantity in agreement, and a small count two reports give of things
described differently, in sentences about other things, is two quantities. The claims are written as the extractor
gives them for the articles' own sentences."""

from __future__ import annotations

from newsweave.model import Article
from newsweave.reconcile.figures import group_figures
from tests.reconcile.test_figure_groups import claim, groups_of

# chrissy_teigen ff17e066, 409a3093, c6ace074
MORE_THAN_200 = (
    "The model Chrissy Teigen was one of more than 200 passengers on an All Nippon Airways flight that left Los "
    "Angeles at 11:36 Tuesday morning."
)
CARRYING_226 = "Flight 175 was carrying 226 passengers, CNN reported."
ABOARD_226 = (
    'The plane, which had 226 passengers aboard, turned around four hours into its flight to Tokyo "due to an '
    'administrative mix-up," an aviation source said.'
)
# panama_papers d21b1a55, af9c732b
CONGO = (
    "The documents from Panamanian law firm Mossack Fonseca show that Khulubuse Zuma was authorised to represent "
    "Caprikat Limited, one of two offshore companies that controversially acquired oil fields in the Democratic "
    "Republic of Congo."
)
BEIJING = "Harvest Sun and another company were later used to set up two companies in Beijing."


def _articles(*ids):
    return [Article(id=a, text="", published="2017-03-28", site=a.upper()) for a in ids]


def test_a_bound_another_report_lies_within_is_one_quantity_agreed():
    claims = [
        claim("nyt", 200, MORE_THAN_200, "passengers", qualifier="over", at="more than 200"),
        claim("cnn", 226, CARRYING_226, "passengers", at="226"),
        claim("abc", 226, ABOARD_226, "passengers", at="226"),
    ]
    assert groups_of(claims, _articles("nyt", "cnn", "abc")) == {(200.0, 226.0, 226.0): "agreed"}


def test_a_bound_far_below_another_value_stays_apart():
    claims = [
        claim("nyt", 100, MORE_THAN_200.replace("200", "100"), "passengers", qualifier="over", at="more than 100"),
        claim("cnn", 226, CARRYING_226, "passengers", at="226"),
    ]
    assert len(groups_of(claims, _articles("nyt", "cnn"))) == 2


def test_a_small_count_of_things_described_differently_in_unrelated_sentences_is_two_quantities():
    claims = [
        claim("guardian", 2, CONGO, "offshore companies", at="two"),
        claim("wapo", 2, BEIJING, "companies", at="two"),
    ]
    groups = group_figures(claims, "s1", _articles("guardian", "wapo"))
    assert sorted(len(g.claims) for g in groups) == [1, 1]


def test_a_small_count_told_alike_by_two_reports_is_one_quantity():
    """chrissy_teigen: "two brothers" in several reports stays one agreed group."""
    claims = [
        claim("nyt", 2, "Two brothers were removed from the flight, the airline said.", "brothers", at="Two"),
        claim("cnn", 2, "The airline said two brothers had been taken off the plane.", "brothers", at="two"),
    ]
    assert groups_of(claims, _articles("nyt", "cnn")) == {(2.0, 2.0): "agreed"}


def test_a_small_specific_count_worded_two_ways_stays_one_quantity():
    """plague (gold): "The first two infected patients" and "two infected individuals" are one agreed group."""
    claims = [
        claim("sun", 2, "The first two infected patients - still in quarantine - were treated.", "infected patients",
              at="two"),
        claim("npr", 2, "Authorities in Beijing announced that two infected individuals sought treatment.",
              "infected individuals", at="two"),
    ]  # fmt: skip
    assert groups_of(claims, _articles("sun", "npr")) == {(2.0, 2.0): "agreed"}


def test_a_small_count_worded_two_ways_in_sentences_about_one_thing_stays_one_quantity():
    """chrissy_teigen 1b020af8, 9bf16788: "two girls" and "two teenage girls" barred by United are one group."""
    claims = [
        claim("nyt", 2, "Shannon Watts, the founder of Moms Demand Action for Gun Sense in America, live-tweeted as "
              "United turned away two girls in their early teens trying to board a flight.", "girls", at="two"),
        claim("ap", 2, "WASHINGTON - United Airlines has run into a social media storm after it barred two teenage "
              "girls from boarding a flight in Denver because they were wearing leggings.", "teenage girls", at="two"),
    ]  # fmt: skip
    assert groups_of(claims, _articles("nyt", "ap")) == {(2.0, 2.0): "agreed"}


def test_a_small_count_in_a_sentence_naming_nothing_else_joins_by_its_value():
    """First_Falcon_Heavy 8c22e99f, fc5b5406: the Saturn 5's "five F-1 engines" and "five larger first stage
    engines" stay one group: the first sentence names nothing that could set it apart."""
    claims = [
        claim("8c22", 5, "It was 50% higher thrust with five F-1 engines at 7.5M lb-F.", "F-1 engines", at="five"),
        claim("fc5b", 5, "By comparison, the Saturn 5 had five larger first stage engines.",
              "larger first stage engines", at="five"),
    ]  # fmt: skip
    assert groups_of(claims, _articles("8c22", "fc5b")) == {(5.0, 5.0): "agreed"}
