"""Stories in a mixed stream: the kursk reports among BBC articles, a syndicated copy, a rewrite."""

from __future__ import annotations

import shutil

import pytest

from newsweave.api import brief
from newsweave.contract import to_data
from newsweave.stories.dedupe import find_rewrite, rewrite_share
from tests.conftest import BBC, KURSK, bbc_article

BBC_MIX = ["business/001", "business/010", "politics/001", "politics/020", "sport/001", "sport/030",
           "tech/001", "tech/040", "entertainment/001", "entertainment/050"]  # fmt: skip


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("mixed")
    for path in KURSK.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    for name in BBC_MIX:
        shutil.copy(BBC / f"{name}.txt", folder / f"bbc_{name.replace('/', '_')}.txt")
    # A syndicated copy: the same report with the syndicator's own tail.
    copy = (KURSK / "001_d50eaae05427456e.txt").read_text("utf-8")
    (folder / "zz_syndicated_001.txt").write_text(copy + "\nThis story was syndicated from a partner site.", "utf-8")
    return to_data(brief([folder], nlp))


def test_the_kursk_reports_form_one_story_and_no_bbc_article_joins_it(mixed):
    largest = mixed["stories"][0]
    kursk = {p.stem for p in KURSK.glob("*.txt")}
    assert kursk <= set(largest["articles"])
    assert not any(a.startswith("bbc_") for a in largest["articles"])
    sizes = [len(s["articles"]) for s in mixed["stories"]]
    assert sizes == sorted(sizes, reverse=True)  # largest first
    assert all(len(s["articles"]) == 1 for s in mixed["stories"][1:])


def test_a_syndicated_copy_is_a_duplicate_and_counts_once(mixed):
    articles = {a["id"]: a for a in mixed["articles"]}
    assert articles["zz_syndicated_001"]["duplicate_of"] == "001_d50eaae05427456e"
    story = mixed["stories"][0]
    troops = max(story["figures"], key=lambda f: len(f["claims"]))
    counted = {story_claim["article"] for story_claim in story["claims"] if story_claim["id"] in troops["claims"]}
    assert "zz_syndicated_001" not in counted
    assert troops["by_affiliation"]["South Korea"] == [10000, 11000]


def _paraphrase(text: str) -> str:
    """A content-farm rewrite of real text: every sentence kept in order, its wording changed."""
    swaps = {"said": "stated", "the": "the", "has": "had", "jumped": "climbed", "sales": "revenues",
             "profits": "earnings", "firm": "company", "higher": "increased", "now": "currently"}  # fmt: skip
    return " ".join(swaps.get(word, word) for word in text.split())


def test_rewrite_detected_sentence_by_sentence():
    _, original = bbc_article("business/001")
    _, other = bbc_article("business/002")
    rewrite = _paraphrase(original)
    assert rewrite_share(rewrite, original) >= 0.8
    assert rewrite_share(other, original) < 0.2
    assert find_rewrite(rewrite, [("other", other), ("original", original)]) == "original"
