"""Numbers that name or date rather than count, in forms `nonfigures.py` does not read: a software version ("PS4
update 5.50", "the 5.00 update", and the same number alone later in the article), a standard's number
("802.11ac"), a display resolution ("a 4K TV"), a catalogue name ("RX J1131-1231"), a street address with its
compass point ("1426 N. Quincy St."), a won-lost record or a score ("an 11-5 record", "a 9-2 lead"), a day in a
list of days ("Jan. 12, 19 and 26") a class hyphenated to its number ("a class-one laser") and a number word in a
title-cased name ("the Six-Day War").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.annotate.doc_arrays import doc_text
from newsweave.annotate.quantities import has_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

STREETS = frozenset({
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.", "lane", "drive",
    "way",
})  # fmt: skip
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
# words that name a software release beside its number ("update 5.50", "the 5.00 update", "firmware 2.1")
VERSION_WORDS = frozenset({"version", "update", "firmware", "patch", "build", "beta", "release", "v", "ver", "ver."})
_DECIMAL = re.compile(r"^\d+(?:\.\d+)+$")
_DOTTED_GLUED = re.compile(r"^(\d+\.\d+)[a-z]+$")  # "802.11ac": a dotted number with letters glued to it
# a version number anywhere in the text: after its word ("update 5.50") or before it ("5.50 update")
_VERSION_IN_TEXT = re.compile(
    r"\b(?:version|update|firmware|beta|v)\s*(\d+(?:\.\d+)+)\b(?!\s*(?:%|per|million|billion))"
    r"|\b(\d+(?:\.\d+)+)\s+(?:update|beta|firmware)\b",
    re.IGNORECASE,
)
VERSIONS_KEY = "newsweave.designations.versions"  # the document's own cache of its version numbers
# what a resolution written "4K", "8K" is the resolution of
DISPLAY_WORDS = frozenset({
    "tv", "tvs", "television", "televisions", "resolution", "display", "displays", "screen", "screens", "monitor",
    "monitors", "hdr", "uhd", "video", "videos", "image", "images", "pixels", "footage", "camera", "cameras",
    "streaming", "render", "rendered", "rendering", "graphics", "console", "blu-ray", "gaming", "supersampling",
})  # fmt: skip
COMPASS = frozenset(
    {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "E.", "W.", "N.E.", "N.W.", "S.E.", "S.W."}
)
# what a pair or triple of whole numbers joined by dashes is the result of ("an 11-5 record", "a 9-2 lead")
RESULT_WORDS = frozenset({
    "record", "records", "lead", "win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses", "draw",
    "scoreline", "score", "mark", "start", "finish", "season", "campaign", "run", "triumph", "rout", "drubbing",
})  # fmt: skip
# verbs a record follows without its noun ("a team that went 13-3", "finished 10-6")
RESULT_VERBS = frozenset({"go", "finish", "end", "start"})
DASHES = frozenset({"-", "–", "—"})
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})


def version_number(group: Span) -> bool:
    """A release number ("PS4 update 5.50", "the 5.00 update") or a number the article gives as one elsewhere:
    "5.50 allows you to import any image" after "update 5.50"."""
    doc = group.doc
    if len(group) != 1 or not _DECIMAL.match(group[0].text) or has_unit(group):
        return False  # "to build 2.5 miles of road": a length
    before = doc[group.start - 1] if group.start > 0 else None
    after = doc[group.end] if group.end < len(doc) else None
    if before is not None and before.lower_ in VERSION_WORDS and before.pos_ in ("NOUN", "PROPN"):
        return True
    if after is not None and after.lower_ in VERSION_WORDS - {"v", "ver", "ver.", "version"} and after.pos_ == "NOUN":
        return True
    return group[0].text in _versions_named(doc)


def standard_number(group: Span) -> bool:
    """A standard's or a model's number, letters glued to a dotted number of five digits or more ("802.11ac
    Wi-Fi", "a 802.11b wireless network"): a measure glued to its unit's letters is rounded ("2.5m", "1.25bn",
    "229.6ft"), so the letters are no unit ("ac" acres, "b" billion) but part of the name."""
    if len(group) != 1 or group.start > 0 and group.doc[group.start - 1].text in CURRENCY_SIGNS:
        return False  # "$802.11b" would be an amount
    match = _DOTTED_GLUED.match(group[0].text)
    return match is not None and len(match[1].replace(".", "")) >= 5


def _versions_named(doc: Doc) -> frozenset[str]:
    """The numbers the text names as versions, read once per document (only when a bare decimal asks)."""
    if VERSIONS_KEY not in doc.user_data:
        found = {m[1] or m[2] for m in _VERSION_IN_TEXT.finditer(doc_text(doc))}
        doc.user_data[VERSIONS_KEY] = frozenset(found)
    return doc.user_data[VERSIONS_KEY]


def display_resolution(group: Span) -> bool:
    """ "a 4K TV", "up to 4K", "2K resolution": a display resolution named by its width in thousands of pixels,
    when the sentence is about a screen, an image or a video."""
    doc = group.doc
    last = group[-1]
    glued = re.fullmatch(r"\d{1,2}K", last.text) is not None
    inside = len(group) >= 2 and last.text == "K" and re.fullmatch(r"\d{1,2}", group[-2].text) is not None
    after = group.end < len(doc) and doc[group.end].text == "K" and not last.whitespace_
    if not (glued or inside or (after and re.fullmatch(r"\d{1,2}", last.text))):
        return False
    before = doc[group.start - 1 : group.start].text
    if any(t.text in CURRENCY_SIGNS for t in group) or before in CURRENCY_SIGNS:
        return False  # "$4K": an amount of money
    return any(t.lower_ in DISPLAY_WORDS for t in group.sent)


def catalogue_name(group: Span) -> bool:
    """The number of a catalogue name glued to letters and digits before it by a dash or a plus ("RX J1131-1231",
    "PSR B1257+12"): part of a name."""
    doc = group.doc
    if group.start < 2:
        return False
    sign, code = doc[group.start - 1], doc[group.start - 2]
    glued = not sign.whitespace_ and not code.whitespace_
    return glued and sign.text in ("-", "+", "–") and re.fullmatch(r"[A-Z]+\d+", code.text) is not None


def street_address(group: Span) -> bool:
    """A house number before a compass point and a street ("1426 N. Quincy St."), whatever unit the letter spells."""
    doc = group.doc
    at = group.end
    if at + 2 >= len(doc) or doc[at].text not in COMPASS or not doc[at + 1].is_title:
        return False
    return any(t.lower_ in STREETS for t in doc[at + 2 : at + 5])


def result_of_games(group: Span) -> bool:
    """A number of a won-lost record or a score: whole numbers joined by dashes before what they are the result of
    ("an 11-5 record", "a 50-32-1 record", "a 9-2 lead") or after a verb of a season ("a team that went 13-3"), none
    of them a count of its own; so are three such numbers ("8-8-4") and two that do not rise as a range does ("7-6",
    "6-3"), whatever words stand around them."""
    doc = group.doc
    start, end = group.start, group.end
    if not all(t.text.isdigit() or t.text in DASHES for t in group):
        return False
    if start >= 4 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
        if doc[start - 3].text in DASHES and doc[start - 2].text.isdigit() and doc[start - 4].text.isdigit():
            return True  # "7-6 (5)": the tie-break of the set it follows
    while start >= 2 and doc[start - 1].text in DASHES and doc[start - 2].text.isdigit():
        start -= 2
    while end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].text.isdigit():
        end += 2
    if end - start < 3 or end >= len(doc):
        return False  # one number alone
    if any(t.whitespace_ for t in doc[start : end - 1]):
        return False  # "from 10 - 12": spaced, a range
    numbers = [int(doc[i].text) for i in range(start, end, 2)]
    if len(numbers) > 2 or numbers[1] <= numbers[0] < 1000:
        return True  # "improved to 8-8-4", "edged Reilly Opelka 7-6 (5)": a record or a score; a range rises
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in ("to", "of", "at") and doc[start - 2].lower_ in RESULT_WORDS:
        return True  # "dropped Fox's career coaching record to 133-123", "a record of 11-5"
    return doc[end].lower_ in RESULT_WORDS or (before is not None and before.lemma_.lower() in RESULT_VERBS)


def day_in_list(group: Span) -> bool:
    """A day of the month in a list after the month's first day ("Jan. 12, 19 and 26", "between January 1 and 2"):
    a date, as the first day is."""
    doc = group.doc
    last = group[-1]
    if len(group) != 1 or not last.text.isdigit() or not 0 < int(last.text) <= 31:
        return False
    if group.end < len(doc) and doc[group.end].pos_ in ("NOUN", "PROPN") and doc[group.end].is_alpha:
        return False  # "in May 5 and 10 people": a count of what follows
    i, numbers = group.start - 1, 0
    while i >= 0 and (doc[i].lower_ in (",", "and", "or", "&") or doc[i].text.isdigit()):
        numbers += doc[i].text.isdigit()
        i -= 1
    return numbers > 0 and i >= 0 and doc[i].lower_.rstrip(".") in MONTHS and doc[i + 1].text.isdigit()


def numbered_name(group: Span) -> bool:
    """A number after a capitalised name inside a sentence, counting no plural after it: a craft or a model named
    with its number ("Chang’e 4 is scheduled to lift off", "with Chang’e 1, a simple lunar orbiter", "the Chang’e 2
    mission"), however the parser tagged the name."""
    doc = group.doc
    last = group[-1]
    if len(group) != 1 or not last.text.isdigit() or int(last.text) >= 1000 or group.start < 1:
        return False
    before = doc[group.start - 1]
    if before.i == group.sent.start or not before.text[:1].isupper() or before.is_upper or before.is_punct:
        return False
    if before.lower_.rstrip(".") in MONTHS or before.ent_type_ or before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False  # a place, a person, a month: "In Aleppo 12 were killed" counts; named entities are
        # `nonfigures._designation`'s ("Apollo 11", "Falcon 9 rockets")
    after = doc[group.end] if group.end < len(doc) else None
    # a plural counted or a unit: "Berkshire Hathaway Energys 550 megawatt Topaz Solar Farms" is a size
    return after is None or not (after.tag_ in ("NNS", "NNPS") or after.text in ("%", "-") or has_unit(group))


# words a class or a grade is written with, hyphenated before its number ("class-one", "category-five")
CLASS_WORDS = frozenset({"class", "category", "grade", "level", "tier", "type", "stage", "phase"})


def hyphenated_class(group: Span) -> bool:
    """ "a very low-powered, class-one laser", "a category-five storm": a number hyphenated after the word of the
    class it names, no count of the noun after it."""
    doc = group.doc
    at = group.start
    return at >= 2 and doc[at - 1].text == "-" and doc[at - 2].lower_ in CLASS_WORDS and not has_unit(group)


def titled_name(group: Span) -> bool:
    """ "the 1967 Six-Day War", "the Hundred Years War": a number written as a capitalised word inside a sentence,
    the word after it (past a hyphen) and the one after that capitalised too, a name's words, not a count."""
    doc = group.doc
    first = group[0]
    if not all(t.is_alpha and t.is_title for t in group) or first.i == first.sent.start:
        return False
    if first.i > 0 and (doc[first.i - 1].is_punct and doc[first.i - 1].text not in (",", "(")):
        return False  # a heading or a quotation opening: "Six Killed" after a colon or a quote mark
    words = [t for t in doc[group.end : group.end + 3] if t.text != "-"][:2]
    return len(words) == 2 and all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in words)


def names_or_dates(group: Span) -> bool:
    """Whether a number is a version, a resolution, a catalogue name, an address, a result, a listed day, a class
    or a name."""
    return (
        version_number(group)
        or standard_number(group)
        or display_resolution(group)
        or catalogue_name(group)
        or street_address(group)
        or result_of_games(group)
        or day_in_list(group)
        or numbered_name(group)
        or hyphenated_class(group)
        or titled_name(group)
    )
