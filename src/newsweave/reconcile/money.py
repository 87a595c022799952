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
    "purchase": "takeover", "merger": "takeover",
    "offer": "offer", "bid": "offer", "approach": "offer", "acquisition approach": "offer",
    "takeover approach": "offer", "takeover bid": "offer", "takeover offer": "offer", "acquisition offer": "offer",
    "budget": "budget", "spending": "budget",
    "salary": "pay", "wage": "pay", "bonus": "pay",
    "price": "price", "cost": "cost", "tax": "tax", "dividend": "dividend", "deficit": "deficit",
}  # fmt: skip
# The kinds of money a story has one of (the rescue, the company's valuation, the fine): two reports giving
# two values of one are in dispute. Every other kind (revenue, profit, a price, an offer) is counted for
# many companies, divisions, periods or products in one story, so a new value of it joins only the very
# value it restates, like a generic count (measured on the BBC briefs: "profits" of Barclays, Barclaycard
# and HSBC are not one quantity).
SPECIFIC_TERMS = {"rescue", "valuation", "fine", "settlement", "funding"}
# Words that make an amount the first of its kind in the story ("Broadcom's initial $103 billion offer", "its
# original $105 billion acquisition approach"): one amount however many later ones follow, so specific.
FIRST_WORDS = frozenset({"initial", "original", "first", "opening"})
# Words that end the head of a counted phrase ("package aimed at curbing the US budget deficit": a package).
HEAD_ENDS = {"aimed", "at", "to", "for", "in", "on", "that", "which", "who", "by", "from", "with", "against"}
WRITTEN_AS = {"valued": "valuation"}  # how a term is named when it was read from a verb
WINDOW = 8  # words from a money noun to the amount after it, at most ("lifeline ... worth up to $8 billion")
# The only words between an amount and a money noun after it ("$6.5 billion in debt", "$2.53 in per-share
# earnings"; not "$2.52 a share on revenue of $27.53 billion").
LINKS_AFTER = {"in", "of", "a", "per", "share", "per-share", "diluted"}
AMOUNT = re.compile(r"\D*\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
TERM_STARTS = frozenset(term.split()[0] for term in MONEY_TERMS)  # the first word of each money term


def _term(words: list[str], at: int) -> tuple[str, str, int] | None:
    """(term as written, its key, words used) for the money term starting at words[at], if one."""
    for size in (2, 1):
        phrase = " ".join(w.lower() for w in words[at : at + size])
        for form in (phrase, phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase):
            if len(phrase.split()) == size and form in MONEY_TERMS:
                return WRITTEN_AS.get(form, form), MONEY_TERMS[form], size
    return None


def term_of(counted: str | None) -> tuple[str, str] | None:
    """(term, key) when the counted phrase's head is a money noun ("buyout of existing shareholders")."""
    main = (counted or "").lower().partition(" of ")[0]
    words = WORD.findall(main)
    words = words[: next((i for i, w in enumerate(words) if w in HEAD_ENDS), len(words))]
    for at in range(len(words)):  # the longest term that ends the phrase: "tender offer", not "offer"
        found = _term(words, at)
        if found is not None and at + found[2] == len(words):
            return _first(found[0], words[:at]), found[1]
    return None


def _first(term: str, before: list[str]) -> str:
    """The term with the word that makes it the first of its kind, when the word right before it (or before its
    amount) is one ("initial offer")."""
    first = before[-1].lower() if before and before[-1].lower() in FIRST_WORDS else None
    return f"{first} {term}" if first else term


def _words_right_before(sentence: str, at: int) -> list[str]:
    """The words of the sentence before `at` when a space, not a clause break, separates them from it."""
    before = sentence[:at]
    return WORD.findall(before) if before.endswith(" ") and before.rstrip()[-1:] not in (",", ";", ":") else []


def is_first(term: str) -> bool:
    """Whether a term names the first amount of its kind ("initial offer"): one amount, so specific."""
    return term.split()[0] in FIRST_WORDS


def money_term(sentence: str, start: int, end: int, counted: str | None = None) -> tuple[str, str] | None:
    """(term, key) of the amount at [start, end) of its sentence: its counted money noun, else the nearest
    money noun of its clause, up to WINDOW words before the amount, or right after it ("$9.5 billion
    lifeline", "$6.5 billion in debt"; preferred on a tie); "$2.52 a share on revenue of $27.53 billion":
    $2.52 is no revenue."""
    own = term_of(counted)
    if own is not None:  # "Broadcom's original $105 billion acquisition approach": first, said before the amount
        return own if is_first(own[0]) else (_first(own[0], _words_right_before(sentence, start)), own[1])
    amount = AMOUNT.match(sentence, start, end)
    end = amount.end() if amount else end  # the words the number reader took after the amount are read as words
    best: tuple[int, int, str, str] | None = None
    for match in WORD.finditer(sentence):
        first = match.group()[:40].lower()
        if first not in TERM_STARTS and first[:-1] not in TERM_STARTS:
            continue  # no money term starts with this word (most words): `_term` would find none
        words = WORD.findall(sentence[match.start() : match.start() + 40])
        found = _term(words, 0)
        if found is None:
            continue
        if start <= match.start() < end:
            continue
        after = match.start() >= end
        gap = sentence[end : match.start()] if after else sentence[match.end() : start]
        if CLAUSE_BREAK.search(gap):
            continue
        distance = len(WORD.findall(gap))
        if distance > WINDOW or (after and not set(WORD.findall(gap.lower())) <= LINKS_AFTER):
            continue
        rank = (distance, 0 if after else 1)
        if best is None or rank < best[:2]:
            before = _words_right_before(sentence, min(start, match.start()))  # "initial $103 billion offer"
            best = (*rank, _first(found[0], before), found[1])
    return (best[2], best[3]) if best else None
