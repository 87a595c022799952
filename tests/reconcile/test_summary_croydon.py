"""The summary on the Croydon tram derailment (news-threads croydon_tram_trash, issue 14 part 3): a dateline
is no part of a sentence, no sentence leaves a quote open, a holding statement ranks low, and a toll the
reports give with different values names who gives which. The articles' own sentences."""

from __future__ import annotations

from dataclasses import replace

from newsweave.model import Statement
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.records import Story
from newsweave.summarise import summarise
from newsweave.summarise.extractive import HOLDING, is_candidate, rank_candidates, with_quotes_closed, without_dateline
from newsweave.summarise.facts import spread_sentence
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
