"""The wework gold story's pages: a disputed figure, a date told two ways, a minor discrepancy."""

from __future__ import annotations

import json

from tests.conftest import BENCH, SHARED

WEWORK_GOLD = SHARED / "gold" / "wework.json"


def wework_pages() -> list[str]:
    """The gold story's pages (gzipped HTML of the extraction benchmark)."""
    names = json.loads(WEWORK_GOLD.read_text(encoding="utf-8"))["articles"]
    return [str(BENCH / "html" / name) for name in names]
