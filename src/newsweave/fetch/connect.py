"""Connections to checked addresses only: an httpx transport whose network backend resolves the host once,
checks every address (fetch/guard.py) and connects to one of those very addresses.

Checking a name and then letting the HTTP client resolve it again would leave a gap: a name can answer a
public address to the check and 127.0.0.1 to the connection (DNS rebinding). Here the check and the
connection share one resolution, for the first request and for every redirect hop alike. TLS still
verifies the certificate against the host name (httpcore sends the URL's host as SNI). Proxies from the
environment are not used: through a proxy the address connected to could not be checked.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpcore
import httpx

from newsweave.fetch.guard import AddressRefused, allowed_addresses, resolve


class CheckedBackend(httpcore.SyncBackend):
    """httpcore's blocking backend, connecting only to addresses that passed the check."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = allowed_addresses(host, resolve(host, port), self.allow_private)
        failed: httpcore.ConnectError | None = None
        for address in addresses:  # an address literal: the parent connects without resolving again
            try:
                return super().connect_tcp(str(address), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                failed = exc
        raise failed or AddressRefused(f"cannot connect to {host}")


class CheckedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses `CheckedBackend`."""

    def __init__(self, allow_private: bool) -> None:
        super().__init__(trust_env=False)
        # httpx does not pass a network backend through; its pool is replaced by one that has it.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=CheckedBackend(allow_private)
        )
