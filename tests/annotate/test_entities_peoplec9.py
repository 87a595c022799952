"""Junk and mistyped actors of US political news (round 9, PolNeAR stories in /work/notes/polnear-stories): a word
of an office title, a state's AP abbreviation, a page's section line; each rule on a sentence of the article's
shape."""

from __future__ import annotations

from newsweave.annotate.knowledge import us_state_named
from newsweave.model import Entity
from tests.conftest import annotate_text


def _entities(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in annotate_text(nlp, text).entities}


def test_the_department_of_secretary_of_state_is_no_body(nlp):
    # upi_2015-12-14 (millennial democrats): 'State' ORG from "former Secretary of State Hillary Clinton"
    text = (
        "Around that time, 47 percent said they would vote for former Secretary of State Hillary Clinton, however "
        "this time around that number has dropped."
    )
    names = _entities(nlp, text)
    assert "State" not in names and names["Hillary Clinton"].type == "PERSON"


def test_secretary_of_state_beside_a_state_that_speaks_and_the_state_department(nlp):
    # "Secretary of State John Kerry" is his office; "State said" and "the State Department" stay bodies
    text = (
        "He focused his remarks on the policy failures of Clinton and Secretary of State John Kerry. The State "
        "Department declined to comment. State said nothing."
    )
    names = _entities(nlp, text)
    assert names["State Department"].type == "ORG"
    assert len(names["State"].mentions) == 1  # "State said", not the word of Kerry's office


def test_a_bodys_own_one_word_name_after_a_title_of_is_kept(nlp):
    # only a department's word is an office's: "President of Microsoft" leaves Microsoft a body
    text = "Brad Smith, the President of Microsoft, said the company would appeal. Microsoft declined to comment."
    assert _entities(nlp, text)["Microsoft"].type == "ORG"


def test_a_states_ap_abbreviation_is_the_state(nlp):
    # breitbart_2015-12-13 / upi_2015-12-14 (millennial democrats): 'Fla', 'Mass' stood apart from their states
    text = (
        "In an NBC News poll, Sen. Marco Rubio, R-Fla., was at 10 percent. Clinton ties former Fla. Gov. Jeb Bush "
        "at 41-41. CAMBRIDGE, Mass., Dec. 11 (UPI) -- Young voters in Florida and Massachusetts agree."
    )
    names = _entities(nlp, text)
    assert "Fla" not in names and "Mass" not in names
    assert len(names["Florida"].mentions) >= 2 and "Fla" in names["Florida"].aliases
    assert len(names["Massachusetts"].mentions) == 2


def test_state_abbreviations_table():
    assert us_state_named("Calif.") == "California" and us_state_named("N.J.") == "New Jersey"
    assert us_state_named("D-N.Y.") == "New York" and us_state_named("Mass") == "Massachusetts"
    assert us_state_named("Ga.") is None  # Georgia is also a country
    assert us_state_named("Wash.") is None  # Washington is the United States' seat
    assert us_state_named("Texas") is None


def test_a_section_line_of_the_page_is_no_person(nlp):
    # nyt_2016-02-04 (can the GOP establishment stop Trump): "Obituary." was a PERSON
    text = "Polls miss Trump's fall in Iowa vote\nObituary.\n\nABSTRACT.\n\nDonald J. Trump was at the top of a poll."
    names = _entities(nlp, text)
    assert "Obituary" not in names and names["Donald J. Trump"].type == "PERSON"


def test_a_surname_alone_on_a_line_and_named_again_stays_a_persons_mention(nlp):
    # a name on its own line that the article writes again (a speaker's line) is a mention of that person
    text = "Interview.\n\nSanders.\n\nBernie Sanders said the vote in Wisconsin would be close."
    assert len(_entities(nlp, text)["Bernie Sanders"].mentions) == 2


def test_the_department_after_a_lower_case_title_is_the_offices(nlp):
    # after-rubio story: "Sen. Bernie Sanders has led former secretary of State Hillary Clinton" made 'State' ORG
    text = (
        "Vermont Sen. Bernie Sanders has led former secretary of State Hillary Clinton in just about every poll "
        "this year, usually by double digits."
    )
    names = _entities(nlp, text)
    assert "State" not in names and names["Hillary Clinton"].type == "PERSON"
