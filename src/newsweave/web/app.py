"""The app factory: one store, one ingest queue, the security middleware, vendored static files and the
offline API docs. Everything a request needs is held by the app (`app.state.web`), never by the module."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.templating import Jinja2Templates

from newsweave.errors import NewsweaveError
from newsweave.store import open_store
from newsweave.web.api import router as api_router
from newsweave.web.jobs import Jobs
from newsweave.web.pages import router as page_router
from newsweave.web.security import AllowedHosts, BodyLimit, Csrf, SecurityHeaders, TrustedHost
from newsweave.web.settings import ServeOptions
from newsweave.web.state import WebState, state
from newsweave.web.static import load_static

HERE = Path(__file__).parent


def create_app(options: ServeOptions, bound: str = "127.0.0.1") -> FastAPI:
    """A FastAPI app over the store `options.db` (opened read-only with `options.read_only`), answering
    requests addressed to `bound`, the address the server listens on (and `options.allowed_hosts`)."""
    store = open_store(options.db, readonly=options.read_only)
    jobs = None
    if not options.read_only:
        jobs = Jobs(store, options.model, options.extract, options.fetch_options(), options.max_file_bytes)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    web = WebState(options, store, jobs, Csrf(), Jinja2Templates(env=env), load_static())

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if jobs is not None:
            jobs.close()
        store.close()

    app = FastAPI(
        title="newsweave",
        summary="Stories, briefs and articles of a newsweave store, as the output contract's records.",
        version="1",
        docs_url=None,  # the default page loads Swagger UI from a CDN; /docs below serves vendored files
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = web

    app.include_router(api_router)
    app.include_router(page_router)

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        found = web.static.get(name)  # a lookup in files loaded at start: no request path reaches the disk
        if found is None:
            return Response("no such file\n", status_code=404, media_type="text/plain")
        return Response(found.data, media_type=found.media_type, headers={"Cache-Control": "max-age=3600"})

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return web.templates.TemplateResponse(request, "docs.html.j2", {})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return error_response(request, 400, f"bad request ({problems})")

    @app.exception_handler(NewsweaveError)
    async def newsweave_error(request: Request, exc: NewsweaveError) -> Response:
        return error_response(request, 404, str(exc))

    app.add_middleware(BodyLimit, max_bytes=options.max_upload_bytes)
    app.add_middleware(TrustedHost, allowed=AllowedHosts.for_bind(bound, options.allowed_hosts))
    app.add_middleware(SecurityHeaders)
    return app


def error_response(request: Request, status: int, message: str) -> Response:
    """JSON for the API, a page for a browser; the message is one line."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    web = state(request)
    return web.templates.TemplateResponse(
        request, "error.html.j2", {"status": status, "message": message, "web": web}, status_code=status
    )
