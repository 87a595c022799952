"""Records as table rows and back, the same for every backend: what an article, an extraction or a story's
list columns are as the values of one row. Backends differ in SQL, never in what a row holds."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from newsweave.clean.metadata import domain_of
from newsweave.contract import article_from_data, to_data
from newsweave.model import Annotations, Article
from newsweave.records import Brief, Story
from newsweave.store.interface import StoredArticle, StorySummary

ARTICLE_COLUMNS = (
    "id, path, url, title, site, author, published, original_source, text, removed, headings,"
    " duplicate_of, rewrite_of, format, language, off_story, posts"
)
ARTICLE_FIELDS = tuple(c.strip() for c in ARTICLE_COLUMNS.split(","))
JSON_LIST_FIELDS = ("removed", "headings", "off_story", "posts")  # stored as JSON text, '[]' when empty
# What an ingest writes of one article, in the order of `article_row`.
ARTICLE_INSERT = (
    "INSERT INTO articles (id, key, path, url, title, site, author, published, original_source, text,"
    " removed, headings, duplicate_of, rewrite_of, story_id, signature, added, format, language, off_story,"
    " ingested, posts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# The story list's columns, in `StorySummary`'s order.
SUMMARY_SELECT = (
    "SELECT id, title, size, sources, first_published, last_published, disputed, updated,"
    " brief IS NOT NULL AS summarised, extracted, last_added FROM stories"
)


def utc_now() -> str:
    """The ingest time stored with each article: UTC, ISO 8601, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_row(item: StoredArticle, added: int, ingested: str) -> tuple:
    """The values of `ARTICLE_INSERT` for one article."""
    article = item.article
    data = to_data(article)  # once: the removed blocks, headings and posts come from it
    return (
        article.id, item.key, article.path, article.url, article.title, article.site, article.author,
        article.published, article.original_source, article.text,
        json.dumps(data["removed"]), json.dumps(data["headings"]),
        article.duplicate_of, article.rewrite_of, item.story_id, item.signature, added,
        article.format, article.language, json.dumps(article.off_story), ingested,
        json.dumps(data["posts"]),
    )  # fmt: skip


def article_from_row(row: Sequence) -> Article:
    """An article from the values of `ARTICLE_COLUMNS`, in that order."""
    data = dict(zip(ARTICLE_FIELDS, row, strict=True))
    for name in JSON_LIST_FIELDS:
        data[name] = json.loads(data[name] or "[]")
    return article_from_data(data)


def claim_rows(item: Annotations) -> list[tuple]:
    """The `claims` table's rows of one article's extractions."""
    return [
        (c.id, item.article, c.value, c.low, c.high, c.unit, c.kind, c.change, c.qualifier, c.counted,
         c.asserted_by, c.affiliation, c.sentence, c.start, c.end)
        for c in item.claims
    ]  # fmt: skip


def quote_rows(item: Annotations) -> list[tuple]:
    return [(q.id, item.article, q.speaker, q.text, int(q.direct), q.start, q.end) for q in item.quotes]


def entity_rows(item: Annotations) -> list[tuple]:
    return [(e.id, item.article, e.name, e.type, e.affiliation) for e in item.entities]


def story_columns(story: Story, articles: list[Article]) -> tuple:
    """The stored brief and the columns the story list filters on, in the order both stores write them:
    title, brief JSON, sources, first and last published, disputed and updated figures, extracted."""
    brief = Brief(articles=articles, stories=[story])
    dates = sorted(a.published for a in articles if a.published)
    return (
        story.title, json.dumps(to_data(brief)), count_sources([a for a in articles if not a.duplicate_of]),
        dates[0] if dates else None, dates[-1] if dates else None,
        sum(f.status == "disputed" for f in story.figures), sum(f.status == "updated" for f in story.figures),
        int(bool(story.claims or story.quotes or story.entities)),
    )  # fmt: skip


def count_sources(articles: list[Article]) -> int:
    """Independent sources: by site, else by the URL's domain; articles with neither count once together."""
    sites = {a.site or domain_of(a.url or "") or None for a in articles}
    return len(sites - {None}) + (None in sites)


def ranked_summaries(rows: Iterable[Sequence]) -> list[StorySummary]:
    """Story-list rows (in `StorySummary`'s column order) as records, largest first, ids in natural order."""
    found = [StorySummary(*row) for row in rows]
    for item in found:
        item.summarised, item.extracted = bool(item.summarised), bool(item.extracted)
    return sorted(found, key=lambda s: (-s.articles, natural_key(s.id)))


def natural_key(story_id: str) -> tuple:
    """s2 before s10."""
    head = story_id.rstrip("0123456789")
    tail = story_id[len(head) :]
    return (head, int(tail) if tail else -1, story_id)
