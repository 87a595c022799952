"""US political news (PolNeAR stories, /work/notes/polnear-stories): the end of a quotation opened in an earlier
sentence is someone's words, and a verb's denial is affirmed only by a sentence naming what it denies. Each pair
below was a "statement" contradiction of a brief before these rules and is none by hand (audit9/summary.md)."""

from __future__ import annotations

import pytest

from newsweave.reconcile.contradictions import _score, denied_object, denies, quotation_tail
from tests.conftest import annotate_text


def _first(nlp, text: str, negated: bool):
    return next(s for s in annotate_text(nlp, text).statements if s.negated == negated)


@pytest.mark.parametrize(
    "text",
    [
        # huffingtonpost, the GOP debate: Rubio's quote runs over three sentences, the last one holds the "don't"
        "We don't want to be like the rest of the world; we want to be the United States of America.\"",
        # politico, 2016-07-06: Giuliani's quote opened before the sentence
        "I never had a case where somebody destroyed 34,000 emails,” said Giuliani, who served as U.S. attorney for "
        "the Southern District of New York from 1983 to 1989.",
    ],
)
def test_the_end_of_a_quotation_opened_before_denies_no_fact(nlp, text):
    assert quotation_tail(text)
    assert not denies(_first(nlp, text, negated=True))


def test_a_sentence_opening_its_own_quotation_has_no_quotation_tail():
    assert quotation_tail('"We are running a very radical campaign," Sanders said.') == ""
    assert quotation_tail("Sanders said “we are running a very radical campaign.”") == ""


def test_the_american_legion_permission_is_not_affirmed_by_a_sentence_about_the_campaign(nlp):
    negative = _first(
        nlp,
        "The American Legion wrote to Sanders’ Senate office that it did not have permission to use the emblem in "
        "his campaign fliers.",
        True,
    )
    positive = _first(
        nlp,
        '"We are running a very radical campaign because we are telling the American people the truth," Sanders '
        "said at a midday rally in downtown Manchester.",
        False,
    )
    assert denied_object(negative) == "permission"
    assert _score(negative, positive) == 0


def test_the_kursk_denial_of_active_combat_is_still_affirmed_by_combat(nlp):
    negative = _first(
        nlp,
        "Ukrainian President Volodymyr Zelenskyy acknowledged North Korean troop movements into the Kursk region, "
        "though he noted they had yet to participate in active combat.",
        True,
    )
    positive = _first(
        nlp,
        "In a dramatic escalation of the Russia-Ukraine war, North Korean troops have engaged in their first direct "
        "combat with Ukrainian forces, marking what experts call a significant turning point in the conflict.",
        False,
    )
    assert denied_object(negative) == "combat"
    assert _score(negative, positive) > 0


def test_an_intention_does_not_affirm_what_it_aims_at_yukos_us_presence(nlp):
    """BBC business (the first 300 files): the one statement contradiction left after round 8."""
    negative = _first(
        nlp,
        "Texas Judge Letitia Clark said Yukos did not have enough of a US presence to establish US jurisdiction.",
        True,
    )
    positive = _first(
        nlp,
        "By doing so, he said, the firm had intended to reinforce its US presence - and thus its chances of getting "
        "its case heard in US courts.",
        False,
    )
    assert _score(negative, positive) == 0
