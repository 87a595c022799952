"""Body sentences a cleaner kept, stored compactly, so a later cleaner can be checked never to lose one.

A sentence is reduced to its lower-cased word tokens and stored as `crc32:length`; a sentence is kept
by a new text when some run of that many tokens in the new text has the same checksum, so changes of
punctuation, markup or line breaks do not count as losses. `python -m tests.clean.reference` wrote
`data/kept_sentences.json` from the cleaner at commit 44659bb (before issue 13).
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

_TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
REFERENCE = Path(__file__).parent / "data" / "kept_sentences.json"
MIN_TOKENS = 6


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def sentences(text: str) -> Iterator[str]:
    for line in text.splitlines():
        yield from (s for s in _SENTENCE_END.split(line) if s.strip())


def key(words: list[str]) -> str:
    return f"{zlib.crc32(' '.join(words).encode()):08x}:{len(words)}"


def sentence_keys(text: str, body: str | None = None) -> list[str]:
    """Keys of the text's sentences of MIN_TOKENS or more words (only those inside `body` when given)."""
    body_words = " " + " ".join(tokens(body)) + " " if body is not None else None
    keys = []
    for sentence in sentences(text):
        words = tokens(sentence)
        if len(words) < MIN_TOKENS:
            continue
        if body_words is not None and f" {' '.join(words)} " not in body_words:
            continue
        keys.append(key(words))
    return sorted(set(keys))


def missing(reference: list[str], text: str) -> list[str]:
    """The reference keys no run of words in `text` matches."""
    found = {key(tokens(s)) for s in sentences(text)}
    rest = [k for k in reference if k not in found]  # split elsewhere now: look at every run of words
    if rest:
        words = tokens(text)
        lengths = {int(k.split(":")[1]) for k in rest}
        found = {key(words[i : i + n]) for n in lengths for i in range(max(0, len(words) - n + 1))}
    return [k for k in rest if k not in found]


def _write() -> None:
    from newsweave.clean import clean
    from newsweave.errors import InputError
    from newsweave.model import RawArticle
    from newsweave.reading import read_articles
    from tests.conftest import BENCH, SHARED

    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    bench = {}
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        raw = RawArticle(id=page_id, path=page_id, body=html, kind="html", format="html", url=item.get("url"))
        try:
            text = clean(raw).text
        except InputError:
            text = ""
        bench[page_id] = sentence_keys(text, item.get("articleBody") or "")
    threads = {
        Path(a.path).name: sentence_keys(a.text) for a in read_articles([SHARED / "data" / "news-threads" / "articles"])
    }
    data = {"commit": "44659bb", "min_tokens": MIN_TOKENS, "benchmark": bench, "news-threads": threads}
    REFERENCE.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write()
