"""`could_be_number` lets through every token shape `is_number` can accept, and nothing else needs a Token."""

from __future__ import annotations

from newsweave.annotate.quantities import could_be_number, is_number, number_groups
from tests.conftest import KURSK


def test_every_number_shape_passes_the_text_test():
    for word in ("12,000", "£4.5bn", "½", "5½", "sixfold", "10-fold", "twenty-five", "a", "An", "million",
                 "dozen", "PS6m", "minus-130", "7-", "1.2e6", "seven"):  # fmt: skip
        assert could_be_number(word, word.lower()), word
    for word in ("Kursk", "troops", "said", "North", "Zelensky", "."):
        assert not could_be_number(word, word.lower()), word


def test_number_groups_still_find_kursks_figures(nlp):
    """The groups are found after the text test: the three sides' troop counts of the bundled example."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(KURSK.glob("*.txt")))
    groups = {g.text for g in number_groups(nlp(text))}
    assert {"8,000", "11,000", "12,000"} <= groups
    assert not [t for t in nlp("The Kursk region, troops said.") if is_number(t)]
