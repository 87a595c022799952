"""The summary on the Croydon tram derailment (news-threads croydon_tram_trash, issue 14 part 3): a dateline
is no part of a sentence, no sentence leaves a quote open, a holding statement ranks low, and a toll the
reports give with different values names who gives which. The articles' own sentences."""

from __future__ import annotations

from dataclasses import replace

from newsweave.model import Statement
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.records import Figure, Story
from newsweave.summarise import summarise
from newsweave.summarise.extractive import HOLDING, is_candidate, rank_candidates, with_quotes_closed, without_dateline
from newsweave.summarise.facts import agreed_sentence, dispute_sentence, spread_sentence
from tests.reconcile.test_figure_groups import article, claim

NYT = (
    "LONDON — At least seven people were killed and dozens more were injured when a tram derailed near London on "
    "Wednesday, the British police and emergency services said, and the driver of the tram has been arrested."
)  # 189af426dcbd
TFL = (
    "A Transport for London spokesman said: “We are currently working with the emergency services following a "
    "derailment involving a tram in Croydon."
)  # 071e141c2165, a quote going on in the next paragraph
TFL_NEXT = "“There is currently no service on the tram between Reeves Corner and Addington Village / Harrington Road.”"
BTP = (
    'A British Transport Police spokesman said: "We are currently on scene at a major incident at Sandilands tram '
    'stop in Croydon."'
)
INDEPENDENT = "At least five people are dead after a tram overturned in Croydon, south London."  # f5f5577d9812
BBC = "Seven people have died and dozens more have been injured after a tram overturned in London."  # ccd46d779349
GUARDIAN = (
    "At least seven people have been killed and more than 50 taken to hospital after a tram, believed to have been "
    "going too fast, crashed in south London on Wednesday morning."
)  # 4032070b93a3


def _statement(text: str, article_id: str, start: int = 0) -> Statement:
    return Statement(article=article_id, start=start, end=start + len(text), text=text)


def test_a_place_dateline_is_cut_from_the_summary_sentence():
    assert without_dateline(NYT).startswith("At least seven people were killed")
    assert without_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.") == "The Senate voted on Tuesday."
    assert without_dateline("SEOUL, South Korea — North Korea fired a missile.") == "North Korea fired a missile."
    assert without_dateline("Mr Smith — a driver — said so.") == "Mr Smith — a driver — said so."
    articles = [article("nyt", NYT, "2016-11-09", "nytimes.com")]
    story = Story(id="s1", title="t", articles=["nyt"])
    lead = summarise(story, articles, [_statement(NYT, "nyt")])[0]
    assert lead.text.startswith("At least seven") and lead.sentences[0].start == NYT.index("At least")


def test_a_sentence_never_leaves_a_quotation_mark_open():
    assert not is_candidate(_statement(TFL, "std"), None)
    # the quote's next sentence closes it: taken whole, it is a candidate
    joined = with_quotes_closed([_statement(TFL, "std"), _statement(TFL_NEXT, "std", len(TFL) + 1)])
    assert joined[0].text.endswith("Harrington Road.”") and joined[0].end == len(TFL) + 1 + len(TFL_NEXT)
    assert is_candidate(joined[0], None) and len(joined) == 2
    # another article's sentence does not close it
    alone = with_quotes_closed([_statement(TFL, "std"), _statement(TFL_NEXT, "bbc", len(TFL) + 1)])
    assert not is_candidate(alone[0], None)


def test_a_holding_statement_ranks_below_the_facts():
    assert HOLDING.search(TFL) and HOLDING.search(BTP)
    assert not any(HOLDING.search(t) for t in (NYT, INDEPENDENT, BBC, GUARDIAN))
    texts = [("std", BTP), ("bbc", BBC), ("gdn", GUARDIAN)]
    articles = [article(i, t, "2016-11-09", i) for i, t in texts]
    candidates, _ = rank_candidates([_statement(t, i) for i, t in texts], articles)
    score = {c.statement.article: c.score for c in candidates}
    assert score["std"] < min(score["bbc"], score["gdn"])


def test_a_toll_given_with_different_values_names_who_gives_which():
    texts = [("independent", INDEPENDENT), ("bbc", BBC), ("guardian", GUARDIAN)]
    claims = [
        claim("independent", 5, INDEPENDENT, "people dead", qualifier="at_least", at="five"),
        claim("bbc", 7, BBC, "people died", at="Seven"),
        claim("guardian", 7, GUARDIAN, "people killed", qualifier="at_least", at="seven"),
    ]
    articles = [article(i, t, "2016-11-09", i) for i, t in texts]
    view = SourceView({a.id: a for a in articles}, {})
    groups = group_figures(claims, "s1", articles)
    figure = next(g.figure(view) for g in groups if len(g.claims) == 3)
    side_of = {c.id: view.side(c) for c in claims}
    text = spread_sentence(figure, {c.id: c for c in claims}, side_of).text
    assert "at least 5 (independent)" in text and "7 (" in text and "bbc" in text and "guardian" in text
    agreed = replace(figure, status="agreed")  # as the groups of the Croydon brief have it
    story = Story(id="s1", title="t", articles=[a.id for a in articles], claims=claims, figures=[agreed])
    summary = summarise(story, articles, [_statement(t, i) for i, t in texts])
    assert any(s.kind == "agreed" and s.text.startswith("Reports give the number of") for s in summary)


def test_a_disputed_age_gives_each_value_once_with_whoever_gives_it():
    # news-threads harambe: "Reports differ on the number of boy: 3 year of age (...); 3 year of age (...); ..."
    texts = [
        ("npr", "After a 3-year-old boy slipped into the gorilla enclosure on a crowded Saturday at the Cincinnati "
                "Zoo, a security team shot and killed a 17-year-old gorilla."),  # dd06e8a0cdc3
        ("sun", "THIS is the dramatic moment the mother of a three-year-old boy calls for help after her son fell "
                "into the gorilla enclosure at Cincinnati Zoo."),  # a84cfd5b897f
        ("rt", "A male gorilla in the Cincinnati Zoo was killed after a 4-year-old boy fell into the exhibit moat."),
        ("mail", "A zoo shot and killed a 17-year-old gorilla that grabbed and dragged a four-year-old boy who fell "
                 "into the its enclosure on Saturday afternoon."),  # 26a9388ddd4e
    ]  # fmt: skip
    ats = {"npr": "3-year-old", "sun": "three-year-old", "rt": "4-year-old", "mail": "four-year-old"}
    claims = [
        claim(i, 3 if ats[i][0] in "3t" else 4, t, "boy", unit="year of age", kind="measure", at=ats[i])
        for i, t in texts
    ]
    articles = [article(i, t, "2016-05-30", i) for i, t in texts]
    view = SourceView({a.id: a for a in articles}, {})
    [figure] = [g.figure(view) for g in group_figures(claims, "s1", articles) if len(g.claims) == 4]
    disputed = replace(figure, status="disputed")
    text = dispute_sentence(disputed, {c.id: c for c in claims}, {c.id: view.side(c) for c in claims}).text
    assert text == "Reports differ on the boy's age: 3 (npr; sun); 4 (mail; rt)."


def test_one_weight_in_two_units_is_agreed_in_both_not_as_a_range():
    # news-threads harambe: "Reports agree on the number of gorilla: 181 pound-mass to 400 pound-mass"
    rt = "The 181-kg gorilla picked the boy up, as the video showed, and dragged him for at least 10 minutes."
    cd = (
        'A Facebook page titled "Justice for Harambe" had more than 3,000 likes by Sunday afternoon, a day after '
        "the 400-pound (181-kg) gorilla was shot dead about 10 minutes after encountering and dragging the child."
    )
    claims = [
        claim("rt", 181, rt, "gorilla", unit="kilogram", kind="quantity", at="181-kg"),
        claim("cd", 400, cd, "gorilla", unit="pound-mass", kind="quantity", at="400-pound"),
        claim("cd", 181, cd, "gorilla", unit="kilogram", kind="quantity", at="181-kg"),
    ]
    figure = Figure(id="s1:f0", about="gorilla", values=[181.0, 400.0], low=181.0, high=400.0, status="agreed",
                    unit="pound-mass", kind="quantity", claims=[c.id for c in claims])  # fmt: skip
    text = agreed_sentence(figure, {c.id: c for c in claims}).text
    assert text.startswith("Reports agree on the figure for gorilla: 400 pounds or 181 kilograms (")


def test_a_straight_mark_closes_a_curly_quote():
    # USA Today on the South Dakota meth slogan (gold meth): one quote opened curly and closed straight
    mixed = (
        'So many people were talking about South Dakota’s odd new slogan that the state and “We’re On It" became '
        "top Twitter trends."
    )
    assert is_candidate(_statement(mixed, "usa"), None)


def test_a_quote_reopened_by_its_next_paragraph_is_still_open():
    # BBC sport (UK Athletics and adidas): the quote's second part opens again and closes a sentence later
    said = (
        'UK Athletics chief David Moorcroft said: "The Athens experience can now be extended to more major '
        "championships."
    )
    going_on = '"In the year ahead these include the European indoor and World outdoor championships.'
    statements = [_statement(t, "bbc", 200 * n) for n, t in enumerate((said, going_on, 'We are delighted."'))]
    assert not is_candidate(with_quotes_closed(statements[:2])[0], None)
    whole = with_quotes_closed(statements)[0]
    assert whole.text.endswith('outdoor championships. We are delighted."') and is_candidate(whole, None)


def test_the_candidates_are_the_whole_sentences_with_their_quotes_closed():
    # the pool holds every whole sentence as written; TfL's quote is a candidate taken with its next paragraph,
    # which alone is someone's words; the two reports' sentences are candidates as they are
    statements = [
        _statement(TFL, "std"),
        _statement(TFL_NEXT, "std", len(TFL) + 1),
        _statement(GUARDIAN, "gdn"),
        _statement(BBC, "bbc"),
    ]
    texts = [("std", f"{TFL} {TFL_NEXT}"), ("gdn", GUARDIAN), ("bbc", BBC)]
    candidates, similarity = rank_candidates(statements, [article(i, t, "2016-11-09", i) for i, t in texts])
    assert [(c.statement.article, c.statement.start, c.statement.end) for c in candidates] == [
        ("std", 0, len(TFL) + 1 + len(TFL_NEXT)),
        ("gdn", 0, len(GUARDIAN)),
        ("bbc", 0, len(BBC)),
    ]
    assert candidates[0].statement.text == f"{TFL} {TFL_NEXT}" and similarity.shape == (3, 3)
