"""Who asserts a figure a poll or a study found, or one an "As X reported," frame opens, measured on PolNeAR train
with the figure sources of `newsweave eval extract --split train` (round 10). The largest class of figures inside a
gold content span that got no source at all was a poll's findings written as phrases, not as a that-clause ("showed
Mr. Trump leading Mr. Cruz, 45 percent to 18 percent"), or a clause set "in" a poll. Each test takes its sentence from
a PolNeAR train article."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source


def test_a_polls_finding_written_as_phrases_is_the_polls(nlp):
    # nyt_2016-01-12_evangelical-iowans-flock-to-cruz: the figures hang on "showed", not in a clause under it
    text = (
        "A CNN/ORC poll last month showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among "
        "white evangelical voters."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "45 percent") == "A CNN/ORC poll"
    assert figure_source(annotations, text, "18 percent") == "A CNN/ORC poll"


def test_every_candidate_of_a_polls_list_is_the_polls(nlp):
    # breitbart_2015-12-20_republican-donor-adelson-and-tru: "Carson at 13 percent" hangs on "showed" itself
    text = (
        "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 percent of Republican "
        "voters, followed by Texas Senator Ted Cruz at 17 percent, pediatric neurosurgeon Ben Carson at 13 percent, "
        "Florida Senator Marco Rubio at eight percent and former Florida Governor Jeb Bush at seven percent."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "13 percent") == "The latest Reuters/Ipsos poll"
    assert figure_source(annotations, text, "seven percent") == "The latest Reuters/Ipsos poll"


def test_a_relative_clause_inside_a_polls_finding_is_the_writers(nlp):
    # usa-today_2016-04-06_sanders-says-he-s-riding-momentu: the poll shows the lead, not her years in the Senate
    text = (
        "Polls show Clinton up by 10 points in the next major contest on the primary calendar: New York, which she "
        "represented for eight years in the U.S. Senate."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "10 points") == "Polls"
    assert figure_source(annotations, text, "eight years") is None


def test_a_clause_set_in_a_poll_reports_the_polls_figures(nlp):
    # nyt_2015-11-13_clinton-stays-well-ahead-of-sand
    text = "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent."
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "56 percent") == "an early-October CBS News poll"
    assert figure_source(annotations, text, "32 percent") == "an early-October CBS News poll"


def test_a_clause_under_a_clause_set_in_a_poll_is_not_the_polls(nlp):
    # west-journal_2016-03-15_right-before-super-tuesday-hilla (PolNeAR train), with a clause of spending after it
    text = (
        "In the new Morning Consult poll, conducted March 11-13, 40 percent of likely Democrat voters back Sanders, "
        "after he spent $2 million on ads."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "40 percent") == "the new Morning Consult poll"
    assert figure_source(annotations, text, "$2 million") is None


def test_a_poll_named_after_its_figures_may_be_one_of_two_compared(nlp):
    # politico_2016-09-25_poll-clinton-and-trump-in-dead-h (PolNeAR dev): the 55 percent is the new poll's, not the last
    text = (
        "On the positive side for Clinton, President Barack Obama's approval rating remains strong, though it has "
        "declined slightly from 58 percent in the last poll to 55 percent now."
    )
    assert figure_source(annotate_text(nlp, text), text, "55 percent") is None


def test_an_as_reported_frame_credits_the_clause_it_opens(nlp):
    # huff-post_2016-03-16_hillary-clinton-wins-missouri-de: the Post reports what Sanders would need
    text = (
        "As The Washington Post reported, even if Sanders managed to split delegates with Clinton in Tuesday’s "
        "contests, he would then need to win 55 percent of the remaining delegates in order to tie the front-runner."
    )
    assert figure_source(annotate_text(nlp, text), text, "55 percent") == "Washington Post"


def test_an_as_expected_frame_names_nobody(nlp):
    # written for the rule's other side: "as expected" reports, but no one is its subject
    text = "As expected, the company lost $5 million in the quarter."
    assert figure_source(annotate_text(nlp, text), text, "$5 million") is None


def test_an_as_we_explained_frame_is_the_writers_voice(nlp):
    # breitbart_2015-11-17_wash-post-fact-check-if-obama-sa: the fact-checkers' "we", no one the article named
    text = (
        '"As we have explained before, the only thing close to a 200,000 figure is an announcement in September by '
        'Secretary of State John Kerry."'
    )
    assert figure_source(annotate_text(nlp, text), text, "200,000") is None


def test_a_slide_that_shows_a_finding_asserts_its_figures(nlp):
    # nyt_2016-09-28_what-mexico-could-do-when-up-aga (PolNeAR dev): a slide shows, as a poll does
    text = (
        "Another slide shows that eight of 10 avocados consumed in the United States are grown in Mexico, as are nine "
        "of 10 limes and half of all tomatoes."
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "eight of 10") == "Another slide"
    assert figure_source(annotations, text, "nine of 10") == "Another slide"


def test_an_average_of_polls_that_shows_a_lead_asserts_it(nlp):
    # politico_2016-09-25_poll-clinton-and-trump-in-dead-h (PolNeAR dev)
    text = (
        "POLITICO’s Battleground States average shows Clinton likewise ahead by 3.7 percentage points, using an "
        "average of the five most recent reputable polls in 11 swing states."
    )
    source = figure_source(annotate_text(nlp, text), text, "3.7 percentage points")
    assert source == "POLITICO’s Battleground States average"
