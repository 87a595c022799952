"""What the routes share, held by the app (`app.state.web`), never by a module."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from starlette.templating import Jinja2Templates

from newsweave.store.interface import Store
from newsweave.web.jobs import Jobs
from newsweave.web.security import Csrf
from newsweave.web.settings import ServeOptions
from newsweave.web.static import StaticFiles


@dataclass
class WebState:
    """What the routes share: read through `request.app.state.web`."""

    options: ServeOptions
    store: Store
    jobs: Jobs | None  # None when read-only
    csrf: Csrf
    templates: Jinja2Templates
    static: StaticFiles


def state(request: Request) -> WebState:
    return request.app.state.web
