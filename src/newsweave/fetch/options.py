"""What a fetch may do: one options object shared by the CLI, the library and the web form."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from newsweave import __version__

# The package's own version string: reading the installed distribution's metadata instead scans every installed
# package (40 ms of every command's start, fetching or not).
USER_AGENT = f"newsweave/{__version__} (news report reader)"


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
