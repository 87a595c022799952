"""The article-level records every stage reads and enriches (`contract.py` turns them into JSON and back)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass
class Removed:
    """A block the cleaner took out of the text, kept so nothing is silently lost."""

    text: str
    reason: str


@dataclass
class Heading:
    """A heading line kept in the clean text; offsets are into `Article.text`."""

    text: str
    start: int
    end: int


@dataclass
class EmbeddedPost:
    """A social-media post placed in the article (a tweet, an Instagram post): its text is a quotation of
    its author. `start`/`end` cover the post's text in `Article.text`; its signature line was removed."""

    start: int
    end: int
    author: str  # the display name ("Robert Maguire"), or the handle when the post gives no name
    handle: str | None = None  # "@RobertMaguire_"
    date: str | None = None  # YYYY-MM-DD when the signature's date reads as one, else as written
    url: str | None = None
    platform: str | None = None  # twitter, instagram, facebook, tiktok, bluesky, mastodon, threads


@dataclass
class Article:
    """One cleaned news article. `text` is the clean body; every span offset points into it."""

    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    original_source: str | None = None
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    duplicate_of: str | None = None
    rewrite_of: str | None = None
    format: str = "text"  # the reader that produced it: text, html, json, jsonl, warc, feed
    language: str | None = None  # ISO 639-1 code detected from the clean text ("en"), None when unknown
    off_story: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of text about another story
    posts: list[EmbeddedPost] = field(default_factory=list)  # embedded social posts, quotations of their authors

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class RawArticle:
    """What a reader found before cleaning: a body (HTML or text) plus any metadata the container gave."""

    id: str
    path: str | None
    body: str
    kind: str  # "html" or "text": how the body must be cleaned
    format: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None


@dataclass
class Entity:
    """An actor of one article: all its mentions under one name ("Zelensky" -> "Volodymyr Zelensky")."""

    id: str
    article: str
    name: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, FAC
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # "Ukrainian Defence Minister", "Pentagon spokesman"
    affiliation: str | None = None  # the country or organisation it belongs to, when known
    mentions: list[tuple[int, int]] = field(default_factory=list)
    city: bool = False  # a capital named as a city ("a hospital in Beijing"), not speaking for its country


@dataclass
class Claim:
    """A figure with what it counts, its qualifier and who asserts it, tied to its sentence."""

    id: str
    article: str
    value: float
    qualifier: str  # approximately, over, under, up_to, at_least, exactly, range
    sentence: str
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str = "count"  # count, money, percent, quantity
    change: str = "none"  # up, down or none: "rose 5%" is a change, "5%" a level
    counted: str | None = None
    asserted_by: str | None = None
    affiliation: str | None = None
    source_entity: str | None = None
    restated: list[tuple[int, int]] = field(default_factory=list)  # later spans restating this figure


@dataclass
class Quote:
    """Direct or reported speech with its speaker; `start`/`end` cover the quoted content."""

    id: str
    article: str
    text: str
    direct: bool
    start: int
    end: int
    sentence: str
    speaker: str | None = None
    speaker_entity: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


@dataclass
class Event:
    """Who did what to whom, where and when, from one sentence's parse."""

    id: str
    article: str
    action: str
    type: str
    sentence: str
    start: int
    end: int
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date: str | None = None
    trigger_start: int | None = None  # the verb or eventive noun that names the happening
    trigger_end: int | None = None
    word: str | None = None  # the trigger as written ("derailed")
    passive: bool = False  # "the driver was arrested": the target is the subject
    noun: bool = False  # named by a noun ("the crash"), not a verb
    background: bool = False  # a participle or infinitive told as circumstance, not a step of its own


@dataclass
class Statement:
    """One body sentence, reduced to what cross-article comparison needs."""

    article: str
    start: int
    end: int
    text: str
    negated: bool = False
    temporal: bool = False  # negated with "yet", "still": may change with time
    lemmas: list[str] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)  # lemmas under the negation
    focus_nouns: list[str] = field(default_factory=list)  # the nouns among them: what it is about
    modal: bool = False  # hedged or future ("will", "could", "predict"): not an affirmation of fact
    countries: list[str] = field(default_factory=list)


@dataclass
class Annotations:
    """Everything the annotate stage extracted from one article."""

    article: str
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    measures: list[Claim] = field(default_factory=list)  # distances and durations: quantities, not figures
    statements: list[Statement] = field(default_factory=list)

    def renamed(self, article_id: str) -> Annotations:
        """The same extractions under an article's new id: every record names its article, and a record's id
        and the entity ids it refers to ("a1:e0") begin with it."""
        prefix = f"{self.article}:"

        def moved(records: list) -> list:
            out = []
            for record in records:
                changes = {"article": article_id}
                for name in ARTICLE_PREFIXED:
                    value = getattr(record, name, None)
                    if isinstance(value, str) and value.startswith(prefix):
                        changes[name] = f"{article_id}:{value[len(prefix) :]}"
                out.append(replace(record, **changes))
            return out

        return Annotations(
            article_id,
            moved(self.entities),
            moved(self.claims),
            moved(self.quotes),
            moved(self.events),
            moved(self.measures),
            moved(self.statements),
        )


ARTICLE_PREFIXED = ("id", "source_entity", "speaker_entity")  # record fields holding ids made from the article's id
