"""A rocket is no person: the news-threads First_Falcon_Heavy_launch story typed Saturn as one ("the Saturn V").
A name with no given name followed by a capital letter or a Roman numeral that is no initial is a product's model;
a king's numeral follows a given name ("Henry VIII")."""

from __future__ import annotations

from tests.conftest import annotate_text


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in annotate_text(nlp, text).entities]


def test_a_name_with_a_model_letter_is_a_product(nlp):
    text = (
        "Five years behind schedule, the Falcon Heavy is now poised to take off, standing over 200 feet tall on a "
        "historic launch pad, used by the Saturn V rocket and the Apollo 11 astronauts, at NASA's Kennedy Space "
        "Center in Florida."
    )
    assert _kinds(nlp, text) == [
        ("Falcon Heavy", "ORG"),
        ("Saturn V", "ORG"),
        ("Apollo", "ORG"),
        ("NASA", "ORG"),
        ("Kennedy Space Center", "FAC"),
        ("Florida", "GPE"),
    ]


def test_a_model_letter_as_a_subject_is_still_a_product(nlp):
    text = (
        "It’s location at Kennedy Space Center keeps people at least three miles away, a distance determined by "
        "NASA in the 1960s to be safe just in case the Saturn V exploded on the pad."
    )
    assert _kinds(nlp, text) == [("Kennedy Space Center", "FAC"), ("NASA", "ORG"), ("Saturn V", "ORG")]
