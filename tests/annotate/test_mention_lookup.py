"""Module structure of the actors' annotation: `descriptions` types the mention index it reads by a
protocol of its own module, so `descriptions` and `mentions` no longer import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import newsweave.annotate.descriptions as descriptions
from newsweave.annotate.mention_lookup import MentionLookup
from newsweave.annotate.mentions import MentionIndex


def _imported_modules(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


def test_descriptions_does_not_import_mentions_even_for_types():
    assert "newsweave.annotate.mentions" not in _imported_modules(descriptions)


def test_the_mention_index_has_every_lookup_descriptions_reads(nlp):
    doc = nlp("The new head of the Bank for International Settlements, Agustín Carstens, also said it was a bubble.")
    index = MentionIndex(doc, [])
    missing = [
        name
        for name in (*MentionLookup.__annotations__, "tokens_of", "sentence_index", "entity_at", "person_named")
        if not hasattr(index, name)
    ]
    assert missing == []
    assert [t.i for t in index.tokens_of("head")] == [2]
