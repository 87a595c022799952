"""Actors' kinds and bounds (round 11), each rule on the news-threads sentence that made the wrong actor: an office
at a body is no body title (Agustín Carstens typed an organisation), a name cut through a parenthesis is no name
(PS4 menu items), a photo agency is no person ("Getty Images"), and a word listed only with organisations is one
("McClatchy")."""

from __future__ import annotations

from newsweave.annotate.name_words import is_body_title
from tests.conftest import annotate_text


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in annotate_text(nlp, text).entities]


def test_an_office_at_a_bank_is_a_persons_title_not_a_body_title(nlp):
    # news-threads, bitcoin story: "Carstens, a former governor of Mexico's central bank" made him an organisation
    text = (
        "The new head of the Bank for International Settlements, Agustín Carstens, also said bitcoin threatened to "
        "undermine public trust in central banks.\n"
        "Carstens, a former governor of Mexico’s central bank, said that despite the risks, there was value in the "
        "technology."
    )
    assert _kinds(nlp, text) == [
        ("Bank for International Settlements", "ORG"),
        ("Agustín Carstens", "PERSON"),
        ("Mexico", "GPE"),
    ]


def test_a_body_title_is_read_by_its_head_noun():
    assert is_body_title("Panamanian law firm")
    assert is_body_title("German daily")
    assert not is_body_title("former governor of Mexico’s central bank")
    assert not is_body_title("new head of the Bank for International Settlements")
    # PolNeAR, nyt 2016-08-01 "With Ailes Out, and Murdoch In": a relative clause read as Roger Ailes's title
    assert not is_body_title(
        "who built a conservative-leaning network from scratch and enforced its philosophy without compromise"
    )


def test_a_person_a_relative_clause_describes_by_a_network_stays_a_person(nlp):
    # PolNeAR, nyt 2016-08-01: "the one who built a conservative-leaning network" made Roger Ailes a body
    text = (
        "One important thing has been lost in all of the obituaries of Roger Ailes's career at Fox News. The Roger "
        "Ailes we know, the one who built a conservative-leaning network from scratch and enforced its philosophy "
        "without compromise, would not exist if not for his corporate patron, Rupert Murdoch.\n\n"
        "Without Mr. Murdoch's nearly unconditional support, Mr. Ailes would never have been able to make Fox News "
        "the political-media earthmover it became."
    )
    assert [(name, kind) for name, kind in _kinds(nlp, text) if "Ailes" in name] == [("Roger Ailes", "PERSON")]


def test_a_name_cut_through_a_parenthesis_is_no_actor(nlp):
    # news-threads, PS4 update 5.50 story: the patch notes' "Select (Follow)" made an organisation "Select (Follow"
    text = (
        "• You can now follow anyone, not just verified accounts. Select (Follow) on a person’s profile screen, and "
        "their activities appear in your feed."
    )
    assert _kinds(nlp, text) == []


def test_a_photo_agencys_credit_read_as_a_person_is_no_actor(nlp):
    # news-threads, Croydon tram story: a gallery's credit "Carl Court/Getty Images 3/8" made a person "Getty Images"
    text = (
        "Police officers walk the site where the tram overturned Carl Court/Getty Images 3/8 Emergency services were "
        "called to the scene just after 6am"
    )
    assert [name for name, _ in _kinds(nlp, text)] == ["Carl Court"]


def test_a_character_played_by_a_person_is_not_listed_as_an_organisation(nlp):
    # news-threads, Super Bowl trailers story: "Iron Man" and "Spider-Man" read as organisations beside "Thor"
    text = (
        "The trailer features more than 20 superhuman characters, including Iron Man (Robert Downey Jr.), "
        "Spider-Man (Tom Holland) and Thor (Chris Hemsworth), all of whom have headlined their own standalone films."
    )
    assert ("Thor", "PERSON") in _kinds(nlp, text)


def test_a_word_listed_with_organisations_is_an_organisation(nlp):
    # news-threads, Panama Papers story: "the BBC The Guardian and McClatchy" made a person "McClatchy"
    text = "Media organisations that reported on the documents include the BBC, The Guardian and McClatchy."
    assert _kinds(nlp, text) == [("BBC", "ORG"), ("Guardian", "ORG"), ("McClatchy", "ORG")]


def test_a_role_in_capitals_before_a_name_is_the_persons_title_not_a_given_name(nlp):
    # news-threads, Croydon tram story (BBC): "Croydon Central MP Gavin Barwell" made a person "MP Gavin Barwell"
    text = (
        "The incident happened just after 06:00 GMT\nCroydon Central MP Gavin Barwell said his friend was on the tram."
    )
    people = [e for e in annotate_text(nlp, text).entities if e.type == "PERSON"]
    assert [(p.name, p.titles) for p in people] == [("Gavin Barwell", ["Croydon Central MP"])]
