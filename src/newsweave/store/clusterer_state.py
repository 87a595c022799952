"""The clusterer's state in the store's tables, for every backend: what `StoryClusterer.restore` needs to
resume, and what a batch's snapshot changes (counters, term frequencies, story records, then the merges
and the split stories' moves, which move articles and recount their stories)."""

from __future__ import annotations

import json

from newsweave.store.sql import Sql
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.snapshot import ClusterState, StoryRecord

COUNTERS = ("documents", "next_id", "tick", "settled_id", "settled_tick")


def load_clusterer(sql: Sql, active: int) -> StoryClusterer:
    """The clusterer as the last whole batch left it (`StoryClusterer.restore`: counters, all term
    frequencies, the `active` most recently updated story records)."""
    state = dict(sql.all("SELECT key, value FROM cluster_state"))
    rows = sql.all(
        "SELECT story_id, centroid, members, dates, last_seen FROM story_state ORDER BY last_seen DESC LIMIT ?",
        (active,),
    )
    return StoryClusterer.restore(
        ClusterState(
            documents=int(state.get("documents", 0)),
            tick=int(state.get("tick", 0)),
            next_id=int(state.get("next_id", 1)),
            # a store written before settling existed: its stories count as settled
            settled_id=int(state.get("settled_id", state.get("next_id", 1))),
            settled_tick=int(state.get("settled_tick", state.get("tick", 0))),
            df=dict(sql.all("SELECT term, df FROM term_df")),
            stories=[StoryRecord(r[0], json.loads(r[1]), r[2], json.loads(r[3]), r[4]) for r in rows],
        )
    )


def save_clusterer(sql: Sql, clusterer: StoryClusterer, stories: set[str], terms: set[str]) -> None:
    """Write what a batch changed (`StoryClusterer.snapshot`): counters, its terms' frequencies, its stories."""
    state = clusterer.snapshot(stories, terms)
    sql.run_many(
        sql.replace("cluster_state", ("key", "value"), "key"), [(name, str(getattr(state, name))) for name in COUNTERS]
    )
    sql.run_many(sql.replace("term_df", ("term", "df"), "term"), list(state.df.items()))
    sql.run_many(
        sql.replace("story_state", ("story_id", "centroid", "members", "dates", "last_seen"), "story_id"),
        [(r.id, json.dumps(r.centroid), r.size, json.dumps(r.dates), r.last_seen) for r in state.stories],
    )
    for gone, kept in state.merges:
        merge_stories(sql, gone, kept)
    moved = set()
    for article_id, story_id in state.moves:  # a split story's articles (and their copies) go to its new stories
        row = sql.one("SELECT story_id FROM articles WHERE id = ?", (article_id,))
        moved.update({row[0], story_id} if row else {story_id})
        sql.run("UPDATE articles SET story_id = ? WHERE id = ? OR duplicate_of = ?", (story_id, article_id, article_id))
    for story_id in sorted(moved):
        recount_story(sql, story_id)


def merge_stories(sql: Sql, gone: str, kept: str) -> None:
    """A merged story's articles go to the older story, which is assembled again; the merged one's rows go."""
    sql.run("UPDATE articles SET story_id = ? WHERE story_id = ?", (kept, gone))
    sql.run(
        "UPDATE stories SET size = size + COALESCE((SELECT size FROM stories WHERE id = ?), 0), dirty = 1 WHERE id = ?",
        (gone, kept),
    )
    sql.run("DELETE FROM stories WHERE id = ?", (gone,))
    sql.run("DELETE FROM story_state WHERE story_id = ?", (gone,))


def recount_story(sql: Sql, story_id: str) -> None:
    """A story's size and newest arrival counted again from its articles (made if new), to be assembled again."""
    sql.run(
        "INSERT INTO stories (id, size, dirty, last_added) SELECT ?, COUNT(*), 1, MAX(added) FROM articles"
        " WHERE story_id = ? ON CONFLICT (id) DO UPDATE SET size = excluded.size, dirty = 1,"
        " last_added = excluded.last_added",
        (story_id, story_id),
    )
