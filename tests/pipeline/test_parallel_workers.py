"""Worker processes of `--jobs` never outlive the command that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import BBC, ROOT


def _stat(pid: int | str) -> list[str] | None:
    """State and parent of a process from /proc (fields after the command name), None when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _children(pid: int) -> set[int]:
    return {int(p.name) for p in Path("/proc").glob("[0-9]*") if (s := _stat(p.name)) and int(s[1]) == pid}


def _descendants(pid: int) -> set[int]:
    """Its children and theirs (the first worker forks the others once its model is loaded)."""
    children = _children(pid)
    return children | {grandchild for child in children for grandchild in _children(child)}


def _alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if (s := _stat(pid)) and s[0] != "Z"}


def test_workers_stop_when_the_command_is_killed(tmp_path):
    """`brief --jobs 2` killed with SIGKILL (no chance to stop its pool): its two workers (its child and a fork
    of that one) found the command gone and exited, instead of waiting for tasks for ever (they were seen
    holding 1 GB half an hour later)."""
    command = [sys.executable, "-m", "newsweave", "brief", str(BBC / "tech"), "--jobs", "2"]  # large enough for a pool
    command += ["--json", str(tmp_path / "brief.json")]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
            workers = _descendants(process.pid)
            time.sleep(0.1)
        assert len(workers) >= 2, "the workers never started"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 60
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _alive(workers)
    finally:
        process.kill()
        for pid in _alive(workers | _descendants(process.pid)):
            os.kill(pid, signal.SIGKILL)
