"""One event dated differently by two reports is a date contradiction (issue 14, part 3).

Sentences from the wework and plague gold pages (the article-extraction benchmark), as the annotate stage
keeps them (`Statement`), with the publication dates of their pages.
"""

from __future__ import annotations

from datetime import date

from newsweave.model import Article, Statement
from newsweave.reconcile.event_dates import date_contradictions, date_spans
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import StoryEntity

NEUMANN = StoryEntity("e1", "Adam Neumann", "PERSON", aliases=["Adam Neumann", "Neumann"])
SHELVED = (
    "The company shelved its plans for an initial public offering on September 30 after investors grew wary of its "
    "losses, its business model, and its corporate governance. "
)
RESIGNED = "Neumann had resigned as CEO the previous week."
LEFT = (
    "After CEO and co-founder Adam Neumann left the company in October, SoftBank, its largest investor, committed "
    "to a $9.5 billion lifeline to bail out the company, and installed a Claure to implement a turnaround strategy."
)
STEPPED_DOWN = (
    "WeWork’s parent company, The We Company, announced on Sept. 30 that it was withdrawing its S-1 filing for an "
    "initial public offering, shortly after Neumann stepped down as CEO."
)
SMITHSONIAN = "On November 16, a third case of plague was reported in a 55-year-old man, also from Inner Mongolia."
SUN = (
    "Inner Mongolia health authority reported its third case of bubonic plague on Sunday after two other plague "
    "cases were revealed last week."
)


def _story(*pages: tuple[str, str, str, int]) -> tuple[list[Statement], SourceView]:
    """(article id, site, text, where its sentence starts) -> the sentence as a statement, and the view."""
    articles = {a: Article(id=a, text=text, published="2019-11-18", site=site) for a, site, text, _ in pages}
    statements = [Statement(article=a, start=at, end=len(text), text=text[at:]) for a, _, text, at in pages]
    return statements, SourceView(articles, {})


def test_dates_are_read_as_spans_of_days_against_the_publication_date():
    assert [(low, high) for *_, low, high in date_spans(SMITHSONIAN, "2019-11-18")] == [
        (date(2019, 11, 16), date(2019, 11, 16))
    ]
    assert [low for *_, low, _ in date_spans(SUN, "2019-11-18")] == [date(2019, 11, 17)]  # a Monday's Sunday
    assert [(low, high) for *_, low, high in date_spans(LEFT, "2019-11-18")] == [
        (date(2019, 10, 1), date(2019, 10, 31))
    ]


def test_a_resignation_the_previous_week_and_a_departure_in_october_conflict():
    """wework: VentureBeat dates Neumann's resignation the week before September 30; The Real Deal has him leave
    in October. "The previous week" counts from the last date the article gave."""
    statements, view = _story(
        ("vb", "VentureBeat", SHELVED + RESIGNED, len(SHELVED)), ("trd", "The Real Deal", LEFT, 0)
    )
    [conflict] = date_contradictions(statements, view, [NEUMANN])
    assert (conflict.kind, conflict.severity, conflict.about) == ("date", "major", "when Adam Neumann left")
    assert [s.sentence for s in conflict.sides] == [RESIGNED, LEFT]
    assert conflict.sides[0].value == "2019-09-17/2019-09-29"


def test_the_third_case_reported_a_day_apart_is_a_minor_conflict():
    """plague: Smithsonian reports the third case on November 16, The Sun on Sunday (November 17)."""
    statements, view = _story(("smi", "Smithsonian.com", SMITHSONIAN, 0), ("sun", "The Sun", SUN, 0))
    [conflict] = date_contradictions(statements, view, [])
    assert (conflict.kind, conflict.severity, conflict.may_be_time) == ("date", "minor", True)
    assert conflict.about == "when the third case was reported"
    assert [s.value for s in conflict.sides] == ["2019-11-16", "2019-11-17"]


def test_a_date_of_another_clause_never_dates_the_event():
    """TechCrunch: "announced on Sept. 30 that ..., shortly after Neumann stepped down": the date is the
    announcement's, so the departure is undated and conflicts with nothing."""
    statements, view = _story(("tc", "TechCrunch", STEPPED_DOWN, 0), ("trd", "The Real Deal", LEFT, 0))
    assert date_contradictions(statements, view, [NEUMANN]) == []


def test_one_report_and_matching_dates_never_conflict():
    """Two sentences of one article, or two reports giving one day, are no contradiction."""
    statements, view = _story(
        ("sun", "The Sun", SUN, 0), ("sun2", "The Sun", SUN.replace("on Sunday", "on Nov. 17"), 0)
    )
    assert date_contradictions(statements, view, []) == []
    one = [statements[0], Statement(article="sun", start=0, end=len(SMITHSONIAN), text=SMITHSONIAN)]
    assert date_contradictions(one, view, []) == []
