"""A plural a story's article writes alone for a team ("only the Browns were worse") is the team another article
names in full ("the Cleveland Browns"), not a person: news-threads story of the Chicago Bears firing John Fox."""

from __future__ import annotations

from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text

# news-threads 4439aa79 (Chicago Bears fire coach John Fox), two paragraphs
BEARS = (
    "Under Fox, the Bears ranked 30th in win percentage (.292 -- only the Browns were worse), T-30th in points per "
    "game (18.3), T-21st in points per game allowed, and 31st in turnover differential (-24).\n\n"
    "The gloomy three-year stretch in Chicago dropped Fox's career coaching record to 133-123. Fox had earned Super "
    "Bowl appearances in previous stops with the Panthers and Broncos. The Bears never sniffed even a .500 record "
    "under Fox."
)
# news-threads 71f6514a (Cardinals' Arians makes tearful retirement announcement), one paragraph
COACHES = (
    "The Cincinnati Bengals could be another, with the long-serving Marvin Lewis out of contract, but Hue Jackson "
    "is expected to remain with the Cleveland Browns despite their 0-16 season and the Denver Broncos have assured "
    "Vance Joseph his job is safe."
)


def test_a_plural_ending_a_teams_name_is_that_team(nlp):
    texts = (BEARS, COACHES)
    entities = [e for i, t in enumerate(texts) for e in annotate_text(nlp, t, article_id=f"a{i}").entities]
    teams = {
        e.name: (e.type, sorted(e.aliases)) for e in merge_entities(entities) if e.name.endswith(("Browns", "Broncos"))
    }
    assert teams == {
        "Cleveland Browns": ("ORG", ["Browns", "Cleveland Browns"]),
        "Denver Broncos": ("ORG", ["Broncos", "Denver Broncos"]),
    }
