"""Third-party modules whose import does needless work, imported without that work.

inflect, which quantulum3 loads to pluralise the names in its unit table, wraps its methods in typeguard's
`@typechecked`, which parses and compiles inflect's whole source once per wrapped method: one to several
seconds in every process that reads a unit (inflect issue 212), half the wall time of `newsweave brief` on
a few articles. Imported here with `typechecked` as the identity, inflect behaves the same on the
well-typed calls quantulum3 makes; only its run-time type checks are gone.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def _unchecked(target: object = None, **_options: object) -> object:
    """`typechecked` as a no-op, used bare (`@typechecked`) or called with options."""
    return target if target is not None else (lambda function: function)


def import_unchecked(name: str) -> ModuleType:
    """Import `name` (once per process) with typeguard's `typechecked` replaced by the identity meanwhile."""
    if name in sys.modules:
        return sys.modules[name]
    import typeguard

    original = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        return importlib.import_module(name)
    finally:
        typeguard.typechecked = original
