"""Money figures keyed by what they are an amount of, and from-to pairs read as updates (issue 14, part 2).

Every sentence is from the wework gold story (article-extraction benchmark: TechCrunch, The Real Deal,
VentureBeat) or a BBC business article; the from-to case runs through the real number reader.
"""

from __future__ import annotations

from newsweave.model import Article
from newsweave.reconcile.figure_status import SourceView, bounds, from_to, outlet_name
from newsweave.reconcile.figures import group_figures
from newsweave.reconcile.money import money_term, term_of
from newsweave.reconcile.periods import period_of
from newsweave.records import Story
from newsweave.summarise import summarise
from tests.conftest import annotate_text
from tests.reconcile.test_figure_groups import article, claim

TECHCRUNCH = (
    "After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork is now engaging in major "
    "cost-cutting measures, including layoffs at Meetup, which it acquired for $200 million in 2017."
)
REAL_DEAL = (
    "After CEO and co-founder Adam Neumann left the company in October, SoftBank, its largest investor, "
    "committed to a $9.5 billion lifeline to bail out the company, and installed a Claure to implement a "
    "turnaround strategy."
)
VENTUREBEAT = (
    "SoftBank agreed to inject $6.5 billion in debt and equity into WeWork and to fund a $3 billion buyout of "
    "existing shareholders, including $1 billion for some of Neumann’s shares."
)
VALUATION = (
    "WeWork employees have waited weeks to hear notice of the layoffs, since the company abandoned plans for an "
    "IPO and had its valuation slashed from $47 billion to $8 billion."
)


def _span(sentence: str, surface: str) -> tuple[int, int]:
    at = sentence.find(surface)
    return at, at + len(surface)


def test_a_money_figure_is_an_amount_of_the_money_noun_of_its_clause():
    """The reader tied "$8 billion" to "WeWork" (the subject); its clause names the lifeline. A clause break
    stops the search ("including $1 billion" is not the buyout), and a noun inside the figure's span counts."""
    assert money_term(TECHCRUNCH, *_span(TECHCRUNCH, "$8 billion"), counted="WeWork") == ("lifeline", "rescue")
    assert money_term(REAL_DEAL, *_span(REAL_DEAL, "$9.5 billion"), counted="lifeline") == ("lifeline", "rescue")
    assert money_term(VENTUREBEAT, *_span(VENTUREBEAT, "$6.5 billion in debt")) == ("debt", "debt")
    assert money_term(VENTUREBEAT, *_span(VENTUREBEAT, "$3 billion")) == ("buyout", "buyout")
    assert money_term(VENTUREBEAT, *_span(VENTUREBEAT, "$1 billion")) is None
    assert money_term(VALUATION, *_span(VALUATION, "$47 billion to $8 billion")) == ("valuation", "valuation")


def test_a_period_written_after_another_figure_is_that_figures():
    """TechCrunch: "in 2017" dates the $200 million purchase of Meetup, not the $8 billion lifeline; the
    plague reports' "From 2010 to 2015 there were 3248 cases ..., including 584 deaths" still dates 584."""
    assert period_of(TECHCRUNCH, *_span(TECHCRUNCH, "$8 billion")) is None
    assert period_of(TECHCRUNCH, *_span(TECHCRUNCH, "$200 million")) == "2017"
    who = "From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths."
    assert period_of(who, *_span(who, "584")) == "2010-2015"
    mitch = "Mitch killed about 10,000 people and caused damage of about $10bn in 1998."  # BBC business: one clause
    assert period_of(mitch, *_span(mitch, "10,000")) == "1998"


def _wework_lifelines() -> tuple[list[Article], list]:
    articles = [
        article("tc", TECHCRUNCH, "2019-11-18", "TechCrunch", url="http://social.techcrunch.com/2019/11/18/x/"),
        article("trd", REAL_DEAL, "2019-11-18", "The Real Deal New York", url="https://therealdeal.com/2019/11/18/x/"),
    ]
    claims = [
        claim("tc", 8e9, TECHCRUNCH, "WeWork", unit="USD", kind="money", qualifier="up_to", at="$8 billion"),
        claim("tc", 2e8, TECHCRUNCH, "WeWork", unit="USD", kind="money", at="$200 million"),
        claim("trd", 9.5e9, REAL_DEAL, "lifeline", unit="USD", kind="money", at="$9.5 billion"),
    ]
    return articles, claims


def test_two_outlets_giving_the_lifeline_differently_on_one_day_dispute_it():
    """The wework gold's disputed figure: TechCrunch "up to $8 billion", The Real Deal "$9.5 billion", the
    same day, each in its own voice; the Meetup purchase stays out."""
    articles, claims = _wework_lifelines()
    view = SourceView({a.id: a for a in articles}, {})
    figures = [g.figure(view) for g in group_figures(claims, "s1", articles)]
    [lifeline] = [f for f in figures if len(f.claims) == 2]
    assert lifeline.about == "lifeline" and lifeline.status == "disputed"
    assert lifeline.by_affiliation == {"TechCrunch": [8e9], "The Real Deal": [9.5e9]}


def test_amounts_of_one_kind_of_money_need_a_shared_actor_to_meet():
    """Without an actor named in both sentences (SoftBank), two lifelines of two reports stay apart."""
    articles, claims = _wework_lifelines()
    other = REAL_DEAL.replace("SoftBank, its largest investor", "its largest investor")
    claims[2] = claim("trd", 9.5e9, other, "lifeline", unit="USD", kind="money", at="$9.5 billion")
    articles[1] = article("trd", other, "2019-11-18", "The Real Deal New York")
    assert all(len(g.claims) == 1 for g in group_figures(claims, "s1", articles))


def test_an_edition_speaks_with_its_brands_voice():
    """The Real Deal's page names its site "The Real Deal New York" on therealdeal.com."""
    assert outlet_name("The Real Deal New York", "https://therealdeal.com/2019/11/18/x/") == "The Real Deal"
    assert outlet_name("New York Post", "https://nypost.com/2019/11/18/x/") == "New York Post"
    assert outlet_name("The Sun", "https://www.thesun.co.uk/news/1/") == "The Sun"
    assert outlet_name("TechCrunch", None) == "TechCrunch"


def test_a_from_to_pair_is_an_update_not_a_range(nlp):
    """The Real Deal: "valuation slashed from $47 billion to $8 billion" is two values at two times, one
    report's update (the summary says it fell), never "valuation: agreed [8bn, 47bn]"."""
    annotations = annotate_text(nlp, VALUATION, published="2019-11-18", article_id="trd")
    [pair] = [c for c in annotations.claims if c.kind == "money"]
    assert from_to(pair) and pair.value == 8e9 and pair.low == 47e9
    trd = Article(id="trd", text=VALUATION, published="2019-11-18", site="The Real Deal New York",
                  url="https://therealdeal.com/2019/11/18/x/")  # fmt: skip
    view = SourceView({"trd": trd}, {})
    [figure] = [g.figure(view) for g in group_figures([pair], "s1", [trd])]
    assert figure.status == "updated" and figure.about == "valuation"
    assert [(u.date, u.value) for u in figure.updates] == [("2019-11-18", 47e9), ("2019-11-18", 8e9)]
    story = Story(id="s1", title="WeWork", articles=["trd"], claims=[pair], figures=[figure])
    [update] = [s for s in summarise(story, [trd]) if s.kind == "update"]
    assert update.text == "The valuation fell from $47 billion to $8 billion by 2019-11-18 (The Real Deal)."


def test_a_from_to_pair_is_read_at_the_level_it_reached():
    """The pair allows only the level it reached ($8 billion), not every value between $8 and $47 billion;
    a spread ("between 10,000 and 12,000", read at its low end) is no from-to pair."""
    pair = claim("trd", 8e9, VALUATION, "valuation", unit="USD", kind="money", qualifier="range", low=47e9,
                 high=8e9, at="$47 billion to $8 billion")  # fmt: skip
    assert from_to(pair) and bounds(pair) == (8e9, 8e9)
    sentence = "Officials said between 10,000 and 12,000 North Korean troops were in Russia."
    spread = claim("k", 10000, sentence, "North Korean troops", qualifier="range", low=10000, high=12000,
                   at="10,000 and 12,000")  # fmt: skip
    assert not from_to(spread) and bounds(spread) == (10000, 12000)


def test_only_a_pair_after_a_verb_of_change_is_an_update():
    """Benchmark pages: 9To5Mac's "ranges from $150 to $200" and "from zero to 60 mph" are spreads; Newsweek's
    "rose by 37 percent, from 0.90 percent to 1.23 percent" is a change."""
    lineup = "For context, the current Apple TV lineup ranges from $150 to $200 before you factor the cost of a new TV."
    prices = claim("9to5", 200, lineup, "current Apple TV lineup", unit="USD", kind="money", qualifier="range",
                   low=150, high=200, at="$150 to $200")  # fmt: skip
    assert not from_to(prices)
    cannabis = (
        "Problematic cannabis use rose by 37 percent, from 0.90 percent to 1.23 percent, after recreational "
        "marijuana legalization."
    )
    use = claim("nw", 1.23, cannabis, "Problematic cannabis use", unit="percent", kind="percent", qualifier="range",
                low=0.9, high=1.23, at="0.90 percent to 1.23 percent")  # fmt: skip
    assert from_to(use)


def test_one_amount_named_two_ways_agrees():
    """The wework gold: VentureBeat's "$3 billion buyout of existing shareholders" is The Real Deal's "$3
    billion tender offer by SoftBank" (one buyout); a generic kind of money joins only the value it restates."""
    tender = (
        "Many employees and shareholders with stock options are also waiting to hear when a $3 billion tender "
        "offer by SoftBank will be launched, after being delayed for almost two weeks."
    )
    articles = [article("vb", VENTUREBEAT, "2019-11-18", "VentureBeat"), article("trd", tender, "2019-11-18", "TRD")]
    claims = [
        claim("vb", 3e9, VENTUREBEAT, "buyout of existing shareholders", unit="USD", kind="money", at="$3 billion"),
        claim("vb", 1e9, VENTUREBEAT, "buyout of existing shareholders", unit="USD", kind="money", at="$1 billion"),
        claim("trd", 3e9, tender, "tender offer", unit="USD", kind="money", at="$3 billion"),
    ]
    view = SourceView({a.id: a for a in articles}, {})
    figures = {tuple(f.values): f for f in (g.figure(view) for g in group_figures(claims, "s1", articles))}
    assert figures[(3e9,)].status == "agreed" and len(figures[(3e9,)].claims) == 2
    assert figures[(1e9,)].status == "one_source"


def test_two_amounts_of_one_report_are_two_quantities():
    """BBC business: AMR's loss of $387m this quarter "against a $111m loss" a year earlier, credited to two
    sides by the reader, is not a disputed loss; Federated's "annual sales of $15.6bn" and the merged firm's
    "$30bn" are two companies' sales, and a deficit-cutting package is no deficit."""
    amr = (
        "American Airlines' parent AMR reported a loss of $387m (£206m) for the fourth quarter of 2004, against a "
        "$111m loss for the same period a year earlier."
    )
    claims = [
        claim("b", 387e6, amr, "parent", unit="USD", kind="money", affiliation="United States", at="$387m"),
        claim("b", 111e6, amr, "loss", unit="USD", kind="money", at="$111m"),
    ]
    assert all(len(g.claims) == 1 for g in group_figures(claims, "s1", [article("b", amr)]))
    combined = "The combined firm will operate about 1,000 stores across the US, with combined annual sales of $30bn."
    federated = "Federated has annual sales of $15.6bn, while May's yearly sales are $14.4bn."
    articles = [article("b1", combined, site="BBC"), article("b2", federated, site="Reuters")]
    sales = [
        claim("b1", 30e9, combined, "combined firm", unit="USD", kind="money", at="$30bn"),
        claim("b2", 15.6e9, federated, None, unit="USD", kind="money", at="$15.6bn"),
    ]
    assert all(len(g.claims) == 1 for g in group_figures(sales, "s1", articles))
    package = (
        "About 150 federal programs could be cut or axed altogether as part of a $2.5 trillion (£1.3 trillion) "
        "package aimed at curbing the giant US budget deficit."
    )
    assert term_of("package aimed at curbing the giant US budget deficit") is None
    assert money_term(package, *_span(package, "$2.5 trillion")) is None
