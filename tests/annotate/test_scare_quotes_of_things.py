"""A term the writer marks with quotation marks below a verb of being or having is no one's words, no quote: the
subject of the clause does not say it. Words quoted in a clause whose subject can voice them stay the subject's ("the
crowd reprised the chant “Lock her up!”", tests/annotate/test_quotes_attitudes.py); a clause set in someone's point
of view is theirs. Each passage is real: news-threads articles, PolNeAR dev."""

from __future__ import annotations

from tests.conftest import annotate_text

# news-threads 26c06dca (Telegram's secret chats)
TELEGRAM = (
    "In the company blog, Telegram wrote that “nobody, including Telegram, can decipher the data exchanged by "
    "communicating parties.” The company says secret chat messages cannot be forwarded, and when you delete them, the "
    "message on the other side of the communication string will also be deleted. Senders can also arrange to have "
    "messages “self-destruct” after a designated time after which they’ve been opened or read."
)
# news-threads ebbce5e7 (Berlin's New Year's Eve safety area)
BERLIN = (
    "PARTYGOERS in Berlin will see a “safe zone” for women set up at New Year’s Eve celebrations for the first time "
    "ever."
)
# news-threads 22ceaac6 (bitcoin's fall)
BITCOIN = (
    "Q&A What is bitcoin and is it a bad investment? Show Hide Bitcoin is the first, and the biggest, "
    "“cryptocurrency” – a decentralised tradeable digital asset. Whether it is a bad investment is the big question."
)


def _speakers(nlp, text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in annotate_text(nlp, text).quotes if q.direct}


def test_a_term_below_a_verb_of_having_is_no_quote_of_the_subject(nlp):
    assert _speakers(nlp, TELEGRAM) == {
        "nobody, including Telegram, can decipher the data exchanged by communicating parties.": "Telegram"
    }


def test_a_term_below_a_verb_of_being_or_seeing_is_no_quote(nlp):
    assert _speakers(nlp, BERLIN) == {}
    assert _speakers(nlp, BITCOIN) == {}


def test_a_judgement_in_someones_eyes_is_the_owners_quote(nlp):
    # PolNeAR dev usa-today_2016-09-16_hold-melania-trump-to-her-husban (readers' comments): the clause is set in his
    # point of view; PolNeAR's Source is "his" (left unresolved: the comment names no person before it as a subject)
    text = (
        "Seriously, Melania's story is the bottom of the pile. Taxes? Foundation? Foreign deals?\n\n@plish516.\n\n"
        'Only European immigrants are "safe" in his eyes.'
    )
    assert _speakers(nlp, text) == {"safe": "his"}


def test_marked_words_in_a_sentence_according_to_someone_are_theirs(nlp):
    # news-threads ee7a6162 (Broadcom's bid for Qualcomm): "according to a statement" gives the sentence a source
    text = (
        "The new offer of $82 a Qualcomm share will be Broadcom’s “best and final,” according to a statement Monday. "
        "The deal would take the form of $60 in cash and the remainder in Broadcom shares."
    )
    assert _speakers(nlp, text) == {"best and final,": "a statement"}
