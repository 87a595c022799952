"""A given name and a surname the model tags an organisation, set in apposition to a business person's noun ("the
chief executive of ...", "a wealthy ... businessman"), are a person's name: PolNeAR dev, two NYT articles."""

from __future__ import annotations

from tests.conftest import annotate_text


def _kinds(nlp, text: str) -> dict[str, tuple[str, int]]:
    return {e.name: (e.type, len(e.mentions)) for e in annotate_text(nlp, text).entities}


def test_a_chief_executive_in_apposition_is_a_person(nlp):
    # nyt_2016-09-19 (old hands help russia navigate us media)
    text = (
        "John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's Russia Today "
        "programming, which is also streamed on Hulu and Ora's site -- told me, ''We're a content provider; we're "
        "doing business with people who want and value our content.''"
    )
    assert _kinds(nlp, text)["John Dickey"] == ("PERSON", 1)


def test_a_businessman_in_apposition_is_a_person(nlp):
    # nyt_2016-10-02 (a curious plan to fight climate change)
    text = (
        "Mr. Clarke's first foray into the coal industry came when he took a job in late 2014 with Jim Justice, a "
        "wealthy West Virginia businessman who had built a fortune partly on coal. Mr. Clarke's job was to assist "
        "Mr. Justice and his Southern Coal Corporation in dealing with hundreds of environmental violations at "
        "mines across Appalachia."
    )
    assert _kinds(nlp, text)["Jim Justice"] == ("PERSON", 2)
