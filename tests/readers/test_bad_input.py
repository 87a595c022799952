"""Every kind of bad input gets one clear reason naming the file, and the run goes on."""

from __future__ import annotations

import gzip
import json

import pytest

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.readers import ReadOptions, read_file
from newsweave.reading import ReadStats, iter_articles
from tests.conftest import BBC, KURSK


def _only_error(path, options=None) -> InputError:
    [item] = list(read_file(path, options))
    assert isinstance(item, InputError), item
    assert item.source.startswith(str(path))
    return item


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _only_error(path).reason == "empty file"


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    assert "binary" in _only_error(path).reason


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes((KURSK / "000_1e8fda47268a562a.txt").read_bytes())
    assert "too large" in _only_error(path, ReadOptions(max_bytes=1000)).reason


def test_gzip_bomb_is_bounded_by_the_limit(tmp_path):
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"North Korean troops. " * 10_000))
    assert "too large once decompressed" in _only_error(path, ReadOptions(max_bytes=50_000)).reason


def test_cp1252_file_from_bbc_is_decoded():
    [article] = list(read_file(BBC / "sport" / "199.txt"))
    assert isinstance(article, object) and not isinstance(article, InputError)
    assert "£15.8m" in article.body


def test_declared_charset_is_used_when_utf8_fails(tmp_path):
    body = "Η Βουλή ψήφισε τον προϋπολογισμό με μεγάλη πλειοψηφία μετά από πολύωρη συζήτηση στην ολομέλεια."
    html = f'<html><head><meta charset="iso-8859-7"><title>Βουλή</title></head><body><p>{body}</p></body></html>'
    path = tmp_path / "greek.html"
    path.write_bytes(html.encode("iso-8859-7"))
    [raw] = list(read_file(path))
    assert body in raw.body


def test_undecodable_text(tmp_path):
    path = tmp_path / "broken.txt"
    # Invalid UTF-8, and 0x81 / 0x8d are undefined in cp1252.
    path.write_bytes(b"Kursk region troops " * 5 + b"\xe9\x81\x8d\x81 end")
    assert "undecodable" in _only_error(path).reason


def test_malformed_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("South Korea's defense ministry announced on Tuesday that over 10,000 soldiers", "utf-8")
    assert "malformed HTML" in _only_error(path).reason


def test_html_with_no_article_text(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><title>x</title></head><body><div></div></body></html>", "utf-8")
    stats = ReadStats()
    items = list(iter_articles([path], stats=stats))
    assert len(stats.skipped) == 1 and "no article text" in stats.skipped[0].reason
    assert not [i for i in items if isinstance(i, Article)]


def test_malformed_json(tmp_path):
    path = tmp_path / "article.json"
    path.write_text('{"title": "Ad sales boost Time Warner profit", "text": "Quarterly', "utf-8")
    assert "malformed JSON" in _only_error(path).reason


def test_json_without_text(tmp_path):
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "Ad sales boost Time Warner profit"}), "utf-8")
    assert "has no text" in _only_error(path).reason


def test_unknown_extension(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    assert "unknown file type .pdf" in _only_error(path).reason


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00 this is not deflate data")
    assert "corrupt gzip" in _only_error(path).reason


def test_not_a_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_text("Reports from South Korean intelligence suggest that over 10,000 troops", "utf-8")
    assert "WARC" in _only_error(path).reason


def test_malformed_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel><title>BBC</title><item><title>unclosed", "utf-8")
    assert "feed" in _only_error(path).reason


def test_a_bad_file_does_not_stop_the_run(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_image.png").write_bytes(b"\x89PNG")
    good = tmp_path / "c_good.txt"
    good.write_text((KURSK / "001_d50eaae05427456e.txt").read_text("utf-8"), "utf-8")
    stats = ReadStats()
    items = list(iter_articles([tmp_path, tmp_path / "missing.txt"], stats=stats))
    assert [i.id for i in items if isinstance(i, Article)] == ["c_good"]
    assert stats.articles == 1 and len(stats.skipped) == 3
    assert {"empty file", "no such file or folder"} <= set(stats.by_reason())
