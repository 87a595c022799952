"""What a server may do: one options object from the command line (or a test) to the app factory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsweave.fetch.options import FetchOptions, default_cache_dir


@dataclass(frozen=True)
class ServeOptions:
    """The store, whether it may be written, and the limits of the add-articles form."""

    db: str
    read_only: bool = False
    model: str | None = None  # spaCy pipeline for ingests started from the form
    extract: bool = True
    max_upload_files: int = 100
    max_upload_bytes: int = 50 * 1024 * 1024  # one request, all files together
    max_file_bytes: int = 20 * 1024 * 1024
    allow_private: bool = False  # URLs given in the form may name private or loopback addresses
    fetch_cache: Path | None = field(default_factory=default_cache_dir)
    allowed_hosts: tuple[str, ...] = ()  # Host names answered besides the listening address (a reverse proxy's)

    def fetch_options(self) -> FetchOptions:
        return FetchOptions(allow_private=self.allow_private, cache_dir=self.fetch_cache)
