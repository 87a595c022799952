"""Which numbers of a parse are figures, and how each reads: its tokens, unit words, qualifier, range end,
direction of change and whether it is an age.

Kept apart from `figures.py` (what a figure counts and who says so) so that the reading of numbers can be
tested on its own. Not figures: dates, years and clock times, ordinals, designations and names ("810
Separate Naval Infantry Brigade", "Flight 370", "787 Dreamliner"), "one of ...", and anaphoric small
numbers ("the two nations"). Durations the NER calls dates ("for 15 years") and ages ("the pilot, 47,")
are figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.numbers import CURRENCY_SYMBOLS, DENOMINATORS, SCALES, UNITS_WORDS
from newsweave.annotate.units import currency_prefix, longest_unit, lookup

QUALIFIERS = [  # longest first; matched against the words just before the number
    ("as many as", "up_to"), ("as high as", "up_to"), ("as much as", "up_to"), ("up to", "up_to"),
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("at least", "at_least"),
    ("a minimum of", "at_least"), ("more than", "over"), ("in excess of", "over"), ("upwards of", "over"),
    ("over", "over"), ("above", "over"), ("exceeding", "over"), ("fewer than", "under"),
    ("less than", "under"), ("nearly", "under"), ("almost", "under"), ("under", "under"), ("below", "under"),
    ("close to", "under"), ("short of", "under"), ("shy of", "under"), ("an estimated", "approximately"),
    ("approximately", "approximately"),
    ("about", "approximately"), ("around", "approximately"), ("roughly", "approximately"),
    ("some", "approximately"), ("estimated", "approximately"), ("an approximate", "approximately"),
    ("approx.", "approximately"), ("circa", "approximately"), ("~", "approximately"), ("≈", "approximately"),
    ("sub -", "under"), ("lower than", "under"), ("higher than", "over"), ("greater than", "over"),
]  # fmt: skip
NO_FIGURE_ENTS = {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"}
_DIGITS = re.compile(r"^(?:[~≈]|sub-)?[+-]?[$£€¥₩₽₹]?(?:\d|\.\d)[\d,.]*(bn|mn|tn|m|k|b)?%?$", re.I)
_FRACTION_TOKEN = re.compile(r"^\d+[/⁄]\d+$")  # "1/16", "1⁄32"
# a number glued to its currency or unit: "RM23.50", "USD10", "640bhp", "1.38pc", "10kW", "3min", "~45"
_GLUED = re.compile(
    r"^[~≈]?(?P<cur>[A-Z]{1,3}\$?|\$[A-Z]{1,2}|Y=)?(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)(?P<suffix>[A-Za-zµμ″°²/][A-Za-zµμ²/]*\d?)?$"
)
_NUMBER_RANGE = re.compile(r"^\d[\d,.]*[-–]\d[\d,.]*$")  # "15-22" as one token
_CLOCK = re.compile(r"\d(am|pm|a\.m\.|p\.m\.)$", re.I)
_DOLLAR_GLUED = re.compile(r"^(A|US|NZ|C|S|HK)\d[\d,.]*$")  # "$A82,615,680" tokenised "$", "A82,615,680"
_MINUS = re.compile(r"^minus-\d[\d,.]*$", re.I)  # "minus-130 degrees"
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_AGE = re.compile(r"^-?(year|years|yr)s?-?old$", re.I)
_SCALE_WORDS = set(SCALES) - {"m", "b", "k"}
DOLLAR_COUNTRIES = {"S", "A", "C", "NZ", "HK", "US", "AU"}  # "HK $3.7 billion"
TIME_ZONES = {"GMT", "UTC", "EDT", "EST", "CDT", "CST", "PDT", "PST", "BST", "CET", "CEST", "ET", "PT", "IST", "JST"}
STREETS = {
    "street",
    "st",
    "st.",
    "avenue",
    "ave",
    "ave.",
    "road",
    "rd",
    "rd.",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
}
TIME_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
    "morning", "afternoon", "evening", "night", "noon", "midnight", "ago", "annual", "annually", "quarter",
    "season", "spring", "summer", "autumn", "fall", "winter", "weekend", "am", "pm", "a.m.", "p.m.", "time",
    "daily", "weekly", "monthly", "yearly", "old", "age", "aged", "birthday", "decade", "century", "era", "s",
    "second", "minute", "hour", "day", "week", "month", "year", "fortnight", "later", "earlier", "past", "last",
    "next", "early", "late", "mid", "end", "beginning", "half", "period", "term", "fiscal", "fy", "q1", "q2",
    "q3", "q4",
}  # fmt: skip
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
DESIGNATING_WORDS = {
    "number", "no.", "flight", "route", "article", "page", "vol.", "category", "unit", "game", "level", "phase",
    "stage", "grade", "class", "type", "chapter", "section", "round", "version", "series", "act", "channel",
    "platform", "gate", "room", "row", "seat", "lot", "exit", "highway", "interstate", "region", "district",
}  # fmt: skip
CLOSING_QUOTES = {"”", '"', "’", "'"}
POSSESSIVES = {"their", "his", "her", "its", "our", "my", "your"}
ANAPHORIC_DETERMINERS = {"the", "these", "those", "both", "all", "every", "each"}
SUFFERING_VERBS = {"die", "kill", "injure", "wound", "hurt", "arrest", "miss", "rescue", "evacuate", "remain"}
NOT_COUNTING_ONE = {"day", "time", "night", "morning", "evening", "way", "side", "another", "other", "point"}


def glued_unit(text: str) -> bool:
    """Whether a token is a number glued to a known currency or unit ("RM23.50", "640bhp", "10kW")."""
    match = _GLUED.match(text)
    if match is None:
        return False
    cur, suffix = match["cur"], match["suffix"]
    if cur and currency_prefix(cur.rstrip("$") if cur.endswith("$") and len(cur) > 1 else cur) is None:
        if currency_prefix(cur) is None:
            return False
    if suffix is None:
        return bool(cur) or text[0] in "~≈"
    return suffix.lower() in SCALES or suffix.lower() == "pc" or lookup(suffix, glued=True) is not None


def is_number(token: Token) -> bool:
    text = token.text
    return (
        bool(_DIGITS.match(text))
        or token.lower_ in UNITS_WORDS
        or token.lower_ == "dozen"
        or bool(_NUMBER_RANGE.match(text))
        or bool(_FRACTION_TOKEN.match(text))
        or bool(_MINUS.match(text))
        or ("-" in text and all(p in UNITS_WORDS or p in DENOMINATORS for p in token.lower_.split("-")))
        or (any(ch.isdigit() for ch in text) and glued_unit(text))
    )


def _dollar_glued(token: Token) -> bool:
    """ "$A82,615,680" is tokenised "$", "A82,615,680"."""
    return token.i > 0 and token.doc[token.i - 1].text == "$" and bool(_DOLLAR_GLUED.match(token.text))


def _fraction_start(doc: Doc, i: int) -> int | None:
    """ "a third of", "one fourth of", "half of", "a half million": where the fraction starts."""
    token = doc[i]
    if token.lower_ not in DENOMINATORS:
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or (nxt.lower_ != "of" and nxt.lower_ not in _SCALE_WORDS):
        return None
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and (prev.lower_ in ("a", "an", "one") or prev.lower_ in UNITS_WORDS):
        return i - 1
    return i if token.lower_ == "half" else None


def number_groups(doc: Doc) -> list[Span]:
    """Maximal runs of number tokens with their scale words, currency and percent signs."""
    groups, i = [], 0
    while i < len(doc):
        fraction = _fraction_start(doc, i)
        if fraction is None and i + 1 < len(doc) and _fraction_start(doc, i + 1) == i:
            fraction = i  # "One fourth of", "a third of"
            i += 1
        if fraction is not None and (not groups or groups[-1].end <= fraction):
            end = i + 1
            while end < len(doc) and doc[end].lower_ in _SCALE_WORDS:
                end += 1
            groups.append(doc[fraction:end])
            i = end
            continue
        if not is_number(doc[i]) and not _dollar_glued(doc[i]):
            i += 1
            continue
        start, end = i, i + 1
        while end < len(doc):
            nxt = doc[end]
            if is_number(nxt) and ((nxt.is_alpha and doc[end - 1].is_alpha) or nxt.lower_ == "dozen"):
                end += 1  # "twenty five", "two million": number words run on; digits do not
            elif nxt.lower_ in _SCALE_WORDS or nxt.text == "%" or nxt.lower_ == "percent":
                end += 1
            elif nxt.lower_ in ("m", "bn", "k", "b", "m.", "mil") and doc[end - 1].whitespace_ == "":
                end += 1  # "£600m" is tokenised "£", "600", "m"
            elif end + 1 < len(doc) and (
                (nxt.lower_ == "per" and doc[end + 1].lower_ == "cent")  # "10 per cent"
                or (nxt.text == "-" and doc[end + 1].lower_ in UNITS_WORDS)  # "twenty - five"
                or (nxt.text == "-" and doc[end + 1].lower_ in _SCALE_WORDS)  # "$400-million"
                or (nxt.text == "-" and doc[end + 1].lower_ in DENOMINATORS and doc[end - 1].is_alpha)  # "two-thirds"
            ):
                end += 2
            else:
                break
        if start > 0 and (doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].text in ("US$", "Y=")):
            start -= 1
            if (
                start > 0
                and doc[start - 1].text in ("S", "A", "C", "NZ", "HK", "US", "AU")
                and doc[start - 1].whitespace_
            ):
                start -= 1  # "S $1mil"
        if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in ("dozen", "hundred"):
            start -= 1
        groups.append(doc[start:end])
        i = end
    return groups


def unit_words(group: Span) -> list[Token]:
    """The words after a number that may name its unit ("miles per hour", "- week", "km / h")."""
    doc = group.doc
    out: list[Token] = []
    i = group.end
    while i < len(doc) and len(out) < 4:
        token = doc[i]
        word = token.text.rstrip(".").replace("/", "")
        symbol = token.text in ("/", "-", ".", "″") or token.text.startswith(("°", "μ", "µ", "€", "£", "$"))
        if symbol or (word.isalpha() and token.lower_ not in ("to", "and", "or")):
            out.append(token)
        else:
            break
        i += 1
    while out and out[-1].text in ("/", "-", "."):
        out.pop()
    return out


MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


def _misread_date(token: Token) -> bool:
    """A number the NER calls a date or time with no word of time in its entity: "four thousand to five
    thousand people", "killing 6 and wounding 31", "a 5-10W laser"."""
    if token.ent_type_ not in ("DATE", "TIME") or _YEAR.match(token.text):
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    span = token.doc[start:end]
    words = {t.lower_.rstrip(".") for t in span} | {t.lemma_.lower() for t in span}
    return not (words & TIME_WORDS) and not any(_YEAR.match(t.text) or ":" in t.text for t in token.doc[start:end])


def has_unit(group: Span) -> bool:
    """Whether the words after the number name a unit ("300 Hz", "9 ksi")."""
    words = [t.text for t in unit_words(group) if t.text != "-"]
    return bool(words) and longest_unit(words) is not None


def duration_after(group: Span) -> bool:
    """ "15 years", "two hours", "a two-week closure", "40 to 50 hours": a number followed by a unit of
    time, or the first number of a range whose second one is."""
    doc = group.doc
    words = [t for t in unit_words(group) if t.text != "-"]
    if not words and group.end + 2 < len(doc) and doc[group.end].lower_ in ("to", "-", "–", "and"):
        after = doc[group.end + 1 : group.end + 4]
        nxt = next((t for t in after if not is_number(t)), None)
        return nxt is not None and nxt.lemma_.lower() in DURATION_WORDS and is_number(after[0])
    return bool(words) and words[0].lemma_.lower() in DURATION_WORDS


def is_age(group: Span) -> bool:
    """ "a 55-year-old hunter", "aged 47", "Paddock, 64," / "the pilot, 47,", "who was 10"."""
    doc = group.doc
    last = group[-1]
    after = doc[group.end] if group.end < len(doc) else None
    before = doc[group.start - 1] if group.start > 0 else None
    nxt = doc[group.end + 1] if group.end + 1 < len(doc) else None
    if after is not None and (
        _AGE.match(after.text) or (after.text == "-" and nxt is not None and _AGE.match(nxt.text))
    ):
        return True
    words = [t.lower_ for t in doc[group.end : group.end + 4] if t.text != "-"]
    if words[:2] in (["year", "old"], ["years", "old"], ["year", "olds"]):
        return True  # "55-year-old", "55-year old", "15 year-old", "30 years old"
    if before is not None and before.lower_ == "aged":
        return after is None or after.lower_ not in ("to", "-", "and", "between")  # "men aged 18 to 34": a band
    if not group[0].like_num or len(group) > 1 or not last.text.isdigit() or not 0 < int(last.text) < 120:
        return False
    commas = before is not None and before.text == "," and (after is None or after.text in (",", ".", ")"))
    return commas and last.dep_ in ("appos", "amod", "npadvmod", "conj") and last.head.pos_ in ("PROPN", "NOUN")


def _designation(group: Span) -> bool:
    """ "810 Separate Naval Infantry Brigade", "Flight 370", "Apollo 11", "iPhone 11 Pro", "S&P 500",
    "category 4 hurricane", "Prescott (4)", "16-18 Industrial Avenue" as a name or an address."""
    doc = group.doc
    last = group[-1]
    head = last.head
    before = doc[group.start - 1] if group.start > 0 else None
    after = doc[group.end] if group.end < len(doc) else None
    if before is not None and before.lower_ in DESIGNATING_WORDS:
        return True
    if before is not None and before.pos_ == "PROPN":
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            return True  # "iPhone 11 Pro", "Windows 10 Mobile"
        if last.ent_iob_ == "I" and before.ent_type_ == last.ent_type_ and last.ent_type_:
            return True  # inside one name: "S&P 500"
        if before.is_upper and len(before.text) <= 5 and last.text.isdigit() and not has_unit(group):
            return True  # "HIV 2", "S P 500", "G 7": a name with its number
        if group[0].text[:1] in "+-" and group[-1].text != "%" and (after is None or after.text != "%"):
            return True  # "COVID -19" (but "FTSE -0.6%" is a change)
    if before is not None and before.text == "(" and after is not None and after.text == ")" and group.start > 1:
        if doc[group.start - 2].pos_ == "PROPN":
            return True  # a shirt number after a name: "Dak Prescott (4)"
    if after is not None and after.pos_ == "PROPN" and after.is_title and after.ent_type_ in ("FAC", "LOC"):
        return True  # an address: "16-18 Industrial Avenue"
    if last.dep_ in ("nummod", "compound", "appos") and head.pos_ == "PROPN" and head.ent_type_ != "NORP":
        if head.is_title and head.i > last.i:
            return True
    if (
        before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and last.dep_ in ("nummod", "appos", "compound")
    ):
        return not (head.i > last.i and head.pos_ == "NOUN")  # "into Gaza 40 times" counts times
    return False


def not_a_figure(group: Span) -> bool:
    """Dates, times, ordinals, designations, names and anaphoric small numbers."""
    doc = group.doc
    numbers = [t for t in group if is_number(t) or _dollar_glued(t)] or [
        t for t in group if t.lower_ in DENOMINATORS or t.lower_ in _SCALE_WORDS
    ]
    if not numbers:
        return True
    first, _last = group[0], group[-1]
    glued = any(glued_unit(t.text) and not _DIGITS.match(t.text) for t in numbers)
    with_unit = glued or has_unit(group)
    ents = {t.ent_type_ for t in numbers if not _misread_date(t)}
    fraction = group[-1].lower_ in DENOMINATORS or "-" in group[-1].text and group[-1].is_alpha
    if ents & NO_FIGURE_ENTS and not with_unit and not fraction:
        if not (ents <= {"DATE", "TIME", "CARDINAL", ""} and (duration_after(group) or is_age(group))):
            return True
    if len(group) == 1 and _YEAR.match(first.text):
        return True
    if re.search(r"\d(st|nd|rd|th)$", first.text) or ":" in first.text:
        return True
    after = doc[group.end] if group.end < len(doc) else None
    before = doc[group.start - 1] if group.start > 0 else None
    if after is not None and after.lower_ == "ago":
        return True  # "two years ago" places an event in time
    if after is not None and after.lower_.replace(".", "") in ("am", "pm") or _CLOCK.search(first.text):
        return True  # a clock time: "10.45pm", "2 p.m."
    if after is not None and after.text in TIME_ZONES:
        return True  # "0401 GMT"
    if before is not None and before.lower_.rstrip(".") in MONTHS:
        return True  # a day of the month: "Sept. 20-24", "on May 9"
    if first.lower_ in ("dozen", "dozens") and (before is None or before.lower_ not in ("a", "an")):
        return True  # "dozens of people", "a baker's dozen" are not numbers
    if after is not None and after.is_title and group.end + 1 < len(doc) and doc[group.end + 1].lower_ in STREETS:
        return True  # an address: "16-18 Industrial Avenue"
    if is_age(group):
        return False
    if not with_unit and _designation(group):
        return True
    if after is not None and after.text == "-" and group.end + 1 < len(doc):
        word = doc[group.end + 1]
        if (
            word.is_alpha
            and word.lower_ not in SCALES
            and word.lower_ not in UNITS_WORDS
            and word.lower_ not in ("a", "an")
            and lookup(word.text) is None
            and word.lemma_.lower() not in DURATION_WORDS
            and word.lower_ not in DENOMINATORS
            and word.lower_ not in ("or", "and")
        ):
            return True  # a compound adjective: "a five-alarm fire", "a two-party system"
    if first.is_alpha and first.lower_ in UNITS_WORDS:
        if after is not None and after.text in CLOSING_QUOTES:
            return True  # the end of a quoted name: the "Starts with one" campaign
        return _word_number_not_counting(group, before, after)
    return False


def _word_number_not_counting(group: Span, before: Token | None, after: Token | None) -> bool:
    """ "one of them", "the two sides" as pronouns; "one person died", "their three daughters", "Seven of
    the injured" count."""
    first, last = group[0], group[-1]
    if after is not None and after.lower_ in ("percent", "%"):
        return False
    of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if after is not None and after.lower_ in ("to", "or", "-") and group.end + 1 < len(group.doc):
        if is_number(group.doc[group.end + 1]):
            return False  # "one to two years": a range
    if first.lower_ == "one" and len(group) == 1:
        if of is not None or last.dep_ != "nummod" or before is not None and before.lower_ in ANAPHORIC_DETERMINERS:
            return True
        noun = last.head
        if noun.lemma_.lower() in NOT_COUNTING_ONE or noun.i < last.i:
            return True
        # "one user quipped" is an indefinite someone; "one person died", "only one", "one count of" count
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() not in SUFFERING_VERBS:
            return not (before is not None and before.lower_ in ("only", "just"))
        return False
    if first.lower_ == "zero":
        return True
    if duration_after(group):
        return False  # "those three months", "the 50 previous years"
    if before is not None and before.lower_ in ANAPHORIC_DETERMINERS:
        return not (last.dep_ == "nummod" and _described_by_own_clause(last.head))  # "the four climbers who died"
    if last.dep_ in ("nsubj", "nsubjpass", "dobj") and of is not None:
        return False  # "Seven of the injured were children"
    if last.dep_ not in ("nummod", "quantmod", "conj", "compound"):
        return not duration_after(group)
    return False


def _described_by_own_clause(noun: Token) -> bool:
    """ "the four climbers who died": a relative clause whose subject is the noun itself."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in clause.children
        ):
            return True
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            return True
    return False


def qualifier_of(group: Span) -> tuple[str, int]:
    """The qualifier written before the number, and the index where the figure's surface starts."""
    doc = group.doc
    start = group.start
    if group[0].text[:1] in ("~", "≈"):
        return "approximately", start
    if group[0].lower_.startswith("sub-"):
        return "under", start  # "sub-7 nanometer"
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    for phrase, qualifier in QUALIFIERS:
        parts = phrase.split()
        if words[-len(parts) :] == parts:
            return qualifier, start - len(parts)
    return "exactly", start


def range_end(group: Span, groups_by_start: dict[int, Span]) -> tuple[Span | None, str]:
    """The second number of "between X and Y", "X to Y", "X-Y", "from 252 miles to 287 miles", and how the
    two read: "spread" (values between), "from_to" ("rose from 8,000 to 11,000": a level and the level it
    became) or "to_from" ("narrowed to 138,285 lots from 212,577 lots"). A number after a verb of change
    that is not a from-to pair ("rose 2% to $11.1bn") has no range end."""
    found = _connector(group, groups_by_start)
    if found is None:
        return None, ""
    connector, other = found
    before = _word_before(group)
    if connector == "from":
        return (other, "to_from") if before == "to" and is_change(group) else (None, "")
    if connector == "and" and before != "between":
        return None, ""
    if before == "from":
        return other, "from_to"
    if before != "between" and is_change(group) and connector == "to":
        return None, ""
    return other, "spread"


def _connector(group: Span, groups_by_start: dict[int, Span]) -> tuple[str, Span] | None:
    """The word joining a number to the next one, past the unit written after both ("252 miles to 287
    miles"), and that next number."""
    doc = group.doc
    at = group.end
    if at < len(doc) and doc[at].text == "-" and at + 1 < len(doc) and doc[at + 1].lower_ == "to":
        at += 1  # "8- to 16-meter"
    skipped = 0
    while at < len(doc) and skipped < 3 and doc[at].is_alpha and doc[at].lower_ not in ("to", "and", "from"):
        at, skipped = at + 1, skipped + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("to", "-", "–", "and", "from"):
        return None
    other = groups_by_start.get(at + 1)
    if other is None:
        return None
    if skipped:  # the same unit after the second number, or it is not one pair
        repeated = doc[other.end : other.end + skipped]
        if [t.lower_ for t in repeated] != [t.lower_ for t in doc[group.end : group.end + skipped]]:
            return None
    elif doc[at].lower_ == "from":
        return None
    return doc[at].lower_, other


def _word_before(group: Span) -> str:
    """The word before a number, past a qualifier or an article ("from about 8,000", "from the US $89")."""
    doc = group.doc
    i = group.start - 1
    while i >= 0 and (doc[i].lower_ in QUALIFIER_WORDS or doc[i].lower_ in ("the", "a", "an")):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


QUALIFIER_WORDS = {"about", "around", "roughly", "nearly", "almost", "approximately", "some"}


def is_change(group: Span) -> bool:
    """Whether the number is governed by a verb of change ("rose 2% to", "from 8,000 to 11,000")."""
    head = group[-1].head
    for _ in range(3):
        if head.lemma_.lower() in CHANGE_VERBS:
            return True
        head = head.head
    return False


def direction_of(group: Span) -> str:
    """ "up" or "down" when the number is the size of a change ("rose 5%", "fell 19 cents", "up 58.06
    points", "lost 190 points, or 0.6%", "+0.2%"), "none" for a level ("to 16,369.03", "at 5884", "5%")."""
    doc = group.doc
    number = next((t for t in group if is_number(t)), group[-1])
    after = doc[group.end] if group.end < len(doc) else None
    percent = (
        group[-1].text == "%" or group[-1].lower_ in ("percent", "cent") or (after is not None and after.text == "%")
    )
    if number.text.startswith("+"):
        return "up"
    if number.text.startswith("-") and percent:
        return "down"
    token = number
    for _ in range(5):
        head = token.head
        if head == token or token.dep_ not in CHANGE_PATH:
            return "none"
        if token.dep_ == "pobj" and head.lower_ != "by":
            return "none"  # "to $58.24", "at 5884", "from 6.29%": a level
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "ADV", "ADP", "AUX", "ADJ"):
            if lemma in UP_WORDS or head.lower_ in ("up", "higher"):
                return "up"
            if lemma in DOWN_WORDS or head.lower_ in ("down", "lower"):
                return "down"
            if head.pos_ in ("VERB", "AUX"):
                return "none"
        token = head
    return "none"


# the links from a number up to the verb or adverb of change whose size it is
CHANGE_PATH = {"dobj", "npadvmod", "advmod", "attr", "prep", "nummod", "quantmod", "compound", "appos", "conj", "pobj"}
