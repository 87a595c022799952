"""Events on any story: the verbs and nouns of happenings, not of saying, on real news sentences."""

from __future__ import annotations

from newsweave.model import Article
from newsweave.reconcile.timeline import build_timeline, describe
from tests.conftest import annotate_text

# The Croydon tram crash thread of news-threads (Evening Standard, New York Times, 2016-11-09).
STANDARD = "Several people died and dozens were injured after a tram derailed and overturned in Croydon."
STANDARD_ARREST = "They later confirmed that the driver of the tram was arrested in connection with the incident."
TIMES_ARREST = (
    "Driver is arrested as investigators say they believe tram was going too fast when it derailed in south London"
)


def _events(nlp, text, published="2016-11-09", article_id="t"):
    return annotate_text(nlp, text, published=published, article_id=article_id).events


def test_a_derailment_nobody_tuned_for_is_an_event_with_its_place(nlp):
    events = {e.word: e for e in _events(nlp, STANDARD)}
    assert events["derailed"].type == "crash" and events["derailed"].actor == "tram"
    assert events["overturned"].place == "Croydon"
    assert events["died"].type == "die" and events["injured"].type == "injure"


def test_saying_and_confirming_are_not_events_but_the_arrest_they_report_is(nlp):
    events = _events(nlp, STANDARD_ARREST)
    assert [e.word for e in events if not e.noun] == ["arrested"]  # not "confirmed"; "the incident" is a noun event
    arrest = events[0]
    assert arrest.passive and arrest.target == "driver" and arrest.actor is None and arrest.type == "arrest"


def test_a_happening_noun_is_an_event(nlp):
    # The Evening Standard's headline on the Croydon thread: the derailment is named by a noun
    title = "Croydon tram derailment: Several dead and dozens injured after tram overturns at Sandilands"
    derailment = next(e for e in _events(nlp, title) if e.noun)
    assert derailment.type == "crash" and derailment.word.endswith("tram derailment")


def test_announce_is_an_event_only_with_a_thing_announced(nlp):
    said = _events(nlp, "South Korea's defense ministry announced on Tuesday that North Korea had deployed troops.")
    assert "announce" not in {e.type for e in said}
    thing = _events(nlp, "Apple announced the acquisition of Beats Electronics on Wednesday.")
    assert any(e.word == "announced" for e in thing)


def test_one_arrest_told_by_two_reports_is_one_timeline_entry_citing_both(nlp):
    first = annotate_text(nlp, STANDARD_ARREST, published="2016-11-09", article_id="standard")
    second = annotate_text(nlp, TIMES_ARREST, published="2016-11-10", article_id="times")
    articles = [
        Article(id="standard", text="", published="2016-11-09"),
        Article(id="times", text="", published="2016-11-10"),
    ]
    timeline = build_timeline(articles, first.events + second.events)
    arrests = [t for t in timeline if t.type == "arrest"]
    assert len(arrests) == 1
    [arrest] = arrests
    assert arrest.event == "driver arrested" and set(arrest.articles) == {"standard", "times"}
    assert (arrest.date, arrest.basis) == ("2016-11-09", "reported")  # the earliest report, no date stated


def test_a_verb_keeps_its_particle(nlp):
    # The Guardian on the Croydon thread, quoting a passenger
    assert [e.word for e in _events(nlp, "He said he thinks he blacked out.")] == ["blacked out"]


def test_a_progressive_is_the_state_a_step_happened_in(nlp):
    # The Telegraph on the Croydon thread: "was travelling" is circumstance, "has been arrested" a step
    text = (
        'Investigators said the vehicle was travelling at a "significantly higher speed than is permitted", and are '
        "probing whether the driver, who has been arrested, may have fallen asleep."
    )
    events = {e.word: e for e in _events(nlp, text)}
    assert events["travelling"].background and not events["arrested"].background
    assert events["arrested"].target == "driver"


def test_a_verb_only_governing_another_is_background(nlp):
    # ECB+ 1_*ecbplus: Lindsay Lohan's placement; the sending is the step, the agreeing is not
    text = "Heller had previously agreed to send the actress to a different facility that had been vetted."
    events = {e.word: e for e in _events(nlp, text, published=None)}
    assert events["agreed"].background and not events["send"].background


def test_raising_concerns_is_a_stance_not_a_step(nlp):
    # examples/kursk/001_d50eaae05427456e.txt
    events = _events(nlp, "This alarming escalation has raised concerns about the involvement of a third state.")
    assert all(e.background for e in events if e.word == "raised")


def test_a_passive_deployment_is_done_by_the_troops_country_and_described_without_repeating_it(nlp):
    # examples/kursk: "North Korean troops ... are currently stationed in Russia"
    text = (
        "Ukrainian intelligence estimates that approximately 12,000 North Korean troops, including 500 officers and "
        "three generals, are currently stationed in Russia, receiving training at military bases."
    )
    [stationed] = [e for e in _events(nlp, text) if e.word == "stationed"]
    assert (stationed.actor, stationed.place, stationed.type) == ("North Korea", "Russia", "deploy")
    assert describe(stationed) == "North Korean troops stationed in Russia"


def test_a_stated_date_after_most_reports_of_the_happening_is_misread(nlp):
    # The harambe thread: one page carries a wrong publication date (2017-11-30), so its "on Saturday"
    # resolves to 2017-11-25; a report published 2016-05-29 tells the same fall.
    wrong = annotate_text(
        nlp,
        "The incident took place at the Cincinnati Zoo & Botanical Garden on Saturday when the boy climbed through "
        "a public barrier at Gorilla World section and fell into the moat, the zoo said in a statement.",
        published="2017-11-30",
        article_id="misdated",
    )
    first = annotate_text(
        nlp,
        "While zoo officials are still investigating, they believe the boy crawled through a railing barrier, "
        "and then fell into the moat.",
        published="2016-05-29",
        article_id="first",
    )
    articles = [
        Article(id="misdated", text="", published="2017-11-30"),
        Article(id="first", text="", published="2016-05-29"),
    ]
    timeline = build_timeline(articles, wrong.events + first.events)
    [fall] = [t for t in timeline if t.event == "boy fell"]
    assert set(fall.articles) == {"misdated", "first"}
    assert (fall.date, fall.basis) == ("2016-05-29", "reported")
