"""Reported speech beyond "X said that": stances and acts with an object, relative-pronoun speakers, and
words quoted inside someone's own sentence (sentences from PolNeAR's training split)."""

from __future__ import annotations

from tests.conftest import annotate_text


def _quote(annotations, words: str):
    found = [q for q in annotations.quotes if words in q.text]
    assert found, f"no quote holds {words!r}"
    return found[0]


def test_a_stance_or_act_reports_its_object(nlp):
    announced = annotate_text(
        nlp, "Obama announced a series of non-legislative steps to tighten firearms sales in the U.S."
    )
    quote = _quote(announced, "a series of non-legislative steps")
    assert (quote.direct, quote.speaker, quote.cue) == (False, "Obama", "announced")
    criticized = annotate_text(
        nlp,
        "Fr. Frank Pavone, national director of Priests for Life, criticized the Democratic Party’s draft platform "
        "language on abortion.",
    )
    assert _quote(criticized, "draft platform language on abortion").speaker == "Frank Pavone"
    # an object that is a pronoun reports nothing one can read
    assert not annotate_text(nlp, "The senator criticized it on Monday.").quotes


def test_a_relative_pronoun_speaks_for_its_antecedent(nlp):
    text = (
        "''Revenues are up a little bit, and so are rounds,'' said Mr. Ekovich, who noted that during the years of "
        "the recession the price of some golf courses had ''cratered'' to about half their former value."
    )
    quote = _quote(annotate_text(nlp, text), "the price of some golf courses")
    assert quote.speaker == "Ekovich"
    assert text[quote.speaker_start : quote.speaker_end] == "who"  # the phrase as written, resolved


def test_words_quoted_in_someones_sentence_are_theirs(nlp):
    text = (
        "Rubio also bemoaned the current political climate in which people “literally hate each other” because "
        "they differ politically."
    )
    assert _quote(annotate_text(nlp, text), "literally hate each other").speaker == "Rubio"
    # a subject that cannot speak leaves the quote without a speaker
    assert _quote(annotate_text(nlp, "The storm caused “catastrophic” damage."), "catastrophic").speaker is None


def test_a_quote_introduced_by_a_colon_or_according_to(nlp):
    shaw = annotate_text(
        nlp,
        "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known "
        "candidates beating establishment candidates in early contests have seen the biggest boost in their "
        "national support.”",
    )
    assert _quote(shaw, "lesser-known candidates").speaker == "Daron Shaw"
    clinton = annotate_text(
        nlp,
        "When Wallace died in 1998, President Clinton released the following statement:  “Hillary and I offer our "
        "condolences to the family and friends of George Wallace.”",
    )
    assert _quote(clinton, "our condolences").speaker == "Clinton"
    newspaper = annotate_text(
        nlp,
        "According to the newspaper, “America’s porous gun laws empower dealers to sell weapons to essentially any "
        "adult who passes a background check.”",
    )
    assert _quote(newspaper, "porous gun laws").speaker.lower() == "the newspaper"


def test_a_headline_credited_to_a_body_before_its_colon(nlp):
    ann = annotate_text(
        nlp, "Poll: Bernie Sanders Burns Hillary Clinton With First-Ever National Lead.\n\nThe race is on."
    )
    assert _quote(ann, "Bernie Sanders Burns Hillary Clinton").speaker == "Poll"
    # a line naming a place before its colon credits nobody
    assert not [q for q in annotate_text(nlp, "Paris: The Attacks Highlight the Threat.").quotes if q.speaker]


def test_accused_of_reports_the_charge(nlp):
    ann = annotate_text(nlp, "Clinton has repeatedly accused Trump of using divisive rhetoric.")
    quote = _quote(ann, "of using divisive rhetoric")
    assert (quote.speaker, quote.text) == ("Clinton", "Trump of using divisive rhetoric")


def test_a_nouns_that_clause_under_a_reporting_verb(nlp):
    # meth gold, The Hill
    text = (
        "The tagline drew a mix of criticism and ridicule across Twitter on Monday, but Noem cited the backlash as "
        "proof that efforts to raise awareness around South Dakota's methamphetamine crisis was, in fact, working."
    )
    quote = _quote(annotate_text(nlp, text), "efforts to raise awareness")
    assert (quote.direct, quote.speaker) == (False, "Noem")


def test_continued_asked_and_two_subjects(nlp):
    # PolNeAR train: a verb that introduces a quote only beside it; the quote parsed as a second subject
    continued = annotate_text(
        nlp, "Smith spoke. “Honestly,” he continued, “we may be on the brink of electing such a damaged narcissist.”"
    )
    assert _quote(continued, "on the brink").speaker == "Smith"
    le_pen = annotate_text(
        nlp,
        "“As far as France’s best interest is concerned it’s, ‘Everything but Hillary Clinton’,” Le Pen told CNN "
        "in an interview.",
    )
    assert _quote(le_pen, "France’s best interest").speaker == "Le Pen"
    # "Asked whether ...": the one asked is the subject; who asked is not said
    asked = annotate_text(nlp, "Asked whether he would run again, Senator Smith said he had not decided yet.")
    assert not [q for q in asked.quotes if "would run again" in q.text and q.speaker]


def test_who_may_speak_someone_a_share_of_those_polled_a_poll(nlp):
    # PolNeAR train
    shouted = annotate_text(
        nlp,
        "When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated Southern accent, "
        "“Amen, brother! Come on up and get baptized!”",
    )
    assert _quote(shouted, "Cruz").speaker == "someone in the audience"
    polled = annotate_text(nlp, "And 64 percent call him competent, after 55 percent said so in December.")
    assert _quote(polled, "him competent").speaker == "64 percent"
    polling = annotate_text(
        nlp, "Exit polling showed that Clinton won every demographic tracked except voters under 30."
    )
    assert _quote(polling, "Clinton won every demographic").speaker == "Exit polling"


def test_a_short_object_of_speaking_about(nlp):
    text = "The senator has spoken about Palestinian dignity in a manner that is unusual for a Democratic candidate."
    assert _quote(annotate_text(nlp, text), "Palestinian dignity").cue == "spoken"


def test_a_quoted_title_is_named_not_said(nlp):
    # PolNeAR train, HuffPost
    text = (
        "Actress Danai Gurira took home the show’s “Star Power” award for her roles acting in “The Walking Dead” "
        "and as playwright."
    )
    assert not [q for q in annotate_text(nlp, text).quotes if q.direct]
    # one capitalised word may be a cry, and a sentence is said
    shouted = annotate_text(nlp, "Someone in the audience shouted, “Cruz,” and the senator laughed.")
    assert _quote(shouted, "Cruz").direct


def test_words_quoted_in_a_clause_without_a_verb_of_saying_are_its_subjects(nlp):
    # PolNeAR train (politico, wash-post): the subject of the clause the quoted words belong to says them
    ad = annotate_text(nlp, "The ad targets a “corrupt political system that keeps in place a rigged economy.”")
    assert _quote(ad, "corrupt political system").speaker == "The ad"
    crowd = annotate_text(nlp, "At one point the crowd loudly reprised the caustic chant “Lock her up!”")
    assert _quote(crowd, "Lock her up").speaker == "the crowd"


def test_words_quoted_deep_in_a_noun_phrase_are_the_clauses_subjects(nlp):
    # PolNeAR train (breitbart): five steps from the quoted words up to "reserved", its "he" resolved
    text = (
        "Jeb Bush was better than in previous outings, even if he reserved his most eloquent passion for the "
        "Republican-repelling cause of “comprehensive immigration reform.”"
    )
    assert _quote(annotate_text(nlp, text), "comprehensive immigration reform").speaker == "Jeb Bush"


def test_a_speaker_the_parser_took_for_an_object_or_a_preposition_s(nlp):
    # PolNeAR train (nyt): "recalled Mr. Rhodes" parsed as an object; "Warren" as the object of "with reporters on"
    rhodes = annotate_text(nlp, "''Several of us were arguing we have to wait for the moment,'' recalled Mr. Rhodes.")
    assert _quote(rhodes, "Several of us").speaker == "Rhodes"
    warren = annotate_text(
        nlp,
        "But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, "
        "said, ''I mean, a raid is a combat operation.''",
    )
    assert _quote(warren, "a raid is a combat operation").speaker == "Steven H. Warren"
