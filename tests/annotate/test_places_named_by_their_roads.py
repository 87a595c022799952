"""A place is no person: the news-threads croydon_tram_trash story typed Bromley, Addiscombe, Reeves Corner and
Ufton Nervet as people. A name with no given name is a place when a place word ends it ("Reeves Corner"), when it
stands after "near", or when a ride or a road leads to it ("a bus to Bromley", "down Elgin Road towards
Addiscombe")."""

from __future__ import annotations

from tests.conftest import annotate_text


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in annotate_text(nlp, text).entities]


def test_a_name_a_bus_goes_to_is_a_place(nlp):
    text = (
        "Miguel John, who was on a bus to Bromley when it stopped by Sandilands tram stop, told the Standard: "
        "\"The road hadn't been shut off yet but emergency services were already at the scene, this would have "
        "been around 6.30am."
    )
    assert _kinds(nlp, text) == [("Miguel John", "PERSON"), ("Bromley", "GPE")]


def test_a_name_a_road_leads_towards_is_a_place(nlp):
    text = (
        "“By this point more emergency services were flooding to the scene and a police car shut off the road with "
        "vehicles being ushered down Elgin Road towards Addiscombe."
    )
    assert _kinds(nlp, text) == [("Elgin Road", "FAC"), ("Addiscombe", "GPE")]


def test_a_name_ending_in_corner_is_a_place(nlp):
    text = (
        "London Tramlink have confirmed no services are operating between Reeves Corner and Addington "
        "Village/Harrington Road."
    )
    assert _kinds(nlp, text) == [
        ("London Tramlink", "ORG"),
        ("Reeves Corner", "GPE"),
        ("Addington Village/Harrington Road", "ORG"),
    ]


def test_a_name_near_which_a_crash_happened_is_a_place(nlp):
    text = (
        "Wednesday’s crash is the worst accident on the rail and tram networks since 2004, when seven people were "
        "killed in a rail crash near Ufton Nervet in Berkshire, when a car driver trying to kill himself caused a "
        "serious accident."
    )
    assert _kinds(nlp, text) == [("Ufton Nervet", "GPE"), ("Berkshire", "GPE")]
