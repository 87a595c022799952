"""The bounded fuzz pass CI runs: mutated real files through every reader and `newsweave read`.

NEWSWEAVE_FUZZ_EXAMPLES sets how many inputs (default 2,000, a few minutes at most); the long run is
`python -m tests.fuzz --examples 100000` (see tests/fuzz/__main__.py).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.harness import CLI_EVERY, SLOW_SECONDS, check_input, mutated_inputs, peak_memory_mb, seeds

EXAMPLES = int(os.environ.get("NEWSWEAVE_FUZZ_EXAMPLES", "2000"))


def test_seeds_cover_every_reader():
    suffixes = {seed.name.split(".", 1)[1] for seed in seeds()}
    assert {"txt", "html.gz", "json", "jsonl", "rss", "atom", "warc.gz"} <= suffixes


def test_the_unmutated_seeds_are_read():
    for seed in seeds():
        outcome = check_input(seed.name, seed.data)
        assert outcome.error is None and outcome.articles >= 1, (seed.name, outcome)


@pytest.mark.parametrize("via_cli", [False, True], ids=["iter_articles", "newsweave-read"])
def test_a_known_crasher_becomes_a_named_skip(via_cli):
    outcome = check_input("a.json", b'{"title": [1], "text": "North Korean troops [/] \x1b[2J crossed."}', via_cli)
    assert outcome.error is None, outcome.error


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(mutated_inputs(), st.integers(0, CLI_EVERY - 1))
def test_mutated_real_files_never_escape_and_stay_bounded(named_data, pick):
    name, data = named_data
    outcome = check_input(name, data, via_cli=pick == 0)
    assert outcome.error is None, outcome.error
    assert outcome.seconds < SLOW_SECONDS, f"{name}: {outcome.seconds:.1f} s"
    assert peak_memory_mb() < 1024
