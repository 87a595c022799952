"""Every reader on real content: the kursk texts, BBC articles and real news pages."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.readers import read_file
from newsweave.reading import iter_articles, read_articles
from tests.conftest import BENCH, KURSK, bbc_article, bench_page


def _articles(path: Path) -> list[Article]:
    return read_articles([path])


def test_plain_text_file_is_one_article_named_by_its_file():
    [article] = _articles(KURSK / "002_62a14225dbc0a0d6.txt")
    assert article.id == "002_62a14225dbc0a0d6"
    assert article.format == "text"
    assert article.title == "Global Security Threatened as North Korean Soldiers Aid Russia Near Ukraine Border"
    assert article.text.startswith("The United States has reported that approximately 8,000")


def test_gzipped_html_page_from_the_benchmark(tmp_path):
    page = sorted((BENCH / "html").glob("*.html.gz"))[0]
    [article] = _articles(page)
    html, truth = bench_page(0)
    assert article.format == "html"
    assert article.title.startswith("Google Stadia, Microsoft xCloud, Apple Arcade")
    assert article.author == "Sarah E Needleman"
    assert article.published == "2019-11-19"
    assert "Gaming used to be so simple." in article.text
    assert "<" not in article.text


def test_html_file_keeps_headings_and_drops_page_chrome(tmp_path):
    html, truth = bench_page(2)  # an AP story with capitalised subheadings
    path = tmp_path / "autoshow.html"
    path.write_text(html, encoding="utf-8")
    [article] = _articles(path)
    assert "The RAV4 Prime goes on sale in the summer." in article.text
    assert "NISSAN SENTRA" in article.text  # a subheading inside the body is kept, not taken for a label
    assert article.site == "Connecticut Post"


def test_newsplease_json_file(tmp_path):
    headline, body = bbc_article("business/001")
    record = {
        "title": headline,
        "text": body,
        "date_publish": "2005-02-10 09:00:00",
        "source_domain": "bbc.co.uk",
        "url": "http://news.bbc.co.uk/1/hi/business/4252221.stm",
        "authors": ["BBC News"],
    }
    path = tmp_path / "timewarner.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = _articles(path)
    assert (article.title, article.site, article.published) == (headline, "bbc.co.uk", "2005-02-10")
    assert article.author == "BBC News"
    assert article.url == record["url"]
    assert article.text.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")


def test_json_lines_reads_every_line_and_reports_a_bad_one(tmp_path):
    lines = []
    for name in ("business/001", "sport/002", "tech/003"):
        headline, body = bbc_article(name)
        lines.append(json.dumps({"title": headline, "text": body, "url": f"http://bbc.example/{name}"}))
    lines.insert(2, '{"title": "cut off in the middle", "text": "Quarterly prof')
    path = tmp_path / "bbc.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([path]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.title for a in articles] == [bbc_article(n)[0] for n in ("business/001", "sport/002", "tech/003")]
    assert len({a.id for a in articles}) == 3
    assert len(errors) == 1 and errors[0].source == f"{path}:3" and "malformed JSON" in errors[0].reason


def _warc_with_pages(path: Path, pages: list[tuple[str, str]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/a.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n"),
                http_headers=image,
            )
        )


def test_warc_archive_yields_each_html_response(tmp_path):
    pages = [bench_page(0), bench_page(2)]
    path = tmp_path / "crawl.warc.gz"
    _warc_with_pages(path, [(truth["url"], html) for html, truth in pages])
    articles = _articles(path)
    assert [a.url for a in articles] == [truth["url"] for _, truth in pages]
    assert all(a.format == "warc" for a in articles)
    assert "Gaming used to be so simple." in articles[0].text


def test_rss_and_atom_feeds(tmp_path):
    items = []
    for name, day in (
        ("politics/001", "Mon, 07 Feb 2005 10:00:00 GMT"),
        ("politics/002", "Tue, 08 Feb 2005"),
    ):
        headline, body = bbc_article(name)
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        items.append(
            f"<item><title>{headline}</title><link>http://bbc.example/{name}</link>"
            f"<pubDate>{day}</pubDate><description><![CDATA[{paragraphs}]]></description></item>"
        )
    rss = tmp_path / "politics.rss"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>BBC Politics</title>'
        + "".join(items)
        + "</channel></rss>",
        encoding="utf-8",
    )
    articles = _articles(rss)
    assert [a.title for a in articles] == [bbc_article("politics/001")[0], bbc_article("politics/002")[0]]
    assert articles[0].published == "2005-02-07" and articles[0].site == "BBC Politics"
    assert bbc_article("politics/001")[1].split("\n")[0][:60] in articles[0].text

    headline, body = bbc_article("tech/001")
    atom = tmp_path / "tech.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>BBC Tech</title>'
        f"<entry><title>{headline}</title><link href='http://bbc.example/tech/001'/>"
        f"<updated>2005-03-01T12:00:00Z</updated><content type='text'>{body}</content></entry></feed>",
        encoding="utf-8",
    )
    [article] = _articles(atom)
    assert (article.title, article.published, article.url) == (
        headline,
        "2005-03-01",
        "http://bbc.example/tech/001",
    )


def test_folders_and_globs_expand_in_a_stable_order(tmp_path):
    assert [a.id for a in read_articles([KURSK])] == sorted(p.stem for p in KURSK.glob("*.txt"))
    assert len(read_articles([str(KURSK / "00[12]_*.txt")])) == 2


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text((KURSK / "001_d50eaae05427456e.txt").read_text("utf-8"), "utf-8")
    ids = sorted(a.id for a in read_articles([tmp_path]))
    assert len(ids) == 2 and ids[0] != ids[1]
    assert all(re.fullmatch(r"story~[0-9a-f]{8}", i) for i in ids)


def test_read_file_never_raises():
    assert all(isinstance(x, InputError) for x in read_file(Path("no/such/file.txt")))
