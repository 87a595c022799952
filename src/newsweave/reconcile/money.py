"""What a money figure is an amount of, read from its sentence: a valuation, a rescue, revenue, a loss.

The number reader ties an amount to the noun its parse gives, which for money is often the payer or the
payee ("After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork ...": "WeWork").
Two reports then never meet on "the lifeline". So a money figure is keyed by the money noun of its own
clause: the counted noun when it is one, else the nearest money noun within a few words of the amount
with no clause break between them. Synonyms share one key ("lifeline", "bailout", "rescue"), so reports
wording the same amount differently still meet; the key never crosses into another kind of money (a
loss is not revenue).
"""

from __future__ import annotations

import re

# money noun (singular, lower case) -> the quantity it names
MONEY_TERMS = {
    "lifeline": "rescue", "bailout": "rescue", "rescue": "rescue",
    "valuation": "valuation", "valued": "valuation", "market value": "valuation", "market cap": "valuation",
    "revenue": "revenue", "sales": "revenue", "turnover": "revenue",
    "profit": "profit", "earnings": "profit", "net income": "profit",
    "loss": "loss", "losses": "loss",
    "funding": "funding", "investment": "funding", "financing": "funding",
    "debt": "debt", "loan": "debt", "borrowing": "debt",
    "fine": "fine", "penalty": "fine",
    "settlement": "settlement", "damages": "settlement", "compensation": "settlement",
    "buyout": "buyout", "tender offer": "buyout", "takeover": "takeover", "acquisition": "takeover",
    "budget": "budget", "spending": "budget",
    "salary": "pay", "wage": "pay", "bonus": "pay",
    "price": "price", "cost": "cost", "tax": "tax", "dividend": "dividend", "deficit": "deficit",
}  # fmt: skip
WINDOW = 8  # words between an amount and its money noun at most
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _term(words: list[str], at: int) -> tuple[str, str, int] | None:
    """(term as written, its key, words used) for the money term starting at words[at], if one."""
    for size in (2, 1):
        phrase = " ".join(w.lower() for w in words[at : at + size])
        for form in (phrase, phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase):
            if len(phrase.split()) == size and form in MONEY_TERMS:
                return form, MONEY_TERMS[form], size
    return None


def term_of(counted: str | None) -> tuple[str, str] | None:
    """(term, key) when the counted phrase's head is a money noun ("buyout of existing shareholders")."""
    main = (counted or "").lower().partition(" of ")[0]
    words = WORD.findall(main)
    for at in range(len(words) - 1, -1, -1):
        found = _term(words, at)
        if found is not None and at + found[2] == len(words):
            return found[0], found[1]
    return None


def money_term(sentence: str, start: int, end: int, counted: str | None = None) -> tuple[str, str] | None:
    """(term, key) of the amount at [start, end) of its sentence: its counted money noun, else the nearest
    money noun of its clause within WINDOW words (after the amount on a tie: "$9.5 billion lifeline")."""
    own = term_of(counted)
    if own is not None:
        return own
    best: tuple[int, int, str, str] | None = None
    for match in WORD.finditer(sentence):
        words = WORD.findall(sentence[match.start() : match.start() + 40])
        found = _term(words, 0)
        if found is None:
            continue
        after = match.start() >= start  # a word of the figure's own span ("$6.5 billion in debt") is after
        before = sentence[match.end() : start] if match.start() < start else ""
        gap = sentence[end : match.start()] if match.start() >= end else before
        if CLAUSE_BREAK.search(gap):
            continue
        distance = len(WORD.findall(gap))
        if distance > WINDOW:
            continue
        rank = (distance, 0 if after else 1)
        if best is None or rank < best[:2]:
            best = (*rank, found[0], found[1])
    return (best[2], best[3]) if best else None
