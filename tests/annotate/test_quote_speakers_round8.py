"""Quote speakers, eighth session of issue 12: dash credits after quotations, and the wrong speakers and
no-quotes the news-threads audits listed. Each test reads a real article (PolNeAR or news-threads) by path."""

from __future__ import annotations

from newsweave.reading import read_articles
from tests.annotate.test_attribution_news_threads import _passage
from tests.annotate.test_attribution_news_threads_round3 import _speakers, _whole
from tests.conftest import POLNEAR, SHARED, annotate_text


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


def test_the_owner_of_a_quoted_remark_said_it(nlp):
    # Top_Female__Recording_Academy, edf3e9660d: 'Six top female music industry executives called the Recording
    # Academy "woefully out of touch" in a joint letter marking the latest fallout following Neil Portnow's
    # controversial "step up" remarks.': Portnow said "step up", not the executives the clause is about
    text = _passage("edf3e9660d", 'controversial "step up" remarks')
    quotes = annotate_text(nlp, text).quotes
    assert [q.speaker for q in quotes if q.text == "step up"] == ["Neil Portnow"]
    assert [q.speaker for q in quotes if q.text.startswith("woefully")] == ["Six top female music industry executives"]


def test_the_channel_before_a_colon_does_not_speak(nlp):
    # Top_Female__Recording_Academy, edf3e9660d: 'Update: Grammy president Neil Portnow responded to the letter, via
    # the New York Times: "We appreciate the points raised ..."': the Times carried it, Portnow said it
    text = _passage("edf3e9660d", "via the New York Times")
    assert set(_speakers(annotate_text(nlp, text), "We appreciate the points")) == {"Neil Portnow"}


def test_a_short_quoted_term_that_is_its_clauses_subject_is_no_quote(nlp):
    # Apple_removed_Telegram, USA Today 26c06dca71: 'Its “secret chats” employ end-to-end encryption, ...': a term
    # named, not words said (before: a quote said by "Its “secret chats")
    text = _passage("26c06dca71", "secret chats")
    assert _speakers(annotate_text(nlp, text), "secret chats") == []


def test_inverted_verb_of_writing_credits_the_person_noun_after_it(nlp):
    # amazon_and_microsoft, Newsweek 108638b823: '“Got it,” wrote a man at an Oracle email address, also directed to
    # a pimp.' and '“Think you might have the wrong guy,” wrote another to a pimp ...': the writer after the verb
    text = _passage("108638b823", "Got it", before=3)
    annotations = annotate_text(nlp, text)
    assert _speakers(annotations, "Got it") == ["a man"]
    assert _speakers(annotations, "the wrong guy") == ["another man"]  # another of the "one man" before


def test_another_is_another_of_the_kind_named_before(nlp):
    # plague gold (MailOnline): 'one user on Weibo, which is essentially China's version of Twitter, posted: "..."'
    # then 'Another reportedly said: ”Bird flu in the year of the rooster ...”': another user on Weibo
    text = _plague_weibo_passage()
    assert "another user on Weibo" in {q.speaker for q in annotate_text(nlp, text).quotes}


def _plague_weibo_passage() -> str:
    """The two Weibo paragraphs of the plague gold file's MailOnline article, read from its benchmark page."""
    (page,) = (SHARED / "data" / "article-extraction-benchmark" / "html").glob("ba4dfe2d3e817ff7*.html.gz")
    text = next(iter(read_articles(page))).text
    paragraphs = text.split("\n")
    at = next(i for i, p in enumerate(paragraphs) if p.startswith("Another reportedly said"))
    return "\n".join(paragraphs[at - 2 : at + 1])
