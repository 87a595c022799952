"""The reconciled story on the kursk example: merged actors, the disputed figure, the contradiction."""

from __future__ import annotations

from newsweave.model import Entity
from newsweave.reconcile.entities import merge_entities


def _story(brief):
    [story] = brief["stories"]
    return story


def _entity(story, alias):
    found = [e for e in story["entities"] if alias in e["aliases"]]
    assert len(found) == 1, (alias, found)
    return found[0]


def test_spellings_of_one_person_are_one_entity(kursk_brief):
    zelensky = _entity(_story(kursk_brief), "Zelensky")
    assert {"Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= set(zelensky["aliases"])
    assert len(zelensky["articles"]) == 5


def test_capitals_speaking_for_their_country_join_it_and_the_koreas_stay_apart(kursk_brief):
    story = _story(kursk_brief)
    north = _entity(story, "Pyongyang")
    assert north["name"] == "North Korea" and "South Korea" not in north["aliases"]
    assert _entity(story, "Seoul")["name"] == "South Korea"
    assert {"U.S.", "Washington"} <= set(_entity(story, "United States")["aliases"])


def test_merge_by_name_structure_not_by_list():
    def person(name, article):
        return Entity(
            id=f"{article}:{name}", article=article, name=name, type="PERSON", aliases=[name], mentions=[(0, 1)]
        )

    merged = merge_entities(
        [person("Volodymyr Zelenskiy", "a"), person("Zelensky", "b"), person("Kim Jong-un", "c"), person("Kim", "d")]
    )
    names = {e.name: set(e.aliases) for e in merged}
    assert names["Volodymyr Zelenskiy"] == {"Volodymyr Zelenskiy", "Zelensky"}
    assert "Kim Jong-un" in names


def test_the_disputed_troop_figure_shows_who_says_what(kursk_brief):
    story = _story(kursk_brief)
    troops = max(story["figures"], key=lambda f: len(f["claims"]))
    assert troops["status"] == "disputed"
    assert {8000, 10000, 11000, 12000} <= set(troops["values"])
    by = troops["by_affiliation"]
    assert by["United States"] == [8000] and by["South Korea"] == [10000, 11000] and by["Ukraine"] == [12000]
    others = {f["about"] for f in story["figures"] if f is not troops}
    assert {"officers", "generals", "troops killed in action"} <= others


def test_the_combat_contradiction_is_found_and_may_be_one_of_time(kursk_brief):
    story = _story(kursk_brief)
    match = [
        c
        for c in story["contradictions"]
        if any("had yet to participate in active combat" in s["sentence"] for s in c["sides"])
        and any("engaged in their first direct combat" in s["sentence"] for s in c["sides"])
    ]
    assert match and match[0]["may_be_time"]


def test_every_summary_sentence_cites_an_article_and_links_to_a_sentence(kursk_brief):
    story = _story(kursk_brief)
    texts = {a["id"]: a["text"] for a in kursk_brief["articles"]}
    assert 3 <= len(story["summary"]) <= 10
    for item in story["summary"]:
        assert item["articles"] and set(item["articles"]) <= set(story["articles"])
        for sentence in item["sentences"]:
            assert texts[sentence["article"]][sentence["start"] : sentence["end"]].strip()


def test_every_figure_and_quote_points_at_its_exact_text(kursk_brief):
    story = _story(kursk_brief)
    texts = {a["id"]: a["text"] for a in kursk_brief["articles"]}
    for claim in story["claims"]:
        span = texts[claim["article"]][claim["start"] : claim["end"]]
        assert span and span in claim["sentence"]
    for quote in story["quotes"]:
        assert texts[quote["article"]][quote["start"] : quote["end"]] == quote["text"]


def test_one_amount_named_differently_by_each_report_is_one_figure(nlp):
    """Three US outlets on South Dakota's anti-meth campaign (article-extraction benchmark pages)."""
    from newsweave.reconcile.figures import group_figures, source_view
    from tests.conftest import annotate_text

    sentences = [
        "The campaign, which includes both digital and TV ads, cost the state roughly $449,000, "
        "according to the Sioux Falls Argus Leader.",
        "The report says the Minneapolis ad agency Broadhead Co. came up with the campaign, and the state has "
        "paid the agency nearly $449,000 so far this year.",
        "The state's Department of Social Services paid a Minnesota ad agency just short of $449,000 this fall "
        "for their work on the campaign.",
    ]
    claims = [c for i, text in enumerate(sentences) for c in annotate_text(nlp, text, article_id=f"a{i}").claims]
    [money] = [g for g in group_figures(claims) if g.claims[0].unit == "USD"]
    assert len(money.claims) == 3 and money.values == [449000] and money.figure(source_view([])).status == "agreed"
    assert {c.qualifier for c in money.claims} == {"approximately", "under"}


def test_figures_and_people_of_an_off_story_passage_are_not_the_storys(nlp):
    from newsweave.annotate import annotate
    from newsweave.model import Article
    from newsweave.reconcile.story import assemble_story

    story = (
        "Officials in Lima said 12 people were killed when a bus fell into a ravine on Monday.\n\n"
        "Rescuers worked through the night, the police chief Ana Torres said.\n\n"
    )
    digest = "In other news, Apple said it sold 40 million phones in Brazil last quarter, Tim Cook said."
    article = Article(id="a", text=story + digest)
    article.off_story = [(len(story), len(article.text))]
    [found] = annotate([article], nlp)
    assert any(c.value == 40_000_000 for c in found.claims)  # extracted from the text as it stands
    assembled = assemble_story("s1", [article], [found])
    assert [c.value for c in assembled.claims] == [12]
    assert not any("Cook" in e.name for e in assembled.entities)
