"""The story-level records of the output contract: what reconciliation and summarising produce.

Article-level records (Article, Claim, Quote, Event, Entity) live in `model.py`; these are the records
a story adds on top of them. `contract.py` turns a `Brief` into the JSON contract and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.model import Article, Claim, Event, Quote


@dataclass
class StoryEntity:
    """One actor of the story, with every spelling and the articles that mention it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None


@dataclass
class FigureUpdate:
    """One point of an updated figure's curve: a value as a report of that day gives it."""

    date: str
    value: float
    source: str
    claim: str


@dataclass
class Figure:
    """A group of claims about one quantity, with its status and who gives which value."""

    id: str
    about: str
    claims: list[str] = field(default_factory=list)  # claim ids
    values: list[float] = field(default_factory=list)
    low: float = 0.0
    high: float = 0.0
    status: str = "one_source"  # agreed, disputed, updated, one_source
    by_affiliation: dict[str, list[float]] = field(default_factory=dict)  # by side: affiliation, source or outlet
    unit: str | None = None
    kind: str = "count"  # count, money, percent, quantity
    change: str = "none"  # up, down or none: a rise of 5% is not a level of 5%
    period: str | None = None  # the time the figure refers to, when its sentences name one ("2010-2015")
    sources: list[str] = field(default_factory=list)  # the independent sides that give it
    updates: list[FigureUpdate] = field(default_factory=list)  # by publication date, when status is updated


@dataclass
class SentenceRef:
    """A sentence of an article, by character offsets into its clean text."""

    article: str
    start: int
    end: int


@dataclass
class ContradictionSide:
    """One report's side of a contradiction: its exact sentence, and for a figure who gives which value."""

    article: str
    sentence: str
    start: int
    end: int
    negated: bool = False
    source: str | None = None  # who asserts this side (a figure's side: affiliation, source or outlet)
    claim: str | None = None  # the claim id, when the side is a figure
    value: str | None = None  # what this side says, as a reader writes it ("over 50 million", "Beijing")


@dataclass
class Contradiction:
    """Reports that cannot all be right: a negated statement against affirming ones (kind "statement"), a
    disputed figure ("figure"), two close values of one quantity ("discrepancy"), one person given two home
    places ("place") or two ages ("age"), or one event on two dates ("date")."""

    id: str
    about: str
    sides: list[ContradictionSide] = field(default_factory=list)
    score: float = 0.0
    may_be_time: bool = False
    kind: str = "statement"  # statement, figure, discrepancy, place, age, date
    severity: str = "major"  # major: both cannot hold; minor: both may hold (a ceiling, a rounding, a nuance)
    figure: str | None = None  # the figure group id, when the contradiction is about a figure


@dataclass
class TimelineEntry:
    """One happening of the story: its date, a short description, and every report that tells it."""

    date: str
    event: str
    basis: str  # "stated" in the sentence, or "reported" (the article's publication date)
    article: str  # the report whose sentence the entry quotes
    sentence: str
    start: int
    end: int
    articles: list[str] = field(default_factory=list)  # every report that tells it, first the quoted one
    events: list[str] = field(default_factory=list)  # the events merged into this happening
    type: str | None = None


@dataclass
class SummarySentence:
    """One summary sentence and the articles (and exact sentences) it rests on."""

    text: str
    articles: list[str] = field(default_factory=list)
    sentences: list[SentenceRef] = field(default_factory=list)
    figure: str | None = None  # the figure group a built sentence states
    score: float | None = None  # LexRank centrality of an extracted sentence
    kind: str = "extract"  # lead, dispute, update, contradiction, agreed, speakers (built) or extract


@dataclass
class Story:
    """One story thread: its articles and everything reconciled across them."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    entities: list[StoryEntity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    measures: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)


SCHEMA_VERSION = 1


@dataclass
class Brief:
    """The whole output: the articles, and the stories they form (largest first)."""

    articles: list[Article] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def story_articles(self, story: Story) -> list[Article]:
        members = set(story.articles)
        return [a for a in self.articles if a.id in members]

    @staticmethod
    def combine(briefs: list[Brief]) -> Brief:
        """One brief holding several briefs' stories, in the order given."""
        return Brief(articles=[a for b in briefs for a in b.articles], stories=[s for b in briefs for s in b.stories])
