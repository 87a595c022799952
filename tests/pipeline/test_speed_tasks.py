"""How many articles each annotate task holds: one for a small input (the workers balance themselves), else
enough to keep every worker busy and batch the parse; how many stories each assemble task holds."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from newsweave.api import read_articles
from newsweave.pipeline.parallel import TASK_ARTICLES, story_tasks, task_size
from tests.conftest import SHARED


def test_kursks_five_articles_go_one_a_task_on_two_workers():
    assert task_size(5, 2, small=True) == 1


def test_a_large_batch_goes_in_tasks_of_task_articles_and_a_small_batch_shares_them_out():
    assert task_size(64, 2, small=False) == TASK_ARTICLES
    assert task_size(5, 2, small=False) == 3
    assert task_size(1, 4, small=False) == 1


def test_a_large_story_is_an_assemble_task_of_its_own_and_small_ones_share_one():
    # news-threads' 31 threads as stories, the largest first as `brief` ranks them: the four largest (14, 11, 10
    # and 9 articles) were one task, which one worker assembled while the other ran out of stories
    folder = SHARED / "data" / "news-threads"
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    threads = defaultdict(list)
    for article in read_articles(folder / "articles"):
        threads[labels[Path(article.path).name]].append(article)
    ranked = sorted(threads.items(), key=lambda thread: (-len(thread[1]), thread[0]))
    tasks = story_tasks((name, articles, []) for name, articles in ranked)
    assert [[len(articles) for _, articles, _ in task] for task in tasks] == [
        *[[14], [11], [10], [9], [8], [8]],
        *[[7, 7], [6, 6], [5, 5], [5, 5], [5, 4], [4, 4], [4, 4]],
        *[[3, 3, 3], [3, 3, 3], [2, 2, 2, 1], [1]],
    ]
