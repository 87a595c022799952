"""Store fixtures: every store test runs against SQLite and against PostgreSQL.

The PostgreSQL server is our own: `initdb` in a temporary folder and `pg_ctl` listening on a Unix socket
there only (no TCP port, nothing outside this machine), started once per session, one fresh database per
test. PostgreSQL refuses to run as root, so under root the server runs as the `postgres` (or `nobody`) user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgres"]


def _postgres_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[4]))
    return found[-1] if found else shutil.which(name)


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    for user in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(user)
            return ["runuser", "-u", user, "--", *command]
    raise RuntimeError("running as root and no postgres or nobody user to run PostgreSQL as")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A private PostgreSQL server; yields a URL template with `{db}` for the database name."""
    initdb, pg_ctl = _postgres_bin("initdb"), _postgres_bin("pg_ctl")
    if not (initdb and pg_ctl):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) missing: scripts/test.sh installs them")
        pytest.skip("PostgreSQL server not installed (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="nw-pg-", dir="/tmp"))  # short: a socket path has ~100 characters
    if os.geteuid() == 0:
        owner = _as_server_user(["true"])[2]
        shutil.chown(base, owner)
    data = base / "data"
    run = dict(check=True, capture_output=True, text=True)
    try:
        subprocess.run(
            _as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"])
            + ["--no-sync"],
            **run,
        )
        options = f"-k {base} -c listen_addresses='' -c fsync=off -c max_connections=200"
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(base / "log"), "start"]), **run
        )
    except subprocess.CalledProcessError as exc:
        log = (base / "log").read_text() if (base / "log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {exc.stderr or exc.stdout}\n{log}")
    try:
        yield f"postgresql://postgres@/{{db}}?host={base}"
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_store_url(backend, tmp_path, request) -> Iterator[Callable[[], str]]:
    """Makes URLs of fresh, empty stores of the test's backend (a SQLite file, or a PostgreSQL database)."""
    names: list[str] = []
    server = request.getfixturevalue("postgres_server") if backend == "postgres" else ""

    def make() -> str:
        if backend == "sqlite":
            names.append(f"store{len(names)}.db")
            return str(tmp_path / names[-1])
        import psycopg

        names.append(f"t_{uuid.uuid4().hex[:16]}")
        with psycopg.connect(server.format(db="postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {names[-1]}")
        return server.format(db=names[-1])

    yield make
    if backend == "postgres":
        import psycopg

        with psycopg.connect(server.format(db="postgres"), autocommit=True) as admin:
            for name in names:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def store_url(new_store_url) -> str:
    return new_store_url()


def rows(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """A query's rows on either backend (the tests look at the stored tables directly)."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url) as con:
            return [tuple(r) for r in con.execute(sql.replace("?", "%s"), params).fetchall()]
    with contextlib.closing(sqlite3.connect(url, timeout=30)) as con:
        return [tuple(r) for r in con.execute(sql, params).fetchall()]


def value(url: str, sql: str, params: tuple = ()):
    return rows(url, sql, params)[0][0]
