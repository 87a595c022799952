"""Static files held in memory: the stylesheet and scripts of this package and Swagger UI's two files from
the `swagger-ui-py` package, loaded once when the app is made and served by name from a fixed list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent / "static"
MEDIA = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png"}


@dataclass(frozen=True)
class StaticFile:
    data: bytes
    media_type: str


StaticFiles = dict[str, StaticFile]


def load_static() -> StaticFiles:
    """Our files and Swagger UI's, by the name a page asks for."""
    import swagger_ui

    swagger = Path(swagger_ui.__file__).parent / "static"
    sources = {p.name: p for p in HERE.iterdir() if p.suffix in MEDIA}
    sources.update({name: swagger / name for name in ("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png")})
    return {name: StaticFile(path.read_bytes(), MEDIA[path.suffix]) for name, path in sources.items()}
