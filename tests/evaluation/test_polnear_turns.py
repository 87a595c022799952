"""PolNeAR annotates a quotation split by its reporting clause as one attribution with two content
spans; our adapter joins the pieces of one speaker's turn the same way."""

from __future__ import annotations

from newsweave.evaluation.polnear import our_attributions


def test_a_split_quotation_is_one_attribution(nlp):
    text = (
        "Senator Jane Roe spoke in Des Moines on Friday.\n\n"
        "“It’s downright ludicrous,” Roe said. “He should be ashamed of himself.”\n\n"
        "“We will see,” said John Doe, her opponent."
    )
    found = our_attributions(nlp(text), "t")
    joined = [a for a in found if len(a.content) == 2]
    assert len(joined) == 1
    pieces = [text[s:e] for s, e in joined[0].content]
    assert pieces == ["It’s downright ludicrous,", "He should be ashamed of himself."]
    assert any(text[s:e] == "We will see," for a in found if len(a.content) == 1 for s, e in a.content)


def test_attributions_sharing_most_words_become_one_with_its_source():
    from newsweave.evaluation.polnear import Attribution, _univocal

    stance = Attribution([(0, 40)], [(50, 55)])  # "criticized the plan ..." with its speaker
    unsourced = Attribution([(5, 35)], [], direct=True)  # a quote inside it, no speaker found
    apart = Attribution([(60, 90)], [(95, 99)])
    assert _univocal([unsourced, stance, apart]) == [stance, apart]
