"""Names spaCy tags a person that the parse around them makes a team, a place or no actor, each on the sentence of
the news-threads article that made the wrong actor."""

from __future__ import annotations

from tests.conftest import annotate_text


def _kinds(nlp, text: str) -> dict[str, tuple[str, int]]:
    return {e.name: (e.type, len(e.mentions)) for e in annotate_text(nlp, text).entities}


def test_a_plural_after_the_is_a_team_not_a_person(nlp):
    # news-threads 4439aa79 (Chicago Bears fire coach John Fox)
    text = (
        "Under Fox, the Bears ranked 30th in win percentage (.292 -- only the Browns were worse), T-30th in points "
        "per game (18.3)."
    )
    assert _kinds(nlp, text)["Browns"] == ("ORG", 1)


def test_a_family_in_the_plural_is_left_to_its_people(nlp):
    # PolNeAR dev nyt_2016-09-19 (obama sees personal insult): "the Clintons" beside "Hillary Clinton"
    text = (
        "It is hard for Hillary Clinton to replicate the deep personal affection that many African-Americans feel "
        "for Mr. Obama. Not everyone finds that pitch compelling, especially given that African-Americans have "
        "been such a loyal voting bloc for the Democrats and the Clintons over the years."
    )
    assert _kinds(nlp, text)["Clintons"] == ("PERSON", 1)


def test_where_a_journey_or_a_list_of_places_goes_is_a_place(nlp):
    # news-threads 60c49d75 (SpaceX set to launch world's most powerful rocket), two of its sentences
    text = (
        "He's the lead scientist for NASA's New Horizons spacecraft which made an unprecedented flyby of Pluto and "
        "is now headed to an even smaller, icy world on the fringes of the solar system.\n\n"
        "The rocket can carry 140,660 pounds (63,800 kilograms) of cargo to low-Earth orbit, nearly 60,000 pounds "
        "(26,700 kilograms) to high-Earth orbit, 37,000 pounds (16,800 kilograms) to Mars, or 7,700 pounds (3,500 "
        "kilograms) to Pluto."
    )
    kinds = _kinds(nlp, text)
    assert (kinds["Pluto"], kinds["Mars"]) == (("LOC", 2), ("LOC", 1))


def test_what_a_moment_is_known_as_is_no_actor(nlp):
    # news-threads fc5b5406 (Falcon Heavy launch preview): "Max-Q" a person in all three mentions
    text = (
        "The moment of maximum aerodynamic pressure, known as Max-Q, will be a major stress point.\n\n"
        "\u201cAround Max-Q, that\u2019s where the force on the rocket is the greatest, and that\u2019s possibly "
        "where it could fail as well,\u201d Musk said."
    )
    kinds = _kinds(nlp, text)
    assert "Max-Q" not in kinds and kinds["Musk"] == ("PERSON", 1)


def test_a_plural_whose_singular_the_article_writes_is_a_family(nlp):
    # PolNeAR train breitbart_2016-08-08 (roger stone: don't trust the voting machines), its quote and its
    # "Clinton campaign spokesman": "the Clintons" stay people, no team
    text = (
        "\u201c\u2026 There is evidence that the Clintons not only cheated with the super-delegates, but in States "
        "like Wisconsin and New York and Kentucky there were charges of widespread voter fraud on behalf of Hillary."
        "\u201d\n\nClinton campaign spokesman Brian Fallon responded on Twitter."
    )
    assert _kinds(nlp, text)["Clintons"] == ("PERSON", 1)
