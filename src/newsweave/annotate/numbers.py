"""Numbers in news text: "11,000" -> 11000, "three" -> 3, "1.5 million" -> 1500000, "$2bn" -> 2e9 USD.

Parsing works on a surface string so it can be tested on its own (quantulum3's test sentences);
deciding which numbers are figures is the job of `figures.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.annotate.units import (
    MANGLED_POUND,
    PENCE,
    PENCE_CODE,
    SPACED_PREFIXES,
    Unit,
    currency_prefix,
    longest_unit,
)

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "dozen": 12, "dozens": 12, "mil": 1_000_000,
    # the Indian scale words ("Rs 24 lakh", "Rs 1,200 crore")
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
DIMENSIONS = {"long", "high", "tall", "deep", "wide", "thick", "across", "away", "above", "below"}
VULGAR = {"½": 0.5, "⅓": 1 / 3, "¼": 0.25, "¾": 0.75, "⅔": 2 / 3}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₩": "KRW",
    "₽": "RUB",
    "₹": "INR",
}
# "pounds" alone is a weight as often as a currency: it is money only after "£" or before "sterling".
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "sterling": "GBP",
    "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "yen": "JPY", "won": "KRW", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yuan": "CNY", "rupees": "INR", "hryvnia": "UAH",
}  # fmt: skip
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
# "1.2e6", "2.48×10−5", "3 x 10^5", "8x2^10"
_SCIENTIFIC = re.compile(r"^(?P<m>[+-]?\d+(?:\.\d+)?)(?:[eE](?P<e>[+-]?\d+)|\s*[x×]\s*(?P<b>\d+)\^?(?P<p>[+-]?\d+))$")
_SCALE_SUFFIX = r"(?:bn|mn|mln|mil|tn|m|k|b|T)(?![A-Za-z0-9])"
_TOKENS = re.compile(
    r"(?P<sci>[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+|\s*[x×]\s*\d+\^?[+-]?\d+)(?![\d.]))"
    r"|(?P<cur>US\$|\$US|AU\$|CA\$|NZ\$|HK\$|[ACSR]\$|\$A|Y=|[$£€¥₩₽₹])"
    r"|(?P<num>[+-]?[\d.,]*\d(?:/\d+)?(?:" + _SCALE_SUFFIX + r")?)"
    r"|(?P<word>(?:[A-Za-z°µμ″′]|'(?!\w))[A-Za-z°µμ/.'’]*(?:[23²³](?![\d]|\.\d))?)"  # "30'": feet
    r"|(?P<pct>%)|(?P<vulgar>[½⅓¼¾⅔])"
)
_ATTACHED = re.compile(r"^(?P<num>[+-]?[\d.,/]+)(?P<scale>bn|mn|mln|mil|m|k|tn|b|T)?$")
# "between 44 and 50 mg", "10-15 exabytes", "$10 to $15 billion", "-78-0 degrees Celsius"
_RANGE = re.compile(
    r"^(?:(?P<between>between)\s+)?(?P<a>.+?)\s*(?:-?\s+to\s+|(?(between)\s+and\s+|(?!))|(?<=[\d%])\s*[-–]\s*(?=[-+$£€¥]?\d))"
    r"(?P<b>.+)$",
    re.I,
)
_UNCERTAINTY = re.compile(r"\s*(?:±|\+/-)\s*[\d.eE+-]+")


@dataclass
class ParsedNumber:
    value: float
    unit: str | None = None  # ISO currency code, "percent", or a unit name from quantulum3's table
    kind: str = "count"  # count, money, percent, measure
    low: float | None = None  # a range written in the surface ("10-15 exabytes"): its ends
    high: float | None = None
    distance_or_time: bool = False  # a length or a duration: a measure kept apart from the figures
    scale: float = 1.0  # the scale word applied ("billion"), which the low end of a range may lack


def parse_digits(text: str) -> float | None:
    text = text.strip().replace("−", "-")
    if text in VULGAR:
        return VULGAR[text]
    if _NUMBER.match(text) and any(ch.isdigit() for ch in text):
        return float(text.replace(",", ""))
    fraction = _FRACTION.match(text)
    if fraction and int(fraction[2]):
        return int(fraction[1]) / int(fraction[2])
    scientific = _SCIENTIFIC.match(text)
    if scientific:
        mantissa = float(scientific["m"])
        if scientific["e"] is not None:
            return mantissa * 10 ** int(scientific["e"])
        return mantissa * int(scientific["b"]) ** int(scientific["p"])
    return None


def parse_words(words: list[str]) -> float | None:
    """'two hundred thousand' -> 200000; 'two and a half' -> 2.5; None when a word is not a number word."""
    total, current, seen = 0.0, 0.0, False
    last_unit: float | None = None  # the numerator a fraction word divides ("two thirds")
    for raw in words:
        word = raw.lower().strip(",")
        if word in ("and", "a", "an", "-"):
            last_unit = None
            continue
        for part in [word] if word.startswith("-") or any(ch.isdigit() for ch in word) else word.split("-"):
            if part in UNITS_WORDS:
                last_unit = UNITS_WORDS[part]
                current += last_unit
            elif (value := parse_digits(part)) is not None:
                last_unit = value
                current += value
            elif part in DENOMINATORS:
                numerator = last_unit if last_unit is not None else 1
                current = current - (last_unit or 0) + numerator / DENOMINATORS[part]
                last_unit = None
            elif part in SCALES:
                scale = SCALES[part]
                current = (current or 1) * scale
                if scale >= 1000:
                    total, current = total + current, 0.0
            else:
                return None
            seen = True
    return total + current if seen else None


def _normalise(surface: str) -> str:
    surface = surface.replace("−", "-").replace("–", "-").replace("—", "-").replace("\u2044", "/")
    surface = _UNCERTAINTY.sub("", surface)
    surface = MANGLED_POUND.sub("£", surface)  # "PS2.7m"
    surface = re.sub(r"\b(US|HK|NZ|AU|A|C|S) \$", r"\1$", surface)  # "HK $3.7 billion"
    surface = re.sub(r"^minus-?\s*(?=\d)", "-", surface.strip(), flags=re.I)  # "minus-130", "minus 387"
    # "half a million", "half-a-dozen" are "a half million", "a half dozen"; "a quarter of a million" is
    # "a quarter million"
    surface = re.sub(r"^half[- ]an?[- ](?=(?:million|billion|trillion|dozen)\b)", "a half ", surface, flags=re.I)
    surface = re.sub(r" of an? (?=(?:million|billion|trillion)\b)", " ", surface, flags=re.I)
    surface = re.sub(r"^([a-z]+|\d+(?:\.\d+)?)-?fold\b", r"\1", surface, flags=re.I)  # "sixfold": six times
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "", surface)  # "10 000 dollars"


# scale letters, which read as a scale only right after a number ("16 billion b" is bits, not 17 billion)
SCALE_LETTERS = frozenset({"k", "m", "b", "mn", "bn", "tn", "mil", "mln"})


def _is_number_word(token: str, number_words: list[str]) -> bool:
    low = token.lower().rstrip(".")
    last = number_words[-1].lower() if number_words else ""
    if low in UNITS_WORDS and any(ch.isdigit() for ch in last):
        return False  # "£10 one-way": digits are not continued by a number word ("10 one" is not 11)
    if low in SCALE_LETTERS and last in SCALES:
        return False  # "16 billion b": a letter after a scale word is a unit, not a second scale
    return (
        low in UNITS_WORDS
        or low in SCALES
        or (low in DENOMINATORS and bool(number_words))
        or (low in ("a", "an") and (not number_words or number_words[-1].lower() == "and"))
        or (low == "and" and bool(number_words))
    )


def _split_words(surface: str) -> list[tuple[str, str, int, int]]:
    """(group, text, start, end) tokens; hyphenated words split ("two-year" -> "two", "year")."""
    out = []
    for m in _TOKENS.finditer(surface):
        group = m.lastgroup or ""
        if group == "word" and "-" in m.group():
            at = m.start()
            for part in m.group().split("-"):
                if part:
                    out.append(("word", part, at, at + len(part)))
                at += len(part) + 1
        else:
            out.append((group, m.group(), m.start(), m.end()))
    return out


def _parse_one(surface: str) -> ParsedNumber | None:
    """One number with its currency, percent sign, scale word and unit."""
    negative = surface.strip().startswith("(") and surface.strip().endswith(")")
    if surface.strip().lower().startswith("minus "):
        negative, surface = True, surface.strip()[6:]
    tokens = _split_words(surface)
    if not tokens:
        return None
    unit: str | None = None
    kind = "count"
    found: Unit | None = None
    number_words: list[str] = []
    rest: list[tuple[str, int]] = []  # words after the number, with their start
    number_end = -1
    scale = 1.0
    glued_m = False  # "37m": million, or metres when a dimension follows ("37m long")
    for group, token, start, end in tokens:
        if group == "cur" and not number_words and not rest:
            unit, kind = currency_prefix(token), "money"
        elif (
            group == "word"
            and not number_words
            and not rest
            and currency_prefix(token)
            and (token.isupper() or token in SPACED_PREFIXES)
        ):
            unit, kind = currency_prefix(token), "money"  # "USD10m", "RM23.50", "Rs 24 lakh"
        elif group == "sci" and not rest:
            number_words.append(token)
            number_end = end
        elif group == "num" and not rest:
            attached = _ATTACHED.match(token)
            if attached is None:
                rest.append((token, start))
                continue
            number_words.append(attached["num"].rstrip(".,"))
            glued_m = attached["scale"] == "m"
            if attached["scale"]:
                scale_word = "trillion" if attached["scale"] == "T" else attached["scale"].lower()
                number_words.append(scale_word)
                scale *= SCALES[scale_word]
            number_end = end
        elif (group == "vulgar" or (group == "word" and _is_number_word(token, number_words))) and not rest:
            token = token.rstrip(".") if token.rstrip(".").lower() in SCALES else token
            if token.lower() in SCALES:
                scale *= SCALES[token.lower()]
            number_words.append(token)
            number_end = end
        elif group == "pct" or (token.lower() in ("percent", "cent") and kind != "money" and _right_after(rest)):
            unit, kind = "percent", "percent"  # not a later figure's ("2 billion is growing five percent")
        else:
            rest.append((token, start))
    if number_words and all(w.lower() in ("a", "an", "and") for w in number_words):
        number_words = ["1"] if rest else []  # "a gallon": one unit
    value = parse_words(number_words) if number_words else None
    if value is None:
        return None
    if negative:
        value = -value
    value = float(f"{value:.12g}")  # 65.4 * 1e9 is 65400000000.00001 in binary
    words = [t for t, _ in rest]
    if words and kind == "count":
        lower = words[0].lower()
        if lower in CURRENCY_WORDS:
            unit, kind = CURRENCY_WORDS[lower], "money"
        elif lower in SUBUNITS:
            # "fell 19 cents", "rose 18 sen", "63 cents per share": an amount in a currency's hundredth
            unit, kind = money_rate(SUBUNITS[lower], words[1:]), "money"
        elif lower == "p" and rest[0][1] == number_end and PENCE.match(surface.strip()[: number_end + 1].lstrip("~≈")):
            unit, kind = PENCE_CODE, "money"  # "164p"
        elif lower in ("p", "p.") and rest[0][1] != number_end and _spaced_pence(number_words, words):
            unit, kind = PENCE_CODE, "money"  # "down 68 p at 1112 p"
        elif words[0] != "per":
            match = longest_unit(words, glued_first=rest[0][1] == number_end)
            if match is not None:
                found = per_unit(match[0], words[match[1] :])
                unit, kind = found.name, found.kind
                if kind == "money":  # "8.99 Australian dollars per month"
                    unit = money_rate(unit, words[match[1] :])
    elif words and kind == "money" and unit is not None:
        unit = money_rate(unit, words)  # "$58.24 per barrel", "RM1,200 a month"
    elif words and kind == "percent" and unit is None:
        unit = "percent"
    if kind == "count" and any(w.lower() == "sterling" for w in words[:2]):
        unit, kind = "GBP", "money"
    if unit == "pound-mass" and scale >= 1e6 and words[0].lower() == "pounds" and words[1:2] != ["of"]:
        unit, kind, found = "GBP", "money", None  # "a trillion pounds in value"; "3 million pounds of beef" weighs
    if glued_m and kind == "count" and unit is None and words and words[0].lower() in DIMENSIONS:
        value, unit, kind, scale = float(f"{value / 1_000_000:.12g}"), "metre", "measure", 1.0  # "37m long"
        found = Unit("metre", "measure", "length")
    distance_or_time = found is not None and found.distance_or_time
    return ParsedNumber(value=value, unit=unit, kind=kind, distance_or_time=distance_or_time, scale=scale)


# words after a price in pence written apart from its "p" ("down 68 p at 1112 p, JD Sports, down 1.95 p")
AFTER_PENCE = frozenset({"at", "to", "from", "on", "in", "after", "before", "a", "per", "each"})


def _spaced_pence(number_words: list[str], words: list[str]) -> bool:
    """Whether a "p" apart from the digits is pence: a price of at most four digits, the "p" ending the phrase
    (a noun after it would make it a letter: "5 p values")."""
    digits = "".join(number_words)
    if re.fullmatch(r"\d{1,4}(?:\.\d+)?", digits) is None:
        return False
    return len(words) == 1 or words[1].lower() in AFTER_PENCE


def _right_after(rest: list[tuple[str, int]]) -> bool:
    """Whether "percent" or "cent" follows the number right away ("5 percent", "10 per cent")."""
    return not rest or [w.lower() for w, _ in rest] == ["per"]


_OUT_OF = re.compile(r"^(?P<a>[\w.,]+) out of (?P<b>[\w.,]+)(?P<rest> .*)?$", re.I)


def parse_surface(surface: str) -> ParsedNumber | None:
    """Parse a number with its currency, percent sign, scale word and unit, as written in a sentence; a
    range ("$10 to $15 billion", "between 44 and 50 mg") gives its ends, its low end taking the unit and
    the scale written only after the high one, and its middle as value (quantulum3's reading)."""
    surface = _normalise(surface)
    proportion = _OUT_OF.match(surface.strip())
    if proportion:  # "one out of three": a share, as "a third of" is
        part, whole = _parse_one(proportion["a"]), _parse_one(proportion["b"] + (proportion["rest"] or ""))
        if part is not None and whole is not None and whole.value and whole.kind == "count":
            return ParsedNumber(value=part.value / whole.value)
    if not _SCIENTIFIC.match(surface.split(" ")[0]):
        ranged = _RANGE.match(surface.strip())
        if ranged:
            low, high = _parse_one(ranged["a"].rstrip("- ")), _parse_one(ranged["b"])
            if low is not None and high is not None:
                low = take_unit_and_scale(low, high)
                return ParsedNumber(
                    value=float(f"{(low.value + high.value) / 2:.12g}"),
                    unit=high.unit,
                    kind=high.kind,
                    low=low.value,
                    high=high.value,
                    distance_or_time=high.distance_or_time,
                    scale=high.scale,
                )
    return _parse_one(surface)


# "a year earlier", "a week ago": a time the figure is dated by, not the period of a rate
NOT_A_RATE = frozenset({"earlier", "ago", "before", "later", "after", "previously", "prior"})


def _rate_words(after: list[str]) -> bool:
    """Whether the words after an amount write a rate ("per barrel", "a month"), not a date ("a year ago")."""
    if len(after) < 2 or after[0].lower() not in ("per", "a", "an"):
        return False
    return not (len(after) > 2 and after[2].lower() in NOT_A_RATE)


def per_unit(unit: Unit, after: list[str]) -> Unit:
    """A rate written after a measure: "barrels a day", "hours per week", "feet per century"."""
    if unit.kind != "measure" or not _rate_words(after):
        return unit
    match = longest_unit(after[1:])
    if match is None or match[0].kind != "measure":
        return unit
    return Unit(f"{unit.name} per {match[0].name}", "measure", "rate")


def money_rate(currency: str, after: list[str]) -> str:
    """A price per unit written after an amount: "$58.24 per barrel" is "USD per barrel", "$1,271.2 an ounce"
    "USD per ounce", "RM1,200 a month" "MYR per month"; "per" may take any noun ("per share")."""
    if not _rate_words(after):
        return currency
    match = longest_unit(after[1:])
    if match is not None and match[0].kind == "measure":
        return f"{currency} per {match[0].name}"
    at = 2 if len(after) > 2 and after[1][:1].isupper() and after[2].lower() in PRICED_UNITS else 1
    word = after[at].lower()  # "$82 per Qualcomm share": per share, the company's name between
    if after[0].lower() == "per" and word.isalpha() and word not in ("cent", "the", "a", "an"):
        return f"{currency} per {word[:-1] if word.endswith('s') and not word.endswith('ss') else word}"
    if word in PRICED_UNITS:
        return f"{currency} per {word}"  # "$82 a share", as "$82 per share"
    return currency


# a currency's hundredths, written after the amount: a unit of money a reader expects ("up 19 cents to $58.24"); pence
# are sterling's, as exchanges quote them ("164p")
SUBUNITS = {"cent": "cent", "cents": "cent", "sen": "sen", "pence": PENCE_CODE, "penny": PENCE_CODE}
# what a price is written per with "a" as with "per" ("$82 a share", "$82 a Qualcomm share")
PRICED_UNITS = frozenset({"share", "head", "person", "unit", "ticket", "tonne", "barrel"})


def take_unit_and_scale(low: ParsedNumber, high: ParsedNumber) -> ParsedNumber:
    """The low end of a range written without the unit or scale of its high end: "$10 to $15 billion" is
    10 billion dollars, "1 to 1.5 degrees" one degree; a low end scaled past the high one stays as written."""
    value = low.value
    if low.scale == 1.0 and high.scale != 1.0 and value * high.scale <= high.value:
        value = float(f"{value * high.scale:.12g}")
    rate = low.unit is not None and high.unit is not None and high.unit.startswith(f"{low.unit} per ")
    if (low.unit is None or rate) and high.unit is not None:  # "$920 to $1730 a week": both a week
        return ParsedNumber(value, high.unit, high.kind, distance_or_time=high.distance_or_time, scale=high.scale)
    return ParsedNumber(value, low.unit, low.kind, distance_or_time=low.distance_or_time, scale=high.scale)


def format_number(value: float, unit: str | None = None) -> str:
    """11000 -> "11,000"; 3.8 with "percent" -> "3.8%"; 449000 with "USD" -> "449,000 USD"."""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}" if unit else number
