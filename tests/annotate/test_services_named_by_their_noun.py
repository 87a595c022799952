"""An online service is no person: the news-threads chrissy_teigen story typed Flightradar as one. A company's or
a service's noun written before a one-word name ("the global flight-tracking service Flightradar") makes it a body
in the whole article ("Flightradar found that ...")."""

from __future__ import annotations

from tests.conftest import annotate_text


def test_a_name_after_a_service_noun_is_a_body_in_the_whole_article(nlp):
    text = (
        "“It happens more often than people think,” said Ian Petchenik, a spokesman for the global flight-tracking "
        "service Flightradar.\n"
        "In the last 24 hours, Flightradar found that 10 flights (of about 150,000) had returned to their origin, "
        "for reasons including mechanical issues, weather, a disabled aircraft at the destination airport and, of "
        "course, a confused passenger."
    )
    assert [(e.name, e.type) for e in annotate_text(nlp, text).entities] == [
        ("Ian Petchenik", "PERSON"),
        ("Flightradar", "ORG"),
    ]
