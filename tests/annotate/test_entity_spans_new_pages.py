"""Entity extents and labels on the issue-12 audit pages: the real sentences that made wrong speakers."""

from __future__ import annotations

from tests.conftest import annotate_text


def _entities(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in annotate_text(nlp, text).entities}


def test_a_demonym_tagged_as_an_organisation_is_a_nationality(nlp):
    # benchmark page 7916ecca: the model tags "The Afghan" and "Taliban" as two organisations
    text = (
        "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, which it said "
        "crashed in Logar province south of the capital Kabul."
    )
    entities = _entities(nlp, text)
    assert entities.get("Taliban") == "ORG" and entities.get("Afghan") == "NORP"


def test_an_office_keeps_its_for_phrase(nlp):
    # benchmark page 833caf3b: the model tags only "The United Nations"
    text = (
        'The United Nations High Commissioner for Human Rights said the US decision did "not modify existing '
        'international law, nor its interpretation by the International Court of Justice and the UN Security Council".'
    )
    assert _entities(nlp, text).get("United Nations High Commissioner for Human Rights") == "ORG"


def test_a_possessive_owner_before_an_institution_is_part_of_its_name(nlp):
    # benchmark page d0382c0d (sentence completed: the page breaks it at "Oct.")
    text = (
        "The California Governor's Office of Emergency Services said in an Oct. 29 statement that the fire was "
        "contained."
    )
    assert _entities(nlp, text).get("California Governor's Office of Emergency Services") == "ORG"


def test_the_object_of_an_office_is_no_given_name(nlp):
    # benchmark page c7e39ac4: "Public Prosecution" is the office's, not part of her name
    text = (
        'Deputy Director of Public Prosecution Eva-Marie Persson took the decision to "discontinue the investigation '
        'regarding Julian Assange", the Swedish Prosecution Authority said.'
    )
    entities = _entities(nlp, text)
    assert entities.get("Eva-Marie Persson") == "PERSON"
    assert not any("Prosecution Eva" in name for name in entities)


def test_an_age_after_a_name_is_no_part_of_it(nlp):
    # benchmark page 961bd85c: the model tags "Ryan S. Hollman 31" (the comma before the age is missing)
    text = (
        "While speaking to Blair and his passengers, Ryan S. Hollman 31, of Hope and Victor N. Burton, 57, of 3170 "
        "W. County Road 600S, a Bartholomew County Sheriff\u2019s Department canine was requested and later alerted to "
        "the odor of narcotics inside the vehicle, Harris said."
    )
    entities = _entities(nlp, text)
    assert entities.get("Ryan S. Hollman") == "PERSON" and "Ryan S. Hollman 31" not in entities


def test_a_word_tagged_now_a_person_now_an_unknown_place_is_an_organisation(nlp):
    # benchmark page c7e39ac4: "Wikileaks" tagged a place before "co-founder" and a person before "welcomed"
    text = (
        "Prosecutors in Sweden have dropped an investigation into a rape allegation made against Wikileaks co-founder "
        "Julian Assange in 2010. There was no immediate comment from Assange but Wikileaks welcomed the Swedish move "
        "to drop the investigation."
    )
    entities = _entities(nlp, text)
    assert entities.get("Wikileaks") == "ORG" and entities.get("Julian Assange") == "PERSON"


def test_a_word_only_ever_modifying_a_common_word_is_no_person(nlp):
    # benchmark page e7994d55 (AP on the UK election), two of its sentences: the model tags "Brexit" a person
    text = (
        "The video had been altered to show Starmer failing to answer a question about Brexit, when, in fact, he "
        "responded quickly. His refusal to say which side he would be on in a Brexit referendum was also met with "
        "hoots of laughter."
    )
    entities = _entities(nlp, text)
    assert "Brexit" not in entities and entities.get("Starmer") == "PERSON"
