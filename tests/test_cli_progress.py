"""The progress bar of a run over several files: drawn on a terminal; elsewhere nothing, and no refresh thread."""

from __future__ import annotations

import threading

from newsweave.cli.options import count_files
from newsweave.cli.output import progress_bar
from tests.conftest import KURSK


def _threads_started_while_reading(monkeypatch, terminal: bool) -> int:
    for name in ("FORCE_COLOR", "FORCE_TERMINAL", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TTY_COMPATIBLE", "1" if terminal else "0")  # Rich's own switch: a terminal, or a pipe
    before = threading.active_count()
    with progress_bar("reading", count_files([str(KURSK)])) as advance:
        advance()
        return threading.active_count() - before


def test_a_bar_nobody_sees_starts_no_refresh_thread(monkeypatch):
    # stderr is a pipe, as when `brief -q` runs in a pipeline or a benchmark: the five kursk files would draw a bar
    # on a terminal, but here the transient bar would show nothing
    assert _threads_started_while_reading(monkeypatch, terminal=False) == 0


def test_a_bar_on_a_terminal_refreshes_in_its_own_thread(monkeypatch):
    assert _threads_started_while_reading(monkeypatch, terminal=True) == 1
