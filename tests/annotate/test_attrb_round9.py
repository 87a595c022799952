"""Who asserts a figure, measured on PolNeAR train with `newsweave eval extract --split train`'s figure sources
(round 9, notes/audit9/attrb.md). Each test takes its sentences from a PolNeAR train article."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source


def test_a_share_of_respondents_passes_the_figures_to_the_poll_named_in_the_sentence(nlp):
    # politico_2016-02 (PolNeAR train): the poll asserts the 60 percent, not the 38 percent who answered
    text = (
        "In a CNN/ORC International Poll the same month, 38 percent of voters said Mr. Clinton should completely "
        "step down from the foundation, while 60 percent said he should be able to continue working with the "
        "foundation if his wife became president."
    )
    source = figure_source(annotate_text(nlp, text), text, "60 percent")
    assert source is not None and "Poll" in source


def test_a_share_of_respondents_credits_no_figure_when_no_poll_is_named(nlp):
    # breitbart_2015-12-10_millennial-democratics-prefer-be: "47 percent said ..." carried no source to the next
    # sentence; PolNeAR leaves both to the writer
    text = (
        "Around that time, 47 percent said they would vote for former Secretary of State Hillary Clinton, however "
        "this time around that number has dropped slightly to 35 percent. Less than 1 percent chose former Maryland "
        "Gov. Martin O’Malley."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "35 percent") is None
    assert figure_source(annotations, text, "Less than 1 percent") is None


def test_a_survey_in_a_clause_of_its_own_is_not_the_poll_that_asserts(nlp):
    # "the last time the survey was conducted": the survey is the subject of no report
    text = (
        "Seventy-two percent now believe he could win the general election, a 21 percentage point increase from "
        "the last time the survey was conducted in December."
    )
    assert figure_source(annotate_text(nlp, text), text, "21 percentage") is None


def test_a_sentence_about_he_or_she_is_the_writers_not_the_last_speakers(nlp):
    # nytimes Carrier article (PolNeAR train): a speaker does not call himself "he"; the sentence after his quote
    # that tells of him is the writer's
    text = (
        "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking. He holds two "
        "associate degrees, oversees a team of 15 and has worked at Carrier almost 24 years."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "two associate") is None
    assert figure_source(annotations, text, "almost 24 years") is None


def test_a_sentence_without_a_subject_of_its_own_still_carries_the_source(nlp):
    # the contract's convention (shared/gold/README.md): "Two ferries sank, the coast guard said. About 80
    # passengers were rescued."
    text = "Two ferries sank, the coast guard said. About 80 passengers were rescued."
    assert figure_source(annotate_text(nlp, text), text, "About 80") == "coast guard"


def test_a_figure_after_the_quotation_in_its_reporting_clause_is_not_the_speakers(nlp):
    # politico_2015-12-31_more-than-clinton-emails-now-dee (PolNeAR train): the agency's shortfall is the writer's
    text = (
        "“We have worked diligently to come as close to the goal as possible, but with the large number of documents "
        "involved and the holiday schedule we have not met the goal this month,” said the agency, which fell about "
        "2,000 pages short of the target."
    )
    assert figure_source(annotate_text(nlp, text), text, "about 2,000") is None


def test_the_age_of_a_speaker_beside_the_reporting_verb_is_the_writers(nlp):
    # PolNeAR train: "said Robert Stone, a 59-year-old from Hilton Head": the writer gives his age
    text = (
        "“I was going to bite my tongue and vote for Hillary, but I never really trusted her,” said Robert Stone, a "
        "59-year-old from Hilton Head, South Carolina, who already cast an absentee ballot for Sanders."
    )
    annotations = annotate_text(nlp, text)
    ages = [c for c in annotations.claims if c.value == 59]
    assert ages and ages[0].asserted_by is None
    assert any(q.speaker == "Robert Stone" for q in annotations.quotes)


def test_adding_a_quantity_is_no_report_so_the_outer_speaker_asserts_it(nlp):
    # PolNeAR train: the economy does not "add" (say) 151,000 jobs; Obama says it
    text = (
        "Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month – "
        "something you wouldn’t know if you listen to the likes of Donald Trump and his GOP rivals, Obama said."
    )
    assert figure_source(annotate_text(nlp, text), text, "151,000") == "Obama"
    # PolNeAR train: "organizers added 160 security personnel ..., the Sun-Times reported"
    text = "In Chicago, organizers added 160 security personnel along the parade route, up from 90 last year, the "
    text += "Sun-Times reported."
    assert figure_source(annotate_text(nlp, text), text, "160") == "Sun-Times"


def test_the_add_of_speech_still_reports(nlp):
    text = "Officials said 12 people died. They added that 40 were injured."
    assert figure_source(annotate_text(nlp, text), text, "40") == "Officials"
