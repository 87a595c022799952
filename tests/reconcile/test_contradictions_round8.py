"""A denied thing is affirmed only by a sentence naming it with more of what is denied; a future, a condition or a
goal denies no fact (issue 14, part 3: the main contradiction of a summary must be one).

Real sentences of the BBC business file's Yukos, Manchester United and oil stories (bbc-news/business, the first 300
files sorted), each listed as a "statement" contradiction before these rules and none a contradiction by hand; the
kursk example's denial still is one.
"""

from __future__ import annotations

import pytest

from newsweave.reconcile.contradictions import _score, denies, negated_head
from tests.conftest import annotate_text


def _first(nlp, text: str, negated: bool):
    return next(s for s in annotate_text(nlp, text).statements if s.negated == negated)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Glazer's financial backers, including JP Morgan, the US investment bank have said they won't back a bid "
        "unless it receives backing from the owners of at least 75% of the club's shares.",  # a future on a condition
        "Opec closely watches global stocks to ensure that there is not an excessive supply in the market.",  # a goal
    ],
)
def test_a_future_a_condition_or_a_goal_denies_no_fact(nlp, text):
    assert not denies(_first(nlp, text, negated=True))


@pytest.mark.parametrize(
    ("negative", "positive"),
    [
        (
            "Legal expert William Butler said there was no treaty between the US and Russia to recognise the other's "
            "legal rulings.",
            '"The vast majority of the business and financial activities of Yukos continue to occur in Russia," Judge '
            "Clark said in her ruling.",
        ),  # no treaty: the affirming sentence names none
        (
            "However, as the firm is based in Russia and has no significant US assets, lawyers are unsure of the "
            "outcome of the case.",
            "Russia's reputation among investors has been hurt in recent months by the heavy tax bills and asset "
            "seizures imposed on companies such as oil giant Yukos.",
        ),  # "asset seizures" name assets, not significant US ones
    ],
)
def test_a_denied_thing_is_not_affirmed_by_a_sentence_that_merely_names_it(nlp, negative, positive):
    assert _score(_first(nlp, negative, True), _first(nlp, positive, False)) == 0


def test_the_kursk_denial_of_direct_combat_is_still_affirmed(nlp):
    negative = _first(
        nlp,
        "While South Korean officials maintain that there was no direct combat, they acknowledged an incident "
        "involving North Korean troops near the frontline.",
        True,
    )
    assert negated_head(negative) == "combat"
    positive = _first(
        nlp,
        "In a dramatic escalation of the Russia-Ukraine war, North Korean troops have engaged in their first direct "
        "combat with Ukrainian forces in Russia's Kursk region.",
        False,
    )
    assert _score(negative, positive) > 0
