"""Actors of the audited news-threads and PolNeAR stories (round 10): each rule on the sentences of the article
that made the wrong actor, asserting the story's actor."""

from __future__ import annotations

from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text


def _story(nlp, *texts: str):
    entities = [e for i, t in enumerate(texts) for e in annotate_text(nlp, t, article_id=f"a{i}").entities]
    return merge_entities(entities)


def test_a_body_written_once_as_a_person_stays_one_body(nlp):
    # news-threads 2be5c33e7ffc (super bowl ads): "Ram Trucks" a person in the heading and "the Ram Trucks ad",
    # a body in "the ad for Ram Trucks": one ORG, not a body and a person
    text = (
        "Jurassic Park actor Jeff Goldblum faced off against a T-Rex to promote Jeep's Wrangler.\n\n"
        "Ram Trucks causes outrage\n\n"
        "Viewers were left angry after seeing the Ram Trucks ad given it incorporated Martin Luther King Jr.\n\n"
        "King's voice rings out as the ad for Ram Trucks shows a series of ordinary people in acts of love. In his "
        "speech, King called on people to show greatness through kindness and service. The point? Ram's tagline: "
        "'Built To Serve.'"
    )
    ram = [(e.type, e.name, e.mentions) for e in _story(nlp, text) if "Ram" in e.name]
    assert ram == [("ORG", "Ram Trucks", 4)]
