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


def test_a_state_boasting_a_counted_staff_reports_nothing(nlp):
    # west-journal_2016-05-26_republican-party-boosts-spending: Ohio had one staffer; Walsh notes it
    text = (
        "Pointing to one big change in staffing, Walsh noted that Ohio boasted only one paid staffer ahead of the "
        "2012 election."
    )
    assert figure_source(annotate_text(nlp, text), text, "one paid staffer") == "Walsh"


def test_claiming_a_share_of_the_vote_is_winning_it(nlp):
    # breitbart_2016-06-28_underdog-conservative-claudia-te: the writer's result, not Tenney's claim
    text = (
        "Tenney took down businessman Steve Wells in the three-way primary in New York’s 22nd congressional district, "
        "claiming 41 percent of the vote to Wells’ 33 percent."
    )
    assert figure_source(annotate_text(nlp, text), text, "41 percent") is None


def test_a_loss_claimed_on_taxes_is_the_reporters_figure(nlp):
    # west-journal_2016-10-04_railing-against-trump-sanders-vo (PolNeAR dev): the Times reports the $916 million
    text = (
        "The Times on Saturday wrote that Trump had claimed a loss of $916 million in 1995, which could have allowed "
        "him to avoid paying taxes for the next 18 years."
    )
    assert figure_source(annotate_text(nlp, text), text, "$916 million") == "Times"


def test_a_claim_with_a_clause_is_still_a_statement(nlp):
    # written for the rule's other side: the figure in what is claimed is the claimant's
    text = "Trump claimed that 3 million people voted illegally in the election."
    assert figure_source(annotate_text(nlp, text), text, "3 million") == "Trump"


def test_an_according_to_inside_quotation_marks_does_not_reach_past_a_semicolon(nlp):
    # nyt_2016-10-04_in-avoiding-tax-trump-is-merely- (PolNeAR dev): the company's website sources its own quoted
    # words, not the researchers' figures for Nike and Goldman Sachs (which the parser hangs on no reporting verb)
    text = (
        "The researchers reported that Apple holds $214.9 billion offshore and would owe $65.4 billion in taxes if "
        "that money came back to the United States; Nike holds $10.7 billion offshore and would owe $3.6 billion in "
        "United States taxes; Goldman Sachs holds $28.6 billion offshore, and the report says the company ''reports "
        "having 987 subsidiaries in offshore tax havens, 537 of which are in the Cayman Islands despite not operating "
        "a single legitimate office in that country, according to its own website.''"
    )
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "$214.9 billion") == "The researchers"
    assert figure_source(annotations, text, "$10.7 billion") is None
    assert figure_source(annotations, text, "$28.6 billion") is None
    assert figure_source(annotations, text, "987 subsidiaries") == "the report"
