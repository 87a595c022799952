"""When the lead's event happened, as the reports give it: a lead that names no time of its own is told with the
day its backing reports were first published (croydon: "Several people died ... after a tram derailed and
overturned in Croydon." carries no day; kursk: "... Zelenskyy revealed initial clashes ..." neither).

The day is an extracted fact (the publication date of the earliest backing article, which the lead cites), never
a guess. With no dated backer, the earliest dated report linked to the lead in the LexRank graph gives the day it
was reported, and is cited (kursk: the lead's article has no date; 004, "North Korean troops have engaged in their
first direct combat ...", was published 2024-11-06). With neither, the lead stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.model import Article
from newsweave.records import SentenceRef, SummarySentence
from newsweave.summarise.extractive import Candidate

MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
# The time words a lead may carry: a weekday, a month, a year, today/yesterday/tonight, a relative week or weekend.
TIME_WORDS = re.compile(
    rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:{MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{MONTH})\b|"
    rf"(?:in|by|since|until|from|early|late|mid-?)\s+(?:{MONTH})|(?:1[89]|20)\d\d|today|yesterday|tonight|"
    r"this (?:morning|afternoon|evening)|(?:last|this|next|over the) (?:week|weekend|month|year|night)|"
    r"earlier this|\d{4}-\d\d-\d\d)\b",
    re.IGNORECASE,
)

__all__ = ["TIME_WORDS", "first_reported", "says_when", "with_when"]


def says_when(text: str) -> bool:
    """The sentence names a time of its own ("over the weekend", "said Wednesday", "on November 16", "in 2016")."""
    return bool(TIME_WORDS.search(text))


def first_reported(backers: list[str], articles: dict[str, Article]) -> tuple[str, list[str]] | None:
    """The earliest publication date among a sentence's backing articles, and the articles published that day."""
    dated = [(articles[a].published, a) for a in backers if a in articles and articles[a].published]
    if not dated:
        return None
    day = min(d for d, _ in dated)
    return day, [a for d, a in dated if d == day]


def _published(candidate: Candidate, articles: dict[str, Article]) -> str | None:
    article = articles.get(candidate.statement.article)
    return article.published if article else None


def with_when(
    sentence: SummarySentence, lead: Candidate, linked: list[Candidate], articles: dict[str, Article]
) -> SummarySentence:
    """The lead told with when it was first reported, unless it says when itself (see the module docstring)."""
    if says_when(sentence.text):
        return sentence
    found = first_reported(lead.backers, articles)
    note, cited, refs = "first reported", [], []
    if found is None:
        dated = [c for c in linked if c is not lead and _published(c, articles)]
        if not dated:
            return sentence
        earliest = min(dated, key=lambda c: (articles[c.statement.article].published, -c.score))
        s = earliest.statement
        found = articles[s.article].published or "", [s.article]
        note, cited, refs = "reported", [s.article], [SentenceRef(s.article, s.start, s.end)]
    day, _ = found
    text = sentence.text.rstrip()
    stop = "." if text.endswith(".") else ""
    return replace(
        sentence,
        text=f"{text[: len(text) - len(stop)]} ({note} on {day}){stop}",
        articles=sorted({*sentence.articles, *cited}),
        sentences=[*sentence.sentences, *refs],
    )
