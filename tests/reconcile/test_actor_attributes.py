"""One person given two ages or two home places by two reports (issue 14, part 3: attributes of one actor).

Real sentences of BBC news (the Guantanamo detainee Martin Mubanga; the sprinter Katerina Thanou); the place
clash is written on the pattern of a BBC sentence ("Abbasi, 23, from Croydon").
"""

from __future__ import annotations

from newsweave.model import Article, Statement
from newsweave.reconcile.actor_attributes import attribute_contradictions, containment
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import StoryEntity

MUBANGA_065 = "Mr Mubanga, 29, from north London, was originally detained in Zambia."
MUBANGA_100 = (
    "Mr Mubanga, 32, from Wembley, London, said he was brutally interrogated and daubed with urine at the camp."
)
PLACES = [
    StoryEntity(f"g{i}", name, "GPE") for i, name in enumerate(["London", "Wembley", "Zambia", "Croydon", "Leeds"])
]
MUBANGA = StoryEntity("p1", "Martin Mubanga", "PERSON", aliases=["Martin Mubanga", "Mubanga"])


def _found(sentences: list[tuple[str, str, str | None]], person: StoryEntity):
    articles = {a: Article(id=a, text=text, published=day) for a, text, day in sentences}
    statements = [Statement(article=a, start=0, end=len(text), text=text) for a, text, _ in sentences]
    return attribute_contradictions(statements, SourceView(articles, {}), [person, *PLACES])


def test_two_ages_of_one_person_are_a_contradiction_and_a_place_inside_another_is_none():
    """BBC politics 065 and 100: Mubanga is 29 in one report and 32 in the other; "north London" and "Wembley,
    London" are one place (the story says Wembley lies in London)."""
    [conflict] = _found([("065", MUBANGA_065, None), ("100", MUBANGA_100, None)], MUBANGA)
    assert (conflict.kind, conflict.severity, conflict.about) == ("age", "major", "Martin Mubanga's age")
    assert [(s.article, s.value) for s in conflict.sides] == [("065", "29"), ("100", "32")]
    statements = [Statement("100", 0, len(MUBANGA_100), MUBANGA_100)]
    assert containment(statements, {"London", "Wembley"}) == {("Wembley", "London")}


def test_ages_a_year_apart_are_minor_and_reports_a_year_apart_are_not_compared():
    """BBC sport 051 and 016: Thanou is 29 in one report, 30 in another (a birthday between them, maybe)."""
    thanou = StoryEntity("p2", "Katerina Thanou", "PERSON", aliases=["Katerina Thanou", "Thanou"])
    early = (
        "Kenteris, 31, won gold in the 200m at the Sydney Olympics in 2000, where Thanou, 29, won silver in the 100m."
    )
    late = (
        "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the women's "
        "100m silver medal in Sydney, face a maximum two-year ban if found guilty."
    )
    [conflict] = _found([("051", early, None), ("016", late, None)], thanou)
    assert (conflict.kind, conflict.severity) == ("age", "minor")
    assert _found([("051", early, "2004-08-20"), ("016", late, "2005-09-01")], thanou) == []


def test_two_home_places_neither_inside_the_other_are_a_contradiction():
    """Croydon and Leeds: no sentence of the story puts one inside the other."""
    abbasi = StoryEntity("p3", "Ahmed Abbasi", "PERSON", aliases=["Abbasi"])
    one = "Abbasi, 23, from Croydon, was arrested on Monday."
    other = "Abbasi, 23, from Leeds, denies the charges."
    [conflict] = _found([("a", one, None), ("b", other, None)], abbasi)
    assert (conflict.kind, conflict.about) == ("place", "where Ahmed Abbasi is from")
    assert sorted(s.value for s in conflict.sides) == ["Croydon", "Leeds"]
