"""`newsweave serve` as a user starts it: a subprocess listening on 127.0.0.1, stopped by a signal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time

import httpx

from tests.test_cli import NEWSWEAVE, run


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_read_only_on_loopback(kursk_db):
    port = _free_port()
    process = subprocess.Popen(
        [*NEWSWEAVE, "serve", "--db", str(kursk_db), "--port", str(port), "--read-only"],
        stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert response.json()[0]["id"] == "s1"
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    assert f"serving {kursk_db} on http://127.0.0.1:{port}/" in stderr and "Traceback" not in stderr


def test_serve_a_missing_store_read_only_is_one_line(tmp_path):
    result = run("serve", "--db", str(tmp_path / "none.db"), "--read-only")
    assert result.returncode == 2
    assert result.stderr == f"newsweave: {tmp_path / 'none.db'}: no store here (run `newsweave ingest` first)\n"


def test_serve_on_a_port_in_use_is_one_line(kursk_db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--db", str(kursk_db), "--port", str(port), "--read-only")
    assert result.returncode == 2
    assert result.stderr == f"newsweave: cannot listen on 127.0.0.1:{port} (Address already in use)\n"
