"""How many articles each annotate task holds: one for a small input (the workers balance themselves), else
enough to keep every worker busy and batch the parse."""

from __future__ import annotations

from newsweave.pipeline.parallel import TASK_ARTICLES, task_size


def test_kursks_five_articles_go_one_a_task_on_two_workers():
    assert task_size(5, 2, small=True) == 1


def test_a_large_batch_goes_in_tasks_of_task_articles_and_a_small_batch_shares_them_out():
    assert task_size(64, 2, small=False) == TASK_ARTICLES
    assert task_size(5, 2, small=False) == 3
    assert task_size(1, 4, small=False) == 1
