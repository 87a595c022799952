"""Figure groups of round 10: a value told "about" is one quantity with the exact value it rounds (within half a
unit of its last significant digit), and a measure given with its conversion in brackets is one value, so the
report's other figures of that measure join it. Sentences are the news-threads articles' own (Falcon Heavy thread,
2018-01-05 to 2018-02-06) and the kursk example's."""

from __future__ import annotations

from newsweave.model import Article
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.reconcile.group_join import bound_holds, one_amount, rounding_reach, rounds_to
from tests.conftest import FALCON_HEAVY_MAIL as MAIL
from tests.conftest import FALCON_HEAVY_WAPO as WAPO
from tests.conftest import annotate_text

SFN = (
    "The Delta 4-Heavy rocket, the most capable rocket in service today in terms of lift capacity, can haul up to "
    "62,540 pounds (28,370 kilograms) to a low Earth orbit, according to a launch vehicle data sheet."
)


def _grouped(nlp, texts: dict[str, str], unit_kinds: tuple[str, ...] = ("quantity",)):
    articles = [Article(id=a, text=t, published="2018-02-05", site=a) for a, t in texts.items()]
    claims = []
    for article in articles:
        annotations = annotate_text(nlp, article.text, article.published, article.id)
        claims += [c for c in annotations.claims + annotations.measures if c.kind in unit_kinds]
    view = SourceView({a.id: a for a in articles}, {})
    return [
        (sorted((c.article, c.value) for c in g.claims), g.figure(view).status)
        for g in group_figures(claims, "s1", articles)
    ]


def test_a_weight_and_its_conversion_in_brackets_are_one_figure(nlp):
    """ "up to 62,540 pounds (28,370 kilograms)": one payload, not two one-source figures."""
    groups = _grouped(nlp, {"sfn": SFN})
    assert groups == [([("sfn", 28370.0), ("sfn", 62540.0)], "one_source")]


def test_two_reports_payload_in_pounds_and_kilograms_is_one_agreed_figure(nlp):
    """The Washington Post's "140,660 pounds (63,800 kilograms) of cargo" and the Daily Mail's "140,000 pounds
    (63,500kg) of cargo" were a "cargo" figure and a "combined thrust" figure of the same payload."""
    groups = _grouped(nlp, {"wapo": WAPO, "mail": MAIL})
    cargo = [g for g in groups if ("wapo", 140660.0) in g[0]]
    assert cargo == [([("mail", 63500.0), ("mail", 140000.0), ("wapo", 63800.0), ("wapo", 140660.0)], "agreed")]
    # the other payloads of the Post's sentence stay apart from it and from each other, each with its conversion
    assert ([("wapo", 16800.0), ("wapo", 37000.0)], "one_source") in groups
    assert ([("wapo", 3500.0), ("wapo", 7700.0)], "one_source") in groups


VENTUREBEAT = (
    "Neumann bought properties that he then leased back to WeWork, borrowed against his own stake in the company, "
    "and had also planned to charge WeWork almost $6 million to use his trademark of the word “We” after the company "
    "rebranded itself The We Company."
)
TECHCRUNCH = (
    "An entity Neumann controlled also sold the company the right to use the word “We” for $5.9 million, though he "
    "later asked the company to unwind the agreement and returned the money after public criticism."
)


def test_a_round_amount_told_almost_agrees_with_the_exact_amount_of_another_report(nlp):
    """wework gold: the 'We' trademark payment agrees (VentureBeat "almost $6 million", TechCrunch "$5.9 million");
    it was two one-source figures."""
    groups = _grouped(nlp, {"venturebeat": VENTUREBEAT, "techcrunch": TECHCRUNCH}, ("money",))
    assert groups == [([("techcrunch", 5_900_000.0), ("venturebeat", 6_000_000.0)], "agreed")]


def test_a_round_value_reaches_half_a_unit_of_its_last_digit(kursk_annotations):
    """kursk convention: "approximately 8,000 North Korean troops" (the United States) rounds 7,500 to 8,500, so it
    never agrees with "over 10,000" or "11,000" (South Korea); "approximately 11,000" rounds South Korea's 11,000."""
    claims = [c for a in kursk_annotations.values() for c in a.claims]
    us_8000 = next(c for c in claims if c.value == 8000 and c.qualifier == "approximately")
    sk_11000 = next(c for c in claims if c.value == 11000 and c.qualifier == "exactly")
    about_11000 = next(c for c in claims if c.value == 11000 and c.qualifier == "approximately")
    over_10000 = next(c for c in claims if c.value == 10000 and c.qualifier == "over")
    assert (rounding_reach(8000), rounding_reach(11000), rounding_reach(51e9)) == (500, 500, 5e8)
    assert not bound_holds(us_8000, over_10000) and not bound_holds(us_8000, sk_11000)
    assert rounds_to(about_11000, sk_11000) and bound_holds(over_10000, sk_11000)
    assert not rounds_to(sk_11000, about_11000)  # the exact value is no approximation of the round one


MAIL_MEDIA = (
    "The Panama Papers document trove was anonymously leaked to German daily Sueddeutsche Zeitung and shared with "
    "more than 100 media groups by ICIJ."
)
POST_MEDIA = (
    "The 11.5 million files were leaked to a German newspaper, Suddeutsche Zeitung, which then worked with the "
    "International Consortium of Investigative Journalists and more than 100 media partners, including the Guardian, "
    "the BBC and others, to sift and research the contents."
)
CBS_MORSI = (
    "An Egyptian court Saturday convicted former Islamist President Mohammed Morsi and 19 others of insulting the "
    "judiciary, sentencing them to three years in prison in a court session aired on TV."
)
MAIL_MORSI = (
    "An Egyptian court sentenced ousted Islamist president Mohamed Morsi to three years in prison along with 19 other "
    'defendants on Saturday for "insulting the judiciary," his lawyer said.'
)


def test_one_count_worded_two_ways_by_two_reports_is_one_figure(nlp):
    """news-threads Panama Papers: the Daily Mail's "more than 100 media groups" and the Washington Post's "more than
    100 media partners" were two one-source figures; Morsi's 19 co-defendants ("19 others", "19 other defendants")
    too. The three years of prison stay apart from both."""
    texts = {"mail": MAIL_MEDIA, "post": POST_MEDIA, "cbs": CBS_MORSI, "mail2": MAIL_MORSI}
    groups = _grouped(nlp, texts, ("count",))
    assert ([("mail", 100.0), ("post", 100.0)], "agreed") in groups
    assert ([("cbs", 19.0), ("mail2", 19.0)], "agreed") in groups


MACRUMORS = (
    "Night mode is an automatic setting which takes advantage of the new wide-angle camera that's in the iPhone 11 and "
    "11 Pro models."
)
APPLEINSIDER = (
    "There will certainly be some iPhone 11 Pro users who will jump on board with Wi-Fi 6 early to take advantage of "
    "it on their phones that will be left behind with the new MacBook Pro in that regard."
)


def test_counts_sharing_only_a_name_word_stay_apart():
    """Benchmark pages (MacRumors, AppleInsider): the extractor reads "11 Pro models" and "11 Pro users" as counts;
    "Pro" is a name's word, not a word of what is counted, so the two were never one figure of 11."""
    from newsweave.reconcile.figure_wording import counted_words
    from tests.reconcile.test_figure_groups import claim

    models = claim("macrumors", 11, MACRUMORS, "Pro models", kind="count", at="11 Pro models")
    users = claim("appleinsider", 11, APPLEINSIDER, "Pro users", kind="count", at="11 Pro users")
    assert (counted_words(models), counted_words(users)) == ({"model"}, {"user"})
    groups = group_figures([models, users], "s1", [])
    assert sorted(len(g.claims) for g in groups) == [1, 1]


GIZMONDO = (
    "A catalogue of about 20 games is being prepared for the gadget including The Great Escape and Conflict Vietnam."
)
PSP = (
    "At launch 21 games will be available for the PSP, including Need for Speed, Ridge Racer, Metal Gear Acid and "
    "Vampire Chronicle."
)
DS_NINTENDO = "More than 120 games are in development for the new console, Nintendo has said."
DS_ABOUT = "About 130 games for the DS are in development."


def test_a_round_count_joins_an_exact_one_only_in_a_sentence_about_one_thing(nlp):
    """BBC tech: "about 20 games" for one gadget rounds the 21 games of the PSP's launch, but the sentences share
    nothing (two consoles); the DS's "more than 120" and "about 130" games are one count by its bound."""
    texts = {"gizmondo": GIZMONDO, "psp": PSP, "ds1": DS_NINTENDO, "ds2": DS_ABOUT}
    groups = sorted(g[0] for g in _grouped(nlp, texts, ("count",)))
    assert groups == [[("ds1", 120.0), ("ds2", 130.0)], [("gizmondo", 20.0)], [("psp", 21.0)]]


EXPORTS = (
    "Foreign oil exports surged by 35.7% to a record $180.7bn, reflecting the rally in global oil prices and "
    "increasing domestic demand."
)
COMMERCE = (
    "According to the Ministry of Commerce, China's exports totalled $63.8bn in December, taking the annual total up "
    "35.4% to $593.4bn."
)
CUBIC = "Through their Cubic Expression vehicle they own 28.9% of the club."
UNITED = "They own 29% of United through their Cubic Expression investment vehicle."


def test_two_amounts_told_with_as_many_digits_are_two_and_a_rounder_one_rounds(nlp):
    """BBC business: China's 35.7% rise of one thing and 35.4% of another were one "agreed" figure (within 1%); the
    Glazer stories' "28.9% of the club" and "29% of United" are one stake, the 29 told round."""
    groups = sorted(g[0] for g in _grouped(nlp, {"a": EXPORTS, "b": COMMERCE}, ("percent",)))
    assert groups == [[("a", 35.7)], [("b", 35.4)]]
    groups = _grouped(nlp, {"cubic": CUBIC, "united": UNITED}, ("percent",))
    assert groups == [([("cubic", 28.9), ("united", 29.0)], "agreed")]
    assert one_amount(28.9, 29) and not one_amount(35.7, 35.4) and not one_amount(42.8e6, 42.9e6)


VISITORS = (
    "It recorded a 13.8% rise in numbers and was the country's second most visited tourist attraction, behind "
    "Blackpool Pleasure Beach."
)
HOUSES = (
    "Nationally, house prices rose at an annual rate of 10.7% in December, less than the 13.7% rise the previous month."
)


def test_two_rises_told_with_as_many_digits_are_two_figures_in_one_bucket(nlp):
    """BBC business: a tourist attraction's 13.8% rise and house prices' 13.7% rise were one "agreed" rise."""
    groups = sorted(g[0] for g in _grouped(nlp, {"a": VISITORS, "b": HOUSES}, ("percent",)))
    assert groups == [[("a", 13.8)], [("b", 10.7)], [("b", 13.7)]]
