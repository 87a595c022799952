"""A figure said again: in brackets in another unit or currency right after it ("296 hp (224 kW)", "$5,920
(£4,250)"), or by reference to it ("the recent estimate of around 8,000 troops"). A restatement is no second
quantity: it takes the first figure's qualifier or counted noun, or is folded into its claim.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsweave.model import Claim

REFERRING_NOUNS = {"estimate", "figure", "number", "count", "tally", "total", "assessment", "report", "claim"}


def converts(group: Span, claim: Claim, previous: Claim, previous_group: Span) -> bool:
    """Whether a number in a unit or currency, in brackets right after a qualified figure and its unit, gives
    that figure in another unit ("just under 296 hp (224 kW / 300 PS)", "more than 7.5 million Danish crowns
    (US $1.1 million)"); "(and 20 dogs)" is another figure."""
    if previous.qualifier in ("exactly", "range") or claim.unit is None:
        return False
    return _bracketed_after(group, previous_group)


def converts_currency(group: Span, claim: Claim, previous: Claim, previous_group: Span) -> bool:
    """Whether an amount in brackets right after an amount in another currency gives it in that currency
    ("falling 14% to $5,920 (£4,250)"): a restatement of the amount, which keeps its place as a claim (a reader
    sees both currencies) but is no second quantity."""
    if claim.kind != "money" or previous.kind != "money" or not claim.unit or not previous.unit:
        return False
    currency, previous_currency = claim.unit.split(" per ")[0], previous.unit.split(" per ")[0]
    return currency != previous_currency and _bracketed_after(group, previous_group)


def _bracketed_after(group: Span, previous_group: Span) -> bool:
    doc = group.doc
    i = group.start - 1
    while i > previous_group.end and doc[i].text not in ("(", "/") and not doc[i].is_lower:
        i -= 1  # back past the currency ("US $") to the bracket, or to the slash between two conversions
    between = doc[previous_group.end : i]
    return doc[i].text in ("(", "/") and len(between) <= 3 and all(t.pos_ not in ("VERB", "AUX") for t in between)


def restates_earlier(claim: Claim, group: Span, earlier: list[Claim]) -> bool:
    """ "The recent estimate of around 8,000 troops": a reference back to a figure already given, recorded on
    that figure's claim."""
    head = group[-1]
    for _ in range(4):
        head = head.head
        if head.dep_ == "pobj" or head.lower_ == "of":
            continue
        if head.lemma_.lower() in REFERRING_NOUNS:
            has_det = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
            if has_det:
                for previous in earlier:
                    if previous.value == claim.value:
                        previous.restated.append((claim.start, claim.end))
                        return True
            break
    return False
