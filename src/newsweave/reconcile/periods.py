"""The time a figure refers to, read from its sentence: "in the 14th Century", "between 2010 and 2015",
"in 2003". Two figures about different periods are different quantities ("25 million deaths" in the
14th century is not "584 deaths" in 2010-2015), so grouping keeps them apart.

Explicit calendar periods are read (years, year ranges, centuries), and a time named relative to the
report as before it ("a year ago", "the previous offer": "earlier") or a figure the sentence puts
ahead of it as a prediction ("will miss out, predicts the report", "is expected to reach": "forecast", read
within the figure's own clause); a sentence with none gives no period: the report's own time. The period
nearest the figure wins, unless another clause's figure stands between them with that period written
right after it ("worth $8 billion, ... acquired for $200 million in 2017").
"""

from __future__ import annotations

import re

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}  # fmt: skip
YEAR = r"(1[5-9]\d\d|20\d\d)"
RANGE = re.compile(
    rf"\b(?:between\s+{YEAR}\s+and\s+{YEAR}|from\s+{YEAR}\s+(?:to|until|through)\s+{YEAR}|{YEAR}\s*[-–]\s*({YEAR}|\d\d))\b",
    re.IGNORECASE,
)
CENTURY = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(ORDINALS) + r"))[\s-]+century\b", re.IGNORECASE)
# A time before the report's own, named relative to it: "a year ago", "last season", "the previous offer".
PAST = re.compile(
    r"\b(?:(?:last|previous|prior|a) (?:year|month|season|decade)(?![-\u2010])|(?:a|one|two|three|several) "
    r"(?:years?|months?) (?:ago|earlier)|previous(?:ly)?|former(?:ly)?|at the time)\b",
    re.IGNORECASE,
)  # not "a year-long investigation": a duration, no time before the report
# "previous" or "former" alone is a time of the figure only in its own clause ("the previous offer of $70"), not
# in the next ("11.5 million records -- makes previous revelations look timid")
LONE_PAST = re.compile(r"previous(?:ly)?|former(?:ly)?", re.IGNORECASE)
# A predicted figure: a future in the figure's own clause that the sentence says is a prediction ("Around 23
# million Britons will miss out ..., predicts the report"; "sales are expected to reach $5bn"). A plan told in
# the future ("a $3 billion tender offer will be launched") is the same amount as the plan told now.
PREDICTED = re.compile(
    r"\b(?:(?:is|are|was|were) )?(?:expected|forecast|projected|predicted|estimated|likely) to\b(?! have\b)",
    re.IGNORECASE,
)
FUTURE = re.compile(r"\b(?:will|won't|shall|(?:is|are) going to)\b(?! have\b)", re.IGNORECASE)
PREDICTION = re.compile(r"\b(?:predict|forecast|project|expect|estimate|warn)(?:s|ed|ing)?\b", re.IGNORECASE)
CLAUSE_EDGE = re.compile(
    r"[,;:()]|\s(?:[-\u2013\u2014]|--)\s|\b(?:and|but|while|whereas|which|who|that)\b", re.IGNORECASE
)
SINGLE_YEAR = re.compile(rf"(?<![\d,.$£€])\b{YEAR}\b(?![\d,.]\d)")
# A period written right after another number of another clause is that number's: "worth up to $8 billion,
# WeWork ..., which it acquired for $200 million in 2017" (but "Mitch killed about 10,000 people and caused
# damage of about $10bn in 1998": both in 1998).
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s")
OTHER_FIGURES = re.compile(r"\d[\d,.]*(?:\s*[%a-z]+){0,2}\s+(?:in|since|during|by|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _ranges(sentence: str) -> list[tuple[int, int, str]]:
    found = []
    for match in RANGE.finditer(sentence):
        years = [g for g in match.groups() if g]
        first, last = years[0], years[-1]
        if len(last) == 2:
            last = first[:2] + last
        if int(last) > int(first):
            found.append((match.start(), match.end(), f"{first}-{last}"))
    return found


def periods_in(sentence: str) -> list[tuple[int, int, str]]:
    """Every explicit period of a sentence as (start, end, label): "2010-2015", "2003", "14th century"."""
    found = _ranges(sentence)
    for match in PAST.finditer(sentence):
        found.append((match.start(), match.end(), "earlier"))
    for match in CENTURY.finditer(sentence):
        number = int(match.group(1)) if match.group(1) else ORDINALS[match.group(2).lower()]
        found.append((match.start(), match.end(), f"{number}th century"))
    taken = [(s, e) for s, e, _ in found]
    for match in SINGLE_YEAR.finditer(sentence):
        if not any(s <= match.start() < e for s, e in taken):
            found.append((match.start(), match.end(), match.group(1)))
    return sorted(found)


def _forecast(sentence: str, start: int, end: int) -> bool:
    """A prediction in the figure's own clause: nothing that opens another clause stands between them."""
    markers = list(PREDICTED.finditer(sentence))
    if PREDICTION.search(sentence):
        markers += FUTURE.finditer(sentence)
    for match in markers:
        between = sentence[end : match.start()] if match.start() >= end else sentence[match.end() : start]
        if match.start() >= end or match.end() <= start:
            if not CLAUSE_EDGE.search(between):
                return True
    return False


def period_of(sentence: str, start: int, end: int) -> str | None:
    """The period nearest the figure at [start, end) of its sentence (offsets into the sentence), or None;
    "forecast" when its own clause puts it in the future and names no period."""
    best: tuple[int, str] | None = None
    for s, e, label in periods_in(sentence):
        if s < end and start < e:
            continue  # the figure itself ("the 2003 outbreak" is never read as a count)
        if s >= end and OTHER_FIGURES.search(sentence[end:s]) and CLAUSE_BREAK.search(sentence[end:s]):
            continue  # another clause's figure's period, written between this figure and it
        between = sentence[end:s] if s >= end else sentence[e:start]
        if LONE_PAST.fullmatch(sentence[s:e]) and CLAUSE_EDGE.search(between):
            continue  # "previous" of another clause's noun
        distance = start - e if e <= start else s - end
        if best is None or distance < best[0]:
            best = (distance, label)
    if best is None and _forecast(sentence, start, end):
        return "forecast"
    return best[1] if best else None
