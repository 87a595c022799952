"""A store holding the kursk example (annotated) and the real server over it, for the web tests."""

from __future__ import annotations

import pytest

from tests.conftest import KURSK


@pytest.fixture(scope="session")
def kursk_db(tmp_path_factory, nlp):
    from newsweave.api import ingest

    db = tmp_path_factory.mktemp("web") / "kursk.db"
    ingest(KURSK, db, nlp)
    return db


@pytest.fixture(scope="session")
def shared_server(kursk_db):
    """A read-only server over the kursk store."""
    from newsweave.web import ServeOptions
    from newsweave.web.server import BackgroundServer

    with BackgroundServer(ServeOptions(db=str(kursk_db), read_only=True)) as server:
        yield server


@pytest.fixture(scope="session")
def wework_server(tmp_path_factory, nlp):
    """A read-only server over a store holding the wework gold story (its contradictions have every kind of side)."""
    from newsweave.api import ingest
    from newsweave.web import ServeOptions
    from newsweave.web.server import BackgroundServer
    from tests.report.wework import wework_pages

    db = tmp_path_factory.mktemp("web") / "wework.db"
    ingest(wework_pages(), db, nlp)
    with BackgroundServer(ServeOptions(db=str(db), read_only=True)) as server:
        yield server
