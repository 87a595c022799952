"""Figure groups hold one quantity each, and their status comes from the sources (issue 14, part 2).

Every case is a real sentence from the shared data (news-threads, the article-extraction benchmark, BBC
news) or the kursk example; the claims are written as the extractor gives them, so each test pins the
grouping rule and not the extraction.
"""

from __future__ import annotations

from newsweave.model import Article, Claim
from newsweave.reconcile.figure_status import SourceView, bounds, figure_status
from newsweave.reconcile.figures import counted_of, group_figures
from newsweave.reconcile.periods import period_of, periods_in


def claim(article: str, value: float, sentence: str, counted: str | None, **extra) -> Claim:
    """A claim as the extractor writes it, its span on the first occurrence of `at` (or the sentence)."""
    at = extra.pop("at", None)
    start = sentence.find(at) if at else 0
    end = start + len(at) if at else len(sentence)
    fields = {"qualifier": "exactly", **extra}
    return Claim(id=f"{article}:{value:g}:{start}", article=article, value=value, sentence=sentence, start=start,
                 end=end, counted=counted, **fields)  # fmt: skip


def article(article_id: str, text: str, published: str | None = None, site: str | None = None, **extra) -> Article:
    return Article(id=article_id, text=text, published=published, site=site, **extra)


def groups_of(claims: list[Claim], articles: list[Article] | None = None) -> dict[tuple[float, ...], str]:
    view = SourceView({a.id: a for a in articles or []}, {})
    return {
        tuple(sorted(c.value for c in g.claims)): g.figure(view).status
        for g in group_figures(claims, "s1", articles or [])
    }


VALUATION = (
    "WeWork employees have waited weeks to hear notice of the layoffs, since the company abandoned plans for an "
    "IPO and had its valuation slashed from $47 billion to $8 billion."
)


def test_two_values_from_one_sentence_are_two_quantities():
    """The Real Deal (benchmark): "valuation: agreed [8bn, 47bn]" was one group."""
    claims = [
        claim("trd", 47e9, VALUATION, "valuation", unit="USD", kind="money", at="$47 billion"),
        claim("trd", 8e9, VALUATION, "valuation", unit="USD", kind="money", at="$8 billion"),
    ]
    assert groups_of(claims) == {(8e9,): "one_source", (47e9,): "one_source"}


def test_values_of_one_article_by_two_sides_are_one_quantity_only_when_specific():
    """Houston Chronicle (benchmark): two counts of new vehicles in one article are this year's and last
    year's; Ukrainian and US figures of North Korean troops in one kursk report are one disputed count."""
    chronicle = [
        claim("hc", 208560, "Consumers have purchased 208,560 new vehicles this year, down 5 percent from the "
              "year-to-date period last year.", "new vehicles"),
        claim("hc", 303417, "Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year, "
              "according to InfoNation.", "new vehicles", asserted_by="InfoNation"),
    ]  # fmt: skip
    assert set(groups_of(chronicle)) == {(208560,), (303417,)}
    sentence = (
        "The recent estimate of around 8,000 troops comes alongside higher figures from allied sources; South "
        "Korean officials and other allies suggest that the number has risen to 11,000, while Ukrainian "
        "authorities believe it could be as high as 12,000."
    )
    kursk = [
        claim("k2", 11000, sentence, "North Korean troops", affiliation="South Korea", at="11,000"),
        claim("k2", 12000, sentence, "North Korean troops", affiliation="Ukraine", at="12,000", qualifier="up_to"),
    ]
    assert groups_of(kursk) == {(11000, 12000): "agreed"}  # "up to 12,000" allows 11,000


def test_a_unit_or_currency_is_never_the_thing_counted():
    """BBC business: a figure the extractor could only tie to its currency."""
    text = "Profits at the firm rose to £1.2bn, while sales of its goods reached £3.4bn."
    claims = [claim("b", 1.2e9, text, "GBP", unit="GBP", kind="money", at="£1.2bn")]
    assert counted_of(claims[0]) is None
    [group] = group_figures(claims)
    assert group.about == "amount in GBP"


def test_a_rise_is_not_a_level():
    """BBC business: "rose 5%" is a change, "5% of" a level."""
    rise = claim("b1", 5, "Retail sales rose 5% in December, the Office for National Statistics said.", "sales",
                 unit="percent", kind="percent", change="up")  # fmt: skip
    level = claim("b2", 5, "Online shopping now accounts for 5% of retail sales.", "sales", unit="percent",
                  kind="percent")  # fmt: skip
    assert set(groups_of([rise, level])) == {(5,)} and len(group_figures([rise, level])) == 2


def test_periods_are_read_from_the_sentence():
    """The plague reports (benchmark): centuries, year ranges and years, the nearest one to the figure."""
    assert [p for _, _, p in periods_in("From 2010 to 2015 there were 3248 cases reported worldwide.")] == ["2010-2015"]
    sun = 'It was known as the "Black Death" during the fourteenth century, causing more than 50 million deaths.'
    assert period_of(sun, sun.find("50 million"), sun.find("50 million") + 10) == "14th century"
    post = "the Black Death pandemic that killed an estimated 25 million people in Europe alone in the 14th Century."
    assert period_of(post, post.find("25"), post.find("25") + 10) == "14th century"
    assert period_of("Broadcom made an initial $103 billion offer.", 0, 5) is None
    usa = "But this new approach includes $22 per share in Broadcom stock, where the previous offer was $10."
    assert period_of(usa, usa.find("$10"), usa.find("$10") + 3) == "earlier"


def test_figures_of_different_periods_are_different_quantities():
    """The plague reports: 25 and 50 million deaths in the 14th century are disputed; 584 deaths in
    2010-2015 is another quantity, not a third value of the dispute."""
    post = (
        "Both diseases are associated with the Black Death pandemic that killed an estimated 25 million people "
        "in Europe alone in the 14th Century."
    )
    sun = (
        'It was known as the "Black Death" during the fourteenth century, causing more than 50 million deaths in '
        "Europe."
    )
    who = "From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths."
    articles = [
        article("post", post, "2019-11-18", "New York Post"),
        article("sun", f"{sun} {who}", "2019-11-18", "The Sun"),
    ]
    claims = [
        claim("post", 25e6, post, "people killed", qualifier="approximately", at="25 million"),
        claim("sun", 50e6, sun, "deaths", qualifier="over", at="50 million"),
        claim("sun", 584, who, "deaths", at="584"),
    ]
    for c in claims[1:]:
        c.start += articles[1].text.find(c.sentence)
        c.end += articles[1].text.find(c.sentence)
    assert groups_of(claims, articles) == {(25e6, 50e6): "disputed", (584,): "one_source"}
    [dispute] = [
        g.figure(SourceView({a.id: a for a in articles}, {}))
        for g in group_figures(claims, "s1", articles)
        if len(g.claims) == 2
    ]
    assert dispute.period == "14th century"
    assert dispute.by_affiliation == {"New York Post": [25e6], "The Sun": [50e6]}


def test_values_an_order_of_magnitude_apart_are_not_one_quantity():
    """ "homes: 33 to 37,100,000" was one disputed group."""
    claims = [
        claim("a", 33, "The fire destroyed 33 homes in the village, the fire service said.", "homes"),
        claim("b", 37_100_000, "There are 37.1 million homes in England and Wales, the census found.", "homes"),
    ]
    assert len(groups_of(claims)) == 2


def test_a_new_value_joins_only_a_group_about_the_same_thing():
    """news-threads (Brazilian Grand Prix): "the opening seven laps" and "six laps later" count different
    laps; the tram crash reports share what happened, so their counts of the dead are one quantity."""
    laps = [
        claim("std", 7, "The safety car was deployed for the opening seven laps and Sweden's Marcus Ericsson then "
              "brought it back out on lap 13.", "laps"),
        claim("dm", 6, "But just six laps later, Ericsson crashed at high speed as he entered the pit straight.",
              "laps"),
    ]  # fmt: skip
    assert len(groups_of(laps)) == 2
    tram = [
        claim("ind", 5, "At least five people are dead after a tram overturned in Croydon, south London.",
              "people dead", qualifier="at_least"),
        claim("bbc", 7, "Seven people have died and dozens more have been injured after a tram overturned in London.",
              "people died"),
    ]  # fmt: skip
    assert groups_of(tram) == {(5, 7): "agreed"}  # "at least five" allows seven


def test_qualifiers_are_read_as_bounds():
    """news-threads (ANA flight): "more than 200 passengers" agrees with "226 passengers"."""
    over = claim("nyt", 200, "The model Chrissy Teigen was one of more than 200 passengers on an All Nippon Airways "
                 "flight.", "passengers", qualifier="over")  # fmt: skip
    assert bounds(over) == (200, float("inf"))
    exact = claim("cnn", 226, "Flight 175 was carrying 226 passengers, CNN reported.", "passengers")
    assert figure_status([over, exact], SourceView({}, {})) == "agreed"


TOLL = [
    ("2023-02-06", 50, "The health ministry said 50 people were killed in the earthquake."),
    ("2023-02-07", 58, "The death toll from the earthquake rose to 58, the health ministry said."),
    ("2023-02-08", 59, "The health ministry said on Wednesday that 59 people had been killed in the earthquake."),
]  # written for the case: a toll rising 50 -> 58 -> 59 across days


def toll_story() -> tuple[list[Article], list[Claim]]:
    articles = [article(f"d{i}", text, day, f"Outlet {i}") for i, (day, _, text) in enumerate(TOLL)]
    counted = ["people killed", "death toll", "people killed"]
    claims = [
        claim(f"d{i}", value, text, counted[i], asserted_by="health ministry", at=str(value))
        for i, (_, value, text) in enumerate(TOLL)
    ]
    return articles, claims


def test_a_figure_revised_over_days_is_an_update_not_a_dispute():
    """One source revises its count over three days: an update, shown as a series by publication date; the
    same values on one day would be a dispute."""
    articles, claims = toll_story()
    [group] = group_figures(claims, "s1", articles)
    figure = group.figure(SourceView({a.id: a for a in articles}, {}))
    assert figure.status == "updated"
    assert [(u.date, u.value) for u in figure.updates] == [(d, v) for d, v, _ in TOLL]
    same_day = [article(a.id, a.text, "2023-02-06", a.site) for a in articles]
    assert group.figure(SourceView({a.id: a for a in same_day}, {})).status == "disputed"


def test_a_new_value_of_a_generic_count_never_makes_a_dispute():
    """BBC (2004 Oscars): "seven nominations" and "11 nominations" are two films' counts, not one disputed
    figure; a count needs an outcome or a nationality before two reports' values are one quantity."""
    claims = [
        claim("078", 7, "Million Dollar Baby has seven nominations while The Aviator has 11.", "nominations",
              at="seven"),
        claim("084", 11, "Martin Scorsese's The Aviator is leading the field at this year's Oscars with 11 "
              "nominations, while other multiple nominees include Million Dollar Baby and Sideways.", "nominations"),
    ]  # fmt: skip
    assert len(group_figures(claims)) == 2


def test_copies_and_rewrites_are_never_a_second_source():
    """kursk: the rewrite of BBC copy repeats South Korea's figure; it is still one source."""
    text = "Reports from South Korean intelligence suggest that over 10,000 North Korean troops have been deployed."
    articles = [
        article("bbc", text, site="BBC"),
        article("copy", text, site="Business-News-Today.com", rewrite_of="bbc"),
    ]
    claims = [claim(a.id, 10000, text, "North Korean troops", qualifier="over") for a in articles]
    view = SourceView({a.id: a for a in articles}, {})
    assert view.source(claims[0]) == view.source(claims[1]) == "BBC"
    assert figure_status(claims, view) == "one_source"
    articles[1].rewrite_of = None
    view = SourceView({a.id: a for a in articles}, {})
    assert figure_status(claims, view) == "agreed"


def test_the_kursk_troop_figure_is_one_disputed_group(kursk_brief):
    story = kursk_brief["stories"][0]
    troops = [f for f in story["figures"] if 12000 in f["values"]]
    assert len(troops) == 1 and troops[0]["status"] == "disputed"
    assert {8000, 10000, 11000, 12000} <= set(troops[0]["values"])


def test_no_kursk_group_mixes_units_or_two_values_of_one_sentence_by_one_side(kursk_brief_records):
    from newsweave.evaluation.figures import audit

    result = audit("kursk", kursk_brief_records)
    assert result.groups >= 1 and result.mixed_units == 0 and result.one_sentence == 0 and result.wide_span == 0


def test_close_values_of_one_sentence_are_still_two_values():
    """BBC business: "fell from £180,126 in November to £178,906" is two prices, though within 1%."""
    text = (
        "The average UK house price fell from £180,126 in November to £178,906, reflecting recent Land Registry "
        "figures."
    )
    claims = [
        claim("b", 180126, text, "average UK house price", unit="GBP", kind="money", at="£180,126"),
        claim("b", 178906, text, "average UK house price", unit="GBP", kind="money", at="£178,906"),
    ]
    assert len(group_figures(claims)) == 2


def test_a_forecast_is_another_quantity_than_the_present_figure():
    """BBC tech/211: the report predicts 23 million Britons "will miss out", against 27 million not online
    today: a forecast and a present count of one thing are two quantities, never a dispute."""
    forecast = (
        "Around 23 million Britons will miss out on a wide range of essential services such as education and "
        "medical information, predicts the report by telecoms giant BT."
    )
    present = "It compares to 27 million, or 50%, of the UK, who are not currently online."
    assert period_of(forecast, *_at(forecast, "23 million")) == "forecast"
    assert period_of(present, *_at(present, "27 million")) is None
    rollout = "The firm, which employs 5,000 people, is expected to cut 500 jobs."  # the cut's clause only
    assert period_of(rollout, *_at(rollout, "5,000")) is None
    assert period_of(rollout, *_at(rollout, "500 jobs")) == "forecast"
    plan = "Employees are waiting to hear when a $3 billion tender offer by SoftBank will be launched."
    assert period_of(plan, *_at(plan, "$3 billion")) is None  # a plan told in the future, not a prediction
    assert period_of("As many as 12,000 troops may have been deployed.", 11, 17) is None
    past = "The plague is estimated to have killed 25 million people."
    assert period_of(past, *_at(past, "25 million")) is None
    news = [article("bt", f"{forecast} {present}", "2005-01-11", "BBC"), article("other", present, "2005-01-11", "ITV")]
    claims = [claim("bt", 23e6, forecast, "Britons", at="23 million"), claim("other", 27e6, present, "Britons")]
    claims[1].start, claims[1].end = _at(present, "27 million")
    assert groups_of(claims, news) == {(23e6,): "one_source", (27e6,): "one_source"}


def _at(sentence: str, words: str) -> tuple[int, int]:
    return sentence.find(words), sentence.find(words) + len(words)


def test_a_side_reads_as_the_story_names_its_actor():
    """Plague gold: The Sun's "more than 50 million deaths" speaks for the WHO (affiliation "WHO", the knowledge
    table's one name); the story names the organisation "World Health Organization", and so does the side."""
    sun = 'It was known as the "Black Death" during the fourteenth century, causing more than 50 million deaths.'
    who = claim("sun", 50e6, sun, "deaths", qualifier="more_than", at="50 million", affiliation="WHO")
    view = SourceView({}, {"s1:e3": "World Health Organization"})
    assert view.side(who) == "World Health Organization"
    assert SourceView({}, {"s1:e3": "WHO"}).side(who) == "WHO"


CROYDON = [
    ("indy", "2016-11-09", 5, "At least five people are dead after a tram overturned in Croydon, south London."),
    ("bbc", "2016-11-09", 7, "Seven people have died and dozens more have been injured after a tram overturned in "
     "London."),
    ("guardian", "2016-11-10", 7, "At least seven people have been killed and more than 50 taken to hospital after a "
     "tram, believed to be travelling at high speed, derailed in south London."),
]  # fmt: skip  # news-threads croydon_tram_trash: the Independent's early count, the BBC's and the Guardian's


def croydon_status(days: list[str]) -> str:
    articles = [article(a, text, day, a) for (a, _, _, text), day in zip(CROYDON, days, strict=True)]
    qualifiers = ["at_least", "exactly", "at_least"]
    claims = [
        claim(a, value, text, "people killed", qualifier=q)
        for (a, _, value, text), q in zip(CROYDON, qualifiers, strict=True)
    ]
    return figure_status(claims, SourceView({a.id: a for a in articles}, {}))


def test_an_early_lower_bound_exceeded_by_later_reports_is_an_update():
    """croydon: "at least five" dead (the Independent, early) and seven in the later reports read "agreed 5-7";
    the toll rose over the day: updated. Exceeded by a report dated before it, or only on its own day, the
    bound still allows the higher values: agreed."""
    assert croydon_status([day for _, day, _, _ in CROYDON]) == "updated"
    assert croydon_status(["2016-11-10", "2016-11-09", "2016-11-09"]) == "agreed"
    assert croydon_status(["2016-11-09"] * 3) == "agreed"
