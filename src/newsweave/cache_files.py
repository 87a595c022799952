"""Files newsweave keeps in its cache folder for faster start-up (a model's tables in a quicker form to read).

Several processes may build the same file at once (the workers of one brief): each writes a temporary file beside
the target and renames it into place, so a reader never sees half a file and the last writer wins with the same
bytes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_once(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    """`target`, written by `write` into a temporary file and renamed into place unless it already exists."""
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                write(out)
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return target
