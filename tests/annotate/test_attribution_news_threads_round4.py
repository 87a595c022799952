"""Who says so on news-threads, fourth round of issue 12: "as Wendt phrased it" after a quote, "uttering the
words, '...'", a name whose apposition holds a team, a verb of saying joined to the reported clause, a dateline,
a description built on a capitalised title. Each test reads the article's own text from the shared JSON."""

from __future__ import annotations

from tests.annotate.test_attribution_news_threads import _passage
from tests.annotate.test_attribution_news_threads_round3 import _speakers, _whole
from tests.conftest import annotate_text


def test_as_wendt_phrased_it_names_the_speaker(nlp):
    # berlin, 2c2d976f36: '... and that it could lead to the "end of equality, freedom and self-determination," in
    # Germany, as Wendt phrased it.': Wendt worded it, not the "others who believe" the clause hangs on
    text = _passage("2c2d976f36", "as Wendt phrased it", before=2)
    assert set(_speakers(annotate_text(nlp, text), "end of equality")) == {"Rainer Wendt"}


def test_uttering_the_words_credits_who_uttered_them(nlp):
    # bruce_arians, 6902d8bc17: 'Arians broke down the most after uttering the words, "I'm retiring."'
    assert set(_speakers(_whole(nlp, "6902d8bc17"), "I'm retiring")) == {"Bruce Arians"}


def test_a_name_whose_apposition_holds_a_team_is_the_speaker(nlp):
    # bruce_arians, 71f6514a26: "Arians, twice the NFL's coach of the year during his career with the Cardinals and
    # the Indianapolis Colts, announced his departure": Arians announces, not the Colts his apposition names
    speakers = _speakers(_whole(nlp, "71f6514a26"), "his departure")
    assert speakers and set(speakers) == {"Bruce Arians"}


def test_a_verb_of_saying_joined_to_the_reported_clause_is_the_reporter(nlp):
    # bruce_arians, 5a7c11ed66: 'He said the Cardinals had the best owner in the NFL "by far" and called general
    # manager Steve Keim his "little brother."': he (Arians) called Keim so, not the Cardinals
    speakers = _speakers(_whole(nlp, "5a7c11ed66"), "little brother")
    assert speakers and set(speakers) == {"Bruce Arians"}


def test_a_dateline_never_speaks(nlp):
    # bruce_arians, 5a7c11ed66: 'TEMPE, Ariz. — Say goodbye to "No risk it, no biscuit."': the place the report was
    # filed from is parsed as the subject of "Say"; it says nothing
    quotes = annotate_text(nlp, _passage("5a7c11ed66", "TEMPE, Ariz.")).quotes
    assert not [q for q in quotes if q.speaker and ("TEMPE" in q.speaker or "Ariz" in q.speaker)]


def test_a_capitalised_title_with_an_age_is_a_description(nlp):
    # bruce_arians, 5a7c11ed66: "Bruce Arians, one of the NFL's biggest personalities, is retiring ... ¶ The 65-year-old
    # two-time NFL Coach of the Year, known for his ... "no risk it, no biscuit" offense, announced the decision":
    # Arians, not an entity "NFL Coach"
    text = _passage("5a7c11ed66", "The 65-year-old two-time NFL Coach", before=1)
    speakers = _speakers(annotate_text(nlp, text), "no risk it, no biscuit")
    assert speakers and set(speakers) == {"Bruce Arians"}


def test_the_gun_control_advocate_is_the_woman_named_before(nlp):
    # chrissy_teigen, 1b020af851: "Even Watts, the woman who originally tweeted about the scene, is frustrated ... ¶
    # "Even more outrageous than leggings discrimination ...," the gun control advocate wrote on Medium." (the tagger
    # takes the lower-case "advocate" for a name)
    assert set(_speakers(_whole(nlp, "1b020af851"), "Even more outrageous")) == {"Shannon Watts"}


def test_the_model_and_tv_personality_is_the_person_named_before(nlp):
    # chrissy_teigen, 409a3093ce: "Chrissy Teigen and other Tokyo-bound passengers ended up right where they started
    # ... ¶ The model and TV personality tweeted about enduring her "flight to nowhere""
    text = _passage("409a3093ce", "The model and TV personality", before=1)
    assert set(_speakers(annotate_text(nlp, text), "flight to nowhere")) == {"Chrissy Teigen"}


def test_quoted_sentences_do_not_hide_whom_the_narration_is_about(nlp):
    # chrissy_teigen, 36e5d80496: "..., Teigen was taking it in stride ... 'I don't know why I'm not more upset about
    # this. The pleasure I get ...' ¶ 'Lmao after all this ... time to go home now,' apparently the in flight movie
    # playing was Gran Torino, according to the model.": the quoted sentences between say nothing of whom "the
    # model" is; the narration's Teigen is
    assert set(_speakers(_whole(nlp, "36e5d80496"), "Like we were all just havin")) == {"Chrissy Teigen"}


def test_he_is_not_a_woman_the_article_shows_as_she(nlp):
    # Quentin_Tarantino_Uma_Thurman_car_crash, BBC 6979720e6a: "Quentin Tarantino has said allowing Uma Thurman to
    # drive a car ... is "one of the biggest regrets of my life". ¶ He said he drove the car in one direction ...,
    # but then asked Thurman to drive it the other way." No title marks either; "Thurman posted footage of her
    # crash", "Thurman said she had worries" do: "he" is Tarantino
    annotations = _whole(nlp, "6979720e6a")
    for words in ("he drove the car in one direction", "this is going to be okay", "It was heartbreaking"):
        assert set(_speakers(annotations, words)) == {"Quentin Tarantino"}, words


def test_she_is_the_subject_not_the_wife_named_beside(nlp):
    # Quentin_Tarantino_Uma_Thurman_car_crash, NYT 6500961852: 'Thurman got to know Weinstein and his first wife,
    # Eve, in the afterglow of "Pulp Fiction." "I knew him pretty well before he attacked me," she said.': both are
    # women ("Thurman says she ..."; "wife"), and the subject of the sentence before is the one who goes on
    assert set(_speakers(_whole(nlp, "6500961852"), "I knew him pretty well")) == {"Thurman"}


def test_the_spokesperson_is_not_the_woman_the_statement_names(nlp):
    # Quentin_Tarantino_Uma_Thurman_car_crash, 3333d198b8: 'A spokesperson for Thurman said ... ¶ "Mr. Weinstein
    # acknowledges making an awkward pass ... at Ms. Thurman ...," the spokesperson said.': a spokesperson speaks for
    # someone; without a person the article calls so, the words stay (never Thurman, whom they are spoken for)
    speakers = _speakers(_whole(nlp, "3333d198b8"), "Mr. Weinstein acknowledges making an awkward pass")
    assert speakers and not any(s and "Thurman" in s for s in speakers)


def test_a_spokeswoman_named_beside_her_title_still_speaks(nlp):
    # berlin, 786e2d2088: "..., spokeswoman for the festival Anja Marx told rbb24. ¶ ... The involvement of the Red
    # Cross is crucial, the spokeswoman said, ...": the title written before her name ties it to her
    speakers = _speakers(_whole(nlp, "786e2d2088"), "The involvement of the Red Cross is crucial")
    assert speakers and set(speakers) == {"Anja Marx"}


def test_the_name_after_a_dateline_speaks(nlp):
    # a dateline followed by the speaker's name, as US wire reports open (written for this case): the place is no
    # speaker, the name set after its dash is
    text = (
        "ATLANTA -- President Carter, dedicating the National Center for Civil and Human Rights on Monday, said it "
        "would tell a Southern story, one of “suffering and delight, one of fear, but also of hope.”"
    )
    quotes = [q for q in annotate_text(nlp, text).quotes if "Southern story" in q.text]
    assert quotes and all(q.speaker is not None and "Carter" in q.speaker for q in quotes)
