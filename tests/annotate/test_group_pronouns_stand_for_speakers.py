"""A "we" or "they" that speaks stands for people or a body named before, never for things named before it.
The passage is taken from a real news-threads article."""

from __future__ import annotations

from tests.conftest import annotate_text

# news-threads 26c06dca71d6f3c4e092f9131a98cb3a99cc0085b091302300ad128b (USA Today, Telegram removed from the App
# Store): "we expect the apps to be back" is Durov's hope, not something the apps said
TELEGRAM = (
    "Telegram’s founder and CEO said Apple removed the company’s controversial messaging apps from the iOS App Store "
    "because of content that apparently violated Apple’s guidelines.\n"
    "“We were alerted by Apple that inappropriate content was made available to our users, and both apps were taken "
    "off the App Store,” Pavel Durov remarked on Twitter. “Once we have protections in place, we expect the apps to "
    "be back on the App Store.” He did not comment on timing.\n"
    "We were alerted by Apple that inappropriate content was made available to our users and both apps were taken "
    "off the App Store. Once we have protections in place we expect the apps to be back on the App Store. — Pavel "
    "Durov (@durov) February 1, 2018\n"
)


def test_we_is_not_the_things_named_in_the_sentence_before(nlp):
    quotes = annotate_text(nlp, TELEGRAM).quotes
    assert [(q.text, q.speaker) for q in quotes if "apps to be back" in q.text] == [
        ("Once we have protections in place, we expect the apps to be back on the App Store.", "Pavel Durov")
    ]
    assert not [q for q in quotes if q.speaker == "both apps"]


# news-threads a84cfd5b (The Sun, Harambe): "they" who say are the cops of the sentence before, not the boy named there
HARAMBE = (
    "Earlier today cops revealed they ARE investigating the parents who forced zoo keepers to shoot dead endangered "
    "gorilla Harambe after Isiah fell into his cage.\n"
    'They say they are "thankful" to the zoo chiefs who shot down the 400lb animal - but now Ohio Cops are probing '
    "what happened."
)


def test_they_who_say_are_the_people_named_before_them(nlp):
    quotes = annotate_text(nlp, HARAMBE).quotes
    assert {q.speaker for q in quotes if "thankful" in q.text} == {"cops"}
