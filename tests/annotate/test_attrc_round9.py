"""Who asserts a figure when one report nests inside another, measured on PolNeAR train with the figure sources of
`newsweave eval extract --split train` (round 9, notes/audit9/attrc.md). Each test takes its sentence from a PolNeAR
train article."""

from __future__ import annotations

from newsweave.annotate.attribution import Resolver
from newsweave.annotate.entities import build_entities
from newsweave.annotate.passages import source_of
from tests.conftest import annotate_text, figure_source


def _token_source(nlp, text: str, word: str) -> str | None:
    """Who `source_of` credits for the first token written `word` (a bare number the figure extractor skips)."""
    doc = nlp(text)
    source = source_of(next(t for t in doc if t.text == word), Resolver(doc, build_entities(doc, "a", [])))
    return source.name if source is not None else None


def test_a_closing_according_to_governs_the_reporting_clause_inside_its_sentence(nlp):
    # usa-today_2016-04-06_sanders-says-he-s-riding-momentu: the AP reports the 263, not Weaver
    text = (
        "His campaign manager, Jeff Weaver, says it's proof the candidate can still close the gap in pledged "
        "delegates, which stood at 263 entering Tuesday's primary, according to the Associated Press."
    )
    assert _token_source(nlp, text, "263") == "Associated Press"


def test_an_according_to_inside_quotation_marks_is_the_quoted_speakers_not_the_sentences(nlp):
    # written for the rule: the agency's quoted words cite its report; the senator still asserts the first figure
    text = (
        "The senator said the state spent $40 million on the program, and the agency says the program ''served "
        "900 families last year, according to its annual report.''"
    )
    source = figure_source(annotate_text(nlp, text), text, "$40 million")
    assert source is not None and "report" not in source


def test_a_closing_reporting_clause_outranks_the_reporting_verb_it_closes_over(nlp):
    # wash-post_2016-01-13_democratic-tensions-escalate-ove: the people familiar report what Eggleston said
    text = (
        "Eggleston expressed concern about the letter and said it could hurt the administration's strategy to get "
        "the Supreme Court to rule on a separate program, which has been blocked in the courts, to spare up to 5 "
        "million undocumented immigrants from deportation, people familiar with the session said."
    )
    assert figure_source(annotate_text(nlp, text), text, "up to 5 million") == "people familiar with the session"


def test_a_percentage_of_respondents_passes_the_figures_to_the_poll(nlp):
    # cnn (PolNeAR train): "31% of Republicans ... said" answer the poll; the poll asserts the 23%
    text = (
        "In a national CNN/ORC poll released Monday, 31% of Republicans and Republican-leaning voters said they "
        'were "extremely enthusiastic" about voting, compared with 23% of Democrats and Democratic-leaning voters.'
    )
    source = figure_source(annotate_text(nlp, text), text, "23%")
    assert source is not None and "poll" in source


def test_a_speaker_citing_data_asserts_the_figure_himself(nlp):
    # wash-post_2016-08-10_philippine-lawmaker-wants-trump- (PolNeAR train): data cannot speak; Salceda does
    text = (
        "Salceda, citing data from the U.S. State Department, said that about 4 million people of Philippine "
        "descent live in the United States, making them the second-largest Asian group in the country."
    )
    assert _token_source(nlp, text, "4") == "Salceda"


def test_a_news_agency_citing_a_body_still_credits_the_body(nlp):
    # the cited body speaks itself (clauses.cited): written for the rule's other side
    text = "At least 12 people died in the floods, the news agency said, citing the regional health commission."
    source = _token_source(nlp, text, "12")
    assert source is not None and "commission" in source.lower()
