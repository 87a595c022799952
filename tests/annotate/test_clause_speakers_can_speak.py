"""Words quoted inside a clause without a verb of saying are the clause subject's only when the subject can speak:
people, a body, a document; not the things a sentence is about. Each test takes its passage from a real
news-threads article."""

from __future__ import annotations

from tests.conftest import annotate_text

# news-threads fc5b5406 (Falcon Heavy launch): "boostback" and "entry" are the names of manoeuvres; engines say nothing
FALCON = (
    "Meanwhile, the Falcon Heavy’s two strap-on boosters will flip around to fly tail-first with the aid of cold-gas "
    "nitrogen thrusters. Some of the engines on each booster will reignite for “boostback” and “entry” maneuvers to "
    "aim for two adjacent touchdown zones at Cape Canaveral Air Force Station around 9 miles (13 kilometers) south of "
    "pad 39A."
)

# news-threads 108638b8 (Newsweek, Seattle's tech sector and brothels): women and pimps are people, their words theirs
SEATTLE = (
    "The women usually don’t speak much English, and many communicate with their clients via phone translation apps. "
    "To get and retain customers, the women or their pimps advertise a variety of kinky or exotic “experiences,” from "
    "pretending to be actual girlfriends of the client (the “GFE or girlfriend experience”) to nude “Nuru” massage."
)


def test_a_share_of_things_that_cannot_speak_says_no_quoted_words(nlp):
    speakers = {q.text: q.speaker for q in annotate_text(nlp, FALCON).quotes}
    assert speakers == {"boostback": None, "entry": None}


def test_people_in_the_plural_still_own_the_words_quoted_in_their_clause(nlp):
    speakers = {q.text: q.speaker for q in annotate_text(nlp, SEATTLE).quotes}
    assert speakers["Nuru"] == "the women or their pimps"
    assert speakers["GFE or girlfriend experience"] == "the women or their pimps"
