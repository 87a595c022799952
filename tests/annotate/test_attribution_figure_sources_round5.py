"""Who asserts a figure, on news-threads stories nobody tuned for (issue 12, the session-8 audit in
notes/audit8/attrb.md): "according to" over the clause that holds the figure, captions and the writer's
sentence after a quote, modals of ability. Each test reads the article's own paragraphs from the shared JSON or
takes the sentence from a gold story."""

from __future__ import annotations

from tests.annotate.test_attribution_news_threads import _passage
from tests.conftest import annotate_text, figure_source


def test_according_to_inside_a_relative_clause_credits_only_that_clause(nlp):
    # israel_approves_transfer..., 35d763403c: "The prime minister's cabinet on Wednesday approved a transfer of 40
    # million shekels ($11 million) in funding for West Bank settlements, which is set to take effect immediately
    # according to the resolution.": the resolution says when it takes effect, not the sum
    text = _passage("35d763403c", "which is set to take effect immediately")
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "40 million shekels") is None


def test_a_source_hung_on_a_relative_clause_is_not_carried_over(nlp):
    # the same article: the next paragraph ("The approval comes one day after ... met with 11 senior religious
    # rabbis ...") continues no statement of "the resolution"
    text = _passage("35d763403c", "met with 11 senior religious rabbis", before=1)
    assert figure_source(annotate_text(nlp, text), text, "11 senior") != "the resolution"


def test_according_to_closing_the_sentence_after_a_comma_credits_all_of_it(nlp):
    # wework gold (The Real Deal): the parser hangs "according to" on the reported clause inside the relative clause
    text = (
        "Those include 1,000 maintenance workers who have been informed that their employment will be terminated on "
        "Dec. 9, according to a group of employees."
    )
    source = figure_source(annotate_text(nlp, text), text, "1,000")
    assert source is not None and "group of employees" in source


def test_according_to_on_the_reporting_verb_is_the_outer_source(nlp):
    # plague gold (Smithsonian): "But according to NPR's Feng, Li Jifeng ... wrote in a blog post that the couple had
    # been transported to the facility on November 3-nine days before an announcement was made": Feng reports it
    text = (
        "NPR's Emily Feng reported on the cases from Beijing.\n\nBut according to NPR’s Feng, Li Jifeng, a doctor at "
        "Chaoyang Hospital where the patients were treated, wrote in a blog post that the couple had been "
        "transported to the facility on November 3—nine days before an announcement was made, raising questions "
        "about the reason for the delay."
    )
    assert figure_source(annotate_text(nlp, text), text, "nine days") == "Emily Feng"


def test_a_photo_caption_continues_nobody(nlp):
    # first_planets_outside_the_Milky_Way, 3ca5dc3a0b: '"This is an example of how powerful ... can be," said Dr
    # Guerras. ¶ The gravitational lens RX J1131-1231 galaxy can be seen at the centre, with four lensed background
    # quasars (University of Oklahoma)': a caption, no sentence of Guerras's
    text = _passage("3ca5dc3a0b", "with four lensed background quasars", before=1)
    assert figure_source(annotate_text(nlp, text), text, "four lensed") is None


def test_can_reveal_reports_nothing(nlp):
    # first_planets_outside_the_Milky_Way, 58b43cc632: "Microlensing can reveal surprising things, such as the same
    # star exploding four times, ...": what a method is able to show, no statement of "Microlensing"
    text = _passage("58b43cc632", "Microlensing can reveal")
    assert figure_source(annotate_text(nlp, text), text, "four times") is None


def test_the_writers_sentence_after_a_standalone_quote_is_the_writers(nlp):
    # Intel_smart_glass, e5b26d1ba1: '"I spent a total of 13 days in the hospital ...," he explained. "Later that
    # spring, ... I needed a plan B ..." That plan B turned out to be designing his own prosthetic leg -- one
    # purpose-built ...': the quote ended, the writer tells on
    # ("one purpose-built" is no figure now, so the writer's sentence is given a count of its own)
    text = _passage("e5b26d1ba1", "That plan B turned out", before=1)
    text = text.replace("designing his own prosthetic leg", "designing three prosthetic legs")
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "13 days") is not None
    assert figure_source(annotations, text, "three prosthetic legs") is None


def test_an_executive_speaks_for_the_company_of_the_story(nlp):
    # Intel_smart_glass, 62586f1259: "(An executive tells the publication that Intel's targeting 18 hours of battery
    # life, ...)": the words are kept, the affiliation is the organisation named before
    text = _passage("62586f1259", "An executive tells the publication", before=1)
    annotations = annotate_text(nlp, text)
    (claim,) = [c for c in annotations.claims + annotations.measures if text[c.start : c.end].startswith("18 hours")]
    assert (claim.asserted_by, claim.affiliation) == ("An executive", "Intel")


def test_reported_by_after_a_comma_credits_its_agent(nlp):
    # israel_approves_transfer..., 35d763403c: "The approval comes one day after Prime Minister Benjamin Netanyahu
    # met with 11 senior religious rabbis to to ask for their support, reported by Haaretz, in the wake of ..."
    text = _passage("35d763403c", "met with 11 senior religious rabbis")
    assert figure_source(annotate_text(nlp, text), text, "11 senior") == "Haaretz"


def test_a_paragraph_of_several_sentences_after_a_statement_is_the_writers(nlp):
    # erie_smashes_snowfall_record..., 136fdf3b74: "Emergency management coordinator Dale Robinson says that will allow
    # officials to bring in some National Guard resources ... ¶ The storm brought 34 inches of snow on Christmas Day,
    # ... Another 24.5 inches fell by Tuesday night, ...": the snowfall is not Robinson's
    text = _passage("136fdf3b74", "The storm brought 34 inches", before=1)
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "34 inches") is None
    assert figure_source(annotations, text, "24.5 inches") is None


def test_a_caption_and_a_sentence_after_a_quote_paragraph_are_not_the_speakers(nlp):
    # china_promises_the_moon, 2ae4755e20: "..., Hu Hao, an official from China's Lunar Exploration Programme, told the
    # paper. ¶ The Long March-5 Y2 rocket takes off from Wenchang ... July 2, 2017. The new Chang'e 4 space mission will
    # launch in June, when a Long March 4C rocket will carry a 425kg relay satellite ..."
    text = _passage("2ae4755e20", "The Long March-5 Y2 rocket takes off", before=1)
    assert figure_source(annotate_text(nlp, text), text, "425kg") is None


def test_a_paragraph_with_its_own_reporting_clause_still_carries_the_source(nlp):
    # plague gold (New York Post): "... the news agency said, citing the regional health commission. ¶ A total of 28
    # people who were in close contact with the patient were put under medical quarantine. No one has shown symptoms
    # such as fever, so far, the commission said.": the new paragraph is the commission's report too
    text = (
        "The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner Mongolia "
        "Autonomous Region, the news agency said, citing the regional health commission.\n\nA total of 28 people who "
        "were in close contact with the patient were put under medical quarantine. No one has shown symptoms such as "
        "fever, so far, the commission said.\n\nThe incident comes after two other patients were quarantined."
    )
    source = figure_source(annotate_text(nlp, text), text, "28 people")
    assert source is not None and "commission" in source


def test_a_finding_or_a_belief_is_not_carried_to_the_next_sentence(nlp):
    # PolNeAR train: a source credited with "show", "know", "argue" is never the next sentence's (0 of 39 carried
    # right); "said" hands the floor over (214 right, 97 wrong)
    text = "A poll by the university showed that 54 percent of voters backed the plan. The city has 300,000 residents."
    assert figure_source(annotate_text(nlp, text), text, "300,000") is None
    text = "Two ferries sank overnight, the coast guard said. About 80 passengers were rescued."
    assert figure_source(annotate_text(nlp, text), text, "About 80") == "coast guard"


def test_a_sentence_opening_according_to_opens_a_passage_a_trailing_one_does_not(nlp):
    # january_will_bring_two_supermoons..., d2cf1395da: "According to space.com, Monday will see the 'biggest full moon
    # of 2018'. ¶ Skywatchers can look up as the moon appears 7 per cent bigger ...": space.com's (PolNeAR train 3 of
    # 4 carried right); a trailing "according to" goes on with nothing (0 of 14)
    text = _passage("d2cf1395da", "Skywatchers can look up", before=1)
    assert figure_source(annotate_text(nlp, text), text, "7 per cent") == "space.com"
    text = "Ferguson had two murders in 2014, according to the FBI data. The town has 21,000 residents."
    assert figure_source(annotate_text(nlp, text), text, "21,000") is None


def test_the_circumstance_of_an_inner_report_is_background_for_the_outer_one_too(nlp):
    # plague gold (The Sun): "Health authorities in China's Inner Mongolia have confirmed that a third instance of the
    # plague has been reported, after two people contracted it in Beijing earlier this month.": the two earlier
    # cases are the writer's background, not what the authorities confirmed
    text = (
        "Health authorities in China’s Inner Mongolia have confirmed that a third instance of the plague has been "
        "reported, after two people contracted it in Beijing earlier this month."
    )
    assert figure_source(annotate_text(nlp, text), text, "two") is None


def test_a_quotation_whose_marks_do_not_pair_is_its_closing_speakers(nlp):
    # possible_meteor_lights_up_night_sky..., 10f26ac662: '"We have received 230 witness reports for a bright fireball
    # ... On average witnesses reported the event lasted for 3.9 seconds. The average magnitude ... 6-12 inches wide,”
    # Mike Hankey, an operations manager at the American Meteor Society told RT.com.' (a straight mark opens it, a
    # curly one closes it): Hankey's figures, the witnesses he reports on inside his words included
    text = _passage("10f26ac662", "We have received 230 witness reports")
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "230") == "Mike Hankey"
    assert figure_source(annotations, text, "3.9") == "Mike Hankey"
