"""Which URLs may be fetched: http and https only, no credentials, and no private or loopback address
unless allowed (a page must not make the tool probe the machine or its network).

The address check belongs to the connection (`fetch/connect.py`): a host name is resolved once, every
address checked, and only a checked address connected to, so a name that resolves to a public address
for the check and to a private one for the connection (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

from newsweave.errors import InputError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(Exception):
    """A host that may not be connected to (a private address, or no address at all), said in one line.
    Raised inside the HTTP client's connection; the fetcher turns it into an InputError naming the URL."""


def is_url(text: str) -> bool:
    """True for `scheme://...` (an input the fetcher answers for, even to refuse its scheme)."""
    return bool(_SCHEME.match(text))


def check_form(url: str) -> tuple[str, int]:
    """(host, port) of a URL that may be asked for: http(s), a host, no credentials; else InputError."""
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
    return parts.hostname, port or (443 if scheme == "https" else 80)


def check_url(url: str, allow_private: bool = False) -> None:
    """The URL's form and, unless allowed, its host's addresses (early feedback, as for the web form;
    the fetch itself checks the addresses again where it connects)."""
    host, port = check_form(url)
    if not allow_private:
        try:
            allowed_addresses(host, resolve(host, port), allow_private)
        except AddressRefused as exc:
            raise InputError(url, str(exc)) from None


def allowed_addresses(host: str, addresses: list[Address], allow_private: bool) -> list[Address]:
    """The addresses that may be connected to: all of them, or none when one is not global (a name with one
    private address is refused whole) and private ones are not allowed."""
    if not addresses:
        raise AddressRefused(f"cannot resolve {host} (no address)")
    if not allow_private:
        for address in addresses:
            if not address.is_global:
                raise AddressRefused(
                    f"{host} is a private or loopback address ({address}); pass --allow-private to fetch it"
                )
    return addresses


def resolve(host: str, port: int) -> list[Address]:
    """Every address the host name resolves to, in the resolver's order, each once."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AddressRefused(f"cannot resolve {host} ({exc})") from None
    found: list[Address] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        found.append(address)
    return list(dict.fromkeys(found))
