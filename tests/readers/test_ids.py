"""Article ids come from the input itself, never from the order inputs are met in."""

from __future__ import annotations

import json
import re

from newsweave.reading import distinct_id, read_articles
from tests.conftest import KURSK, bbc_article


def test_kursk_ids_are_the_file_stems():
    assert [a.id for a in read_articles([KURSK])] == sorted(p.stem for p in KURSK.glob("*.txt"))


def _two_folders_with_one_name(tmp_path):
    for sub, name in (("a", "business/001"), ("b", "business/002")):
        (tmp_path / sub).mkdir()
        headline, body = bbc_article(name)
        (tmp_path / sub / "story.txt").write_text(f"{headline}\n\n{body}\n", "utf-8")
    return tmp_path / "a", tmp_path / "b"


def test_same_name_in_two_folders_gets_the_same_ids_in_any_order(tmp_path):
    a, b = _two_folders_with_one_name(tmp_path)
    forward = {x.title: x.id for x in read_articles([a, b])}
    backward = {x.title: x.id for x in read_articles([b, a])}
    assert forward == backward
    assert sorted(forward.values()) == sorted(
        [distinct_id("story", str(a / "story.txt")), distinct_id("story", str(b / "story.txt"))]
    )
    assert all(re.fullmatch(r"story~[0-9a-f]{8}", i) for i in forward.values())


def test_an_unclashing_file_keeps_its_stem_beside_clashing_ones(tmp_path):
    a, b = _two_folders_with_one_name(tmp_path)
    headline, body = bbc_article("business/003")
    (tmp_path / "other.txt").write_text(f"{headline}\n\n{body}\n", "utf-8")
    ids = sorted(x.id for x in read_articles([tmp_path]))
    assert ids[0] == "other" and all(i.startswith("story~") for i in ids[1:])


def test_records_of_same_named_feeds_keep_their_record_number(tmp_path):
    headline, body = bbc_article("business/001")
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "feed.jsonl").write_text(json.dumps({"title": headline, "text": body}) + "\n", "utf-8")
    ids = sorted(x.id for x in read_articles([tmp_path]))
    assert len(set(ids)) == 2 and all(re.fullmatch(r"feed-1~[0-9a-f]{8}", i) for i in ids)


def test_records_carrying_one_id_in_one_file_second_hashed_third_reported(tmp_path):
    from newsweave.reading import ReadStats, iter_articles

    headline, body = bbc_article("business/001")
    rows = [{"id": "x1", "title": t, "text": body} for t in (headline, "again", "and again")]
    (tmp_path / "f.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    stats = ReadStats()
    items = list(iter_articles([tmp_path], stats=stats))
    path = str(tmp_path / "f.jsonl")
    assert [getattr(i, "id", None) for i in items][:2] == ["x1", distinct_id("x1", path)]
    assert [e.code for e in stats.skipped] == ["duplicate article id"]
