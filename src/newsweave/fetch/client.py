"""One HTTP GET with the limits of `FetchOptions`: each redirect hop checked again, the body read in
chunks up to a size limit and a deadline, every failure an InputError naming the URL and the reason.

httpx (with httpcore, h11, click and rich's syntax highlighting: 0.15 s) is imported by the first `Fetcher`, so a
run over local files never imports it (the readers import this module for `Page`)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from newsweave.errors import InputError
from newsweave.fetch.guard import AddressRefused, check_form
from newsweave.fetch.options import FetchOptions

if TYPE_CHECKING:
    import httpx

REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class Page:
    """A fetched (or revalidated) response: the final URL after redirects and the body's bytes."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None

    @property
    def mime(self) -> str:
        return self.content_type.split(";")[0].strip().lower()


class Fetcher:
    """An httpx client used for every request of one run (a context manager)."""

    def __init__(self, options: FetchOptions, max_bytes: int) -> None:
        import httpx

        from newsweave.fetch.connect import CheckedTransport

        self.options = options
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            follow_redirects=False,
            transport=CheckedTransport(options.allow_private),  # connects only to the addresses it checked
            timeout=httpx.Timeout(options.timeout),
            headers={"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Page | None:
        """The page at `url`, or None when a validator was given and the server says it has not changed."""
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.options.max_redirects + 1):
            check_form(current)
            try:
                with self.client.stream("GET", current, headers=headers) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code == 304 and (etag or last_modified):
                        return None
                    if response.status_code >= 400:
                        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                    body = self._read(url, response)
                    return Page(
                        url=url,
                        final_url=current,
                        content_type=response.headers.get("content-type", ""),
                        body=body,
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                    )
            except AddressRefused as exc:
                raise InputError(url, str(exc)) from None
            except httpx.TimeoutException:
                raise InputError(url, f"timed out (no answer within {self.options.timeout:g} s)") from None
            except httpx.TooManyRedirects:
                raise InputError(url, "too many redirects") from None
            except httpx.HTTPError as exc:
                raise InputError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None
        raise InputError(url, f"too many redirects (more than {self.options.max_redirects})")

    def _read(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(url, f"too large ({int(declared):,} bytes, limit {self.max_bytes:,})")
        started = time.monotonic()
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(url, f"too large (over the limit of {self.max_bytes:,} bytes)")
            if time.monotonic() - started > self.options.deadline:
                raise InputError(url, f"too slow (not complete after {self.options.deadline:g} s)")
            chunks.append(chunk)
        return b"".join(chunks)
