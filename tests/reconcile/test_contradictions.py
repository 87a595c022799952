"""A negated statement contradicts an affirmed one only when it denies a fact (issue 14, part 3: precision).

Real sentences: the kursk example's denials, and negations of the news-threads stories that were listed as
contradictions before these rules (a comparison, a record since 1959, a question, a quoted opinion, advice).
"""

from __future__ import annotations

import pytest

from newsweave.reconcile.contradictions import _score, denies, topical_nouns
from tests.conftest import annotate_text

DENIALS = [
    "Ukrainian President Volodymyr Zelenskyy acknowledged North Korean troop movements into the Kursk region, though "
    "he noted they had yet to participate in active combat.",
    "While South Korean officials maintain that there was no direct combat, they acknowledged an incident involving "
    "North Korean troops near the frontline.",
]
NOT_DENIALS = {
    "comparison": "It is not just the Chinese that have a programme of lunar exploration.",
    "record": "There have been no fatalities on board a tram in the UK since 1959, when two female passengers and the "
    "driver died when a tram caught fire in Shettlestone Road, Glasgow, after a collision with a lorry.",
    "question": "Why not just land in Tokyo and send the other person back?",
    "quoted opinion": "The chairman of Germany's police union, Rainer Wendt, criticized Berlin's planned safe zone "
    "for women in an interview with a German newspaper this week, saying: “Whoever came up with this idea did not "
    "understand its political dimension.",
    "hedged": "For those who have been able to stomach the ongoing spectacle of Western reporters climbing over "
    "themselves to produce the most hyperbolic, fear-mongering drivel on Russia, it should come as no surprise "
    "which world leader featured prominently in this latest hatchet job.",
    "possibility": "With his retirement and the difficulties for Felipe Nasr of Sauber to renew his contract, there "
    "is a chance that no Brazilian drivers will be on the grid in 2017.",  # news-threads 93a37a20d29c (f1_crash)
    "whole sentence": "Nonetheless, the move to set up a safety zone for female party-goers in Berlin is not welcomed "
    "by all, even from within Merkel's own party.",
    "advice": "And though the Chinese CDC has said that there is “no need” for Beijing residents to worry about the "
    "risk of plague infection, it has also acknowledged that remote regions of the country—like Yunnan and the "
    "Qinghai-Tibet plateau—are vulnerable to outbreaks.",
}


def _statement(nlp, text: str):
    [statement] = [s for s in annotate_text(nlp, text).statements if s.negated]
    return statement


@pytest.mark.parametrize("text", DENIALS)
def test_a_denial_of_a_fact_is_a_denial(nlp, text):
    assert denies(_statement(nlp, text))


@pytest.mark.parametrize("case", sorted(NOT_DENIALS))
def test_negations_that_deny_no_fact_are_not_denials(nlp, case):
    assert not denies(_statement(nlp, NOT_DENIALS[case]))


def test_a_word_the_whole_story_is_about_does_not_make_two_sentences_one_fact(nlp):
    """news-threads (Berlin's safe zone): "they aren't safe from assault elsewhere" against a sentence on the
    assaults of 2015 share only "assault", the story's topic."""
    negative = _statement(
        nlp,
        "A German police union boss has criticized organizers of Berlin's annual open-air New Year's Eve party for "
        'designating a special "safety area" for women, saying it suggests they aren\'t safe from assault elsewhere.',
    )
    positive = annotate_text(
        nlp,
        "On December 31, 2015, a wave of sexual assaults, as well as thefts and robberies targeting women swept "
        "through a number of German cities, including Dusseldorf, Hamburg, Frankfurt, and Stuttgart.",
    ).statements[0]
    assert _score(negative, positive) > 0
    assert "assault" in topical_nouns([negative, positive])
    assert _score(negative, positive, topical_nouns([negative, positive])) == 0


KENTERIS = (
    "Greek sprinter Kostas Kenteris has denied claims that he faked a motorbike crash to avoid a doping test days "
    "before the start of the Olympics."
)


def test_a_denial_verb_denies_its_whole_clause_and_needs_three_of_its_words_affirmed(nlp):
    """BBC (Kenteris): "has denied claims that he faked a motorbike crash to avoid a doping test" is a denial
    of its whole clause; "charges ... for avoiding a drugs test and faking an accident" affirms three of its
    words (avoid, test, fake) and contradicts it; a sentence sharing only the missed tests does not."""
    negative = _statement(nlp, KENTERIS)
    assert denies(negative)
    charged = annotate_text(
        nlp,
        "The Greek authorities have also brought criminal charges against the sprinters for avoiding a drugs test "
        "and faking an accident.",
    ).statements[0]
    missed = annotate_text(
        nlp,
        "Greek athletics' governing body has postponed by two weeks the judgement on sprinters Costas Kenteris and "
        "Katerina Thanou for missing doping tests.",
    ).statements[0]
    assert _score(negative, charged) > 0
    assert _score(negative, missed) == 0
