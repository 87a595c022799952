"""The HTML pages: stories (filters and search), a story's brief, an article, the add-articles form and an
ingest's progress. Rendered on the server; the only script on any page is none."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from newsweave.errors import InputError, NewsweaveError
from newsweave.fetch.guard import check_url, is_url
from newsweave.web.jobs import Jobs
from newsweave.web.security import SESSION_COOKIE
from newsweave.web.state import WebState, state
from newsweave.web.uploads import SavedUploads, save_upload, upload_root
from newsweave.web.views import StoryFilter, article_page, list_stories, search_hits, story_page

router = APIRouter(include_in_schema=False)
MAX_URLS = 20


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page with the session cookie its forms' CSRF tokens are bound to."""
    web = state(request)
    session = request.cookies.get(SESSION_COOKIE) or web.csrf.new_session()
    context = {**context, "web": web, "csrf_token": web.csrf.token(session)}
    response = web.templates.TemplateResponse(request, template, context, status_code=status)
    if request.cookies.get(SESSION_COOKIE) != session:
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", path="/")
    return response


@router.get("/")
def stories(
    request: Request, q: str = "", start: str = "", end: str = "", source: str = "", disputed: bool = False
) -> Response:
    web = state(request)
    wanted = StoryFilter(q=q, start=start, end=end, source=source, disputed=disputed)
    sources = sorted(web.store.story_sources().items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
    context = {
        "filter": wanted,
        "stories": list_stories(web.store, wanted),
        "hits": search_hits(web.store, wanted.q),
        "sources": [(name, len(ids)) for name, ids in sources],
        "total": web.store.count(),
    }
    return render(request, "stories.html.j2", context)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str) -> Response:
    store = state(request).store
    brief = store.story_brief(story_id)  # NewsweaveError: a 404 page naming the story
    story = brief.stories[0]
    return render(request, "story.html.j2", story_page(brief, story, store.ingested(story.articles)))


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str, story: str = "") -> Response:
    store = state(request).store
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in this store")
    story_id = store.story_of(article_id)
    brief = None
    if story_id:
        try:
            brief = store.story_brief(story_id)
        except NewsweaveError:  # its story is not summarised yet: the article is shown without it
            brief = None
    (annotations,) = store.annotations_of([article_id])
    ingested = store.ingested([article_id]).get(article_id)
    return render(request, "article.html.j2", article_page(found, annotations, brief, story_id, ingested))


@router.get("/add")
def add_form(request: Request) -> Response:
    _writable(state(request))
    return render(request, "add.html.j2", {"problems": []})


@router.post("/add")
async def add(request: Request) -> Response:
    web = state(request)
    jobs = _writable(web)
    options = web.options
    try:
        form = await request.form(max_files=options.max_upload_files, max_fields=10)
    except MultiPartException as exc:
        return render(request, "add.html.j2", {"problems": [f"upload refused: {exc.message}"]}, status=400)
    if not web.csrf.valid(request.cookies.get(SESSION_COOKIE), _text(form.get("csrf_token"))):
        return render(
            request,
            "add.html.j2",
            {"problems": ["the form expired or came from another site: send it again"]},
            status=403,
        )
    saved = SavedUploads()
    root = upload_root(web.store.location)
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            save_upload(root, item.filename, await item.read(), options.max_file_bytes, saved)
    urls, problems = _urls(_text(form.get("urls")), options.allow_private)
    if not saved.paths and not urls:
        return render(
            request, "add.html.j2", {"problems": problems + saved.refused or ["choose files or give a URL"]}, status=400
        )
    job = jobs.submit(saved.paths, urls, problems + saved.refused)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    web = state(request)
    job = web.jobs.get(job_id) if web.jobs else None
    if job is None:
        raise HTTPException(404, f"no ingest {job_id!r} on this server")
    return render(request, "job.html.j2", {"job": job})


def _writable(web: WebState) -> Jobs:
    if web.options.read_only or web.jobs is None:
        raise HTTPException(403, "this server is read-only (started with --read-only)")
    return web.jobs


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _urls(text: str, allow_private: bool) -> tuple[list[str], list[str]]:
    """URLs from the form, one a line; each refused one is one line naming it."""
    urls, problems = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(urls) >= MAX_URLS:
            problems.append(f"{line}: ignored, at most {MAX_URLS} URLs at a time")
            continue
        try:
            if not is_url(line):
                raise InputError(line, "not a URL (give http:// or https:// addresses)")
            check_url(line, allow_private)
            urls.append(line)
        except InputError as exc:
            problems.append(str(exc))
    return urls, problems
