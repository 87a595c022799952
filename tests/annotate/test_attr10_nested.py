"""Who asserts a figure inside someone's quoted words when a report is nested in them, measured on PolNeAR train with
the figure sources of `newsweave eval extract --split train` (round 10): the quote's speaker, whether named after the
quote or before it. Each test takes its passage from a PolNeAR train article."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source


def test_a_report_inside_a_quote_after_its_speaker_is_the_speakers(nlp):
    # politico_2015-11-24_clinton-s-iowa-dilemma: "politicians that ... tell one group one thing" is Cruz's phrase
    text = (
        "“The answer you’d like me to give is, ‘I’m for the RFS, darn it,’” Cruz, who has proposed repealing the "
        "mandate over five years, said at the time. But he added, “People are pretty fed up with politicians that run "
        "around and tell one group one thing and tell another group another thing.”"
    )
    assert figure_source(annotate_text(nlp, text), text, "one group") == "Cruz"


def test_an_impersonal_say_inside_a_quote_is_the_speakers(nlp):
    # wash-post_2016-05-25_fundraisers-scorned-by-trump-on-: "it's fair to say" names no body; Lewandowski says it
    text = (
        "Corey Lewandowski, Trump's campaign manager, said that the candidate was not contradicting his stance on rich "
        "donors by accepting their help, noting that most of the money raised would go to the RNC for its national "
        "voter mobilization this fall.\n\n"
        '"That will benefit not only Mr. Trump, but all the races down ballot," he said, adding: "I don\'t think it\'s '
        "fair to say that an individual worth $10 billion will be indebted to someone who writes a check for $10 or "
        '$100."'
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "$10 billion") == "Corey Lewandowski"
    assert figure_source(annotations, text, "$100") == "Corey Lewandowski"
