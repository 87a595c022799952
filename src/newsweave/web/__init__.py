"""`newsweave serve`: a web UI and JSON API over a store (FastAPI, Jinja2, server-rendered, no CDN)."""

from newsweave.web.app import create_app
from newsweave.web.settings import ServeOptions

__all__ = ["ServeOptions", "create_app"]
