"""`serve`: the web UI over a store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # the pipeline is imported inside the commands, so `--help` never loads it
    pass
from newsweave.cli.options import AllowPrivate, DbOption, FetchCache
from newsweave.cli.output import err


def serve(
    db: DbOption = "newsweave.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Serve without the add-articles form.")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Annotate added articles.")] = True,
    allow_private: AllowPrivate = False,
    fetch_cache: FetchCache = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option("--allowed-host", help="Also answer requests for this Host name (behind a proxy); repeatable."),
    ] = None,
) -> None:
    """Serve the web UI and JSON API over the store (stories, briefs, articles, search, adding articles)."""
    from newsweave.fetch.options import default_cache_dir
    from newsweave.web import ServeOptions
    from newsweave.web.server import check_port, is_loopback, make_server

    options = ServeOptions(
        db=db, read_only=read_only, model=model, extract=extract, allow_private=allow_private,
        fetch_cache=fetch_cache or default_cache_dir(), allowed_hosts=tuple(allowed_host or ()),
    )  # fmt: skip
    check_port(host, port)
    server = make_server(options, host, port)  # opens the store: a bad --db is reported before listening
    if not is_loopback(host) and not read_only:
        err(f"listening on {host}: anyone who can reach it may add articles (use --read-only to share)")
    err(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)")
    server.run()
