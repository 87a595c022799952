"""What every renderer shows, computed once from the typed brief: numbering, ordering, labels."""

from __future__ import annotations

from collections import defaultdict

from babel.numbers import format_compact_currency, format_compact_decimal, format_currency

from newsweave.annotate.numbers import format_number
from newsweave.model import Claim, Quote
from newsweave.records import Brief, Figure, Story, StoryEntity
from newsweave.store.rows import count_sources
from newsweave.unit_words import unit_words

OWN_REPORT = "own report"  # an outlet's figure in its own voice
ARTICLE_ITSELF = "the article itself"  # a figure in the voice of an article whose outlet is unknown
LOCALE = "en"  # "£4B", "$1.5M", "4.5 million": the same in every output
QUALIFIER_WORDS = {
    "approximately": "about",
    "over": "over",
    "under": "under",
    "up_to": "up to",
    "at_least": "at least",
    "exactly": "",
    "range": "",
}
QUALIFIER_MARKS = {
    "approximately": "≈",
    "over": ">",
    "under": "<",
    "up_to": "≤",
    "at_least": "≥",
    "exactly": "=",
    "range": "↔",
}


def is_currency(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isalpha() and unit.isupper()


def fmt_amount(value: float | None, unit: str | None = None) -> str:
    """A value as a reader says it, through babel: £4B, $1.5M, 4.5 million, 12,000, 37%, 30 km."""
    if value is None:
        return "-"
    if unit == "percent":
        return f"{format_number(value)}%"
    big = abs(value) >= 1_000_000
    if is_currency(unit):
        try:
            if big:
                return format_compact_currency(value, unit, locale=LOCALE, fraction_digits=1)
            whole = value == int(value)  # "$6,000", not "$6,000.00": currency_digits=False alone kept the cents
            return format_currency(
                value, unit, format="¤#,##0" if whole else None, locale=LOCALE, currency_digits=not whole
            )
        except (ValueError, KeyError):  # a code babel does not know
            return f"{format_number(value)} {unit}"
    core = format_compact_decimal(value, format_type="long", locale=LOCALE, fraction_digits=1) if big else None
    core = core or format_number(value)
    return f"{core} {unit_words(value, unit)}" if unit else core


def fmt_claim_value(claim: Claim) -> str:
    if claim.qualifier == "range" and claim.low is not None:
        core = f"{fmt_amount(claim.low, claim.unit)}–{fmt_amount(claim.high, claim.unit)}"
    else:
        core = fmt_amount(claim.value, claim.unit)
    word = QUALIFIER_WORDS.get(claim.qualifier or "", "")
    return f"{word} {core}".strip()


def fmt_range(figure: Figure) -> str:
    """ "3–4 years old", "$10M–$15M": a unit written after the number is written once, after the high end."""
    low, high = fmt_amount(figure.low, figure.unit), fmt_amount(figure.high, figure.unit)
    if figure.low == figure.high:
        return low
    spoken_after = figure.unit and figure.unit != "percent" and not is_currency(figure.unit)
    if spoken_after and figure.low is not None and figure.high is not None and abs(figure.high) < 1_000_000:
        low = fmt_amount(figure.low)
    return f"{low}–{high}"


class BriefView:
    """A story of the brief with the lookups the renderers need."""

    def __init__(self, brief: Brief, story: Story) -> None:
        self.brief = brief
        self.story = story
        self.articles = {a.id: a for a in brief.articles if a.id in set(story.articles)}
        self.number = {aid: i + 1 for i, aid in enumerate(story.articles)}
        self.claims = {c.id: c for c in story.claims}
        self.entities = {e.id: e for e in story.entities}

    def cite(self, article_ids: list[str]) -> str:
        return "".join(f"[{self.number[a]}]" for a in article_ids if a in self.number)

    def claim_source(self, claim: Claim) -> str:
        """Who asserts a figure: its named source, else the outlet that gives it in its own voice ("TechCrunch (own
        report)": the side the figure's status counts), else "(the article itself)" when the outlet is unknown."""
        if claim.asserted_by:
            return claim.asserted_by
        article = self.articles.get(claim.article)
        return f"{article.site} ({OWN_REPORT})" if article and article.site else f"({ARTICLE_ITSELF})"

    def article_label(self, article_id: str) -> str:
        article = self.articles[article_id]
        return article.title or article.site or article_id

    @staticmethod
    def status_label(figure: Figure) -> str:
        """The group's status as a reader reads it: "one source" for one claim or one side, never "one_source"."""
        return "one source" if len(figure.claims) < 2 or figure.status == "one_source" else figure.status

    def main_figures(self) -> list[Figure]:
        """Disputed groups first, then groups with more claims."""
        return sorted(self.story.figures, key=lambda f: (f.status != "disputed", -len(f.claims)))

    def quotes_by_speaker(self) -> list[tuple[str, list[Quote]]]:
        groups: dict[str, list[Quote]] = defaultdict(list)
        for quote in self.story.quotes:
            groups[self.speaker_label(quote)].append(quote)
        return sorted(groups.items(), key=lambda kv: (kv[0] == "unattributed", -len(kv[1]), kv[0]))

    def speaker_label(self, quote: Quote) -> str:
        """The actor a quote is linked to when its speaker words are that actor (a person, or one of the names the
        story merged: "APPLE" of a headline is Apple), else the speaker words themselves ("A spokesman for
        Microsoft" stays a spokesman, not Microsoft)."""
        entity = self.entities.get(quote.speaker_entity or "")
        if entity is not None and (entity.type == "PERSON" or _spells(quote.speaker, entity)):
            return entity.name
        return quote.speaker or "unattributed"

    def main_actors(self, limit: int = 12) -> list[StoryEntity]:
        actors = [e for e in self.story.entities if e.type in ("PERSON", "ORG", "GPE")]
        return sorted(actors, key=lambda e: (-len(e.articles), -e.mentions))[:limit]

    def sources_line(self) -> str:
        """Sources counted as the store and the web pages count them (by site, else the URL's domain, unknown
        ones once together, copies not), so the terminal no longer says 5 sources where the web says 2."""
        count = count_sources([a for a in self.articles.values() if not a.duplicate_of])
        dates = sorted({a.published for a in self.articles.values() if a.published})
        span = f", {dates[0]} to {dates[-1]}" if len(dates) > 1 else (f", {dates[0]}" if dates else "")
        articles = len(self.articles)
        return f"{articles} article{'s' * (articles != 1)} from {count} source{'s' * (count != 1)}{span}"


def _spells(words: str | None, entity: StoryEntity) -> bool:
    """Whether `words` are one of the names the story merged into `entity`, in any case."""
    return bool(words) and words.casefold() in {name.casefold() for name in (entity.name, *entity.aliases)}
