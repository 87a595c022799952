"""What a figure counts: the noun a number modifies, its phrase with the modifiers a reader needs ("North
Korean troops", "the top three seeds" as top seeds), and the condition of counted people (killed, missing).

Kept apart from `figures.py`, which decides what a figure is and who says so.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.annotate.conditions import CASUALTY_VERBS
from newsweave.annotate.numbers import CURRENCY_WORDS, DENOMINATORS, NOT_A_RATE, SCALES
from newsweave.annotate.units import Unit, lookup


def modified_noun(group: Span) -> Token | None:
    """The noun a number counts: its head when it modifies one, following scale and unit words; "times"
    for a multiple ("6.5 times earnings", "four times the number")."""
    doc = group.doc
    if group.end < len(doc) and doc[group.end].lower_ == "times":
        return doc[group.end]
    if (label := _label_before(group)) is not None:
        return label
    if (whole := share_whole(group)) is not None:
        return whole
    token = group[-1]
    for _ in range(3):
        if token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i:
            token = token.head
            if token.lower_ in CURRENCY_WORDS and token.lower_ + "s" not in CURRENCY_WORDS:
                break  # the currency of the amount; only a singular "dollar" modifies ("a million dollar house")
            if _names_currency(token):
                return None  # "30,000 Egyptian pounds": the amount's currency, no thing counted
            if (
                token.pos_ in ("NOUN", "PROPN")
                and token.is_alpha
                and token.lower_ not in SCALES | CURRENCY_WORDS.keys()
            ):
                return _past_hyphenated_modifier(token)
            if _named_model_plural(token):
                return token  # "63,150 Model 3s"
        elif token.pos_ == "ADJ" and token.dep_ == "amod" and token.i != group[-1].i and token.head.pos_ == "NOUN":
            token = token.head  # "12 current or former world leaders": the number hung on the first adjective
            return _past_hyphenated_modifier(token)
        else:
            break
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in COLLECTIVE_NOUNS:
        return token.head.head  # "this city of over 700,000", "a crew of five": the size of the whole named
    if token.dep_ == "conj" and token.head.dep_ == "nummod":
        noun = token.head.head
        # "48% use two or three and a small number, 7%, consult": the "%" of another number, counted by none
        return None if not noun.is_alpha and any(c.like_num and c.i >= group.end for c in noun.children) else noun
    if (
        token.lower_ in SCALES
        and token.dep_ == "npadvmod"
        and token.head.dep_ == "amod"
        and token.head.head.pos_ == "NOUN"
    ):
        return token.head.head  # "2.7m combined digital and physical sales": the scale parsed as the adjective's
    after = doc[group.end] if group.end < len(doc) else None
    if after is not None and after.tag_ == "NNS" and after.dep_ == "dep":
        return after  # "going from 1000 to 2000 hires": a plural noun right after the number, left unattached
    if token.lower_ in DENOMINATORS or token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        whole = of_object(token)  # "a third of those screened", "Seven of the injured"
        if whole is not None and whole.pos_ == "PROPN":
            return None  # "Credit Suisse has 1,105 and UBS, also of Switzerland, ...": a name's place, no members
        return antecedent(group) if whole is not None and whole.lower_ in ("which", "whom") else whole
    return None


# wholes a bare number "of" them sizes ("a city of 700,000", "a team of 12"): the whole is what it counts
COLLECTIVE_NOUNS = frozenset({
    "city", "town", "village", "country", "nation", "community", "population", "team", "crew", "group", "party",
    "delegation", "crowd", "force", "army", "staff", "workforce", "audience", "congregation", "squad", "family",
})  # fmt: skip
# nouns an amount "of" them only totals, which name no thing the money is for ("a total of $5m", "the sum of")
NOT_AN_AMOUNT_OF = frozenset({
    "total", "sum", "amount", "excess", "tune", "upwards", "average", "maximum", "minimum", "top", "region", "order",
})  # fmt: skip


def _names_currency(token: Token) -> bool:
    """Whether a noun is a currency the unit table names, alone or with the word before ("Egyptian pounds"), the
    plural being the money itself ("a million dollar house" is modified by its singular)."""
    if token.lower_ in CURRENCY_WORDS or token.tag_ not in ("NNS", "NNPS"):
        return False
    for surface in (token.text, f"{token.doc[token.i - 1].text} {token.text}" if token.i > 0 else ""):
        unit = lookup(surface) if surface else None
        if unit is not None and unit.kind == "money":
            return True
    return False


def amount_of(group: Span) -> Token | None:
    """The noun an amount of money is the value of: "N of $X" ("its initial offer of $70 a share", "a fine of $5
    million"), "N worth $X" / "N, valued at $X" ("an offshore empire worth more than $2 billion", "a Gulfstream
    jet, valued at roughly $65 million": the noun right before, wherever the parser hangs "worth"), "$X in N"
    ("more than $1 billion in taxes")."""
    doc = group.doc
    number = group[-1]
    if number.dep_ in ("nummod", "compound") and _names_currency(number.head):
        number = number.head  # "a fine of 1 million Egyptian pounds": the amount parsed as its currency word
    link = number.head
    if number.dep_ == "pobj" and link.lower_ == "of" and link.head.pos_ == "NOUN" and link.head.i < link.i:
        return None if link.head.lemma_.lower() in NOT_AN_AMOUNT_OF else link.head
    if link.lower_ == "worth" or (link.lower_ == "at" and link.head.lower_ in ("valued", "priced", "estimated")):
        word = link if link.lower_ == "worth" else link.head
        before = doc[word.i - 2] if word.i >= 2 and doc[word.i - 1].text == "," else doc[word.i - 1]
        return before if before.pos_ == "NOUN" and word.i > 0 else None
    after = doc[group.end] if group.end < len(doc) else None
    if after is not None and after.lower_ == "in" and after.head.i <= group.end:
        noun = next((c for c in after.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.tag_ == "NNS" and lookup(noun.text) is None:
            if not any(c.dep_ in ("det", "poss") for c in noun.children):
                return noun  # not "$5m in 2016", "in London", "in two years", "in the event of", "in exchange"
    return None


def antecedent(group: Span) -> Token | None:
    """The noun a relative "of which" picks its members from: the one before the comma that opens the number's
    clause ("a group of children, two of which were hers": children)."""
    doc = group.doc
    before = group.start - 1
    if before < 1 or doc[before].text != ",":
        return None
    noun = doc[before - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _label_before(group: Span) -> Token | None:
    """The label a fact box writes before a bare number and a colon ("Stages: 2 Boosters: 2 Cores: 3"): what it
    counts, whatever the parser hung the number on."""
    return group.doc[group.start - 2] if fact_box_value(group) else None


def fact_box_value(group: Span) -> bool:
    """A bare number after "Label:" in a sentence that lists two or more such pairs (a fact box: "Stages: 2
    Boosters: 2"); one "Ander Herrera: 4" or "including: 9 E 71st St" is no box."""
    doc = group.doc
    if group.start < 2 or doc[group.start - 1].text != ":" or len(group) != 1 or not group[0].text.isdigit():
        return False
    pairs = sum(
        1
        for t in group.sent
        if t.text == ":" and t.i > 0 and t.i + 1 < len(doc) and _label(doc[t.i - 1]) and doc[t.i + 1].like_num
    )
    return _label(doc[group.start - 2]) and pairs >= 2


def _label(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN")


def counted_phrase(noun: Token, exclude: set[int], counts: bool = False) -> str:
    """The counted noun with its modifiers: "North Korean troops", "shipping containers of artillery shells",
    "troops killed in action" (a participle of an outcome without a comma before it); for a count, the
    adjectives before its number too ("the top three seeds")."""
    doc = noun.doc
    left = noun.i
    while left > 0:
        prev = doc[left - 1]
        start = _hyphenated_start(prev, noun)
        if start < prev.i and not exclude & set(range(start, prev.i + 1)):
            left = start  # "coal-fired power plants", "gas-only powertrain options": one modifier in three tokens
            continue
        first = _coordinated_modifier(prev, noun)
        if first is not None and not exclude & set(range(first, prev.i + 1)):
            left = first  # "460 Kia and Hyundai vehicles": both names modify the vehicles counted
            continue
        if prev.dep_ == "cc" and prev.i - 1 not in exclude and prev.i >= 1 and _modifies(doc[prev.i - 1], noun):
            left -= 1  # "12 current or former world leaders": both adjectives modify the leaders counted
            continue
        if prev.i in exclude or prev.dep_ in ("det", "punct", "cc", "poss", "case") or prev.head.i < prev.i:
            break
        if prev.lower_ in CURRENCY_WORDS and prev.is_lower and (prev.i - 1 in exclude or doc[prev.i - 1].text == "-"):
            break  # the currency of the amount ("a million dollar house"), never what is counted
        if _other_count(prev, noun):
            break  # another number: "280 million of the 1.5 billion shekels" counts shekels
        if prev.dep_ not in ("amod", "compound", "nmod", "npadvmod") and prev.head != noun:
            break
        left -= 1
    right = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(t.i in exclude for t in child.subtree):
                break  # "the new offer of $82 a share": the offer; the number is no part of what it counts
            right = max(right, max(t.i for t in child.subtree if t.dep_ not in ("relcl",)) + 1)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and doc[child.i - 1].text != "," and _outcome(child):
            right = max(right, max(t.i for t in child.subtree) + 1)
        elif child.dep_ in ("nummod", "appos") and child.i == right and noun.pos_ == "PROPN" and child.like_num:
            right = child.i + 1  # a number in the name: "the S&P 500", "the FTSE 100"
        else:
            break
    text = re.split(r"\s*[,;(]", doc[left:right].text)[0].strip()
    before = _modifiers_before_number(noun, left, exclude) if counts else ""
    return f"{before} {text}" if before else text


def _modifies(token: Token, noun: Token) -> bool:
    return token.head == noun and token.dep_ in ("amod", "compound") and token.i < noun.i


# General ordinals: like "first" or "second" they pick which members are counted ("the previous two sessions",
# "the first two patients"), not what kind of thing (grammars call them postdeterminers).
GENERAL_ORDINALS = frozenset({"next", "last", "past", "previous", "other", "further", "following", "subsequent"})


def _modifiers_before_number(noun: Token, left: int, exclude: set[int]) -> str:
    """Adjectives of the counted noun written before its number, in a definite phrase: "the top three seeds"
    are top seeds. After "a" the adjective sizes the number ("a record 32 goals", "a mere 5"); participles
    ("the estimated 5,000", "the remaining 50") qualify it; ordinals pick members ("the first two")."""
    doc = noun.doc
    i = left - 1
    while i >= 0 and i in exclude:
        i -= 1
    if i == left - 1:
        return ""
    end = i + 1
    while i >= 0 and doc[i].head == noun and doc[i].dep_ == "amod" and doc[i].tag_ == "JJ":
        if doc[i].ent_type_ == "ORDINAL" or doc[i].lower_ in GENERAL_ORDINALS:
            break
        i -= 1
    if i + 1 == end or (i >= 0 and doc[i].lower_ in ("a", "an")):
        return ""
    return doc[i + 1 : end].text


def _named_model_plural(token: Token) -> bool:
    """A plural of a model named by a number after its make or line ("Model 3s", "Boeing 737s")."""
    if re.fullmatch(r"\d+s", token.text) is None:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1 for c in token.children)


def _hyphenated_start(token: Token, noun: Token) -> int:
    """Where a hyphenated modifier ending at the token starts ("coal-fired", "gas-only"), its parts written
    without spaces and attached within the noun's phrase; the token itself when it ends none."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text in ("-", "‐") and doc[start - 2].is_alpha:
        if doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
            break
        start -= 2
    parts = doc[start : token.i + 1]
    if start == token.i or not all(start <= t.head.i <= noun.i for t in parts):
        return token.i
    return start


def _past_hyphenated_modifier(noun: Token) -> Token:
    """The noun a hyphenated modifier belongs to, when the number counts it: "two gas-only powertrain options"
    counts options, the parser hanging the number on "gas"; "27 kerosene-fueled engines" counts engines."""
    doc = noun.doc
    glued = noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_
    if glued and not doc[noun.i + 1].whitespace_ and noun.dep_ in ("nmod", "compound", "amod", "npadvmod"):
        if noun.head.i > noun.i and noun.head.pos_ == "NOUN":
            return noun.head
        modifier = noun.head  # "27 kerosene-fueled Merlin 1D engines": engines, fueled by kerosene
        if modifier.i == noun.i + 2 and modifier.dep_ == "amod" and modifier.head.i > modifier.i:
            if modifier.head.pos_ == "NOUN":
                return modifier.head
    return noun


def _coordinated_modifier(token: Token, noun: Token) -> int | None:
    """Where a coordination of modifiers of the noun starts when the token ends one ("Kia and Hyundai" before
    "vehicles"), else None."""
    first = token.head
    if token.dep_ != "conj" or first.i >= token.i or first.head != noun:
        return None
    if first.dep_ not in ("compound", "amod", "nmod"):
        return None
    between = token.doc[first.i + 1 : token.i]
    return first.i if all(t.dep_ in ("cc", "punct", "conj", "compound") for t in between) else None


def _other_count(token: Token, noun: Token) -> bool:
    """Whether a word before the counted noun is another number of it ("the 1.5 billion shekels", "13 units", "8
    B people") rather than part of a name or a size ("two new 737 Max jets", "2.9 million 9 liter cases")."""
    if token.lower_ in SCALES:
        return True
    if not token.like_num or token.dep_ != "nummod" or token.head != noun:
        return False
    after = token.nbor()
    return after.pos_ != "PROPN" and lookup(after.text) is None


def _outcome(participle: Token) -> bool:
    """Whether a participle after the counted noun says what happened to it ("troops killed in action"), part
    of what is counted, rather than describing it ("estimates compiled by Bloomberg", "devices installed")."""
    return participle.lemma_.lower() in CASUALTY_VERBS or participle.head.pos_ == "PRON"  # "those screened"


def of_object(unit: Token) -> Token | None:
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    return next((c for c in of.children if c.dep_ == "pobj"), None)


def share_whole(group: Span) -> Token | None:
    """The whole a percentage is a share of, where the sentence names it: "about 5% of its workforce", "60 per
    cent of its revenue", whatever the parser made of the clause around it."""
    if not any(t.text == "%" or t.lower_ in ("percent", "cent") for t in group):
        return None
    return next((whole for t in group if (whole := of_object(t)) is not None and whole.pos_ in ("NOUN", "PROPN")), None)


def unit_noun(group: Span, noun: Token) -> Unit | None:
    """The unit of measure a count's noun names behind one modifier: "517 rushing yards" are yards, as "517
    yards" are (a unit right after its number is read with the number)."""
    between = noun.doc[group.end : noun.i]
    if len(between) != 1 or not between[0].is_lower or between[0].dep_ not in ("amod", "compound"):
        return None
    unit = lookup(noun.text)
    return unit if unit is not None and unit.kind == "measure" and unit.entity != "ratio" else None


# what a margin of points sizes: "a 12 point lead", "a 3-point deficit" (not "a 10-point plan")
MARGIN_NOUNS = frozenset({"lead", "gap", "deficit", "advantage", "margin", "cushion", "swing", "drop", "gain", "rise",
                          "fall", "jump", "win", "victory", "defeat", "loss", "cut"})  # fmt: skip


def margin_points(group: Span, noun: Token) -> bool:
    """Whether a count's noun is the singular "point" of a margin written right after the number ("a 12 point
    lead"): a size in points of the lead, which the plural "points" is already read as."""
    if noun.i != group.end or noun.lower_ != "point" or noun.dep_ not in ("compound", "nmod", "amod", "npadvmod"):
        return False
    return noun.head.i > noun.i and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in MARGIN_NOUNS


def spaced_symbol(group: Span, noun: Token) -> Unit | None:
    """A capital unit symbol written apart from its number, the pair modifying a noun as a size does ("a 5 W
    USB-C charger", "a 100 W bulb"): the symbol is the unit, as "a 2.4-liter engine" has one. Alone or before a
    name, a capital letter is no unit ("4 G", "plan B")."""
    if noun.i != group.end or len(noun.text) != 1 or not noun.is_upper or noun.dep_ != "compound":
        return None
    if noun.head.i <= noun.i or noun.head.pos_ != "NOUN":
        return None
    unit = lookup(noun.text, glued=True)
    return unit if unit is not None and unit.kind == "measure" and unit.entity != "temperature" else None


def count_rate(group: Span, noun: Token | None) -> str | None:
    """The period a count is a rate over, written after it or after its noun: "78,000 times a minute", "three
    thousand tests per day" are counts per minute and per day ("per day" as the count's unit); not "50 people a
    year ago"."""
    doc = group.doc
    at = noun.i + 1 if noun is not None and noun.i >= group.end else group.end
    if at + 1 >= len(doc) or doc[at].lower_ not in ("per", "a", "an"):
        return None
    if at + 2 < len(doc) and doc[at + 2].lower_ in NOT_A_RATE:
        return None
    period = lookup(doc[at + 1].text)
    return f"per {period.name}" if period is not None and period.entity == "time" else None


# words that make a phrase a market index ("the Dow Jones Industrial Average", "Germany's DAX", "the dollar index"),
# whose level is in points
INDEX_WORDS = frozenset({
    "index", "average", "composite", "dow", "s&p", "nasdaq", "ftse", "dax", "cac", "cac40", "nikkei", "hang",
    "kospi", "sensex", "nifty", "stoxx", "asx", "tsx", "ibex", "topix", "russell", "msci",
})  # fmt: skip


def names_index(counted: str | None) -> bool:
    """Whether a counted phrase names a market index, whose level is a number of points."""
    return counted is not None and any(w.lower() in INDEX_WORDS for w in re.split(r"[\s/]+", counted))
