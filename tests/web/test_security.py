"""The server's defences, against the real server: CSRF on the form, read-only mode, upload limits, no
request path reaching the file system, escaped article strings, and the security headers everywhere."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from newsweave.web import ServeOptions
from newsweave.web.security import CSP, safe_href
from newsweave.web.server import BackgroundServer
from newsweave.web.uploads import SavedUploads, safe_name, save_upload
from tests.conftest import KURSK

HOSTILE = {
    "url": "javascript:alert(document.cookie)",
    "title": '<script>alert("title")</script> Kursk <img src=x onerror=alert(1)>',
    "source_domain": "<b>evil</b>.example",
    "maintext": (KURSK / "000_1e8fda47268a562a.txt").read_text(encoding="utf-8"),
}


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    """A writable server with small limits over a store holding one hostile article (no extraction)."""
    from newsweave.api import ingest

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.json").write_text(json.dumps(HOSTILE), encoding="utf-8")
    db = folder / "hostile.db"
    ingest(folder / "hostile.json", db)
    options = ServeOptions(
        db=str(db), extract=False, max_upload_files=3, max_upload_bytes=200_000, fetch_cache=folder / "cache"
    )
    with BackgroundServer(options) as server:
        yield server


def _form(client: httpx.Client, url: str) -> str:
    page = client.get(f"{url}/add")
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text).group(1)


def test_headers_on_pages_api_static_and_errors(writable):
    for path in ("/", "/api/stories", "/static/style.css", "/no/such/page", "/docs"):
        response = httpx.get(writable.url + path)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "default-src 'none'" in CSP


def test_article_strings_are_escaped_and_a_javascript_url_is_never_a_link(writable):
    (story,) = httpx.get(f"{writable.url}/api/stories").json()
    for path in (f"/stories/{story['id']}", "/articles/hostile", "/?q=Kursk"):
        page = httpx.get(writable.url + path).text
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>evil</b>" not in page
        assert 'href="javascript:' not in page.lower()
        assert "&lt;script&gt;" in page
    assert "javascript:alert(document.cookie)" in httpx.get(f"{writable.url}/articles/hostile").text  # shown as text


def test_form_needs_its_csrf_token(writable):
    files = {"files": ("a.txt", (KURSK / "001_d50eaae05427456e.txt").read_bytes(), "text/plain")}
    with httpx.Client() as client:
        assert client.post(f"{writable.url}/add", files=files).status_code == 403  # no session, no token
        _form(client, writable.url)
        forged = client.post(f"{writable.url}/add", files=files, data={"csrf_token": "0" * 64})
        assert forged.status_code == 403 and "came from another site" in forged.text
    with httpx.Client() as other:  # a token from another session is refused too
        token = _form(other, writable.url)
    with httpx.Client() as client:
        _form(client, writable.url)
        assert client.post(f"{writable.url}/add", files=files, data={"csrf_token": token}).status_code == 403


def test_upload_count_and_size_limits(writable):
    text = (KURSK / "001_d50eaae05427456e.txt").read_bytes()
    with httpx.Client() as client:
        token = _form(client, writable.url)
        many = [("files", (f"a{i}.txt", text, "text/plain")) for i in range(5)]
        response = client.post(f"{writable.url}/add", files=many, data={"csrf_token": token})
        assert response.status_code == 400 and "Too many files" in response.text
        big = [("files", ("big.txt", b"word " * 60_000, "text/plain"))]
        response = client.post(f"{writable.url}/add", files=big, data={"csrf_token": token})
        assert response.status_code == 413 and response.text == "request too large: the limit is 200,000 bytes\n"


def test_refused_uploads_and_urls_are_one_line_each(writable):
    with httpx.Client() as client:
        token = _form(client, writable.url)
        response = client.post(
            f"{writable.url}/add",
            files=[("files", ("notes.docx", b"PK\x03\x04", "application/octet-stream"))],
            data={"csrf_token": token, "urls": "file:///etc/passwd\nhttp://127.0.0.1:9/feed.xml"},
        )
    assert response.status_code == 400
    problems = re.findall(r'<p class="problem">([^<]*)</p>', response.text)
    assert problems[0] == "file:///etc/passwd: unsupported scheme file: only http and https are fetched"
    assert problems[1].startswith("http://127.0.0.1:9/feed.xml: 127.0.0.1 is a private or loopback address")
    assert problems[2].startswith("notes.docx: unknown file type .docx")


def test_no_request_path_reaches_the_file_system(writable):
    for path in (
        "/static/..%2Fapp.py",
        "/static/%2e%2e/app.py",
        "/static/../../etc/passwd",
        "/articles/..%2F..%2Fetc%2Fpasswd",
    ):
        response = httpx.get(writable.url + path)
        assert response.status_code == 404 and "root:" not in response.text and "import" not in response.text


def test_upload_names_are_slugs_inside_the_upload_folder(tmp_path):
    assert safe_name("../../etc/cron.d/evil.txt") == "evil.txt"
    assert safe_name("C:\\Users\\x\\..\\report 1.html") == "report_1.html"
    assert safe_name(".hidden.txt") == "hidden.txt"
    saved = SavedUploads()
    save_upload(tmp_path / "root", "../../escape.txt", b"North Korean troops", 1000, saved)
    (path,) = saved.paths
    assert path.resolve().is_relative_to((tmp_path / "root").resolve()) and path.name == "escape.txt"


def test_safe_href_allows_only_absolute_http_links():
    assert safe_href("https://www.bbc.com/news/1") == "https://www.bbc.com/news/1"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<b>", "//evil.example/x", "/local",
                'https://x.example/"onmouseover="alert(1)', "vbscript:x"):  # fmt: skip
        assert safe_href(bad) is None


def test_read_only_server_has_no_form(kursk_db, shared_server):
    page = httpx.get(shared_server.url).text
    assert 'href="/add"' not in page and "read-only" in page
    assert httpx.get(f"{shared_server.url}/add").status_code == 403
    assert httpx.post(f"{shared_server.url}/add", data={"urls": "https://example.org/"}).status_code == 403


def test_binds_to_loopback_by_default(kursk_db):
    with BackgroundServer(ServeOptions(db=str(kursk_db), read_only=True)) as server:
        assert server.url.startswith("http://127.0.0.1:")
