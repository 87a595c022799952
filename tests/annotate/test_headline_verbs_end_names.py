"""A headline capitalises the verb after a name ("Donald Trump Is Right"); no name holds "Is", so the name ends
before it: PolNeAR dev breitbart_2016-09-29, whose actor was "Donald Trump Is Right"."""

from __future__ import annotations

from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text

POLITIFACT = (  # its headline and first two paragraphs
    "Politifact: Donald Trump Is Right, \u2018Thousands of Shootings\u2019 in Chicago this Year.\n\n"
    "Following Monday\u2019s presidential debate Politifact did a fact-check on Donald Trump\u2019s claim that there "
    "have been \u201cthousands of shootings\u201d in gun-controlled Chicago this year alone. On September 27 they "
    "published the results of their check by announcing that Trump\u2019s statement was \u201ctrue.\u201d\n\n"
    "Trump made this statement during a portion of the debate focused on the racial divide in America."
)


def test_a_capitalised_is_ends_a_name(nlp):
    entities = annotate_text(nlp, POLITIFACT).entities
    assert [(e.name, e.type) for e in entities if "Trump" in e.name] == [
        ("Donald Trump", "PERSON"),
        ("Donald Trump", "ORG"),
    ]
    # the story makes the body "Donald Trump" the person of that name
    assert [(e.name, e.type, e.mentions) for e in merge_entities(entities) if "Trump" in e.name] == [
        ("Donald Trump", "PERSON", 3)
    ]


def test_a_capitalised_noun_after_a_lone_surname_is_no_part_of_the_name(nlp):
    # PolNeAR dev nyt_2016-09-19 (obama sees personal insult): its video line made the actor "Obama Speech"
    text = (
        "Mr. Obama has previously made the case for Mrs. Clinton during campaign stops and in his speech at the "
        "Democratic National Convention.\n\n"
        "[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC (9/17/16) Watch on "
        "YouTube.]"
    )
    obama = [
        (e.name, e.type, e.titles, len(e.mentions)) for e in annotate_text(nlp, text).entities if "Obama" in e.name
    ]
    assert obama == [("Obama", "PERSON", ["Mr."], 2)]
