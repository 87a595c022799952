"""Issue 11, "valid input lost or mangled": each case is read whole, or reported; never silently shortened."""

from __future__ import annotations

import gzip
import io
import json
import os

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.readers import expand_paths, read_file
from newsweave.reading import ReadStats, iter_articles
from tests.conftest import KURSK, bbc_article

HEADLINE, BODY = bbc_article("business/001")
RUSSIAN = (
    "Министерство обороны Южной Кореи заявило во вторник, что более десяти тысяч северокорейских солдат "
    "находятся в Курской области России. По данным разведки, часть из них уже участвует в боях.\n"
) * 3
CHINESE = "韩国国防部星期二表示，超过一万名朝鲜士兵已经抵达俄罗斯库尔斯克地区，其中一部分已经参加战斗。\n" * 3


def _read(path) -> tuple[list[Article], ReadStats]:
    stats = ReadStats()
    items = list(iter_articles([path], stats=stats))
    return [i for i in items if isinstance(i, Article)], stats


def test_html_body_that_is_a_single_p_from_an_rss_description(tmp_path):
    path = tmp_path / "description.html"
    path.write_text(f"<p>{BODY.splitlines()[0]}</p>", "utf-8")
    [article], _ = _read(path)
    assert article.text.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")


def test_jsonl_line_containing_u2028_is_one_record(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"title": HEADLINE, "text": BODY.replace(". ", ".\u2028", 1)}, ensure_ascii=False)]
    lines.append(json.dumps({"title": "Second", "text": BODY}))
    path.write_text("\n".join(lines), "utf-8")
    articles, stats = _read(path)
    assert [a.id for a in articles] == ["articles-1", "articles-2"] and not stats.skipped


def test_multi_member_gz_is_read_whole(tmp_path):
    path = tmp_path / "story.txt.gz"
    half = len(BODY) // 2
    path.write_bytes(gzip.compress(f"{HEADLINE}\n\n{BODY[:half]}".encode()) + gzip.compress(BODY[half:].encode()))
    [article], _ = _read(path)
    assert article.text.rstrip().endswith(BODY.rstrip()[-80:])


def test_truncated_gz_is_reported(tmp_path):
    path = tmp_path / "story.txt.gz"
    data = gzip.compress(f"{HEADLINE}\n\n{BODY}".encode())
    path.write_bytes(data[: len(data) // 2])
    [error] = list(read_file(path))
    assert isinstance(error, InputError) and error.code == "truncated gzip file"


def _warc(pages: int, compress: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for n in range(pages):
        html = f"<html><head><title>{HEADLINE} {n}</title></head><body><article><p>{BODY}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://bbc.example/{n}", "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_truncated_warc_is_reported_after_the_whole_records(tmp_path, compress):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    data = _warc(3, compress)
    path.write_bytes(data[: len(data) - 500])
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "InputError"]
    assert items[-1].code == "truncated archive"


@pytest.mark.parametrize(("text", "encoding"), [(RUSSIAN, "cp1251"), (CHINESE, "gbk")])
def test_undeclared_cp1251_or_gbk_is_detected(tmp_path, text, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [article], stats = _read(path)
    assert not stats.skipped and article.text.split()[:4] == text.split()[:4]


def test_symlinked_folder_is_read(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text((KURSK / "001_d50eaae05427456e.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "input").mkdir()
    (tmp_path / "input" / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "input" / "loop").symlink_to(tmp_path / "input", target_is_directory=True)
    files, errors = expand_paths([tmp_path / "input"])
    assert files == [tmp_path / "input" / "linked" / "story.txt"]
    assert [e.code for e in errors] == ["folder visited twice"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder whatever its permissions")
def test_unreadable_folder_is_reported(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        _, errors = expand_paths([tmp_path])
    finally:
        locked.chmod(0o755)
    assert [e.code for e in errors] == ["cannot read folder"]


def test_fifo_is_reported_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    articles, stats = _read(tmp_path)
    assert not articles and [(e.code, e.detail) for e in stats.skipped] == [("not a regular file", "FIFO")]


def test_broken_symlink_is_reported(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    _, stats = _read(tmp_path)
    assert [e.code for e in stats.skipped] == ["cannot open"]


def test_warc_with_a_wrong_content_length_is_reported_not_printed_raw(tmp_path, capfd):
    """warcio writes its warning, raw bytes over several lines, straight to stderr: it becomes a named skip."""
    data = _warc(2, compress=False)
    first_length = data.index(b"Content-Length: ")
    end = data.index(b"\r\n", first_length)
    length = int(data[first_length + 16 : end])
    path = tmp_path / "crawl.warc"
    path.write_bytes(data[:first_length] + b"Content-Length: " + str(length - 40).encode() + data[end:])
    items = list(read_file(path))
    assert capfd.readouterr().err == ""
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and errors[0].code == "malformed WARC record" and "\n" not in str(errors[0])
