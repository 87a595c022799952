"""Figure groups of the ninth audit round (notes/audit9/figures.md): polls give many shares of one size, so a share
is keyed by the actors its clause names; a count of some of a larger count, or of the rest of a total, is not that
count; a value the reports tell was corrected is an update to its correction, not a dispute. Sentences are the
PolNeAR and news-threads reports' own; claims are written as the extractor gives them."""

from __future__ import annotations

from newsweave.model import Article, Claim
from newsweave.reconcile.figure_conflicts import figure_contradictions
from newsweave.reconcile.figure_holders import clause_around, partitive
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures

NAMES = {"e1": "Hillary Clinton", "e2": "Ted Cruz", "e3": "Marco Rubio", "e4": "Bernie Sanders", "e5": "Donald Trump"}
PEOPLE = set(NAMES.values())


def _article(article_id: str, *sentences: str, published: str = "2015-12-10") -> Article:
    return Article(id=article_id, text=" ".join(sentences), published=published, site=article_id.upper())


def _claim(article: Article, sentence: str, at: str, value: float, counted: str | None = None, **extra) -> Claim:
    """A claim on the first `at` of `sentence` inside the article's text."""
    start = article.text.index(sentence) + sentence.index(at)
    fields = {"qualifier": "exactly", "kind": "count", "unit": None, **extra}
    return Claim(id=f"{article.id}:{start}", article=article.id, value=value, sentence=sentence, start=start,
                 end=start + len(at), counted=counted, **fields)  # fmt: skip


def _percent(article: Article, sentence: str, at: str, value: float, counted: str | None = None) -> Claim:
    return _claim(article, sentence, at, value, counted, kind="percent", unit="percent")


def _groups(claims: list[Claim], articles: list[Article]) -> list[tuple[tuple[float, ...], str]]:
    view = SourceView({a.id: a for a in articles}, NAMES)
    return sorted(
        (tuple(sorted(c.value for c in g.claims)), g.figure(view).status)
        for g in group_figures(claims, "s1", articles, NAMES, PEOPLE)
    )


# breitbart 2015-12-10 (millennial_democratics_prefer_bernie_sanders)
CLINTON_CRUZ = "In a closer match-up, 48 percent chose Clinton while 45 percent chose Cruz."
RUBIO_CLINTON = "When it came to Rubio, 48 percent chose him while 45 percent chose Clinton."
CONSERVATIVES = "Among conservative respondents, Donald Trump won out with 22 percent, followed closely by Ben Carson."
REPUBLICANS = "Among Republicans, 27 percent would vote for Trump, followed closely by Cruz with 22 percent."
SANDERS_41 = "Forty-one percent would choose Sanders to be the next president of the United States."
# westernjournalism 2015-12-10
TRUMP_41 = "Trump drew the support of 41 percent of the Republican voters surveyed."


def test_shares_of_one_value_held_by_different_candidates_in_one_report_are_different_quantities():
    breitbart = _article("breitbart", CLINTON_CRUZ, RUBIO_CLINTON)
    claims = [
        _percent(breitbart, CLINTON_CRUZ, "48 percent", 48),
        _percent(breitbart, CLINTON_CRUZ, "45 percent", 45),
        _percent(breitbart, RUBIO_CLINTON, "48 percent", 48),
        _percent(breitbart, RUBIO_CLINTON, "45 percent", 45),
    ]
    assert _groups(claims, [breitbart]) == [((45.0,), "one_source")] * 2 + [((48.0,), "one_source")] * 2


def test_the_clause_of_a_share_ends_at_the_comma_before_another_figure():
    at = REPUBLICANS.index("22")
    assert clause_around(REPUBLICANS, at, at + len("22 percent")) == " followed closely by Cruz with 22 percent."
    at = CONSERVATIVES.index("22")
    assert "Donald Trump" in clause_around(CONSERVATIVES, at, at + 2)
    breitbart = _article("breitbart", CONSERVATIVES, REPUBLICANS)
    claims = [_percent(breitbart, CONSERVATIVES, "22 percent", 22), _percent(breitbart, REPUBLICANS, "22 percent", 22)]
    assert len(_groups(claims, [breitbart])) == 2


def test_one_share_size_of_two_candidates_in_two_reports_is_no_agreement():
    """ "Forty-one percent would choose Sanders" (Breitbart) and "Trump drew ... 41 percent" (Western Journalism)
    were one group 'agreed'."""
    breitbart, western = _article("breitbart", SANDERS_41), _article("western", TRUMP_41)
    claims = [
        _percent(breitbart, SANDERS_41, "Forty-one percent", 41),
        _percent(western, TRUMP_41, "41 percent", 41, "Republican voters"),
    ]
    assert _groups(claims, [breitbart, western]) == [((41.0,), "one_source"), ((41.0,), "one_source")]


def test_one_candidates_share_in_two_reports_stays_one_quantity():
    one, two = "Sanders drew 41 percent of the vote.", "Bernie Sanders won 41 percent of the vote, the poll found."
    first, second = _article("first", one), _article("second", two)
    claims = [_percent(first, one, "41 percent", 41, "vote"), _percent(second, two, "41 percent", 41, "vote")]
    assert _groups(claims, [first, second]) == [((41.0, 41.0), "agreed")]


# usatoday and washingtonpost 2016-04-06 (sanders_says_he_s_riding_momentum_takes_wisconsin)
SIX_OF_SEVEN = "With his win in the Badger State, Sanders will have pocketed six of the past seven contests."
SEVEN_OF_EIGHT = "He has won seven of the past eight contests, including last week's Wisconsin primary."


def test_a_count_of_some_of_a_larger_count_is_not_that_count():
    """ "six of the past seven contests" and "seven of the past eight contests": the 7 contests held are not the 7
    won."""
    assert partitive(_claim(_article("x", SEVEN_OF_EIGHT), SEVEN_OF_EIGHT, "seven", 7), "seven of the past eight")
    usatoday, wapo = _article("usatoday", SIX_OF_SEVEN), _article("wapo", SEVEN_OF_EIGHT)
    claims = [
        _claim(usatoday, SIX_OF_SEVEN, "six of the past seven contests", 6, "contests"),
        _claim(usatoday, SIX_OF_SEVEN, "seven contests", 7, "contests"),
        _claim(wapo, SEVEN_OF_EIGHT, "seven of the past eight contests", 7, "contests"),
        _claim(wapo, SEVEN_OF_EIGHT, "eight contests", 8, "contests"),
    ]
    assert [values for values, _ in _groups(claims, [usatoday, wapo])] == [(6.0,), (7.0,), (7.0,), (8.0,)]


# panama_papers 0ac360f6 (CNN) and a report quoting the ICIJ
OTHER_128 = (
    "The documents reference 12 current or former world leaders, as well as 128 other politicians and public officials."
)
ALL_140 = "According to ICIJ, the documents make public the offshore accounts of 140 politicians and public officials."


def test_a_count_of_the_rest_of_a_total_is_no_discrepancy_with_the_total():
    cnn, other = _article("cnn", OTHER_128, published="2016-04-04"), _article("icij", ALL_140, published="2016-04-04")
    claims = [
        _claim(cnn, OTHER_128, "128", 128, "other politicians"),
        _claim(other, ALL_140, "140", 140, "politicians"),
    ]
    view = SourceView({a.id: a for a in (cnn, other)}, {})
    figures = [g.figure(view) for g in group_figures(claims, "s1", [cnn, other])]
    assert figure_contradictions(figures, claims, view) == []


# harambe 871768 (Washington Post), dd06e8 (NPR), 1d6a1d (RT)
INITIALLY_4 = "The zoo initially said that the child is 4 years old."
LATER_3 = "A family spokeswoman later said in an email that he is 3."
NPR_3 = (
    "After a 3-year-old boy slipped into the gorilla enclosure on a crowded Saturday at the Cincinnati Zoo, a security "
    "team killed the gorilla to save the child."
)
NPR_UPDATE = "(Update: The boy was initially reported to be 4 years old, but police later said he is 3.)"
RT_4 = "A male gorilla in the Cincinnati Zoo was killed after a 4-year-old boy fell into the exhibit moat."


def _age(article: Article, sentence: str, at: str, value: float, counted: str, by: str | None = None) -> Claim:
    return _claim(article, sentence, at, value, counted, kind="quantity", unit="year of age", asserted_by=by)


def _boy(wapo_first: str, wapo_second: str) -> tuple[list[Claim], list[Article]]:
    wapo = _article("wapo", wapo_first, wapo_second, published="2016-05-30")
    npr = _article("npr", NPR_3, NPR_UPDATE, published="2016-05-30")
    rt = _article("rt", RT_4, published="2016-05-30")
    claims = [
        _age(wapo, wapo_first, "4 years old", 4, "child", "The zoo"),
        _age(wapo, wapo_second, "3", 3, "child", "A family spokeswoman"),
        _age(npr, NPR_3, "3-year-old boy", 3, "boy"),
        _age(npr, NPR_UPDATE, "3.", 3, "boy", "police"),
        _age(rt, RT_4, "4-year-old boy", 4, "boy"),
    ]
    return claims, [wapo, npr, rt]


def test_a_corrected_age_is_an_update_to_the_correction_not_a_dispute():
    """harambe: "The zoo initially said ... 4", "police later said he is 3": the boy's age was corrected."""
    claims, articles = _boy(INITIALLY_4, LATER_3)
    view = SourceView({a.id: a for a in articles}, {})
    [figure] = [g.figure(view) for g in group_figures(claims, "s1", articles)]
    assert figure.status == "updated"
    assert [u.value for u in figure.updates] == [4.0, 4.0, 3.0, 3.0, 3.0]
    assert figure_contradictions([figure], claims, view) == []


def test_values_two_sides_give_with_no_word_of_correction_stay_disputed():
    claims, articles = _boy(INITIALLY_4.replace(" initially", ""), LATER_3.replace(" later", ""))
    claims = [c for c in claims if c.sentence != NPR_UPDATE and c.article != "wapo"]
    view = SourceView({a.id: a for a in articles}, {})
    assert [g.figure(view).status for g in group_figures(claims, "s1", articles)] == ["disputed"]


# BBC tech 234, 265: one survey's share, the country named two ways; the holders of a share are persons only
BRITISH_36 = (
    "Figures gathered by Continental Research shows that 36% of British camera phone users have never sent a "
    "multimedia message."
)
UK_36 = "It said that 36% of UK camera phone users had never sent a multimedia message, or MMS."


def test_one_share_whose_clauses_name_a_place_two_ways_stays_one_quantity():
    first, second = _article("bbc234", BRITISH_36), _article("bbc265", UK_36)
    claims = [
        _percent(first, BRITISH_36, "36%", 36, "British camera phone users"),
        _percent(second, UK_36, "36%", 36, "UK camera phone users"),
    ]
    assert _groups(claims, [first, second]) == [((36.0, 36.0), "agreed")]


# BBC tech 029, 268: "500 of its patents" names no larger count; the 500 are "the 500 patents" of the next report
IBM_MADE = "The attack on software patents comes at a time when IBM has made 500 of its patents freely available."
IBM_HOLDS = "IBM will continue to hold the 500 patents but it has pledged to seek no royalties from the patents."


def test_some_of_a_count_the_text_does_not_give_is_the_count_another_report_gives():
    first, second = _article("bbc029", IBM_MADE), _article("bbc268", IBM_HOLDS)
    claims = [
        _claim(first, IBM_MADE, "500 of its patents", 500, "patents"),
        _claim(second, IBM_HOLDS, "500 patents", 500, "patents"),
    ]
    assert _groups(claims, [first, second]) == [((500.0, 500.0), "agreed")]
