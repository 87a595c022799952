"""How a number in a parse reads: its tokens, the words that may name its unit, its qualifier, and the words of
change ("rose", "fell") that `direction.py` reads a change by; the other end of a range or a from-to pair is
`ranges.py`'s.

Kept apart from `figures.py` (what a figure counts and who says so) and from `nonfigures.py` (which numbers
are not figures) so that the reading of numbers can be tested on its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.annotate.compounds import hyphenated_half_dozen, long_duration_article
from newsweave.annotate.doc_arrays import column
from newsweave.annotate.numbers import (
    CURRENCY_SYMBOLS,
    DENOMINATORS,
    SCALES,
    UNITS_WORDS,
    ParsedNumber,
)
from newsweave.annotate.units import PENCE, SPACED_PREFIXES, currency_prefix, longest_unit, lookup, mangled_pound
from newsweave.annotate.written_units import foot_mark

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# longest first; matched against the words just before the number. "nearly", "almost" and "close to" are
# approximations, as the gold files read them (meth: "nearly half a million"; wework: "almost $6 million")
QUALIFIERS = [
    ("no more than", "up_to"), ("not more than", "up_to"), ("no greater than", "up_to"),
    ("under the age of", "under"), ("over the age of", "over"), ("over than", "over"),
    ("as many as", "up_to"), ("as high as", "up_to"), ("as much as", "up_to"), ("up to", "up_to"),
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("at least", "at_least"),
    ("a minimum of", "at_least"), ("a maximum of", "up_to"), ("more than", "over"), ("in excess of", "over"),
    ("upwards of", "over"),
    ("over", "over"), ("above", "over"), ("exceeding", "over"), ("fewer than", "under"),
    ("less than", "under"), ("nearly", "approximately"), ("almost", "approximately"), ("under", "under"),
    ("below", "under"), ("close to", "approximately"), ("short of", "under"), ("shy of", "under"),
    ("an estimated", "approximately"), ("approximately", "approximately"),
    ("about", "approximately"), ("around", "approximately"), ("roughly", "approximately"),
    ("some", "approximately"), ("estimated", "approximately"), ("an approximate", "approximately"),
    ("approx.", "approximately"), ("circa", "approximately"), ("~", "approximately"), ("≈", "approximately"),
    ("sub -", "under"), ("lower than", "under"), ("higher than", "over"), ("greater than", "over"),
]  # fmt: skip
DIGITS = re.compile(r"^(?:[~≈]|sub-)?[+-]?[$£€¥₩₽₹]?(?:\d|\.\d)[\d,.]*(bn|mn|tn|m|k|b)?%?$", re.I)
_FRACTION_TOKEN = re.compile(r"^(\d+[/⁄]\d+|\d*[½¼¾⅓⅔])$")  # "1/16", "1⁄32", "5½"
# "2.998×10−8", "1.2e6"; not a name such as Boeing's "7E7"
_SCIENTIFIC_TOKEN = re.compile(r"^[+-]?(?:\d+\.\d+e[+-−]?\d+|\d+(?:\.\d+)?[x×]10\^?[+-−]?\d+)$")
# a number glued to its currency or unit: "RM23.50", "USD10", "640bhp", "1.38pc", "10kW", "3min", "~45"
_GLUED = re.compile(
    r"^[~≈]?(?P<cur>[A-Z]{1,3}\$?|\$[A-Z]{1,2}|Y=)?(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)(?P<suffix>[A-Za-zµμ″°²/][A-Za-zµμ²/]*\d?)?$"
)
_NUMBER_RANGE = re.compile(r"^\d[\d,.]*[-–]\d[\d,.]*$")  # "15-22" as one token
_DOLLAR_GLUED = re.compile(r"^(A|US|NZ|C|S|HK)\d[\d,.]*$")  # "$A82,615,680" tokenised "$", "A82,615,680"
_HANGING = re.compile(r"^\d[\d,.]*-$")  # "7- or 8-inch": a hanging hyphen
_MINUS = re.compile(r"^minus-\d[\d,.]*$", re.I)  # "minus-130 degrees"
_FOLD = re.compile(r"^(?P<n>[a-z]+|\d+(?:\.\d+)?)-?fold$", re.I)  # "sixfold", "10-fold": a multiple
SCALE_WORDS = set(SCALES) - {"m", "b", "k"}
DOLLAR_COUNTRIES = {"S", "A", "C", "NZ", "HK", "US", "AU"}  # "HK $3.7 billion"
DURATION_WORDS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "fortnight"}
# the size of a change ("rose 5%", "fell 19 cents", "up 58.06 points") has the direction of its verb
UP_WORDS = {
    "rise", "increase", "grow", "jump", "climb", "surge", "soar", "rally", "gain", "add", "raise", "boost",
    "swell", "advance", "widen", "improve", "up", "higher", "hike", "lift", "rebound", "spike", "expand",
}  # fmt: skip
DOWN_WORDS = {
    "fall", "decrease", "drop", "decline", "slump", "plunge", "slip", "tumble", "cut", "reduce", "lower",
    "lose", "shed", "down", "sink", "dip", "ease", "narrow", "slide", "shrink", "plummet", "sag", "retreat",
    "trim", "slash", "contract",
}  # fmt: skip
CHANGE_VERBS = UP_WORDS | DOWN_WORDS


def glued_unit(text: str) -> bool:
    """Whether a token is a number glued to a known currency or unit ("RM23.50", "640bhp", "10kW")."""
    match = _GLUED.match(text)
    if match is None:
        return False
    cur, suffix = match["cur"], match["suffix"]
    if cur == "PS":
        return mangled_pound(text)
    if suffix == "p":
        return cur is None and PENCE.match(text) is not None
    if cur and currency_prefix(cur.rstrip("$") if cur.endswith("$") and len(cur) > 1 else cur) is None:
        if currency_prefix(cur) is None:
            return False
    if suffix is None:
        return bool(cur) or text[0] in "~≈"
    return suffix.lower() in SCALES or suffix.lower() == "pc" or lookup(suffix, glued=True) is not None


_ODD_DIGITS = frozenset("½¼¾⅓⅔")


def could_be_number(text: str, lower: str) -> bool:
    """What every test of `is_number` needs of the token's own text: a digit or vulgar fraction, a number word,
    an article ("a year-long"), a large scale ("a million"), a multiple ("sixfold"), a hyphen ("twenty-five") or
    a mangled pound ("PS6m"). Asked of every token first, on the Doc's text columns, so that most words make
    no Token and run no regular expression."""
    return (
        # a word all of letters has no digit and no fraction: most words, without a look at each character
        (not text.isalpha() and any(ch.isdigit() or ch in _ODD_DIGITS for ch in text))
        or lower in UNITS_WORDS
        or lower in ("dozen", "a", "an")
        or lower in A_SCALES
        or "-" in text
        or lower.endswith("fold")
        or text.startswith("PS")
    )


def is_number(token: Token) -> bool:
    text = token.text
    if not could_be_number(text, token.lower_):
        return False
    return (
        bool(DIGITS.match(text))
        or token.lower_ in UNITS_WORDS
        or token.lower_ == "dozen"
        or bool(_NUMBER_RANGE.match(text))
        or bool(_FRACTION_TOKEN.match(text))
        or bool(_SCIENTIFIC_TOKEN.match(text))
        or (token.i > 0 and _article_then_scale(token.doc, token.i - 1))
        or bool(_MINUS.match(text))
        or is_multiple(token)
        or ("-" in text and all(p in UNITS_WORDS or p in DENOMINATORS for p in token.lower_.split("-")))
        or (any(ch.isdigit() for ch in text) and glued_unit(text))
        or _glued_first_unit_word(token)
        or long_duration_article(token)
        or (text.startswith("PS") and token.i + 1 < len(token.doc) and _pound_then_scale(token))
        or (bool(_HANGING.match(text)) and token.i + 1 < len(token.doc) and token.nbor().lower_ in ("or", "to", "and"))
    )


def is_multiple(token: Token) -> bool:
    """ "sixfold", "10-fold", "two-fold": a number of times written as one word."""
    match = _FOLD.match(token.text)
    return match is not None and (match["n"][0].isdigit() or match["n"].lower() in UNITS_WORDS)


def written_as_multiple(group: Span) -> bool:
    """ "sixfold", or "10-fold" tokenised "10", "-", "fold": a number of times."""
    doc = group.doc
    after = [t.lower_ for t in doc[group.end : group.end + 2]]
    return is_multiple(group[-1]) or after[:1] == ["fold"] or after == ["-", "fold"]


def _glued_first_unit_word(token: Token) -> bool:
    """ "3923sq m": a number glued to the first word of a unit of two ("sq m", "sq ft")."""
    match = _GLUED.match(token.text)
    if match is None or match["suffix"] is None or match["cur"] or token.i + 1 >= len(token.doc):
        return False
    return lookup(f"{match['suffix']} {token.nbor().text}") is not None


def _pound_then_scale(token: Token) -> bool:
    """ "PS6m" tokenised "PS6", "m": a mangled "£" before a scale letter."""
    return token.whitespace_ == "" and mangled_pound(token.text + token.nbor().text)


def dollar_glued(token: Token) -> bool:
    """ "$A82,615,680" is tokenised "$", "A82,615,680"."""
    return token.i > 0 and token.doc[token.i - 1].text == "$" and bool(_DOLLAR_GLUED.match(token.text))


def _fraction_start(doc: Doc, i: int) -> int | None:
    """ "a third of", "one fourth of", "half of", "a half million": where the fraction starts."""
    token = doc[i]
    if token.lower_ not in DENOMINATORS:
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if token.lower_ == "half" and _article_then_scale(doc, i + 1):
        return i  # "half a million"
    if nxt is None or (nxt.lower_ != "of" and nxt.lower_ not in SCALE_WORDS):
        return None
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and (prev.lower_ in ("a", "an", "one") or prev.lower_ in UNITS_WORDS):
        return i - 1
    return i if token.lower_ == "half" else None


# scale words that are a number after "a" ("a million dollar house", "a billion people"); "a thousand" is as
# often a manner of speaking ("a thousand choices")
A_SCALES = frozenset({"million", "billion", "trillion"})


def _article_then_scale(doc: Doc, i: int) -> bool:
    """ "a million", "a billion": an article then a large scale word, one of it."""
    return i + 1 < len(doc) and doc[i].lower_ in ("a", "an") and doc[i + 1].lower_ in A_SCALES


def _out_of(doc: Doc, i: int) -> bool:
    """ "one out of three", "9 out of 10": a number of a number, read as the share it is."""
    if i + 3 >= len(doc) or (doc[i + 1].lower_, doc[i + 2].lower_) != ("out", "of"):
        return False
    whole = doc[i + 3]
    return is_number(whole) and not (i + 4 < len(doc) and is_number(doc[i + 4]))


def _and_a_fraction(doc: Doc, at: int) -> int:
    """How many tokens from `at` write "and a half" ("two and a half", "two-and-a-half"), or 0."""
    words, i = [], at
    while i < len(doc) and len(words) < 3 and i < at + 6:
        if doc[i].text == "-" and not doc[i - 1].whitespace_:
            i += 1
            continue
        words.append(doc[i].lower_)
        i += 1
    if words[:2] in (["and", "a"], ["and", "an"]) and len(words) == 3 and words[2] in ("half", "quarter", "third"):
        return i - at
    return 0


def number_groups(doc: Doc) -> list[Span]:
    """Maximal runs of number tokens with their scale words, currency and percent signs."""
    groups, i = [], 0
    lower, texts = column(doc, "lower_"), column(doc, "text")
    while i < len(doc):
        if lower[i] == "half" and (half := hyphenated_half_dozen(doc, i)) and (not groups or groups[-1].end <= i):
            groups.append(doc[i : i + half])  # "half-a-dozen cranes": six
            i += half
            continue
        fraction = _fraction_start(doc, i) if lower[i] in DENOMINATORS else None  # its first test, on the column
        if fraction is None and i + 1 < len(doc) and lower[i + 1] in DENOMINATORS and _fraction_start(doc, i + 1) == i:
            fraction = i  # "One fourth of", "a third of"
            i += 1
        if fraction is not None and (not groups or groups[-1].end <= fraction):
            end = i + 2 if _article_then_scale(doc, i + 1) else i + 1
            while end < len(doc) and doc[end].lower_ in SCALE_WORDS:
                end += 1
            if end < len(doc) and doc[end].lower_ == "of" and _article_then_scale(doc, end + 1):
                end += 3  # "a quarter of a million"
            groups.append(doc[fraction:end])
            i = end
            continue
        if not could_be_number(texts[i], lower[i]):
            i += 1
            continue
        token = doc[i]
        if not is_number(token) and not dollar_glued(token):
            i += 1
            continue
        if _out_of(doc, i):
            groups.append(doc[i : i + 4])  # "one out of three Germans": a share
            i += 4
            continue
        start, end = i, i + 1
        while end < len(doc):
            nxt = doc[end]
            if is_number(nxt) and ((nxt.is_alpha and doc[end - 1].is_alpha) or nxt.lower_ == "dozen"):
                end += 1  # "twenty five", "two million": number words run on; digits do not
            elif nxt.lower_ in SCALE_WORDS or nxt.text == "%" or nxt.lower_ == "percent":
                end += 1
            elif nxt.lower_ in ("m", "bn", "k", "b", "m.", "mil") and doc[end - 1].whitespace_ == "":
                end += 1  # "£600m" is tokenised "£", "600", "m"
            elif (extra := _and_a_fraction(doc, end)) > 0:
                end += extra  # "two and a half years", "a two-and-a-half hour window"
            elif end + 1 < len(doc) and (
                (nxt.lower_ == "per" and doc[end + 1].lower_ == "cent")  # "10 per cent"
                or (nxt.text == "-" and doc[end + 1].lower_ in UNITS_WORDS)  # "twenty - five"
                or (nxt.text == "-" and doc[end + 1].lower_ in SCALE_WORDS)  # "$400-million"
                or (nxt.text == "-" and doc[end + 1].lower_ in DENOMINATORS and doc[end - 1].is_alpha)  # "two-thirds"
            ):
                end += 2
            else:
                break
        if start > 0 and doc[start - 1].text in SPACED_PREFIXES and doc[start].text[:1].isdigit():
            start -= 1  # "Rs 24 lakh": a currency abbreviation written apart
        elif start > 0 and (doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].text in ("US$", "Y=")):
            start -= 1
            if (
                start > 0
                and doc[start - 1].text in ("S", "A", "C", "NZ", "HK", "US", "AU")
                and doc[start - 1].whitespace_
            ):
                start -= 1  # "S $1mil"
        if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in A_SCALES | {"dozen", "hundred"}:
            start -= 1
        groups.append(doc[start:end])
        i = end
    return groups


def unit_words(group: Span) -> list[Token]:
    """The words after a number that may name its unit ("miles per hour", "- week", "km / h")."""
    doc = group.doc
    out: list[Token] = []
    i = group.end
    while i < len(doc) and len(out) < 6:
        token = doc[i]
        word = token.text.rstrip(".").replace("/", "").replace(".", "")  # "m.p.h", "km/h"
        word = word[:-1] if word.endswith("=") and word[:-1].isupper() else word  # a quote code: "JPY="
        symbol = token.text in ("/", "-", ".", "″", "′") or token.text.startswith(("°", "μ", "µ", "€", "£", "$"))
        symbol = symbol or (i == group.end and foot_mark(token))
        if symbol or (word.isalpha() and token.lower_ not in ("to", "and", "or")):
            out.append(token)
        else:
            break
        i += 1
    while out and out[-1].text in ("/", "-", "."):
        out.pop()
    return out


def has_unit(group: Span) -> bool:
    """Whether the words after the number name a unit ("300 Hz", "9 ksi")."""
    words = [t.text for t in unit_words(group) if t.text != "-"]
    return bool(words) and longest_unit(words) is not None


def duration_after(group: Span) -> bool:
    """ "15 years", "two hours", "a two-week closure", "40 to 50 hours": a number followed by a unit of
    time, or the first number of a range whose second one is."""
    doc = group.doc
    words = [t for t in unit_words(group) if t.text != "-"]
    if not words and group.end + 2 < len(doc) and doc[group.end].lower_ in ("to", "-", "–", "and", "or"):
        after = doc[group.end + 1 : group.end + 4]
        nxt = next((t for t in after if not is_number(t)), None)
        return nxt is not None and nxt.lemma_.lower() in DURATION_WORDS and is_number(after[0])
    if len(words) > 1 and words[0].tag_ == "JJ" and words[0].is_lower and words[0].head == words[1] == group[-1].head:
        words = words[1:]  # "the 50 previous years", "three straight days"; not "cut by 40 last year"
    return bool(words) and words[0].lemma_.lower() in DURATION_WORDS


def qualifier_of(group: Span) -> tuple[str, int]:
    """The qualifier written before the number, and the index where the figure's surface starts."""
    doc = group.doc
    start = group.start
    if group[0].text[:1] in ("~", "≈"):
        return "approximately", start
    if group[0].lower_.startswith("sub-"):
        return "under", start  # "sub-7 nanometer"
    if start > 0 and doc[start - 1].lower_ == "minus":
        start -= 1  # "about minus 387 Fahrenheit": the qualifier stands before the sign
    # "the more-than 11 million documents": the words of the qualifier, hyphens between them left out
    tokens = [t for t in doc[max(0, start - 5) : start] if not (t.text == "-" and t.i > 0 and not t.whitespace_)]
    words = [t.lower_ for t in tokens]
    for phrase, qualifier in QUALIFIERS:
        parts = phrase.split()
        if words[-len(parts) :] == parts:
            if phrase == "up to" and lead_up(doc, start - len(parts) - 1):
                continue  # "the lead up to 3G", "ran up to $5": a run towards a level, not a bound
            return qualifier, tokens[-len(parts)].i
    return "exactly", group.start


def lead_up(doc: Doc, at: int) -> bool:
    return at >= 0 and doc[at].lemma_.lower() in ("lead", "run")


QUALIFIER_WORDS = {"about", "around", "roughly", "nearly", "almost", "approximately", "some"}


def is_change(group: Span) -> bool:
    """Whether the number is governed by a verb of change ("rose 2% to", "from 8,000 to 11,000")."""
    head = group[-1].head
    for _ in range(3):
        if head.lemma_.lower() in CHANGE_VERBS:
            return True
        head = head.head
    return False


_LENGTH_CONVERSION = re.compile(r"^\d[\d,.]*\s?(ft|feet|foot|yd|yards|in|inches|mi|miles)\b", re.I)


def metres_converted(group: Span, parsed: ParsedNumber) -> ParsedNumber:
    """A glued "m" read as million is metres when a length in feet or miles follows it in brackets ("the 37m
    (121ft)-long skeleton"): the conversion says what "m" meant."""
    doc = group.doc
    if parsed.kind != "count" or parsed.unit is not None or parsed.scale != 1_000_000:
        return parsed
    if not re.fullmatch(r"\d[\d,.]*\s?m", group.text):
        return parsed
    at = group.end
    if at + 1 >= len(doc) or doc[at].text != "(" or not _LENGTH_CONVERSION.match(doc[at + 1 : at + 3].text):
        return parsed
    value = float(f"{parsed.value / 1_000_000:.12g}")
    return ParsedNumber(value, "metre", "measure", distance_or_time=True)


def words_past_conversion(group: Span) -> list[str]:
    """The words after the bracketed conversion of an amount ("C $6 (US $4.46) per share"), or after the
    bracket a conversion closes ("(US $4.46) per share"): the rate both amounts are priced by."""
    doc = group.doc
    at = group.end
    if at < len(doc) and doc[at].text == "(":
        close = next((t.i for t in doc[at + 1 : at + 8] if t.text == ")"), None)
        inside = doc[at + 1 : close] if close is not None else None
        if inside is None or not any(t.text in CURRENCY_SYMBOLS or currency_prefix(t.text) for t in inside):
            return []
        at = close
    elif at >= len(doc) or doc[at].text != ")" or "(" not in doc[max(0, group.start - 3) : group.start].text:
        return []
    return [t.text for t in doc[at + 1 : at + 5]]
