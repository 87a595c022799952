"""The shortcuts event extraction takes for speed give what the plain reading of the parse gives."""

from __future__ import annotations

from newsweave.annotate.events import _candidates, extract_events, is_event_noun, is_event_verb
from tests.conftest import annotate_text


def test_the_array_prefilter_keeps_every_token_that_triggers_an_event(nlp, kursk_articles):
    # every kursk article: the prefilter on the Doc's arrays must drop no verb or noun the token tests accept
    for article in kursk_articles.values():
        doc = nlp(article.text)
        triggers = [t.i for t in doc if is_event_noun(t) or is_event_verb(t)]
        candidates = _candidates(doc)
        assert triggers and set(triggers) <= set(candidates)
        assert all(doc[i].pos_ in ("NOUN", "VERB") for i in candidates)


def test_an_events_sentence_and_date_are_read_once_per_article_as_spacy_gives_them(nlp):
    # the Croydon tram crash (Evening Standard, 2016-11-09): two events in one sentence share its text and date
    text = (
        "Emergency services were called to the scene. "
        "A tram derailed and overturned in Croydon on Wednesday, injuring dozens of passengers."
    )
    annotations = annotate_text(nlp, text, published="2016-11-09")
    events = [e for e in annotations.events if e.word in ("derailed", "overturned")]
    assert len(events) == 2
    for event in events:
        assert event.sentence == text[event.start : event.end]
        assert event.sentence.startswith("A tram derailed") and event.date == "2016-11-09"


def test_events_are_the_same_when_the_article_is_read_twice(nlp, kursk_articles):
    # the per-article memos (country words, dates) live in one call: a second call starts clean and agrees
    from newsweave.annotate import Resolver, build_entities

    article = next(iter(kursk_articles.values()))
    doc = nlp(article.text)
    resolver = Resolver(doc, build_entities(doc, article.id, article.headings))
    first = extract_events(doc, article.id, resolver, article.published)
    assert first and first == extract_events(doc, article.id, resolver, article.published)


def test_a_year_alone_is_never_resolved_to_a_day():
    # four digits ("2004", three date entities in four of 300 BBC articles) never reach dateparser: with no anchor and
    # with two anchors (one a leap day), every year a date entity names and digit strings that look like a time or a
    # day and month ("0930", "1204", "3112") resolve to no day
    from newsweave.annotate.dates import resolve_date
    from newsweave.annotate.events import _date

    samples = [f"{year}" for year in range(1800, 2100)] + ["0930", "1204", "1231", "2359", "3112", "0101"]
    for published in (None, "2016-11-09", "2004-02-29"):
        for expression in samples:
            assert resolve_date(expression, published) is None, (expression, published)
            assert _date(expression, published, {}) is None


def test_expressions_that_name_no_day_resolve_to_none_without_dateparser_giving_them_one():
    # date entities of the news-threads articles: dateparser gave "last year" the anchor's day a year before, "the
    # 1990s" the day before (1990 seconds), "last month" a month before to the day; none of them names a day
    from newsweave.annotate.dates import resolve_date

    for expression in ("last year", "Last year's", "this month", "the last month", "a decade", "the 1990s", "1970s",
                       "December 2004", "the year to March 2005", "October - a", "an hour"):  # fmt: skip
        assert resolve_date(expression, "2019-06-05") is None, expression
    # what names a day keeps it
    assert resolve_date("last night", "2019-06-05") == "2019-06-04"
    assert resolve_date("On December 31, 2015", "2017-12-30") == "2015-12-31"
    assert resolve_date("Thursday", "2017-12-30") == "2017-12-28"


def test_a_year_with_a_day_still_resolves_through_dateparser():
    # the shortcut is for four digits alone: "11 September 2001" (BBC business) keeps its day
    from newsweave.annotate.events import _date

    assert _date("11 September 2001", None, {}) == "2001-09-11"
    assert _date("Wednesday", "2016-11-09", {}) == "2016-11-09"
