"""A store that is not what it should be says what is wrong on one line (exit 2), never a traceback:
garbage, a truncated or overwritten file, another program's database, a newer schema, an unreachable
server. A store the user may not write can still be read."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest

from newsweave.errors import NewsweaveError
from newsweave.pipeline.local import LocalEngine
from newsweave.store import open_store
from newsweave.store.migrations import LATEST
from tests.conftest import KURSK

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> bytes:
    """The bytes of a real store of the kursk example (no extraction), checkpointed into one file."""
    db = tmp_path_factory.mktemp("good") / "good.db"
    LocalEngine(open_store(db), None).run([KURSK])
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.read_bytes()


def one_line_error(args: list[str], expected: str, *prefix: str) -> None:
    result = subprocess.run([*prefix, *NEWSWEAVE, *args], capture_output=True, text=True, timeout=300)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def damaged(tmp_path, good: bytes, case: str):
    path = tmp_path / f"{case}.db"
    if case == "garbage":
        path.write_bytes(bytes(range(256)) * 20)
    elif case == "text":
        path.write_text("id,title\n1,not a database\n")
    elif case == "truncated_half":
        path.write_bytes(good[: len(good) // 2])
    elif case == "truncated_header":
        path.write_bytes(good[:50])
    elif case == "overwritten_pages":
        mangled = bytearray(good)
        mangled[8192 : len(good) - 4096] = b"\x5a" * (len(good) - 4096 - 8192)
        path.write_bytes(bytes(mangled))
    return path


CASES = ["garbage", "text", "truncated_half", "truncated_header", "overwritten_pages"]


@pytest.mark.parametrize("case", CASES)
def test_a_damaged_store_file_says_so(tmp_path, good_store, case):
    path = damaged(tmp_path, good_store, case)
    for readonly in (True, False):
        with pytest.raises(NewsweaveError, match=f"^{re.escape(str(path))}: not a SQLite database, or a damaged one$"):
            open_store(path, readonly=readonly)


@pytest.mark.parametrize("command", ["stories", "show s1", "ingest"])
def test_a_damaged_store_file_is_one_line_on_the_command_line(tmp_path, good_store, command):
    path = damaged(tmp_path, good_store, "overwritten_pages")
    args = [*command.split(), *([str(KURSK), "--no-extract"] if command == "ingest" else []), "--db", str(path)]
    one_line_error(args, f"{path}: not a SQLite database, or a damaged one")


@pytest.mark.parametrize("command", ["stories", "ingest"])
def test_another_programs_database_is_not_taken_for_a_store(tmp_path, command):
    path = tmp_path / "foreign.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
    args = [command, *([str(KURSK), "--no-extract"] if command == "ingest" else []), "--db", str(path)]
    one_line_error(args, f"{path}: a SQLite database, but not a newsweave store")
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("contacts",)]


def test_an_empty_file_is_no_store_to_read(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    one_line_error(["stories", "--db", str(path)], f"{path}: no newsweave store here (run `newsweave ingest` first)")


@pytest.mark.parametrize("command", ["stories", "ingest"])
def test_a_store_of_a_newer_newsweave_is_refused_by_name(tmp_path, command):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as con:
        con.execute(f"PRAGMA user_version = {LATEST + 3}")
    args = [command, *([str(KURSK), "--no-extract"] if command == "ingest" else []), "--db", str(path)]
    one_line_error(args, f"store schema version {LATEST + 3} is newer than this newsweave's ({LATEST})")


def without_write_access() -> list[str]:
    """A command prefix that takes write access away: as root, drop every capability, so that the
    file's own mode (read-only for its owner) applies."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's capabilities")
    return ["setpriv", "--bounding-set=-all", "--"]


def test_a_read_only_store_can_be_read_but_not_written(tmp_path, good_store):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.db"
    path.write_bytes(good_store)
    path.chmod(0o444)
    folder.chmod(0o555)  # no -wal or -shm file can be made beside it either
    prefix = without_write_access()
    try:
        listed = subprocess.run([*prefix, *NEWSWEAVE, "stories", "--db", str(path)], capture_output=True, text=True)
        assert listed.returncode == 0, listed.stderr
        assert "North Korean" in listed.stdout
        shown = subprocess.run([*prefix, *NEWSWEAVE, "show", "s1", "--db", str(path)], capture_output=True, text=True)
        assert shown.returncode == 0 and "Figures: who says what" in shown.stdout, shown.stderr
        one_line_error(["ingest", str(KURSK), "--no-extract", "--db", str(path)], f"{path}: ", *prefix)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == good_store and sorted(p.name for p in folder.iterdir()) == ["store.db"]


def test_an_unreachable_postgres_server_is_named_on_one_line(tmp_path):
    url = f"postgresql://someone:secret@/nodb?host={tmp_path}&connect_timeout=2"
    one_line_error(["stories", "--db", url], "postgresql://someone:***@/nodb")
    result = subprocess.run([*NEWSWEAVE, "stories", "--db", url], capture_output=True, text=True)
    assert "secret" not in result.stderr


def test_a_postgres_database_of_another_program_is_not_taken_for_a_store(postgres_server):
    import psycopg

    with psycopg.connect(postgres_server.format(db="postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS foreign_app WITH (FORCE)")
        admin.execute("CREATE DATABASE foreign_app")
    url = postgres_server.format(db="foreign_app")
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
    expected = "a PostgreSQL database, but not a newsweave store"
    one_line_error(["ingest", str(KURSK), "--no-extract", "--db", url], expected)
    one_line_error(["stories", "--db", url], expected)
