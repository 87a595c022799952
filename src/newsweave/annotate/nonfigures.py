"""Which numbers of a parse are not figures: dates, years and clock times, ordinals, designations, names and
addresses ("810 Separate Naval Infantry Brigade", "Flight 370", "iPhone 11 Pro", "16-18 Industrial Avenue"),
"one of ...", and anaphoric small numbers ("the two nations"). Durations the NER calls dates ("for 15
years"), counts it calls dates ("killing 6 and wounding 31") and ages ("the pilot, 47,") are figures. Word
numbers that count nothing are `word_numbers.py`'s, idioms and hyperbole `idioms.py`'s, numbers hyphenated to what
they count ("the seven-member group") `compounds.py`'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.annotate.compounds import counting_compound
from newsweave.annotate.counted import fact_box_value, names_index
from newsweave.annotate.designations import MONTHS, STREETS, names_or_dates
from newsweave.annotate.doc_arrays import column
from newsweave.annotate.idioms import idiom
from newsweave.annotate.numbers import DENOMINATORS, SCALES, UNITS_WORDS, parse_digits
from newsweave.annotate.quantities import (
    DIGITS,
    DURATION_WORDS,
    SCALE_WORDS,
    dollar_glued,
    duration_after,
    glued_unit,
    has_unit,
    is_number,
    written_as_multiple,
)
from newsweave.annotate.units import SPACED_PREFIXES, longest_unit, lookup
from newsweave.annotate.word_numbers import word_number_not_counting

NO_FIGURE_ENTS = {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"}
_CLOCK = re.compile(r"\d(am|pm|a\.m\.|p\.m\.)$", re.I)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_AGE = re.compile(r"^-?(year|years|yr)s?-?old$", re.I)
# units of an age said in less than years, which the age's unit ("year of age") is not
UNITS_UNDER_A_YEAR = frozenset({"month", "months", "week", "weeks", "day", "days"})
PERSON_PRONOUNS = {"he", "she", "who", "i", "we", "they"}
TIME_ZONES = {"GMT", "UTC", "EDT", "EST", "CDT", "CST", "PDT", "PST", "BST", "CET", "CEST", "ET", "PT", "IST", "JST"}
TIME_WORDS = MONTHS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
    "morning", "afternoon", "evening", "night", "noon", "midnight", "ago", "annual", "annually", "quarter",
    "season", "spring", "summer", "autumn", "fall", "winter", "weekend", "am", "pm", "a.m.", "p.m.", "time",
    "daily", "weekly", "monthly", "yearly", "old", "age", "aged", "birthday", "decade", "century", "era", "s",
    "second", "minute", "hour", "day", "week", "month", "year", "fortnight", "later", "earlier", "past", "last",
    "next", "early", "late", "mid", "end", "beginning", "half", "period", "term", "fiscal", "fy", "q1", "q2",
    "q3", "q4",
}  # fmt: skip
DESIGNATING_WORDS = {
    "number", "no.", "flight", "route", "article", "page", "vol.", "category", "unit", "game", "level", "phase",
    "stage", "grade", "class", "type", "chapter", "section", "round", "version", "series", "act", "channel",
    "platform", "gate", "room", "row", "seat", "lot", "exit", "highway", "interstate", "region", "district",
    "lap", "pad", "launchpad", "terminal", "runway", "hole",
}  # fmt: skip
_CAMEL_CASE = re.compile(r"^[a-z]+[A-Z][A-Za-z]*$")  # a product's name: "iOS", "iPhone", "macOS", "eBay"
_GLUED_LETTER = re.compile(r"^\d+[A-Z]$")  # "Pad 39A": a designation's letter, not 39 amperes
CLOSING_QUOTES = {"”", '"', "’", "'"}


def _misread_date(token: Token) -> bool:
    """A number the NER calls a date or time with no word of time in its entity: "four thousand to five
    thousand people", "killing 6 and wounding 31", "a 5-10W laser"."""
    if token.ent_type_ not in ("DATE", "TIME") or _YEAR.match(token.text):
        return False
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{5,6}", token.text):
        return True  # no date is written "95800" or "12,000": a count the NER swept into a date beside it
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    span = token.doc[start:end]
    words = {t.lower_.rstrip(".") for t in span} | {t.lemma_.lower() for t in span}
    return not (words & TIME_WORDS) and not any(_YEAR.match(t.text) or ":" in t.text for t in token.doc[start:end])


def _misread_person(token: Token) -> bool:
    """Digits the NER calls a person while they count a plural noun ("about 460 Kia and Hyundai vehicles")."""
    head = token.head
    return token.ent_type_ == "PERSON" and token.is_digit and token.dep_ == "nummod" and head.tag_ == "NNS"


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
    text, lower = column(doc, "text"), column(doc, "lower_")
    words = [lower[i] for i in range(group.end, min(group.end + 4, len(doc))) if text[i] != "-"]
    if words[:2] in (["year", "old"], ["years", "old"], ["year", "olds"]):
        return True  # "55-year-old", "55-year old", "15 year-old", "30 years old"
    if before is not None and before.lower_ == "aged":
        return after is None or after.lower_ not in ("to", "-", "and", "between")  # "men aged 18 to 34": a band
    if lower[max(0, group.start - 2) : group.start] == ["age", "of"]:
        if after is not None and after.lower_ in UNITS_UNDER_A_YEAR:
            return False  # "viewing age of 48 months and above": 48 months, no age in years
        return after is None or after.lower_ not in ("to", "-", "and")  # "under the age of 5 years"
    if not group[0].like_num or len(group) > 1 or not last.text.isdigit() or not 0 < int(last.text) < 120:
        return False
    commas = before is not None and before.text == "," and (after is None or after.text in (",", ".", ")"))
    if commas and last.dep_ in ("appos", "amod", "npadvmod", "conj") and last.head.pos_ in ("PROPN", "NOUN"):
        return True
    return _age_of_person(group)


# nouns whose value is an age in years ("the median age is 38", "life expectancy is 73")
AGE_NOUNS = frozenset({"age", "expectancy"})
# children, whose bare number after "be" is their age ("whose kids are 6 and almost 10"), as with "he was 3"
CHILD_NOUNS = frozenset({"kid", "child", "children", "son", "daughter", "boy", "girl", "toddler", "baby", "grandchild"})


def _age_of_person(group: Span) -> bool:
    """ "He will be 35 by the end of the year", "their daughter, who was 10": a bare number said of a person;
    "whose kids are 6 and almost 10": each number of a pair said of children."""
    last = group[-1]
    if last.dep_ == "conj" and last.head.like_num and last.head.i < last.i:
        last = last.head  # "6 and almost 10": the second age is said of the subject of the first
    head = last.head
    if last.dep_ not in ("attr", "acomp") or head.lemma_ != "be":
        return False
    if any(t.dep_ not in ("cc", "conj", "punct") for t in last.rights):
        return False  # "he is 35 points behind"
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in AGE_NOUNS:
        return True  # "the average life expectancy for men in Glasgow is around 73"
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in CHILD_NOUNS:
        return True  # "whose kids are 6 and almost 10", "the boy is 4"
    return subject is not None and (subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON")


def _designation(group: Span) -> bool:
    """ "810 Separate Naval Infantry Brigade", "Flight 370", "Apollo 11", "iPhone 11 Pro", "S&P 500",
    "category 4 hurricane", "Prescott (4)", "16-18 Industrial Avenue" as a name or an address."""
    doc = group.doc
    last = group[-1]
    head = last.head
    before = doc[group.start - 1] if group.start > 0 else None
    after = doc[group.end] if group.end < len(doc) else None
    if last.text == "%" or last.lower_ in ("percent", "cent") or (after is not None and after.text == "%"):
        return False  # a share or a change is never a name: "FTSE -0.6% CAC -1.7%"
    if fact_box_value(group):
        return False  # a value after its label in a fact box ("Engines: 27 Payload to LEO: ..."), not a name
    if before is not None and before.lower_ in DESIGNATING_WORDS:
        return True
    if before is not None and before.pos_ == "PROPN" and names_index(before.text) and last.text.isdigit():
        return True  # an index named with its number: "Nasdaq 100 e-minis", "FTSE 100"
    if before is not None and before.pos_ == "PROPN":
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            return True  # "iPhone 11 Pro", "Windows 10 Mobile"
        if last.ent_iob_ == "I" and before.ent_type_ == last.ent_type_ and last.ent_type_:
            return True  # inside one name: "S&P 500"
        if before.is_upper and len(before.text) <= 5 and last.text.isdigit() and not has_unit(group):
            return True  # "HIV 2", "S P 500", "G 7": a name with its number
    acronym = before is not None and before.is_upper and before.is_alpha and len(before.text) <= 5
    if before is not None and (before.pos_ == "PROPN" or acronym) and group[0].text[:1] in "+-":
        return True  # "COVID -19", tagged a noun or a name (but "FTSE -0.6%" is a change)
    if acronym and before.pos_ == "NOUN" and last.dep_ == "appos" and last.text.isdigit() and not has_unit(group):
        return True  # "The S P 500 is up", its letters tagged nouns
    if before is not None and before.text == "(" and after is not None and after.text == ")" and group.start > 1:
        if doc[group.start - 2].pos_ == "PROPN":
            return True  # a shirt number after a name: "Dak Prescott (4)"
    if after is not None and after.pos_ == "PROPN" and after.is_title and after.ent_type_ in ("FAC", "LOC"):
        return True  # an address: "16-18 Industrial Avenue"
    # a nationality is counted ("three Germans"), but not a singular name it is mistaken for ("787 Dreamliner")
    singular_name = head.tag_ == "NNP" and not head.lower_.endswith("s")
    if (
        last.dep_ in ("nummod", "compound", "appos")
        and head.pos_ == "PROPN"
        and (head.ent_type_ != "NORP" or singular_name)
    ):
        # a plural name or a name before the noun counted is counted: "eight World Cups", "460 Kia vehicles"
        counted = head.tag_ == "NNPS" or (head.dep_ in ("compound", "nmod") and head.head.pos_ == "NOUN")
        # an adjective between the number and the name, as no designation writes it: "eight straight World Cups"
        counted = counted or any(t.pos_ == "ADJ" and t.is_alpha and t.is_lower for t in doc[last.i + 1 : head.i])
        if head.is_title and head.i > last.i and not counted:
            return True
    if before is not None and _CAMEL_CASE.match(before.text) and len(group) == 1 and not has_unit(group):
        return True  # a model or a version after its product's camel-cased name: "the iPhone 11 lineup", "iOS 7.1"
    if (
        before is not None
        and before.pos_ == "PROPN"
        and (before.is_title or (before.text[:1].isupper() and not before.is_upper))  # "Apollo", "ViaSat"
        and last.dep_ in ("nummod", "appos", "compound")
    ):
        if len(group) == 1 and head.i > last.i and head.pos_ == "NOUN" and before.head.i >= last.i:
            return True  # a model named by its make and number: "Falcon 9 rockets", "the Apollo 11 moon rocket"
        return not (head.i > last.i and head.pos_ == "NOUN")  # "into Gaza 40 times" counts times
    return False


# words naming a road before its number ("County Road 600S", "Route 66", "Interstate 95"), title-cased as a name
ROAD_WORDS = frozenset({"road", "route", "highway", "interstate", "hwy", "rte", "freeway", "motorway", "turnpike"})
_COMPASS_GLUED = re.compile(r"^\d+[NSEW]$")  # "600S": a grid road's number with its compass letter
EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
# what an emergency number names when it is the line, not a count ("911 calls", "a 999 operator")
PHONE_LINE_WORDS = frozenset(
    {"call", "calls", "dispatcher", "dispatchers", "operator", "operators", "center", "centre"}
)


def _road_or_phone_number(group: Span) -> bool:
    """A road's number ("County Road 600S", read as 600 siemens otherwise) or an emergency telephone number
    ("receiving 911 calls"): identifiers, whatever unit their letters might spell."""
    doc = group.doc
    first = group[0]
    before = doc[group.start - 1] if group.start > 0 else None
    after = doc[group.end] if group.end < len(doc) else None
    if before is not None and before.lower_ in ROAD_WORDS and (before.is_title or _COMPASS_GLUED.match(first.text)):
        return len(group) == 1
    if len(group) == 1 and first.text in EMERGENCY_NUMBERS and after is not None:
        return after.lower_ in PHONE_LINE_WORDS
    return False


OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})


def _in_quoted_name(group: Span) -> bool:
    """A number inside a short quoted phrase without a verb that names the noun after it: the "one country,
    two systems" formula, a slogan or a name rather than a count."""
    doc = group.doc
    before = range(group.start - 1, max(-1, group.start - 7), -1)
    start = next((i for i in before if doc[i].text in OPENING_QUOTES), None)
    end = next((i for i in range(group.end, min(len(doc), group.end + 6)) if doc[i].text in CLOSING_QUOTES), None)
    if start is None or end is None or start == 0 or end + 1 >= len(doc):
        return False
    inside, noun = doc[start + 1 : end], doc[end + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in OPENING_QUOTES for t in inside):
        return False
    modifies = all(t.head.i == noun.i or t.head in inside for t in inside)
    return doc[start - 1].pos_ == "DET" and noun.pos_ == "NOUN" and modifies


def _low_end_of_measured_range(group: Span) -> bool:
    """Whether a bare number is the low end of a range whose high end names a unit other than a time ("about
    2000 - 2500 Calories"): an amount, however year-shaped, and not a date ("2019-2020 season")."""
    doc = group.doc
    at = group.end
    if at + 1 >= len(doc) or doc[at].text not in ("-", "–", "to") or not DIGITS.match(doc[at + 1].text):
        return False
    low, high = (parse_digits(t.text) for t in (group[-1], doc[at + 1]))
    if low is None or high is None or low >= high:
        return False  # "in 2008 to 29 mpg": a year before the next figure, not a range's low end
    words = [t.text for t in doc[at + 2 : at + 6] if t.is_alpha]
    match = longest_unit(words) if words and doc[at + 2].is_alpha else None
    return match is not None and match[0].entity != "time"


def not_a_figure(group: Span) -> bool:
    """Dates, times, ordinals, designations, names and anaphoric small numbers."""
    doc = group.doc
    numbers = [t for t in group if is_number(t) or dollar_glued(t)] or [
        t for t in group if t.lower_ in DENOMINATORS or t.lower_ in SCALE_WORDS
    ]
    if not numbers:
        return True
    first, _last = group[0], group[-1]
    # a unit or currency glued to the digits ("640bhp", "RM23.50", "$A82,615,680" tokenised "$", "A82,615,680")
    glued = any((glued_unit(t.text) and not DIGITS.match(t.text)) or dollar_glued(t) for t in numbers)
    low_end = _low_end_of_measured_range(group)
    with_unit = glued or has_unit(group) or low_end or group[0].text in SPACED_PREFIXES  # "Rs 24 lakh"
    ents = {t.ent_type_ for t in numbers if not _misread_date(t) and not _misread_person(t)}
    fraction = group[-1].lower_ in DENOMINATORS or "-" in group[-1].text and group[-1].is_alpha
    if ents & NO_FIGURE_ENTS and not with_unit and not fraction:
        if not (ents <= {"DATE", "TIME", "CARDINAL", ""} and (duration_after(group) or is_age(group))):
            return True
    if len(group) == 1 and _YEAR.match(first.text) and not low_end:
        return True
    if re.search(r"\d(st|nd|rd|th)$", first.text) or ":" in first.text:
        return True
    if _road_or_phone_number(group) or _in_quoted_name(group) or names_or_dates(group):
        return True
    if _gallery_counter(group) or idiom(group):
        return True
    if len(group) == 1 and re.fullmatch(r"0\d{2,}", first.text):
        return True  # a telephone number or a code: "a number - 0800 0560154 -"
    after = doc[group.end] if group.end < len(doc) else None
    before = doc[group.start - 1] if group.start > 0 else None
    if before is not None and _GLUED_LETTER.match(first.text):
        if before.lower_ in DESIGNATING_WORDS or (before.pos_ == "PROPN" and before.is_title):
            return True  # "sat on Pad 39A", "Launch Complex 39A", whatever unit its letter spells
    if _model_after_article(group):
        return True
    if after is not None and after.lower_ == "ago":
        return True  # "two years ago" places an event in time
    if after is not None and after.lemma_.lower() in DURATION_WORDS and group.end + 1 < len(doc):
        if doc[group.end + 1].lower_ == "ago":
            return True  # "Putin came to power 15 years ago", "about 10 years ago": a time, not a duration
    ends = [t.lower_ for t in doc[group.end : group.end + 4]]
    if ends[:1] in (["or"], ["to"], ["-"]) and ends[3:] == ["ago"] and doc[group.end + 1].like_num:
        return True  # "Two or three years ago": the low end of a time in the past
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
    if counting_compound(group) is not None:
        return False  # "the seven-member group", "a nine-page response": the size of the thing, a count
    share = group[-1].text == "%" or group[-1].lower_ in ("percent", "cent") or written_as_multiple(group)
    if after is not None and after.text == "-" and group.end + 1 < len(doc) and not share and not has_unit(group):
        word = doc[group.end + 1]  # (a share is a figure: "43.4 percent-owned")
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
        return word_number_not_counting(group, before, after)
    return False


def _gallery_counter(group: Span) -> bool:
    """A photo gallery's counter left in the text ("Steve Parsons/PA 2/8 Police officers walk ...", "Ben Morgan 8/8
    Witnesses reported ..."): "N/M" of whole numbers, N at most M, before a capitalised caption, not a fraction of
    something ("1/16 of a US pint")."""
    doc = group.doc
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})", group.text)
    end = group.end
    if match is None and end + 1 < len(doc) and doc[end].text == "/" and re.fullmatch(r"\d{1,2}", doc[end + 1].text):
        match, end = (
            re.fullmatch(r"(\d{1,2})/(\d{1,2})", group.text + "/" + doc[end + 1].text),
            end + 2,
        )  # "1 / 22 SONY"
    if match is None and group.start >= 2 and doc[group.start - 1].text == "/":
        match = re.fullmatch(r"(\d{1,2})/(\d{1,2})", doc[group.start - 2].text + "/" + group.text)
    if match is None or not 0 < int(match[1]) <= int(match[2]) or end >= len(doc):
        return False
    after = doc[end]
    return after.is_alpha and after.text[:1].isupper() and lookup(after.text) is None


def _model_after_article(group: Span) -> bool:
    """A model number that "a" introduces: "lift a 737 into orbit", "a fully loaded 737 laden aircraft". A count
    of more than one takes no "a" and no singular noun; a size or an age is written with its unit or hyphens."""
    doc = group.doc
    last = group[-1]
    if len(group) != 1 or not last.text.isdigit() or int(last.text) < 100 or has_unit(group):
        return False
    if group.end < len(doc) and doc[group.end].text in ("-", "%", "‐"):
        return False
    holder = last.head if last.dep_ in ("nummod", "compound") and last.head.i > last.i else last
    if holder is not last and holder.tag_ != "NN":
        return False  # "a 100 people": a plural noun counted
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in holder.children)
