"""The JSON API: the same data as the pages, as the output contract's records (`contract.to_data`).
Its OpenAPI description is at /openapi.json and readable at /docs (served without a CDN)."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from newsweave.contract import to_data
from newsweave.model import Annotations, Article
from newsweave.records import Brief
from newsweave.store.interface import SearchHit, StorySummary
from newsweave.web.jobs import Job
from newsweave.web.state import state
from newsweave.web.views import StoryFilter, StorySource, list_stories, story_sources

router = APIRouter(prefix="/api", tags=["store"])


@router.get("/stories", response_model=list[StorySummary], summary="Stories")
def api_stories(
    request: Request, q: str = "", start: str = "", end: str = "", source: str = "", disputed: bool = False
) -> JSONResponse:
    """Stories, newest activity first; `q` searches articles and quotes (FTS5), `start`/`end` are dates
    (YYYY-MM-DD), `source` a site name, `disputed` keeps stories with a disputed figure."""
    wanted = StoryFilter(q=q, start=start, end=end, source=source, disputed=disputed)
    if wanted.problems:
        raise HTTPException(400, "; ".join(wanted.problems))
    return JSONResponse([asdict(s) for s in list_stories(state(request).store, wanted)])


@router.get("/stories/{story_id}", response_model=Brief, summary="A story's brief")
def api_story(request: Request, story_id: str) -> JSONResponse:
    """One story's brief: the output contract (`schema_version` 1) with its articles and the story."""
    return JSONResponse(to_data(state(request).store.story_brief(story_id)))


@router.get("/stories/{story_id}/sources", response_model=list[StorySource], summary="A story's sources")
def api_story_sources(request: Request, story_id: str) -> JSONResponse:
    """The story's articles in citation order ([n]), each with its site, URL, publication date and when it
    was ingested into this store (UTC ISO 8601; null for an article stored before ingest times were kept)."""
    store = state(request).store
    brief = store.story_brief(story_id)
    story = brief.stories[0]
    return JSONResponse([asdict(s) for s in story_sources(brief, story, store.ingested(story.articles))])


@router.get("/articles/{article_id}", response_model=Article, summary="An article")
def api_article(request: Request, article_id: str) -> JSONResponse:
    """One clean article (the contract's `articles[]` record)."""
    found = state(request).store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in this store")
    return JSONResponse(to_data(found))


@router.get("/articles/{article_id}/annotations", response_model=Annotations, summary="An article's extractions")
def api_annotations(request: Request, article_id: str) -> JSONResponse:
    """What extraction found in one article: figures, quotes, entities, events."""
    store = state(request).store
    if store.article(article_id) is None:
        raise HTTPException(404, f"no article {article_id!r} in this store")
    return JSONResponse(to_data(store.annotations_of([article_id])[0]))


@router.get("/search", response_model=list[SearchHit], summary="Full-text search")
def api_search(request: Request, q: str, limit: int = 50) -> JSONResponse:
    """Articles and quotes matching every word of `q` (SQLite FTS5), best first."""
    return JSONResponse([asdict(h) for h in state(request).store.search(q, limit=max(1, min(limit, 500)))])


@router.get("/jobs/{job_id}", response_model=Job, summary="An ingest's progress")
def api_job(request: Request, job_id: str) -> JSONResponse:
    """An ingest started from the add-articles form: its state, progress and notes."""
    jobs = state(request).jobs
    job = jobs.get(job_id) if jobs else None
    if job is None:
        raise HTTPException(404, f"no ingest {job_id!r} on this server")
    data = asdict(job)
    data["files"] = [p.name for p in job.files]  # upload names, not the server's paths
    data["total_inputs"] = job.total_inputs
    return JSONResponse(data)
