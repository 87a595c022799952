"""The unit factors figures are compared by are pint's, read from a table: no run builds pint's unit registry."""

from __future__ import annotations

import subprocess
import sys

from newsweave.annotate.conversions import FACTORS, pint_factors


def test_the_unit_table_holds_the_factors_pint_computes():
    assert pint_factors() == FACTORS
    assert FACTORS["pound-mass"] == ("mass", 0.4535923700000001)
    assert FACTORS["mile per hour"] == ("speed", 1.609344)


def test_converting_a_figure_builds_no_pint_registry():
    """A weight and its conversion ("400-pound (181-kg)") are one quantity without pint imported at all."""
    code = (
        "import sys\n"
        "from newsweave.annotate.conversions import same_quantity, dimension\n"
        "print(same_quantity(400, 'pound-mass', 181, 'kilogram'), dimension('acre'), 'pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "area", "False"]
