"""Issue 11, "a single bad input aborts everything": each hostile input is a counted, named skip (or is read).

Every case builds its minimal input here; each test checks that the run goes on to the good file after it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.reading import ReadStats, iter_articles
from tests.conftest import KURSK, bbc_article

GOOD_TEXT = (KURSK / "001_d50eaae05427456e.txt").read_text("utf-8")
HEADLINE, BODY = bbc_article("business/001")
ASCII_BODY = BODY.replace("£", "GBP ")  # one stray non-UTF-8 byte in otherwise ASCII text is then cp1252


def _run(tmp_path: Path, name: str, content: bytes | str) -> tuple[list[Article], ReadStats]:
    """Read `name` (the hostile input) and then a good file; the good one must always be read."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    (tmp_path / "zz_good.txt").write_text(GOOD_TEXT, "utf-8")
    stats = ReadStats()
    items = list(iter_articles([path, tmp_path / "zz_good.txt"], stats=stats))
    articles = [i for i in items if isinstance(i, Article)]
    assert "zz_good" in [a.id for a in articles]
    for error in stats.skipped:
        assert error.source.startswith(str(path)) and "\n" not in str(error)
    return [a for a in articles if a.id != "zz_good"], stats


def _skip(tmp_path: Path, name: str, content: bytes | str) -> InputError:
    articles, stats = _run(tmp_path, name, content)
    assert not articles, [a.id for a in articles]
    [error] = stats.skipped
    return error


def _json(**fields) -> str:
    return json.dumps({"title": HEADLINE, "text": BODY, "url": "https://bbc.example/1", **fields})


@pytest.mark.parametrize("source", ["Source: [Reuters]", "Source: [1]"])
def test_plain_text_source_line_with_brackets(tmp_path, source):
    articles, stats = _run(tmp_path, "bracket.txt", f"{HEADLINE}\n\n{BODY}\n\n{source}\n")
    assert len(articles) == 1 and not stats.skipped  # the bracketed name is read as a name, not a URL


def test_json_url_with_unclosed_ipv6_bracket(tmp_path):
    error = _skip(tmp_path, "a.json", _json(url="http://[::1"))
    assert error.code == "invalid URL"


@pytest.mark.parametrize(
    ("value", "kind"),
    [("12", "a number"), ('["a", "b"]', "a list"), ('{"x": 1}', "an object")],
)
def test_json_title_of_the_wrong_type(tmp_path, value, kind):
    content = _json(title="@@").replace('"@@"', value)
    error = _skip(tmp_path, "a.json", content)
    assert (error.code, error.detail) == ("wrong JSON field type", f"title is {kind}, expected text")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_title_nan_or_infinity(tmp_path, constant):
    error = _skip(tmp_path, "a.json", _json(title="@@").replace('"@@"', constant))
    assert error.code == "malformed JSON" and constant.lstrip("-") in error.detail


def test_json_url_that_is_a_list(tmp_path):
    error = _skip(tmp_path, "a.json", _json(url=["https://bbc.example/1"]))
    assert error.detail == "url is a list, expected text"


def test_json_source_domain_that_is_a_dict(tmp_path):
    error = _skip(tmp_path, "a.json", _json(source_domain={"name": "bbc"}))
    assert error.detail == "source_domain is an object, expected text"


def test_json_title_with_a_lone_surrogate(tmp_path):
    content = _json(title="@@").replace('"@@"', '"Ad sales \\ud800 boost"')
    error = _skip(tmp_path, "a.json", content)
    assert (error.code, error.detail) == ("invalid text", "title holds a lone surrogate")


def test_jsonl_bad_line_does_not_cost_the_others(tmp_path):
    lines = [_json(title=["x"]), _json(id="second")]
    articles, stats = _run(tmp_path, "feed.jsonl", "\n".join(lines))
    assert [a.id for a in articles] == ["second"]
    assert [e.source for e in stats.skipped] == [f"{tmp_path / 'feed.jsonl'}:1"]


def test_html_meta_charset_undefined_with_a_non_utf8_byte(tmp_path):
    html = (
        f'<html><head><meta charset="undefined"><title>{HEADLINE}</title></head><body><p>{ASCII_BODY}</p></body></html>'
    )
    [article], stats = _run(tmp_path, "page.html", html.encode("utf-8").replace(b"jumped", b"jump\xe9d", 1))
    assert not stats.skipped and "jumpéd" in article.text


def _warc(records: list[tuple[str | None, str, bytes]]) -> bytes:
    """A WARC file of HTTP response records: (target URI or None, Content-Type, payload)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, ctype, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url or "", "response", payload=io.BytesIO(payload), http_headers=headers)
        if url is None:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return out.getvalue()


def _page(title: str = HEADLINE, body: str = BODY) -> str:
    return f"<html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>"


def test_warc_content_type_charset_undefined_with_a_non_utf8_byte(tmp_path):
    payload = _page(body=ASCII_BODY).encode("utf-8").replace(b"jumped", b"jump\xe9d", 1)
    [article], stats = _run(
        tmp_path, "crawl.warc.gz", _warc([("https://bbc.example/1", "text/html; charset=undefined", payload)])
    )
    assert not stats.skipped and "jumpéd" in article.text


def test_warc_response_record_without_target_uri(tmp_path):
    articles, stats = _run(tmp_path, "crawl.warc.gz", _warc([(None, "text/html", _page().encode())]))
    assert [a.url for a in articles] == [None] and not stats.skipped


def _feed(encoding: str, title: str) -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>BBC</title>'
        f"<item><title>{title}</title><link>https://bbc.example/1</link><description>{BODY}</description></item>"
        "</channel></rss>"
    )


def test_utf8_feed_declaring_encoding_undefined(tmp_path):
    [article], stats = _run(tmp_path, "feed.xml", _feed("undefined", HEADLINE + " – Zürich"))
    assert not stats.skipped and article.title == HEADLINE + " – Zürich"


@pytest.mark.parametrize("reference", ["&#x110000;", "&#55296;"])
def test_feed_with_a_character_reference_xml_forbids(tmp_path, reference):
    [article], stats = _run(tmp_path, "feed.xml", _feed("utf-8", f"Ad sales {reference} boost"))
    assert not stats.skipped and article.title == "Ad sales \ufffd boost"


def test_json_nested_100000_deep(tmp_path):
    error = _skip(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    assert (error.code, error.detail) == ("malformed JSON", "nested too deeply")


def test_json_integer_of_4301_digits(tmp_path):
    error = _skip(tmp_path, "big.json", _json(id="@@").replace('"@@"', "9" * 4301))
    assert error.code == "malformed JSON" and "4300" in error.detail


def test_an_unforeseen_reader_failure_is_a_named_skip(tmp_path, monkeypatch):
    """The last line of defence: any exception inside a reader becomes a skip naming the file."""
    from newsweave import readers

    def broken(path, data, article_id):
        raise KeyError("boom")
        yield  # pragma: no cover

    monkeypatch.setitem(readers.READERS, ".text", broken)
    error = _skip(tmp_path, "a.text", "North Korean troops.")
    assert (error.code, error.detail) == ("reader failed", "KeyError: 'boom'")


def test_html_element_with_100000_attributes_is_skipped_at_once(tmp_path):
    import time

    attributes = " ".join(f'data-a{i}="{i}"' for i in range(100_000))
    html = f"<html><head><title>{HEADLINE}</title></head><body><div {attributes}><p>{BODY}</p></div></body></html>"
    start = time.perf_counter()
    error = _skip(tmp_path, "attrs.html", html)
    assert time.perf_counter() - start < 10
    assert (error.code, error.detail) == ("HTML over bounds", "an element with 100,000 attributes (limit 5,000)")


def test_html_with_many_ordinary_attributes_is_read(tmp_path):
    rows = "".join(f'<span class="c{i}" id="s{i}">{i}</span>' for i in range(1_000))
    html = f"<html><head><title>{HEADLINE}</title></head><body><article><p>{BODY}</p></article>{rows}</body></html>"
    articles, stats = _run(tmp_path, "many.html", html)
    assert len(articles) == 1 and not stats.skipped


def _gzip_member_of_zeros(header: bytes, zeros: int) -> bytes:
    """One gzip member: `header`, then `zeros` NUL bytes, compressed in chunks (never held whole)."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    out = [packer.compress(header)]
    chunk = bytes(1 << 20)
    for _ in range(zeros >> 20):
        out.append(packer.compress(chunk))
    out.append(packer.compress(b"\r\n\r\n") + packer.flush())
    return b"".join(out)


def test_warc_gz_decompression_bomb_is_stopped_early(tmp_path):
    """A ~300 KB .warc.gz holding a 300 MB record: stopped at 100x its size, after the page before it."""
    import resource
    import time

    zeros = 300 << 20
    header = (
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000011>\r\n"
        "WARC-Target-URI: https://bomb.example/\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Length: {zeros}\r\n\r\n"
    ).encode()
    data = _warc([("https://bbc.example/1", "text/html", _page().encode())]) + _gzip_member_of_zeros(header, zeros)
    assert len(data) < 400_000
    start, memory = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    articles, stats = _run(tmp_path, "bomb.warc.gz", data)
    assert time.perf_counter() - start < 20
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - memory < 200_000  # KiB: far below the 300 MB
    assert [a.url for a in articles] == ["https://bbc.example/1"]
    [error] = stats.skipped
    assert error.code == "archive too large once decompressed"


def test_warc_target_uri_with_unclosed_ipv6_bracket(tmp_path):
    records = [("http://[::1", "text/html", _page().encode()), ("https://bbc.example/2", "text/html", _page().encode())]
    articles, stats = _run(tmp_path, "crawl.warc.gz", _warc(records))
    assert [a.url for a in articles] == ["https://bbc.example/2"]
    assert [(e.source, e.code) for e in stats.skipped] == [
        (f"{tmp_path / 'crawl.warc.gz'} record 1 (http://[::1)", "invalid URL")
    ]


def test_feed_link_with_unclosed_ipv6_bracket(tmp_path):
    feed = _feed("utf-8", HEADLINE).replace("https://bbc.example/1", "http://[::1")
    articles, stats = _run(tmp_path, "feed.xml", feed)
    assert not articles and [e.code for e in stats.skipped] == ["invalid URL"]
