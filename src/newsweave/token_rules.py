"""The model's attribute ruler and rule lemmatizer, answered from tables of what each token's result depends on.

Both components are rules over single tokens: the attribute ruler's one-token patterns read a token's text, tag,
dependency label and whether it is space, and the rule lemmatizer reads its text, part of speech and morphology.
spaCy runs them token by token in Python (a fifth of the parse's CPU time on news). Here each distinct key is
answered once by the model's own component and remembered, the results are written with one `Doc.from_array`,
and the few patterns over two tokens run in a matcher of their own. The annotations are the same, token for
token (tests compare every attribute with the stock pipeline's).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc

FACTORY = "newsweave_token_rules"
REPLACED = ("attribute_ruler", "lemmatizer")

# what a rule's attributes map to: {attribute id: value}
Effect = dict[int, int]


@dataclass
class TokenRules:
    """The attribute ruler then the lemmatizer, over a doc, with the stock components' exact result."""

    ruler: AttributeRuler
    lemmatizer: Lemmatizer | None
    single: Matcher
    multi: Matcher
    effects: dict[tuple[int, int, int], Effect] = field(default_factory=dict)  # (orth, tag, dep) -> merged effect
    lemmas: dict[tuple[int, int, int], int] = field(default_factory=dict)  # (orth, pos, morph) -> lemma

    def __call__(self, doc: Doc) -> Doc:
        self._apply_ruler(doc)
        if self.lemmatizer is not None:
            self._lemmatize(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _apply_ruler(self, doc: Doc) -> None:
        from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        keys = doc.to_array([ORTH, TAG, DEP])
        columns = {POS: 0, MORPH: 1, LEMMA: 2}
        values = doc.to_array([POS, MORPH, LEMMA])
        later: list[tuple[int, Effect]] = []  # attributes the array cannot set (TAG, DEP), set after it
        multi = self._multi_effects(doc)
        for i, key in enumerate(map(tuple, keys.tolist())):
            effect = self.effects.get(key)
            if effect is None:
                effect = self.effects[key] = self._single_effect(doc, i)
            if i in multi:
                effect = _merged([*self._single_rules(doc, i), *multi[i]], self.ruler.attrs)
            rest = {}
            for attr, value in effect.items():
                if attr in columns:
                    values[i, columns[attr]] = value
                else:
                    rest[attr] = value
            if rest:
                later.append((i, rest))
        doc.from_array([POS, MORPH, LEMMA], values)
        for i, rest in later:
            set_token_attrs(doc[i], rest)

    def _single_rules(self, doc: Doc, i: int) -> list[int]:
        return [int(self.ruler.vocab.strings[key]) for key, _, _ in self.single(doc[i : i + 1], allow_missing=True)]

    def _single_effect(self, doc: Doc, i: int) -> Effect:
        return _merged(self._single_rules(doc, i), self.ruler.attrs)

    def _multi_effects(self, doc: Doc) -> dict[int, list[int]]:
        """The rules of two or more tokens that apply, under the token each sets (its `index` in the match)."""
        found: dict[int, list[int]] = {}
        for key, start, end in self.multi(doc, allow_missing=True):
            rule = int(self.ruler.vocab.strings[key])
            target = range(start, end)[self.ruler.indices[rule]]
            found.setdefault(target, []).append(rule)
        return found

    def _lemmatize(self, doc: Doc) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        assert self.lemmatizer is not None
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        strings = doc.vocab.strings
        for i in np.flatnonzero(lemmas == 0).tolist():
            key = (int(table[i, 0]), int(table[i, 1]), int(table[i, 2]))
            lemma = self.lemmas.get(key)
            if lemma is None:
                lemma = self.lemmas[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)


def _merged(rules: list[int], attrs: list[Effect]) -> Effect:
    """The effect of `rules` applied in the ruler's order: a later rule's value wins."""
    effect: Effect = {}
    for rule in sorted(rules):
        effect.update(attrs[rule])
    return effect


# What the one-token patterns may read for a token's (text, tag, dependency) to decide their match: attributes
# of the word itself, its tag and its label. Patterns reading anything else (NORM, which a tokenizer exception
# may set, ENT_TYPE, MORPH, ...) leave the stock ruler in place.
READABLE = frozenset(
    {
        "ORTH",
        "TEXT",
        "LOWER",
        "IS_SPACE",
        "IS_ALPHA",
        "IS_DIGIT",
        "IS_PUNCT",
        "IS_TITLE",
        "IS_UPPER",
        "IS_LOWER",
        "LIKE_NUM",
        "SHAPE",
        "LENGTH",
        "PREFIX",
        "SUFFIX",
        "TAG",
        "DEP",
    }
)


def build_token_rules(nlp: Language) -> TokenRules | None:
    """Token rules standing in for the model's attribute ruler and the rule lemmatizer right after it, or None
    when the model's components are not what these tables reproduce (then the stock ones run)."""
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler, Lemmatizer

    names = nlp.pipe_names
    if "attribute_ruler" not in names or not isinstance(ruler := nlp.get_pipe("attribute_ruler"), AttributeRuler):
        return None
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None
    if lemmatizer is not None and (
        names.index("lemmatizer") != names.index("attribute_ruler") + 1
        or not isinstance(lemmatizer, Lemmatizer)
        or type(lemmatizer).__call__ is not Lemmatizer.__call__  # a language's own rules read the same token
        or lemmatizer.mode != "rule"
        or lemmatizer.overwrite
    ):
        return None
    specs = ruler.patterns
    read = {attr.upper() for spec in specs for pattern in spec["patterns"] if len(pattern) == 1 for attr in pattern[0]}
    if not read <= READABLE:
        return None
    single, multi = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for rule, spec in enumerate(specs):
        for pattern in spec["patterns"]:
            (single if len(pattern) == 1 else multi).add(str(rule), [pattern])
    return TokenRules(ruler, lemmatizer, single, multi)


def use_token_rules(nlp: Language) -> None:
    """Run `TokenRules` in `nlp` in place of its attribute ruler and lemmatizer (kept, disabled), when it can."""
    from spacy.language import Language as SpacyLanguage

    if build_token_rules(nlp) is None:
        return
    if not SpacyLanguage.has_factory(FACTORY):
        SpacyLanguage.factory(FACTORY, func=_make_token_rules)
    nlp.add_pipe(FACTORY, name="token_rules", before="attribute_ruler")
    for name in REPLACED:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)


def _make_token_rules(nlp: Language, name: str) -> TokenRules:
    rules = build_token_rules(nlp)
    assert rules is not None
    return rules
