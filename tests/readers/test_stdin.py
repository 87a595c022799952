"""Standard input as an input: its format told by its first bytes (text, HTML, one JSON article, JSON lines,
a feed), ids `stdin` and `stdin-N`, no path (the store keys it by its words), and bad records skipped by name."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from newsweave.errors import InputError, NewsweaveError
from newsweave.model import Article
from newsweave.readers.stdin import StdinInput, read_piped, read_stdin, sniff_format
from newsweave.reading import ReadStats, iter_articles
from tests.conftest import BENCH, ECBPLUS, KURSK, bench_page

KURSK_TEXT = (KURSK / "000_1e8fda47268a562a.txt").read_bytes()
ECB_LINES = (ECBPLUS / "ecbplus_docs.jsonl").read_bytes().split(b"\n")[:3]


def test_the_format_is_told_by_the_first_bytes():
    html = bench_page(0)[0].encode()
    record = json.loads(ECB_LINES[0])
    assert sniff_format(KURSK_TEXT) == "text"
    assert sniff_format(html) == "html"
    assert sniff_format(b"\n".join(ECB_LINES)) == "jsonl"
    assert sniff_format(json.dumps(record, indent=2).encode()) == "json"  # one article over many lines
    assert sniff_format(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>') == "feed"
    assert sniff_format(b"<3 Kyiv, said the sign.\nMore text.") == "text"  # a `<` that opens no element


def test_a_piped_article_is_stdin_without_a_path():
    (article,) = iter_articles([StdinInput(KURSK_TEXT)])
    assert isinstance(article, Article)
    assert article.id == "stdin" and article.path is None and article.format == "text"
    assert article.title == "Ukraine Engages North Korean Troops Amidst Heightening Global Tensions"


def test_piped_json_lines_are_records_stdin_n_and_a_bad_one_is_skipped_by_name():
    data = b"\n".join([*ECB_LINES[:2], b'{"title": 3, "text": "words"}', ECB_LINES[2]])
    stats = ReadStats()
    found = list(iter_articles([StdinInput(data)], stats=stats))
    assert [a.id for a in found if isinstance(a, Article)] == ["stdin-1", "stdin-2", "stdin-4"]
    assert [str(e) for e in stats.skipped] == ["stdin:3: wrong JSON field type (title is a number, expected text)"]
    assert found[0].text.startswith("Perennial party girl Tara Reid")


def test_a_given_format_wins_over_the_guess():
    html = bench_page(1)[0].encode()
    (as_text,) = iter_articles([StdinInput(html, "text")])
    (as_html,) = iter_articles([StdinInput(html, "html")])
    assert as_html.format == "html" and "<" not in as_html.text[:200]
    assert as_text.format == "text" and as_text.text != as_html.text


def test_gzipped_html_from_the_benchmark_is_read():
    packed = (BENCH / "html" / sorted((BENCH / "html").iterdir())[0].name).read_bytes()
    assert packed.startswith(b"\x1f\x8b")
    (article,) = iter_articles([StdinInput(packed)])
    assert article.format == "html" and article.site == "Wall Street Journal"


def test_bad_piped_input_is_a_named_skip():
    (binary,) = read_piped(StdinInput(bytes(range(256)) * 4))
    assert str(binary) == "stdin: binary file, not text"
    (large,) = read_piped(StdinInput(KURSK_TEXT), max_bytes=100)
    assert str(large) == "stdin: input too large (over the limit of 100 bytes)"
    (warc,) = read_piped(StdinInput(b"WARC/1.0\r\nWARC-Type: response\r\n"))
    assert isinstance(warc, InputError) and warc.code == "a WARC archive"
    (empty,) = read_piped(StdinInput(gzip.compress(b"  \n")))
    assert str(empty) == "stdin: empty input"


def test_empty_stdin_is_an_error_not_a_skip():
    with pytest.raises(NewsweaveError, match=r"^stdin: empty input \(nothing was piped in\)$"):
        read_stdin(io.BytesIO(b" \n\t\n"))
    with pytest.raises(NewsweaveError, match="not a format of stdin"):
        read_stdin(io.BytesIO(KURSK_TEXT), fmt="pdf")
    assert read_stdin(io.BytesIO(KURSK_TEXT), fmt="text") == StdinInput(KURSK_TEXT, "text")


def test_the_library_reads_piped_bytes_given_alone():
    from newsweave.api import read_articles

    (article,) = read_articles(StdinInput(KURSK_TEXT))
    assert article.id == "stdin" and article.words == 490
