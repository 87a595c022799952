"""The JSON API returns the contract's records; the filters of the stories page work through it."""

from __future__ import annotations

import httpx

from newsweave.contract import brief_from_data, to_data
from newsweave.store import open_store


def test_story_brief_is_the_contract(shared_server, kursk_db):
    data = httpx.get(f"{shared_server.url}/api/stories/s1").json()
    assert data["schema_version"] == 1 and len(data["articles"]) == 5
    stored = open_store(kursk_db, readonly=True).story_brief("s1")
    assert data == to_data(stored)
    assert brief_from_data(data).stories[0].title == stored.stories[0].title


def test_story_list_filters(shared_server):
    base = f"{shared_server.url}/api/stories"
    (story,) = httpx.get(base).json()
    assert story["id"] == "s1" and story["articles"] == 5 and story["disputed"] >= 1
    assert [s["id"] for s in httpx.get(base, params={"disputed": "true"}).json()] == ["s1"]
    assert httpx.get(base, params={"q": "Pat Ryder"}).json()[0]["id"] == "s1"
    assert httpx.get(base, params={"q": "zzyzx unheard"}).json() == []
    assert httpx.get(base, params={"start": "2030-01-01"}).json() == []
    assert httpx.get(base, params={"end": "1999-01-01"}).json() == []
    assert [s["id"] for s in httpx.get(base, params={"start": "2024-01-01", "end": "2024-12-31"}).json()] == ["s1"]
    assert httpx.get(base, params={"source": "no such site"}).json() == []
    bad = httpx.get(base, params={"start": "yesterday"})
    assert bad.status_code == 400 and bad.json()["detail"] == "start date 'yesterday' ignored: write it as YYYY-MM-DD"


def test_search_finds_a_quote(shared_server):
    hits = httpx.get(f"{shared_server.url}/api/search", params={"q": "combat support capability"}).json()
    assert any(h["kind"] == "quote" and h["story"] == "s1" for h in hits)


def test_article_and_annotations(shared_server, kursk_db):
    article_id = open_store(kursk_db, readonly=True).story_brief("s1").articles[0].id
    article = httpx.get(f"{shared_server.url}/api/articles/{article_id}").json()
    assert article["id"] == article_id and article["text"]
    annotations = httpx.get(f"{shared_server.url}/api/articles/{article_id}/annotations").json()
    assert annotations["article"] == article_id and annotations["claims"]
    missing = httpx.get(f"{shared_server.url}/api/articles/nope")
    assert missing.status_code == 404 and missing.json() == {"detail": "no article 'nope' in this store"}


def test_openapi_describes_the_contract(shared_server):
    spec = httpx.get(f"{shared_server.url}/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/search"} <= set(spec["paths"])
    assert "Brief" in spec["components"]["schemas"]
    docs = httpx.get(f"{shared_server.url}/docs").text
    assert "/static/swagger-ui-bundle.js" in docs and "http" not in docs.replace("http-equiv", "")


def test_a_bad_parameter_is_one_line(shared_server):
    api = httpx.get(f"{shared_server.url}/api/stories", params={"disputed": "maybe"})
    assert api.status_code == 400 and api.json()["detail"].startswith("bad request (disputed: ")
    page = httpx.get(f"{shared_server.url}/", params={"disputed": "maybe"})
    assert page.status_code == 400 and "bad request (disputed: " in page.text and "<html" in page.text
