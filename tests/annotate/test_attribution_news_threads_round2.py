"""Who says so on news-threads, second round of issue 12: single quotation marks as UK outlets print
them, the clause a quote sits in, and the f1_crash / First_Falcon_Heavy_launch audit. Each test reads the
article's own paragraphs from the shared news-please JSON."""

from __future__ import annotations

from newsweave.annotate.quotemarks import direct_quote_spans
from tests.annotate.test_attribution_news_threads import _passage
from tests.conftest import SHARED, annotate_text


def test_single_marks_quote_with_a_speaker_after(nlp):
    # f1_crash, Daily Mail: "'It is understandable for the first red flag ...,' he said." (Hamilton)
    text = _passage("1778efb0df", "It is understandable for the first red flag", before=0)
    quotes = [q for q in annotate_text(nlp, text).quotes if "It is understandable" in q.text]
    assert [(q.direct, q.speaker) for q in quotes] == [(True, "Hamilton")]


def test_single_marks_are_no_apostrophes(nlp):
    # harambe: a straight double quote holding 'Do the animals ever get to do anything?' and "isn't": one quote,
    # the single-marked question inside it is the children's, not a second quote of Clark's
    text = _passage("a4d3ace918", "Do the animals ever get to do anything")
    quotes = [q for q in annotate_text(nlp, text).quotes if q.direct]
    assert [q.speaker for q in quotes if "Do the animals" in q.text] == ["Clark"]
    assert not [q for q in quotes if q.text.startswith("Do the animals")]


def test_described_x_as_y_reports_y_not_x(nlp):
    # croydon: "Pat Rooke, 72, described the scene in the wake of the incident as "pandemonium"": the scene is
    # what she spoke of, "pandemonium" what she said
    text = _passage("2f066d1023", "Pat Rooke")
    quotes = annotate_text(nlp, text).quotes
    assert not [q for q in quotes if q.text == "the scene"]
    assert [q.speaker for q in quotes if q.text == "pandemonium"] == ["Pat Rooke"]


def test_a_quote_in_a_coordinated_reported_clause_is_the_reporters(nlp):
    # croydon: "he said people were screaming and there was "blood everywhere", describing the scene as "like
    # something out of a film"": Martin Bamford says both, the people only scream
    text = _passage("2f066d1023", "blood everywhere", before=2)
    quotes = annotate_text(nlp, text).quotes
    assert _speakers_of(quotes, "blood everywhere") == {"Martin Bamford"}
    assert _speakers_of(quotes, "like something out of a film") == {"Martin Bamford"}


def test_recalled_it_speeding_up_is_a_memory_not_words(nlp):
    # croydon: "Martin Bamford, ..., recalled it speeding up." reports no words
    text = _passage("4032070b93", "recalled it speeding up")
    assert not [q for q in annotate_text(nlp, text).quotes if q.text == "speeding up"]


def _speakers_of(quotes, words: str) -> set[str | None]:
    return {q.speaker for q in quotes if words in q.text}


def test_single_marks_in_a_headline_are_no_quotes():
    # PolNeAR train, Huffington Post: headlines quote and name titles alike in single marks ("Bloodline" Star ...),
    # so a title-case first line gives none; the body's double marks still quote
    folder = SHARED / "data" / "polnear" / "data" / "train" / "text"
    (path,) = folder.glob("huff-post_2015-12-30_hillary-clinton-cal*")
    text = path.read_text(encoding="utf-8")
    head = text.split("\n")[0]
    assert "‘Genocide.’" in head
    assert all(start > len(head) for start, _ in direct_quote_spans(text))
    assert direct_quote_spans(text)


def test_single_marks_quote_only_where_the_outlet_quotes_with_them():
    # croydon, Guardian: curly double marks quote, the single-marked thought inside one is part of it
    text = _passage("4032070b93", "He should be braking")
    spans = [text[s:e] for s, e in direct_quote_spans(text)]
    assert not [s for s in spans if s.startswith("He should be braking")]


def test_a_speaker_named_with_an_apostrophe_keeps_a_single_marked_quote(nlp):
    # f1_crash, Daily Mail: "a member of Verstappen's Red Bull pit crew calmly said 'well held Max, well held'"
    text = _passage("1778efb0df", "well held Max")
    quotes = [q for q in annotate_text(nlp, text).quotes if q.direct and q.text == "well held Max, well held"]
    assert [q.speaker for q in quotes] == ["a member of Verstappen's Red Bull pit crew"]
