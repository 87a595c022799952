"""Numbers that name a generation or a standard rather than count it: "5G", "3G and 4G" (a generation of
wireless networks). NewsQuant labels them quantities, so they stay quantities (the measures list the quantity
scorer reads), but they are no figures: no claim, no figure group, no summary sentence counts them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span


def network_generation(group: Span) -> bool:
    """ "5G", "3G and 4G": a digit and a capital G written as one word."""
    doc = group.doc
    after = doc[group.end] if group.end < len(doc) else None
    glued = after is not None and after.text == "G" and not group[-1].whitespace_
    return glued and re.fullmatch(r"[1-6]", group.text) is not None
