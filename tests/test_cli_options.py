"""The `--jobs` background worker's load gate: a worker is started for a small input only when a core is idle."""

from __future__ import annotations

import os

from newsweave.cli.options import core_left, idle_core


def test_a_core_is_left_when_the_load_leaves_one_free():
    assert core_left(0.0, 2)
    assert core_left(1.0, 2)  # one core busy of two: the other is free
    assert core_left(2.9, 4)


def test_no_core_is_left_when_the_load_fills_all_but_less_than_one():
    assert not core_left(1.01, 2)
    assert not core_left(5.7, 2)  # the shared machine during the test suite
    assert not core_left(3.5, 4)


def test_a_single_core_machine_never_has_one_left():
    assert not core_left(0.0, 1)
    assert not core_left(0.0, 0)


def test_idle_core_reads_this_machines_load_and_cores():
    before = core_left(os.getloadavg()[0], os.cpu_count() or 1)
    answer = idle_core()
    after = core_left(os.getloadavg()[0], os.cpu_count() or 1)
    assert isinstance(answer, bool)
    if before == after:  # the load average did not cross the threshold between the two readings
        assert answer == before
