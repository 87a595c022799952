"""Who speaks a quote and who asserts its figures when the speaker is not the last one named (round 11), measured on
PolNeAR train with the figure sources of `newsweave eval extract --split train`. Each test takes its passage from a
real article: a PolNeAR train article or a news-threads article."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source

# breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza (PolNeAR train): the writer answers the judge in the first
# person; his words were refilled with his lawyer Brafman's name, the last speaker the article named ("he")
DSOUZA = (
    "Brafman explained that the government had deliberately slanted its case summaries to deceive the judge.\n\n"
    "When I began to speak I saw Brafman’s surprise—naturally he expected me to read my prepared statement—and the "
    "judge inter- rupted me. “Explain to me why you—you—are here and why you did what you did. Not somebody like me, "
    "some famous person, blah, blah blah.”\n\n"
    "I was not off to a good start. “Okay,” I said, attempting to regroup. “I was seventeen years old when I set "
    "foot in America. I came as an exchange student from India.\n\n"
    "“Wendy Long was one member of that group of four or five people. So even though over the years we have lived "
    "in different places, there is a certain kind of amalgam of hearts that occurs because of that.”"
)


def test_a_quote_the_writer_says_is_no_one_elses(nlp):
    annotations = annotate_text(nlp, DSOUZA)
    speakers = {q.text.split()[0]: q.speaker for q in annotations.quotes if q.direct}
    assert speakers["Okay,"] is None
    assert speakers["I"] is None


def test_the_writers_quote_goes_on_as_his_over_paragraphs(nlp):
    annotations = annotate_text(nlp, DSOUZA)
    assert figure_source(annotations, DSOUZA, "seventeen years") is None
    assert figure_source(annotations, DSOUZA, "four or five people") is None
    speakers = {q.text.split()[0]: q.speaker for q in annotations.quotes if q.direct}
    assert speakers["Wendy"] is None


# news-threads 26c06dca71d6f3c4e092f9131a98cb3a99cc0085b091302300ad128b (USA Today, Telegram removed from the App
# Store): the title comes first, the name in the next sentence, as the speaker of the quote
TELEGRAM = (
    "Telegram's apps have been pulled from the iOS App Store. (Photo: Telegram)\n"
    "Telegram’s founder and CEO said Apple removed the company’s controversial messaging apps from the iOS App Store "
    "because of content that apparently violated Apple’s guidelines.\n"
    "“We were alerted by Apple that inappropriate content was made available to our users, and both apps were taken "
    "off the App Store,” Pavel Durov remarked on Twitter. “Once we have protections in place, we expect the apps to "
    "be back on the App Store.” He did not comment on timing."
)


def test_a_bodys_title_named_before_its_holder_is_the_person_who_speaks_next(nlp):
    annotations = annotate_text(nlp, TELEGRAM)
    reported = next(q for q in annotations.quotes if q.text.startswith("Apple removed"))
    assert reported.speaker == "Pavel Durov"
    assert TELEGRAM[reported.speaker_start : reported.speaker_end] == "founder"


def test_what_people_did_as_a_study_found_it_is_the_studys_figure(nlp):
    # usa-today_2016-06-22_clinton-coverage-highlights-tv-g (PolNeAR train): the research, not the men, says 65%
    text = (
        "Research conducted for the Women's Media Center showed that men reported 65% of U.S. political stories in "
        "2014."
    )
    assert figure_source(annotate_text(nlp, text), text, "65%") == "Research conducted for the Women's Media Center"


def test_a_finding_beside_a_statement_is_not_over_it(nlp):
    # nyt_2016-04-25_trump-s-aging-air-fleet-gives-hi (PolNeAR train): the experts' estimate, not the records'
    text = (
        "The aircraft was insured at a value of $35 million in 2011, records show, and aviation experts say it is "
        "currently worth about $18 million."
    )
    assert figure_source(annotate_text(nlp, text), text, "about $18 million") == "aviation experts"


def test_a_poll_found_inside_another_keeps_its_own_source(nlp):
    # nyt_2016-05-31_trampling-latinos-sensibilities (PolNeAR train): the Quinnipiac poll's 38 points
    text = (
        "Early polls show voters in the area resoundingly rejecting Mr. Trump: A Quinnipiac University poll this month "
        "found Mr. Trump about even with Mrs. Clinton statewide, but losing a band of southeastern counties, including "
        "Miami-Dade and Broward, by 38 percentage points."
    )
    assert figure_source(annotate_text(nlp, text), text, "38 percentage points") == "A Quinnipiac University poll"


def test_the_respondents_of_a_poll_quoted_do_not_assert_its_figures(nlp):
    # huff-post_2016-07-27_guns-are-the-ultimate-public-hea (PolNeAR train): Pew's figures, the Democrats answer
    text = (
        "Gun control is a very popular topic with Democratic voters. In 2014, Pew found that “about twice as many "
        "Democrats and Democratic leaners said it was more important to control gun ownership (65%) than to protect "
        "gun rights (31%).”"
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "65%") == "Pew"
    assert figure_source(annotations, text, "31%") == "Pew"


def test_a_quote_a_finding_introduces_is_the_findings_over_a_report_inside_it(nlp):
    # nyt_2016-10-04_in-avoiding-tax-trump-is-merely- (PolNeAR dev): the finding quoted, not the 27 companies in it
    text = (
        "The challenge of transparency is exemplified by this finding: ''27 companies reported 16,389 total "
        "subsidiaries and 2,836 tax haven subsidiaries to the Federal Reserve, while only reporting 2,279 total "
        "subsidiaries and only 410 tax haven subsidiaries to the S.E.C.''"
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "16,389") == "this finding"
    assert figure_source(annotations, text, "410") == "this finding"
