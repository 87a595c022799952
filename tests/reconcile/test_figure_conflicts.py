"""Figures the reports give differently are contradictions with each side's sentence (issue 14, part 3).

The claims are written as the extractor gives them for real sentences of the gold pages (plague, wework) and
BBC news, so each test pins a rule of `reconcile.figure_conflicts`, not the extraction.
"""

from __future__ import annotations

from newsweave.reconcile.figure_conflicts import figure_contradictions, population_share
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from tests.reconcile.test_figure_groups import article, claim

NYPOST = (
    "Both diseases are associated with the Black Death pandemic that killed an estimated 25 million people in "
    "Europe alone in the 14th Century."
)
SUN = 'It was known as the "Black Death" during the fourteenth century, causing more than 50 million deaths in Europe.'
EXPRESS = (
    "In the 14th century the Black Death spread across the Mediterranean and Europe, killing up to 60 percent of "
    "Europe’s total population."
)
SMITHSONIAN = (
    "Over the centuries, plague has killed millions of people around the world, most famously during the Black "
    "Death, which wiped out nearly one-third of Europe’s population."
)
VENTUREBEAT = "The company itself had 12,500 employees on June 30, and there are others who work for affiliates."
REALDEAL = (
    "More than a third of WeWork’s 12,000 employees will likely receive notice this week that they no longer have a "
    "job."
)


def _found(articles, claims):
    view = SourceView({a.id: a for a in articles}, {})
    figures = [g.figure(view) for g in group_figures(claims, "s1", articles)]
    return figures, figure_contradictions(figures, claims, view)


def test_a_disputed_figure_is_a_contradiction_with_who_says_what():
    """plague: the Black Death's deaths in Europe, 25 million (New York Post) against more than 50 million (The
    Sun, citing the World Health Organization): one side per report, its exact sentence and its words."""
    articles = [
        article("post", "Intro. " + NYPOST, "2019-11-18", "New York Post"),
        article("sun", SUN, "2019-11-18", "The Sun"),
    ]
    claims = [
        claim("post", 25e6, NYPOST, "people killed", qualifier="approximately", at="an estimated 25 million"),
        claim("sun", 50e6, SUN, "deaths", qualifier="over", asserted_by="World Health Organization",
              at="more than 50 million"),
    ]  # fmt: skip
    claims[0].start += len("Intro. ")
    claims[0].end += len("Intro. ")
    figures, found = _found(articles, claims)
    [disputed] = [f for f in figures if f.status == "disputed"]
    [conflict] = found
    assert (conflict.kind, conflict.severity, conflict.figure) == ("figure", "major", disputed.id)
    low, high = conflict.sides
    assert (low.article, low.source, low.value) == ("post", "New York Post", "an estimated 25 million")
    assert (high.article, high.source, high.value) == ("sun", "World Health Organization", "more than 50 million")
    assert articles[0].text[low.start : low.end] == NYPOST  # the whole sentence, by offsets into the article


def test_a_share_told_as_a_fraction_and_as_a_percentage_is_one_quantity():
    """plague: "up to 60 percent of Europe’s total population" (Express) and "nearly one-third of Europe’s
    population" (Smithsonian) are two shares of one population; a ceiling of 60% allows a third, so both may
    hold: a minor contradiction, listed with both sentences."""
    assert population_share(claim("x", 60, EXPRESS, "total population", kind="percent", at="60 percent")).place == (
        "Europe"
    )
    articles = [article("exp", EXPRESS, "2019-11-19", "Express.co.uk"), article("smi", SMITHSONIAN, "2019-11-18")]
    claims = [
        claim("exp", 60, EXPRESS, "total population", kind="percent", unit="percent", qualifier="up_to",
              at="up to 60 percent"),
        claim("smi", 1 / 3, SMITHSONIAN, "population", qualifier="approximately", at="nearly one-third"),
    ]  # fmt: skip
    _, found = _found(articles, claims)
    [conflict] = found
    assert (conflict.kind, conflict.severity, conflict.about) == ("figure", "minor", "share of Europe's population")
    assert [s.article for s in conflict.sides] == ["smi", "exp"]


def test_shares_of_two_places_never_conflict():
    """A third of Europe's population and 60 percent of the Mediterranean's are two quantities."""
    other = EXPRESS.replace("Europe’s total population", "the population of Sicily")
    articles = [article("exp", other, "2019-11-19", "Express.co.uk"), article("smi", SMITHSONIAN, "2019-11-18")]
    claims = [
        claim("exp", 60, other, "population", kind="percent", unit="percent", qualifier="up_to", at="60 percent"),
        claim("smi", 1 / 3, SMITHSONIAN, "population", qualifier="approximately", at="nearly one-third"),
    ]
    assert _found(articles, claims)[1] == []


def test_close_precise_counts_by_two_outlets_are_a_minor_discrepancy_and_figures_keep_their_status():
    """wework: 12,500 employees on June 30 (VentureBeat) and WeWork’s 12,000 employees (The Real Deal): within
    the figures' tolerance, so no figure is disputed, but a fact-checker lists the discrepancy."""
    articles = [
        article("vb", VENTUREBEAT, "2019-11-18", "VentureBeat"),
        article("trd", REALDEAL, "2019-11-18", "The Real Deal"),
    ]
    claims = [
        claim("vb", 12500, VENTUREBEAT, "employees", at="12,500"),
        claim("trd", 12000, REALDEAL, "employees", at="12,000"),
    ]
    figures, found = _found(articles, claims)
    assert not any(f.status == "disputed" for f in figures)
    [conflict] = found
    assert (conflict.kind, conflict.severity, conflict.about) == ("discrepancy", "minor", "employees")
    assert [s.sentence for s in conflict.sides] == [REALDEAL, VENTUREBEAT]


def test_counts_of_two_owners_are_no_discrepancy():
    """ "WeWork’s 12,000 employees" against another company's 12,500 are two counts."""
    other = "Regus’s 12,500 employees were told on Monday that their jobs are safe."
    articles = [article("o", other, "2019-11-18", "Other"), article("trd", REALDEAL, "2019-11-18", "The Real Deal")]
    claims = [
        claim("o", 12500, other, "employees", at="12,500"),
        claim("trd", 12000, REALDEAL, "employees", at="12,000"),
    ]
    assert _found(articles, claims)[1] == []


def test_prices_ages_and_an_articles_second_value_are_no_discrepancy():
    """BBC: share prices through a day (590 pence, 605 pence), two athletes' ages, and a count an article gives
    with two values (two things counted) are never listed as discrepancies."""
    barclays = [
        "At 1405 GMT, shares in Barclays were trading down 0.67% at 590 pence.",
        "Barclays shares were up 8 pence, or 1.3%, at 605 pence by late morning in London on Monday.",
    ]
    articles = [article(f"b{i}", s) for i, s in enumerate(barclays)]
    claims = [
        claim(f"b{i}", v, s, "pence", at=f"{v} pence")
        for i, (v, s) in enumerate(zip([590, 605], barclays, strict=True))
    ]
    assert _found(articles, claims)[1] == []
    ages = [
        "Kenteris, 31, won gold in the 200m at the Sydney Olympics in 2000, where Thanou, 29, won silver.",
        "Kenteris, 31, and Thanou, 30, had been charged with avoiding drug tests in Tel Aviv, Chicago and Athens.",
    ]
    articles = [article(f"k{i}", s) for i, s in enumerate(ages)]
    claims = [claim("k0", 29, ages[0], "year", kind="quantity", at="29"), claim("k1", 30, ages[1], "year",
              kind="quantity", at="30")]  # fmt: skip
    assert _found(articles, claims)[1] == []
    two = VENTUREBEAT + " It had 11,800 employees a year earlier."
    articles = [article("vb", two, site="VentureBeat"), article("trd", REALDEAL, site="The Real Deal")]
    claims = [
        claim("vb", 12500, VENTUREBEAT, "employees", at="12,500"),
        claim("vb", 11800, "It had 11,800 employees a year earlier.", "employees", at="11,800"),
        claim("trd", 12000, REALDEAL, "employees", at="12,000"),
    ]
    assert _found(articles, claims)[1] == []


def test_a_value_its_words_make_approximate_is_no_discrepancy():
    """news-threads (Panama Papers): CNN's "more-than 11 million documents" allows SZ's 11.5 million, even where
    the hyphen hid the qualifier from the number reader; BBC's "100,000 or so net cafes" likewise."""
    cnn = (
        "The more-than 11 million documents, which date back four decades, are allegedly connected to Panama law firm "
        "Mossack Fonseca ."
    )
    sz = (
        "Germany’s Süddeutsche Zeitung (SZ) has released the biggest leak in journalistic history, posting 11.5 "
        "million documents from a Panamanian law firm online."
    )
    articles = [article("cnn", cnn, site="CNN"), article("sz", sz, site="SZ")]
    claims = [
        claim("cnn", 11e6, cnn, "documents", at="11 million documents"),
        claim("sz", 11.5e6, sz, "documents", at="11.5 million documents"),
    ]
    assert _found(articles, claims)[1] == []
    claims[0] = claim("cnn", 11e6, cnn.replace("more-than ", ""), "documents", at="11 million documents")
    articles[0] = article("cnn", cnn.replace("more-than ", ""), site="CNN")
    assert [c.kind for c in _found(articles, claims)[1]] == ["discrepancy"]
    cafes = "All the 100,000 or so net cafes in the country are required to use software that controls what users see."
    other = "And all 110,000 net cafes in the country have to use software to control access to websites."
    articles = [article("a", cafes, site="A"), article("b", other, site="B")]
    claims = [claim("a", 1e5, cafes, "net cafes", at="100,000"), claim("b", 1.1e5, other, "net cafes", at="110,000")]
    assert _found(articles, claims)[1] == []
