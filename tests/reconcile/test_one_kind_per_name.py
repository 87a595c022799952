"""A name a story still types as two kinds of thing takes the kind most of its mentions have, so that it is one
actor: the news-threads stories of Uma Thurman's Kill Bill crash and of the Croydon tram crash."""

from __future__ import annotations

from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text


def _story(nlp, *texts: str):
    entities = [e for i, t in enumerate(texts) for e in annotate_text(nlp, t, article_id=f"a{i}").entities]
    return merge_entities(entities)


def test_a_person_tagged_a_place_once_is_the_person(nlp):
    # news-threads 6979720e (BBC): "allowing Uma Thurman to drive" a place; 2dc293a3 names her a person twice
    tagged_place = (
        "Quentin Tarantino has said allowing Uma Thurman to drive a car that crashed on the set of 2003 film Kill "
        'Bill is "one of the biggest regrets of my life".'
    )
    as_person = (
        "Quentin Tarantino has finally responded to Uma Thurman\u2019s New York Times profile, in which the actress "
        "revealed Harvey Weinstein sexually harassed her after the making of \u201cPulp Fiction\u201d and spoke "
        "about the abusive production of \u201cKill Bill\u201d under his direction. In an extensive interview with "
        "Deadline, Tarantino tells all about his version of the events, including the parts of the New York Times "
        "story where it mentions he choked and spit on Thurman during takes of \u201cKill Bill.\u201d"
    )
    thurman = [(e.type, e.articles, e.mentions) for e in _story(nlp, tagged_place, as_person) if "Thurman" in e.name]
    assert thurman == [("PERSON", ["a0", "a1"], 3)]
