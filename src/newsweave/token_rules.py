"""The model's attribute ruler and rule lemmatizer, answered from tables of what each token's result depends on.

Both components are rules over single tokens: the attribute ruler's one-token patterns read a token's text, tag,
dependency label and whether it is space, and the rule lemmatizer reads its text, part of speech and morphology.
spaCy runs them token by token in Python (a fifth of the parse's CPU time on news). Here a token's key holds
only what the patterns tell apart (`RuleKey`: every word no pattern names is one word to them), each distinct
key is answered once by the model's own matcher and remembered, the results are written with one
`Doc.from_array`, and the few patterns over two tokens are matched only from the tokens they may start on.
Lemmas are remembered per text, part of speech and morphology, and found by a copy of the model's lemmatizer
whose word index is a set (`indexed_lemmatizer`). The annotations are the same, token for token (tests compare
every attribute with the stock pipeline's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.strings import StringStore
    from spacy.tokens import Doc

FACTORY = "newsweave_token_rules"
REPLACED = ("attribute_ruler", "lemmatizer")

# what a rule's attributes map to: {attribute id: value}
Effect = dict[int, int]


@dataclass
class ValueTests:
    """What the one-token patterns test of one attribute: the values they name (a literal, an IN or a NOT_IN
    list) and the regular expressions they search. Two values that no pattern names and that every expression
    finds or misses alike pass the same tests, so they share a class; a named value is its own class."""

    named: frozenset[int]
    expressions: tuple[re.Pattern, ...]
    classes: dict[int, int] = field(default_factory=dict)  # value -> its class, remembered

    def classify(self, values: np.ndarray, strings: StringStore) -> np.ndarray:
        classes = self.classes
        return np.array(
            [classes.get(value) or self._class(value, strings) for value in values.tolist()], dtype=np.uint64
        )

    def _class(self, value: int, strings: StringStore) -> int:
        if value in self.named:
            found = value
        else:
            text = strings[value] if self.expressions else ""
            found = OTHER - sum(1 << n for n, expression in enumerate(self.expressions) if expression.search(text))
        self.classes[value] = found
        return found


# The classes of values no pattern names: below this, one per combination of the expressions found (a string's
# hash is this large with a chance of one in 2**60).
OTHER = 2**64 - 1


@dataclass(frozen=True)
class RuleKey:
    """What the one-token patterns read of a token, as array columns, each value replaced by its class where the
    patterns' tests are known (`ValueTests`): all the words no pattern names or matches share one key."""

    attrs: tuple[int, ...]
    tests: tuple[ValueTests | None, ...]  # per column, or None when a pattern tests it otherwise (every value counts)

    def of(self, doc: Doc) -> np.ndarray:
        columns = doc.to_array(list(self.attrs)).reshape(len(doc), len(self.attrs))
        for column, tests in enumerate(self.tests):
            if tests is not None:
                columns[:, column] = tests.classify(columns[:, column], doc.vocab.strings)
        return columns


@dataclass(frozen=True)
class KeyRules:
    """What the rules make of every token of one key."""

    rules: list[int]  # the one-token rules that match it
    effect: Effect  # their merged effect
    starts: bool  # whether a rule over two or more tokens may start on it


@dataclass
class TokenRules:
    """The attribute ruler then the lemmatizer, over a doc, with the stock components' exact result."""

    ruler: AttributeRuler
    lemmatizer: Lemmatizer | None
    single: Matcher
    multi: Matcher
    starts: Matcher | None  # the first tokens of `multi`'s patterns, or None: `multi` runs over the whole doc
    longest: int  # tokens in the longest of `multi`'s patterns
    key: RuleKey
    known: dict[tuple[int, ...], KeyRules] = field(default_factory=dict)
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
        """Each distinct key of the doc is looked up (or matched on its first token) once; the effects are
        written column by column; the rules over two tokens then apply on the tokens they set."""
        from spacy.attrs import LEMMA, MORPH, POS
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return
        keys, first, inverse = np.unique(self.key.of(doc), axis=0, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        known = [self._key_rules(tuple(key), doc, i) for key, i in zip(keys.tolist(), first.tolist(), strict=True)]
        arrayed = (POS, MORPH, LEMMA)
        values = doc.to_array(list(arrayed))
        for column, attr in enumerate(arrayed):
            sets = np.array([attr in rules.effect for rules in known])[inverse]
            if sets.any():
                new = np.array([rules.effect.get(attr, 0) for rules in known], dtype=values.dtype)[inverse]
                values[sets, column] = new[sets]
        rest: dict[int, Effect] = {}  # attributes the array cannot set (TAG, DEP), set after it
        for group, rules in enumerate(known):
            if set(rules.effect) - set(arrayed):
                for i in np.flatnonzero(inverse == group).tolist():
                    rest[i] = {attr: value for attr, value in rules.effect.items() if attr not in arrayed}
        starts = np.flatnonzero(np.array([rules.starts for rules in known])[inverse]).tolist()
        for i, longer in self._multi_rules(doc, starts if self.starts is not None else None).items():
            effect = _merged([*known[inverse[i]].rules, *longer], self.ruler.attrs)
            for column, attr in enumerate(arrayed):
                if attr in effect:
                    values[i, column] = effect[attr]
            rest[i] = {attr: value for attr, value in effect.items() if attr not in arrayed}
        doc.from_array(list(arrayed), values)
        for i, attrs in sorted(rest.items()):
            if attrs:
                set_token_attrs(doc[i], attrs)

    def _key_rules(self, key: tuple[int, ...], doc: Doc, i: int) -> KeyRules:
        known = self.known.get(key)
        if known is None:
            token = doc[i : i + 1]
            rules = [int(self.ruler.vocab.strings[rule]) for rule, _, _ in self.single(token, allow_missing=True)]
            starts = self.starts is None or bool(self.starts(token, allow_missing=True))
            known = self.known[key] = KeyRules(rules, _merged(rules, self.ruler.attrs), starts)
        return known

    def _multi_rules(self, doc: Doc, starts: list[int] | None) -> dict[int, list[int]]:
        """The rules of two or more tokens that apply, under the token each sets (its `index` in the match):
        matched from each token where one may start, or over the whole doc when `starts` is None."""
        found: dict[int, list[int]] = {}
        spans = [(0, doc)] if starts is None else [(i, doc[i : i + self.longest]) for i in starts]
        for offset, span in spans:
            for key, start, end in self.multi(span, allow_missing=True):
                if starts is not None and start != 0:
                    continue  # found again from its own first token
                rule = int(self.ruler.vocab.strings[key])
                found.setdefault(offset + range(start, end)[self.ruler.indices[rule]], []).append(rule)
        return found

    def _lemmatize(self, doc: Doc) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        assert self.lemmatizer is not None
        lemmas = self.lemmas
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        column = [
            lemma or lemmas.get((orth, pos, morph)) or self._lemma(doc, i, (orth, pos, morph))
            for i, (orth, pos, morph, lemma) in enumerate(rows)
        ]
        doc.from_array([LEMMA], np.array(column, dtype=np.uint64))

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        assert self.lemmatizer is not None
        lemma = self.lemmas[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
        return lemma


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
    single, multi, starts = Matcher(nlp.vocab), Matcher(nlp.vocab), Matcher(nlp.vocab)
    firsts = []  # the first token of each pattern over two or more tokens
    for rule, spec in enumerate(specs):
        for pattern in spec["patterns"]:
            (single if len(pattern) == 1 else multi).add(str(rule), [pattern])
            if len(pattern) > 1:
                starts.add(str(rule), [pattern[:1]])
                firsts.append(pattern[:1])
    # Starts are told by a token's key when every pattern is fixed in length and reads what a key can hold.
    fixed = all("OP" not in token for spec in specs for pattern in spec["patterns"] for token in pattern)
    keyed = fixed and {attr.upper() for (token,) in firsts for attr in token} <= READABLE
    ones = [pattern for spec in specs for pattern in spec["patterns"] if len(pattern) == 1]
    indexed = indexed_lemmatizer(lemmatizer) if lemmatizer is not None else None
    longest = max((len(pattern) for spec in specs for pattern in spec["patterns"]), default=1)
    return TokenRules(
        ruler,
        indexed,
        single,
        multi,
        starts if keyed else None,
        longest,
        rule_key(nlp, [*ones, *(firsts if keyed else [])]),
    )


def indexed_lemmatizer(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of the rule lemmatizer whose word index answers from sets. spaCy's index is a list of words per
    part of speech (57,528 nouns in the English model), and `rule_lemmatize` asks `form in index` of it for each
    suffix rule that fits, a scan of the list each time: a third of what the parse spends on lemmas. The tables
    are otherwise the same objects, so the lemmas are."""
    from spacy.lookups import Lookups, Table

    copy = type(lemmatizer)(
        lemmatizer.vocab,
        lemmatizer.model,
        lemmatizer.name,
        mode=lemmatizer.mode,
        overwrite=lemmatizer.overwrite,
        scorer=lemmatizer.scorer,
    )
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name, {pos: frozenset(words) for pos, words in table.items()})
        lookups.set_table(name, table)
    copy.lookups = lookups
    return copy


def rule_key(nlp: Language, patterns: list[list[dict]]) -> RuleKey:
    """The key of a token for the one-token `patterns`: each attribute they read, by class of value where every
    pattern tests it by naming values or by a regular expression, else by value."""
    from spacy.attrs import IDS

    tests: dict[str, tuple[set, list[str]] | None] = {}
    for (token,) in patterns:
        for attr, value in token.items():
            name = "ORTH" if attr.upper() == "TEXT" else attr.upper()
            known = _known_tests(value)
            if known is None or (name in tests and tests[name] is None):
                tests[name] = None
            else:
                named, expressions = tests.setdefault(name, (set(), []))  # type: ignore[misc]
                named |= known[0]
                expressions += known[1]
    attrs = sorted(tests)
    return RuleKey(tuple(IDS[name] for name in attrs), tuple(_value_tests(nlp, tests[name]) for name in attrs))


def _known_tests(value: object) -> tuple[set, list[str]] | None:
    """The values a pattern's attribute names and the expressions it searches, or None for any other test."""
    if not isinstance(value, dict):
        return {value}, []
    if len(value) != 1:
        return None
    (operator, operand), *_ = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(operand, list):
        return set(operand), []
    if operator == "REGEX" and isinstance(operand, str):
        return set(), [operand]
    return None


def _value_tests(nlp: Language, known: tuple[set, list[str]] | None) -> ValueTests | None:
    """The tests with the named values as `Doc.to_array` gives them: a string's hash, a flag's 0 or 1, a number."""
    if known is None:
        return None
    named, expressions = known
    ids = frozenset(nlp.vocab.strings.add(v) if isinstance(v, str) else int(v) for v in named)
    return ValueTests(ids, tuple(re.compile(expression) for expression in dict.fromkeys(expressions)))


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
