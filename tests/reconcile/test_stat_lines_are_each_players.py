"""A count of one value on the stat lines of two players is two counts, not one restated: figure groups must not
join "1 tackle" of Larry Ogunjobi with "1 tackle" of Myles Garrett (benchmark page 6a72de37, Browns defence snap
counts), while one count told twice in prose stays one group."""

from __future__ import annotations

from newsweave.reconcile.figures import group_figures
from tests.conftest import annotate_text

BROWNS_DEFENSIVE_LINE = (
    "DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.\n\n"
    "DL Myles Garrett 57 77% 1 tackle (1 combined). 3 QH.\n\n"
    "DL Chad Thomas 57 77% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH, 1 pass defended.\n\n"
    "DL Sheldon Richardson 49 66% 2 tackles, 1 assist (3 combined). 1 QH.\n\n"
    "DL Chris Smith 29 39% 1 assist (1 combined). 1 QH.\n\n"
    "DL Eli Ankou 13 18% 1 tackle (1 combined). 1 TFL."
)


def _joined(nlp, text: str) -> list[tuple[float, list[str]]]:
    claims = annotate_text(nlp, text, article_id="a").claims
    groups = group_figures([c for c in claims if c.kind == "count"])
    return [(g.claims[0].value, sorted(c.counted or "" for c in g.claims)) for g in groups if len(g.claims) > 1]


def test_one_value_on_two_players_stat_lines_is_two_counts(nlp):
    assert _joined(nlp, BROWNS_DEFENSIVE_LINE) == []


def test_one_count_told_twice_in_prose_stays_one_group(nlp):
    # news-threads Falcon Heavy thread (Washington Post): the 27 engines, twice in one report
    text = (
        "The Falcon Heavy has three first-stage boosters, strapped together with 27 engines in all. "
        "A test firing of the Falcon Heavy’s 27 engines at the launchpad in January showed that SpaceX knows how to "
        "ignite all of them."
    )
    assert _joined(nlp, text) == [(27.0, ["engines", "engines"])]


def _groups_with_people(nlp, text: str, value: float) -> list[list[str]]:
    from newsweave.reconcile.figure_holders import share_holders

    annotations = annotate_text(nlp, text, article_id="a")
    claims = [c for c in annotations.claims if c.kind == "count" and c.value == value]
    groups = group_figures(claims, people=share_holders(annotations.entities))
    return [sorted(c.counted or "" for c in g.claims) for g in groups]


def test_the_speaker_of_a_count_is_not_its_holder(nlp):
    # bbc-news politics 113: Mr Pound's two children, told twice by him
    text = (
        'Mr Pound, who is now married with two other teenage children, said: "I was a nutter and I was a sailor but I '
        "wasn't dead.\" Mr Pound said his wife Maggie had been fully supportive and their two children Emily, 16, and "
        "Pelham, 14 were pleased to have an older sister."
    )
    assert _groups_with_people(nlp, text, 2) == [["children", "other teenage children"]]
