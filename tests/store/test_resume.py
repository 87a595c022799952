"""Resume and concurrency, on SQLite and on PostgreSQL, with real `newsweave ingest` processes: a run killed
with SIGKILL and resumed, and two ingests at once, give the stories of one uninterrupted run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time

from newsweave.api import read_articles
from newsweave.evaluation.stories import b_cubed
from newsweave.pipeline.local import LocalEngine
from newsweave.store import open_store
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.dedupe import BANDS
from newsweave.stories.features import article_terms
from newsweave.stories.settle import settle
from tests.store.conftest import rows, value
from tests.store.test_store import bbc_folder

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


def ingest(url: str, *paths) -> subprocess.Popen:
    return subprocess.Popen(
        [*NEWSWEAVE, "ingest", *map(str, paths), "--db", url, "--no-extract"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def stories_of(url: str) -> dict[str, str]:
    """Article id -> story id."""
    return dict(rows(url, "SELECT id, story_id FROM articles"))


def consistent(url: str) -> int:
    """Every stored article is whole (bands, story) and the story sizes add up; the article count."""
    articles = value(url, "SELECT COUNT(*) FROM articles")
    assert value(url, "SELECT COUNT(*) FROM minhash_bands") == articles * BANDS
    assert value(url, "SELECT COUNT(*) FROM articles WHERE story_id IS NULL") == 0
    assert value(url, "SELECT COALESCE(SUM(size), 0) FROM stories") == articles
    assert value(url, "SELECT COUNT(DISTINCT key) FROM articles") == articles
    if url.endswith(".db"):
        assert value(url, "PRAGMA integrity_check") == "ok"
    return articles


def test_killed_ingest_leaves_a_consistent_store_and_the_resumed_run_gives_the_same_stories(new_store_url, tmp_path):
    folder = bbc_folder(tmp_path, 300)
    url, reference = new_store_url(), new_store_url()
    open_store(url).close()
    process = ingest(url, folder)
    deadline, stored = time.time() + 300, 0
    while time.time() < deadline and process.poll() is None and stored < 96:
        time.sleep(0.05)
        stored = value(url, "SELECT COUNT(*) FROM articles")
    assert process.poll() is None, "ingest finished before it could be killed; give it more articles"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = consistent(url)
    assert 96 <= partial < 300
    resumed = subprocess.run(
        [*NEWSWEAVE, "ingest", str(folder), "--db", url, "--no-extract"], capture_output=True, text=True
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f"{300 - partial} new, {partial} already stored" in resumed.stderr
    assert consistent(url) == 300
    assert value(url, "SELECT COUNT(*) FROM stories WHERE dirty = 1 OR brief IS NULL") == 0
    LocalEngine(open_store(reference), None).run([folder])
    assert stories_of(url) == stories_of(reference)


def test_a_resumed_ingest_places_every_article_as_one_run(new_store_url, tmp_path):
    """Regression (issue 11): a resumed ingest rebuilt the clustering's lookup index narrower than the one
    an uninterrupted run had grown, and placed articles in other stories (measured before the clusterer's
    state became plain data with an index derived from it: 1 of 600 BBC articles, resumed after 300). Each
    ingest call settles the small stories it founded (`stories.settle`), so the reference is one clusterer kept
    in memory through the same two calls: restoring from the store between them must change nothing."""
    resumed = new_store_url()
    folder = bbc_folder(tmp_path, 600)
    growing = bbc_folder(tmp_path, 300, name="growing")
    LocalEngine(open_store(resumed), None).run([growing])
    for path in sorted(folder.iterdir())[300:]:
        shutil.copy(path, growing / path.name)
    LocalEngine(open_store(resumed), None).run([growing])
    copies = dict(rows(resumed, "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"))
    clusterer, placed = StoryClusterer(), {}
    articles = read_articles([folder])
    for call in (articles[:300], articles[300:]):
        for article in call:
            if article.id not in copies:
                placed[article.id] = clusterer.add(
                    article.id, article_terms(article.text, article.title), article.published
                )
        settle(clusterer)
        placed = {article_id: clusterer.resolve(story_id) for article_id, story_id in placed.items()}
    placed.update({copy: placed[original] for copy, original in copies.items()})
    assert stories_of(resumed) == placed
    assert len(set(placed.values())) > 280  # 296 stories of 600 reports (settling merged a few small ones)


def test_two_ingests_of_the_same_folder_at_once_give_the_stories_of_one(new_store_url, tmp_path):
    folder = bbc_folder(tmp_path, 160)
    url, reference = new_store_url(), new_store_url()
    first, second = ingest(url, folder), ingest(url, folder)
    errors = [first.communicate(timeout=600)[1], second.communicate(timeout=600)[1]]
    assert (first.returncode, second.returncode) == (0, 0), errors
    assert all("Traceback" not in e and "internal error" not in e for e in errors)
    assert consistent(url) == 160
    LocalEngine(open_store(reference), None).run([folder])
    assert stories_of(url) == stories_of(reference)


def test_two_ingests_of_different_folders_at_once_never_mix_or_share_story_ids(new_store_url, tmp_path):
    """Each process's batches join the stories as one run over the same articles in the order they were
    stored would: story ids are given once, and no batch clusters against a stale state. Each call settles its
    small stories when it ends (`stories/settle.py`), and where two concurrent calls end is the machine's timing,
    not the stored order: the stories agree with the one run's as partitions (B-cubed), not id for id."""
    left, right = bbc_folder(tmp_path, 150, name="left"), bbc_folder(tmp_path, 150, start=1000, name="right")
    url, reference = new_store_url(), new_store_url()
    open_store(url).close()
    first, second = ingest(url, left), ingest(url, right)
    errors = [first.communicate(timeout=600)[1], second.communicate(timeout=600)[1]]
    assert (first.returncode, second.returncode) == (0, 0), errors
    assert consistent(url) == 300
    order = [r[0] for r in rows(url, "SELECT path FROM articles ORDER BY added")]
    LocalEngine(open_store(reference), None).run(order)
    together, one_run = stories_of(url), stories_of(reference)
    assert together.keys() == one_run.keys()
    assert b_cubed(together, one_run)[2] >= 0.95


def test_a_second_sqlite_writer_waits_and_says_so(tmp_path):
    """SQLite keeps one writer: an ingest started while another holds the store waits, says so on one
    line, and goes on when the first is done."""
    db = str(tmp_path / "one.db")
    lines: list[str] = []
    with open_store(db).writer():
        waiting = ingest(db, bbc_folder(tmp_path, 5))
        reader = threading.Thread(target=lambda: lines.extend(waiting.stderr), daemon=True)
        reader.start()
        deadline = time.time() + 180
        while time.time() < deadline and not any("waiting" in line for line in lines) and waiting.poll() is None:
            time.sleep(0.1)
        assert any(f"{db}: another ingest is writing; waiting for it to finish" in line for line in lines)
        assert waiting.poll() is None and value(db, "SELECT COUNT(*) FROM articles") == 0
    assert waiting.wait(timeout=300) == 0, lines
    reader.join(timeout=10)
    assert value(db, "SELECT COUNT(*) FROM articles") == 5
