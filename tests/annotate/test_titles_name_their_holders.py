"""A title read alone ("the prime minister said") stands for a person the article gives that title to, not for the
last person it named with other titles. Each test takes its passage from a real news-threads article."""

from __future__ import annotations

from tests.conftest import annotate_text

# news-threads 0393cb165c6961e71e19b291855af4135213d5ac2da9a43196c1c83b (The Times, Apple removed Telegram): the
# prime minister is Theresa May, whom the article never titles; Durov, the last person named, is the app's co-founder
TELEGRAM_MAY = (
    "Telegram, the messaging app, has been removed from Apple’s app store days after Theresa May singled it out for "
    "criticism as a haven for criminals and terrorists.\n"
    "Pavel Durov, the app’s co-founder, said on Twitter that Apple had found “inappropriate content” was available to "
    "users. Both the original Telegram and a new, updated version called Telegram X were removed.\n"
    "Mr Durov, 33, added: “Once we have protections in place we expect the apps to be back on the App Store.”\n"
    "Speaking at the World Economic Forum, the prime minister said last Wednesday: “Smaller platforms can quickly "
    "become home to criminals and terrorists. We have seen that happen with Telegram."
)


def test_a_title_the_last_person_named_does_not_hold_is_not_theirs(nlp):
    quotes = annotate_text(nlp, TELEGRAM_MAY).quotes
    may = next(q for q in quotes if q.text.startswith("Smaller platforms"))
    assert may.speaker == "the prime minister"
    assert TELEGRAM_MAY[may.speaker_start : may.speaker_end] == "the prime minister"
    durov = next(q for q in quotes if q.text.startswith("Once we have protections"))
    assert durov.speaker == "Pavel Durov"
