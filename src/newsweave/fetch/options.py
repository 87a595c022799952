"""What a fetch may do: one options object shared by the CLI, the library and the web form."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path


def _version() -> str:
    try:
        return metadata.version("newsweave")
    except metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"newsweave/{_version()} (news report reader)"


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/newsweave`, else `~/.cache/newsweave`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsweave"


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one fetch. `allow_private` permits loopback and private addresses (local test servers)."""

    allow_private: bool = False
    timeout: float = 20.0  # seconds for connecting and between two reads
    deadline: float = 60.0  # seconds for a whole response
    max_redirects: int = 5
    max_items: int = 200  # feed items fetched per feed
    cache_dir: Path | None = field(default_factory=default_cache_dir)  # None: no cache
    user_agent: str = USER_AGENT
