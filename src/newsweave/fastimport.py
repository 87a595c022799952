"""Third-party modules whose import does needless work, imported without that work.

inflect, which quantulum3 loads to pluralise the names in its unit table, wraps its methods in typeguard's
`@typechecked`, which parses and compiles inflect's whole source once per wrapped method: one to several
seconds in every process that reads a unit (inflect issue 212), half the wall time of `newsweave brief` on
a few articles. Imported here with `typechecked` as the identity, inflect behaves the same on the
well-typed calls quantulum3 makes; only its run-time type checks are gone.

wordfreq finds its data folder with `locate.this_dir()`, which builds `inspect.stack()`: the source lines of
every frame on the stack, read from disk, at an import made deep inside the CLI. `import_located` imports it
with `this_dir` read from the caller's frame alone (same folder).

scikit-learn's TF-IDF is not imported at all (`summarise.tfidf` computes the same cosines bit for bit): its
import, with SciPy's sparse matrices, was a third of the start-up of `newsweave brief` on a few articles.

The stop-word lists of scikit-learn and spaCy are plain data modules, but importing them runs their packages'
`__init__` (all of scikit-learn's utilities; all of spaCy, half a second each): `import_leaf` runs the list's
own file alone, so the processes that cluster, reconcile and render (not parse) never import either package.
datasketch's `__init__` imports every sketch it has, its LSH classes with SciPy's integration (0.4 s) to pick
bands, which are fixed here: `import_submodule` imports its MinHash module alone.

`import spacy` imports spaCy's command line (`spacy.cli`, with weasel, its Typer app and requests: 0.17 s of
the 0.6 s of CPU) for one name it exposes, `spacy.info`; loading a pipeline never uses it. `import_spacy`
imports spaCy with `spacy.cli` stood in for meanwhile, and `spacy.info` imports the real one when called.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType


def _unchecked(target: object = None, **_options: object) -> object:
    """`typechecked` as a no-op, used bare (`@typechecked`) or called with options."""
    return target if target is not None else (lambda function: function)


def _import_patched(name: str, owner: ModuleType, attribute: str, replacement: object) -> ModuleType:
    """Import `name` with `owner.attribute` replaced meanwhile (put back whatever happens)."""
    original = getattr(owner, attribute)
    setattr(owner, attribute, replacement)
    try:
        return importlib.import_module(name)
    finally:
        setattr(owner, attribute, original)


def import_unchecked(name: str) -> ModuleType:
    """Import `name` (once per process) with typeguard's `typechecked` replaced by the identity meanwhile."""
    if name in sys.modules:
        return sys.modules[name]
    import typeguard

    return _import_patched(name, typeguard, "typechecked", _unchecked)


def _this_dir() -> Path:
    """`locate.this_dir()`: the folder of the calling module's file (else the working folder), from its frame."""
    caller = sys._getframe(1).f_globals
    if "__file__" in caller:
        return Path(os.path.abspath(caller["__file__"])).parent
    return Path(os.path.abspath(os.getcwd()))


def import_located(name: str) -> ModuleType:
    """Import `name` (once per process) with `locate.this_dir` reading only its caller's frame meanwhile."""
    if name in sys.modules:
        return sys.modules[name]
    import locate

    return _import_patched(name, locate, "this_dir", _this_dir)


def import_leaf(name: str) -> ModuleType:
    """The module `name` (a file inside an installed package that imports nothing from it, such as a stop-word
    list) run on its own, without its packages' `__init__`; the module already imported when it is. It is not
    entered in `sys.modules` (a later ordinary import of `name` gets the package's own copy)."""
    if name in sys.modules:
        return sys.modules[name]
    top, *inner = name.split(".")
    package = importlib.util.find_spec(top)  # a top-level spec: nothing is imported to find it
    if package is None or not package.submodule_search_locations:
        raise ImportError(f"no installed package {top!r}", name=name)
    path = Path(next(iter(package.submodule_search_locations)), *inner).with_suffix(".py")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        raise ImportError(f"no module file {path}", name=name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def import_submodule(name: str) -> ModuleType:
    """Import the module `name` without running its package's `__init__` (which may import much more): the
    package is a bare namespace meanwhile, so only `name` and what it imports itself run. `name` stays
    imported; a later import of the package runs its `__init__` as usual, which then finds `name` loaded."""
    if name in sys.modules:
        return sys.modules[name]
    parent = name.rpartition(".")[0]
    if parent in sys.modules:
        return importlib.import_module(name)
    spec = importlib.util.find_spec(parent.partition(".")[0])
    if spec is None or not spec.submodule_search_locations or "." in parent:
        raise ImportError(f"{name}: not a module of an installed top-level package", name=name)
    stub = ModuleType(parent)
    stub.__path__ = list(spec.submodule_search_locations)
    sys.modules[parent] = stub
    try:
        return importlib.import_module(name)
    finally:
        if sys.modules.get(parent) is stub:
            del sys.modules[parent]


def _spacy_info(*args: object, **kwargs: object) -> object:
    """`spacy.info`, importing spaCy's command line when first called."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """`import spacy` without importing its command line (see above); `spacy.cli` stays importable as usual."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    absent = [name for name in ("spacy.cli", "spacy.cli.info") if name not in sys.modules]
    stand_ins = {name: ModuleType(name) for name in absent}
    if "spacy.cli" in stand_ins:
        stand_ins["spacy.cli"].__path__ = []  # a package, as far as `from .cli.info import info` can tell
    if "spacy.cli.info" in stand_ins:
        stand_ins["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
