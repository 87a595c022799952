"""inflect imported without typeguard's per-method recompilation: same plurals, typeguard left as it was."""

from __future__ import annotations

import json
import subprocess
import sys

PLURALS = """
import json, sys
from newsweave.fastimport import import_unchecked
if sys.argv[1] == "unchecked":
    import typeguard
    original = typeguard.typechecked
    import_unchecked("inflect")
    assert typeguard.typechecked is original, "typechecked not restored"
from quantulum3 import load
table = load.units("en_US")
print(json.dumps(sorted(table.surfaces)))
"""


def surfaces(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PLURALS, mode], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_unit_table_built_with_unchecked_inflect_has_the_same_surfaces_and_plurals():
    unchecked = surfaces("unchecked")
    assert "kilometres" in unchecked and "feet" in unchecked  # plurals made by inflect
    assert unchecked == surfaces("checked")


def test_an_imported_module_is_returned_as_it_is():
    from newsweave.fastimport import import_unchecked

    assert import_unchecked("json") is json
