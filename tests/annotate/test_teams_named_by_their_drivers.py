"""A team is no person: the news-threads f1_crash story typed Sauber, Williams and McLaren as people. The words
around one mention say it is a team or its car: a possessive pronoun before it ("in his McLaren"), a driver it
has ("the Williams driver", "Williams' veteran driver Felipe Massa"), a person's full name it owns ("Sauber's
Marcus Ericsson"), a member of it ("a member of Sauber")."""

from __future__ import annotations

from tests.conftest import annotate_text


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in annotate_text(nlp, text).entities]


def test_a_name_after_a_possessive_pronoun_is_a_car_not_a_person(nlp):
    # news-threads f1_crash: "MILKFLOAT: Jenson Button had a miserable afternoon in his McLaren."
    text = "MILKFLOAT: Jenson Button had a miserable afternoon in his McLaren."
    assert _kinds(nlp, text) == [("MILKFLOAT", "ORG"), ("Jenson Button", "PERSON"), ("McLaren", "ORG")]


def test_a_name_owning_a_drivers_full_name_is_his_team(nlp):
    # news-threads f1_crash: the model tags "Marcus Ericsson" a building here, and "Sauber" a person
    text = (
        "Raikkonen lost control of his Ferrari as the race re-started following an earlier shunt involving "
        "Sauber's Marcus Ericsson."
    )
    assert _kinds(nlp, text) == [
        ("Raikkonen", "ORG"),
        ("Ferrari", "ORG"),
        ("Sauber", "ORG"),
        ("Marcus Ericsson", "PERSON"),
    ]


def test_a_team_with_a_driver_and_a_member_is_a_body_in_the_whole_article(nlp):
    # news-threads f1_crash, the AP report of Massa's last race at Interlagos
    text = (
        "SAO PAULO (AP) — Williams' veteran driver Felipe Massa failed to finish his last race in front of his home "
        "crowd at Interlagos on Sunday, but he still earned a warm and emotional goodbye.\n"
        "Massa's F1 career began in 2002 as a member of Sauber.\n"
        "Massa joined Williams in 2014."
    )
    assert _kinds(nlp, text) == [
        ("SAO", "ORG"),
        ("AP", "ORG"),
        ("Williams", "ORG"),
        ("Felipe Massa", "PERSON"),
        ("Interlagos", "GPE"),
        ("F1", "ORG"),
        ("Sauber", "ORG"),
    ]


def test_a_person_owning_a_party_stays_a_person(nlp):
    # news-threads berlin safe zone story: "Christian" opens the party's name, not a person's
    text = (
        "Both the SPD and Merkel's Christian Democrats worry that a repeat of attacks on the scale of those that "
        "happened in Cologne two years ago could politically benefit the right-wing AfD party."
    )
    assert _kinds(nlp, text) == [
        ("SPD", "ORG"),
        ("Merkel", "PERSON"),
        ("Christian", "NORP"),
        ("Democrats", "NORP"),
        ("Cologne", "GPE"),
        ("AfD", "ORG"),
    ]
