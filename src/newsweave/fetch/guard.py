"""Which URLs may be fetched: http and https only, no credentials, and no private or loopback address
unless allowed (a page must not make the tool probe the machine or its network)."""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

from newsweave.errors import InputError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(text: str) -> bool:
    """True for `scheme://...` (an input the fetcher answers for, even to refuse its scheme)."""
    return bool(_SCHEME.match(text))


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise InputError naming the URL and the reason when it may not be fetched."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(url, f"malformed URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(url, f"unsupported scheme {scheme or '(none)'}: only http and https are fetched")
    if not parts.hostname:
        raise InputError(url, "no host in the URL")
    if parts.username or parts.password:
        raise InputError(url, "credentials in a URL are not sent")
    if allow_private:
        return
    port = port or (443 if scheme == "https" else 80)
    for address in resolve(url, parts.hostname, port):
        if not address.is_global:
            raise InputError(
                url, f"{parts.hostname} is a private or loopback address ({address}); pass --allow-private to fetch it"
            )


def resolve(url: str, host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Every address the host name resolves to (a name with one private address is refused whole)."""
    try:
        literal = ipaddress.ip_address(host.strip("[]"))
        return [literal]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(url, f"cannot resolve {host} ({exc})") from None
    found = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        found.append(address)
    return found
