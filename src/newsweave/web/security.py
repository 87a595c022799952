"""The server's defences in one place: security headers with a Content Security Policy that forbids
inline script and remote loads, a request body limit, the Host header checked against the address the
server listens on (DNS rebinding), CSRF tokens for forms, and safe outgoing links."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
SESSION_COOKIE = "newsweave_session"


class SecurityHeaders:
    """Adds the security headers to every HTTP response (pages, API, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses a request body over `max_bytes` with 413, by its Content-Length or while it streams."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await _too_large(send, self.max_bytes)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _too_large(send, self.max_bytes)


class BodyTooLarge(Exception):
    """A streamed request body passed the limit."""


async def _too_large(send: Send, limit: int) -> None:
    await _plain(send, 413, f"request too large: the limit is {limit:,} bytes\n")


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARDS = ("0.0.0.0", "::", "")


def host_name(header: str) -> str:
    """The name of a Host header without its port, lower case (`[::1]:8000` -> `::1`)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class AllowedHosts:
    """The Host names a server answers to: the address it listens on (with the loopback names for a
    loopback address), plus `extra` names (a reverse proxy's). Listening on every interface, the machine's
    own names and any IP address are accepted: a rebinding page always arrives under its own domain name."""

    names: frozenset[str]
    any_address: bool = False

    @classmethod
    def for_bind(cls, bound: str, extra: tuple[str, ...] = ()) -> AllowedHosts:
        bound = host_name(bound) if bound.startswith("[") else bound.lower()
        names = {bound, *(host_name(e) for e in extra), *LOOPBACK_NAMES}
        wildcard = bound in WILDCARDS
        if wildcard:
            names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        return cls(frozenset(names), any_address=wildcard)

    def allows(self, header: str) -> bool:
        name = host_name(header)
        return name in self.names or (self.any_address and _is_ip(name))


class TrustedHost:
    """Refuses with 400 a request whose Host header names another host than the server's (DNS rebinding:
    a page on evil.example whose name now resolves to 127.0.0.1 must not read the store)."""

    def __init__(self, app: ASGIApp, allowed: AllowedHosts) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1")
        if self.allowed.allows(header):
            await self.app(scope, receive, send)
            return
        body = f"invalid Host header {header[:100]!r}: this server answers to {', '.join(sorted(self.allowed.names))}\n"
        await _plain(send, 400, body)


class Csrf:
    """Form tokens bound to a session cookie by an HMAC under a secret made when the app starts."""

    def __init__(self) -> None:
        self.secret = secrets.token_bytes(32)

    @staticmethod
    def new_session() -> str:
        return secrets.token_urlsafe(24)

    def token(self, session: str) -> str:
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()

    def valid(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        return hmac.compare_digest(self.token(session), token)


def safe_href(url: str | None) -> str | None:
    """The URL when it may be a link (absolute http or https), else None: a `javascript:` URL is text only."""
    if not url:
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in text for ch in "\x00\r\n\t\"'<> "):
        return None
    return text
