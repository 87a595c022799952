"""Running the app with uvicorn: in the foreground for `newsweave serve`, or on a thread (tests, embedding)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time

import uvicorn

from newsweave.errors import NewsweaveError
from newsweave.web.app import create_app
from newsweave.web.settings import ServeOptions


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port(host: str, port: int) -> None:
    """A clear error, before anything starts, when the address cannot be listened on."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise NewsweaveError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None


def make_server(options: ServeOptions, host: str = "127.0.0.1", port: int = 8000) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(options, host), host=host, port=port, log_level="warning", access_log=False, server_header=False
    )
    return uvicorn.Server(config)


class BackgroundServer:
    """The real server on a thread, on a free port when `port` is 0 (a context manager)."""

    def __init__(self, options: ServeOptions, host: str = "127.0.0.1", port: int = 0) -> None:
        self.server = make_server(options, host, port)
        self.thread = threading.Thread(target=self.server.run, name="newsweave-serve", daemon=True)

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise NewsweaveError("the web server did not start")
            time.sleep(0.05)
        return self

    @property
    def url(self) -> str:
        sockets = [s for server in self.server.servers for s in server.sockets]
        host, port = sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
