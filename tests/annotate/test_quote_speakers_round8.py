"""Quote speakers, eighth session of issue 12: dash credits after quotations, and the wrong speakers and
no-quotes the news-threads audits listed. Each test reads a real article (PolNeAR or news-threads) by path."""

from __future__ import annotations

from tests.annotate.test_attribution_news_threads import _passage
from tests.annotate.test_attribution_news_threads_round3 import _speakers, _whole
from tests.conftest import POLNEAR, annotate_text


def _polnear_text(split: str, stem: str) -> str:
    (path,) = (POLNEAR / "data" / split / "text").glob(f"{stem}*.txt")
    return path.read_text(encoding="utf-8")


def _speaker_of(annotations, words: str) -> str | None:
    found = [q for q in annotations.quotes if words in q.text]
    assert found, f"no quote holds {words!r}"
    return found[0].speaker


def test_a_dash_credit_after_each_quotation_names_its_speaker(nlp):
    # PolNeAR dev, HuffPost: '“Trump must stop portraying Latinos ...”― Carla Sanchez.' and '... they have.” ―
    # Esther Tapia\xa0': each reader's comment is credited by the dash line that follows it, not by continuation
    # from the comment above
    text = _polnear_text("dev", "huff-post_2016-09-27_latinos-share-their-most")
    annotations = annotate_text(nlp, text)
    assert _speaker_of(annotations, "Trump must stop portraying Latinos") == "Carla Sanchez"
    assert _speaker_of(annotations, "He can’t even answer a question") == "Esther Tapia"


def test_a_dash_credit_on_the_next_line_names_its_speaker(nlp):
    # PolNeAR train, Washington Post fact check: '"Boeing and GE ... pay zero taxes."\n\n- Sanders.'
    text = _polnear_text("train", "wash-post_2016-02-05_in-the-democrats-debate")
    annotations = annotate_text(nlp, text)
    assert _speaker_of(annotations, "I will look into it") == "Hillary Clinton"
    assert _speaker_of(annotations, "pay zero taxes") == "Bernie Sanders"


def test_a_dash_that_opens_a_heading_credits_no_one(nlp):
    # PolNeAR train, Breitbart: 'Ramos believes in journalism that “takes sides.”  – Ready to quiz Trump –.': a
    # heading after the quote, not a credit
    text = _polnear_text("train", "breitbart_2016-04-12_mexican-anchor")
    assert "Ready to quiz Trump" not in {q.speaker for q in annotate_text(nlp, text).quotes}


def test_she_continues_the_main_subject_not_a_name_in_its_phrases(nlp):
    # Quentin_Tarantino, NYT 6500961852: 'When asked ... “The Parisian Woman,” ... written by “House of Cards”
    # creator Beau Willimon, she looked steely and said ...' then '“I used the word ‘anger’ ...,” she says now.':
    # "she" is the main clause's "she" of the sentence before (Thurman), not the man named in its phrases
    speakers = _speakers(_whole(nlp, "6500961852"), "I used the word")
    assert speakers and all(s is not None and "Thurman" in s for s in speakers)


def test_a_crime_reported_inside_the_spokeswomans_words_is_no_statement(nlp):
    # berlin, 23f05ed1a3: 'If women want to report a crime, officers would be available to take their statements,
    # Jakubowski said.': Jakubowski's statement holds it; the women say nothing, "a crime" is no quote
    quotes = annotate_text(nlp, _passage("23f05ed1a3", "report a crime")).quotes
    assert not [q for q in quotes if q.text.startswith("a crime")]
    assert "Jakubowski" in {q.speaker for q in quotes}


def test_abuse_reported_to_workers_inside_a_said_clause_is_no_statement(nlp):
    # berlin, 786e2d2088: 'The involvement of the Red Cross is crucial, the spokeswoman said, since distressed women
    # are more likely to report abuse to humanitarian workers than to police.'
    quotes = annotate_text(nlp, _passage("786e2d2088", "report abuse")).quotes
    assert not [q for q in quotes if q.speaker == "distressed women"]


def test_a_clause_reported_inside_anothers_words_stays_a_statement(nlp):
    # a sentence written for this test: a reported clause with a verb of its own inside someone else's reported
    # words is a statement of its own speaker (only plain objects are folded into the outer statement)
    text = "Senator Smith said that Governor Jones claimed that the vote was rigged in three counties."
    speakers = {q.speaker for q in annotate_text(nlp, text).quotes}
    assert {"Smith", "Jones"} <= {s.split()[-1] for s in speakers if s}
