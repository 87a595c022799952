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
