"""An "according to X," opening gives the sentence to X, also when X is a name the tagger took for a common noun
because of its spelling ("deVere"): only a bare lower-case noun is "according to plan". The passage is real:
news-threads a24d26ed (the Panama Papers, what the leak means for the offshore world)."""

from __future__ import annotations

from tests.conftest import annotate_text

DEVERE = (
    "It depends on whom you ask. Nigel Green, of the financial consultancy deVere Group, minimizes what the leak "
    'tells us. According to deVere, mechanisms are already in place around the world to make it "almost impossible '
    'to hide money."'
)


def test_according_to_a_name_with_an_inner_capital_credits_the_words_quoted_in_its_sentence(nlp):
    speakers = {q.text: (q.speaker, q.direct) for q in annotate_text(nlp, DEVERE).quotes}
    assert speakers == {
        'mechanisms are already in place around the world to make it "almost impossible to hide money': (
            "deVere",
            False,
        ),
        "almost impossible to hide money.": ("deVere", True),
    }
