"""No page of the benchmark or of news-threads loses a body sentence the cleaner kept before issue 13.

The reference (`data/kept_sentences.json`, see `reference.py`) holds the body sentences kept at commit
44659bb: on benchmark pages those inside the page's true article body, on news-threads every kept
sentence. A sentence the cleaner now removes must be listed, with its text and why, in
`data/furniture_reviewed.json`: lines read one by one and found to be furniture of the classes of
issue 13 (embedded posts, captions, credits, prompts, contributor and copyright lines) and, since issue 12,
an outlet's dateline credit opening the story ("(CNN)", "(Reuters) -"), which the
benchmark's annotators sometimes counted as body.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsweave.clean import clean
from newsweave.model import RawArticle
from newsweave.reading import read_articles
from tests.clean.reference import REFERENCE, key, missing, sentences, tokens
from tests.conftest import BENCH, SHARED

REVIEWED = Path(__file__).parent / "data" / "furniture_reviewed.json"


def _lost_lines(keys: list[str], source: str) -> list[str]:
    """The source's sentences behind the lost keys, for a readable failure."""
    wanted = set(keys)
    return [s for s in sentences(source) if key(tokens(s)) in wanted] or keys


def test_no_benchmark_page_loses_a_body_sentence():
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))["benchmark"]
    reviewed = json.loads(REVIEWED.read_text(encoding="utf-8"))["benchmark"]
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    lost = {}
    for page_id, keys in reference.items():
        html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        raw = RawArticle(id=page_id, path=page_id, body=html, kind="html", format="html", url=truth[page_id].get("url"))
        allowed = {key(tokens(line["text"])) for line in reviewed.get(page_id, [])}
        if gone := [k for k in missing(keys, clean(raw).text) if k not in allowed]:
            lost[page_id] = _lost_lines(gone, truth[page_id].get("articleBody") or "")
    assert lost == {}


def test_no_news_threads_article_loses_a_body_sentence():
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))["news-threads"]
    reviewed = json.loads(REVIEWED.read_text(encoding="utf-8"))["news-threads"]
    folder = SHARED / "data" / "news-threads" / "articles"
    lost = {}
    for article in read_articles([folder]):
        name = Path(article.path).name
        allowed = {key(tokens(line["text"])) for line in reviewed.get(name, [])}
        if gone := [k for k in missing(reference[name], article.text) if k not in allowed]:
            lost[name] = _lost_lines(gone, json.loads((folder / name).read_text(encoding="utf-8"))["text"])
    assert lost == {}
