"""Uploaded files to files the ingest reads: names made by us (a slug of the upload's name, never a path
from the request), kinds limited to the readers' suffixes, sizes and counts limited.

Each file goes to `<temp>/newsweave-uploads/<store>/<content hash>/<slug>`, so the same file uploaded
again has the same path, hence the same store key, and is recognised as already stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from newsweave.readers import READERS, STREAM_READERS, format_suffix

KNOWN = {*READERS, *STREAM_READERS}


@dataclass
class SavedUploads:
    """The files written for one form, and one line for each upload refused."""

    paths: list[Path] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def upload_root(store_location: str) -> Path:
    digest = hashlib.sha1(str(Path(store_location).resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / "newsweave-uploads" / digest


def safe_name(name: str) -> str:
    """The last component of a client's file name as a slug: letters, digits, `._-`; no leading dot."""
    base = PurePosixPath(name.replace("\\", "/")).name
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip("._")
    return slug[-100:] or "upload"


def save_upload(root: Path, name: str, data: bytes, max_bytes: int, saved: SavedUploads) -> None:
    """Write one upload under `root`, or record why it was refused (one line naming it)."""
    slug = safe_name(name)
    suffix = format_suffix(Path(slug))
    if suffix not in KNOWN:
        known = " ".join(sorted(KNOWN))
        saved.refused.append(f"{slug}: unknown file type {suffix or '(none)'} (known: {known}, optionally .gz)")
        return
    if len(data) > max_bytes:
        saved.refused.append(f"{slug}: file too large ({len(data):,} bytes, limit {max_bytes:,})")
        return
    if not data.strip():
        saved.refused.append(f"{slug}: empty file")
        return
    folder = root / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / slug
    path.write_bytes(data)
    saved.paths.append(path)


def remove_uploads(paths: list[Path], keep: set[Path]) -> None:
    """Delete a finished job's files, except those a queued job still reads."""
    for path in paths:
        if path in keep:
            continue
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # the folder still holds another upload
            path.parent.rmdir()
