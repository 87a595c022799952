"""Words that say what a name names, read where spaCy is not loaded (merging a story's entities).

A noun written before a name or in apposition to it ("the Panamanian law firm Mossack Fonseca", "German
daily Sueddeutsche Zeitung") makes the name a body, not a person, whatever the model tagged.
"""

from __future__ import annotations

# Nouns that say a name is a body, not a person, when written before it or in apposition to it.
BODY_NOUNS = {
    "firm", "company", "corporation", "bank", "newspaper", "daily", "paper", "tabloid", "broadcaster", "network",
    "magazine", "website", "airline", "publisher", "agency",
}  # fmt: skip


def is_body_title(title: str) -> bool:
    """A "title" that makes a name a body: "Panamanian law firm", "German daily"."""
    words = title.lower().split()
    return bool(words) and words[-1] in BODY_NOUNS
