"""Events on any story: the verbs and nouns of happenings, not of saying, on real news sentences."""

from __future__ import annotations

from newsweave.model import Article
from newsweave.reconcile.timeline import build_timeline
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
