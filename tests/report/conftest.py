"""The wework gold story briefed the shipped way."""

from __future__ import annotations

import pytest

from tests.report.wework import wework_pages


@pytest.fixture(scope="session")
def wework_brief_records(nlp):
    from newsweave.api import brief

    return brief(wework_pages(), nlp)
