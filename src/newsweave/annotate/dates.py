"""Resolve a date expression against the article's publication date ("on Tuesday" -> 2024-11-05).

dateparser (0.1 s of import) is imported when an expression first needs it: the story steps resolve weekdays
alone, in processes that never parse (`brief`'s main process); the extractors' workers import it with the
extractors (`annotate.events`), before they fork.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_VAGUE = re.compile(r"\b(recent|coming|past|next|months|weeks|years|decades|season|era|winter|summer|spring|"
                    r"autumn|fall|century|earlier|later|early|late|mid)\b", re.I)  # fmt: skip
_HAS_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
# Words that name or count a day (or a time of one). An expression without them whose only numbers are years or
# decades ("December 2004", "the year to March 2005", "last year", "the 1990s") names no day. dateparser, asked for
# a day and a month, answers most of them with None after 4 ms, and the others with a day they do not name: "last
# year" a year before the anchor to the day, "the 1990s" 1990 seconds before it.
_DAY_WORDS = (
    "yesterday|today|tomorrow|tonight|night|overnight|morning|afternoon|evening|now|ago|noon|midnight|day|days|week|"
    "weekend|eve|ides|"
    + "|".join(WEEKDAYS)
    + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|one|two|three|four|five|six|seven|"
    "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
)
_NO_DAY = re.compile(rf"(?:(?!\b(?:{_DAY_WORDS})\b)\D|(?<!\d)\d{{4}}(?!\d))*")


def resolve_date(expression: str, published: str | None) -> str | None:
    """YYYY-MM-DD for a day-precise expression; None for vague ones or when no anchor is known."""
    text = expression.strip().lower().removeprefix("on ").removeprefix("last ").strip()
    anchor = date.fromisoformat(published) if published else None
    if text in WEEKDAYS:
        if anchor is None:
            return None
        back = (anchor.weekday() - WEEKDAYS.index(text)) % 7  # the same day counts: news reports it that day
        return (anchor - timedelta(days=back)).isoformat()
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return anchor.isoformat() if anchor else None
    if _VAGUE.search(text) or _NO_DAY.fullmatch(text):
        return None
    if anchor is None and not _HAS_YEAR.search(text):
        return None
    settings = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    import dateparser

    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None
