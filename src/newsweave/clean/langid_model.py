"""py3langid's model read from a decompressed copy in the cache folder instead of from its LZMA file.

py3langid ships its model as an LZMA-compressed npz (4.5 MB) and decompresses it (68 MB) in every process
that identifies a language: 0.4 s of CPU, a tenth of `newsweave brief` on a few articles. The first process
writes the decompressed npz to `$XDG_CACHE_HOME/newsweave/py3langid/` (named by the package version and the
model file's size and date, so an upgrade makes a new copy); later ones read it in a few milliseconds. The
arrays are py3langid's own, turned into its identifier as its `modelio.load_model` does; when the copy
cannot be written or read, py3langid loads its model itself as before.
"""

from __future__ import annotations

import lzma
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO

import numpy as np
import py3langid
from py3langid import langid, modelio

from newsweave.cache_files import write_once
from newsweave.fetch.options import default_cache_dir


def cached_copy(model: Path, cache_dir: Path) -> Path:
    """Where the decompressed copy of `model` lives (written now if missing; atomically, so a reader never
    sees half a file)."""
    stat = model.stat()
    target = cache_dir / "py3langid" / f"model-{py3langid.__version__}-{stat.st_size}-{int(stat.st_mtime)}.npz"

    def write(out: BinaryIO) -> None:
        with lzma.open(model) as src:
            shutil.copyfileobj(src, out, length=1 << 20)

    return write_once(target, write)


def identifier_from(npz: Path) -> langid.LanguageIdentifier:
    """py3langid's identifier from its decompressed npz (the steps of `modelio.load_model` and
    `LanguageIdentifier.from_model_file`, without the LZMA stage)."""
    with np.load(npz, allow_pickle=False) as data:
        return langid.LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            modelio._to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            tk_row=modelio._to_array(data["nextmove_row"]),
        )


def load_identifier(cache_dir: Path | None = None) -> None:
    """Give py3langid its identifier from the cached copy, unless it has one; on any failure leave it to
    load its own."""
    if langid.IDENTIFIER is not None:
        return
    try:
        npz = cached_copy(langid.MODEL_DIR / langid.MODEL_FILE, cache_dir or default_cache_dir())
        langid.IDENTIFIER = identifier_from(npz)
    except (OSError, ValueError, KeyError, RuntimeError, EOFError, lzma.LZMAError, zipfile.BadZipFile):
        return  # no home folder, a read-only or full disk, a damaged copy: py3langid reads its own file
