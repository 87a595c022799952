"""The wework gold story (three HTML pages) briefed the shipped way: a disputed figure, a date, a minor discrepancy."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BENCH, SHARED

WEWORK_GOLD = SHARED / "gold" / "wework.json"


def wework_pages() -> list[str]:
    """The gold story's pages (gzipped HTML of the extraction benchmark)."""
    names = json.loads(WEWORK_GOLD.read_text(encoding="utf-8"))["articles"]
    return [str(BENCH / "html" / name) for name in names]


@pytest.fixture(scope="session")
def wework_brief_records(nlp):
    from newsweave.api import brief

    return brief(wework_pages(), nlp)
