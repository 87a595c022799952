"""Who asserts each figure, measured on PolNeAR: our claims' `asserted_by` against its attributions.

PolNeAR marks every attribution's Source, Cue and Content. A figure whose number starts inside a Content
span is asserted by that attribution's Source (the innermost span, when attributions nest); a figure
outside every Content span is the writer's own, and the contract's convention for it is no source.

A credited figure inside a Content span is right when our source names the gold Source:
- the phrase we took the source from (the speaker mention: "he", "the Florida senator", "The company")
  overlaps the Source span, as the quote measure of `evaluation.polnear` accepts a speaker; or
- our `asserted_by` shares a name word (a word that is no stop word) with the Source span ("Clinton
  campaign" and "the campaign", "sources" and "two sources"); or
- one of the mentions of our source's entity overlaps the Source span (our coreference put it there); or
- the Source span has no name of its own (a pronoun or a description: "he", "the nominee") and our
  `asserted_by` shares a name word with the nearest named subject before it, outside quotation marks, of
  the kind such a phrase refers to (a person for he, she and I; a person, organisation, country or group
  otherwise): "Viguerie tells Breitbart News. ... “...,” he says" refers to Viguerie.
A figure in a Content span without a Source (an agentless "it was reported") is counted apart.

Outside every Content span a credited figure is wrong, except when the figure's own sentence states our
source as a speaker (the subject of a reporting verb, or "according to" it): an attribution PolNeAR left
unannotated, counted apart ("unannotated"), not silently taken for right or wrong. Precision is right /
credited (unannotated ones left out); recall is the share of figures inside Content spans that we credit
at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsweave.annotate import annotate_doc
from newsweave.annotate.attribution import Resolver
from newsweave.annotate.entities import build_entities
from newsweave.annotate.passages import source_of
from newsweave.annotate.quotes import quote_speaker_at
from newsweave.annotate.speech_words import REPORTING_VERBS
from newsweave.evaluation.polnear import (
    Attribution,
    SystemScore,
    our_attributions,
    read_ann,
    score_system,
    split_articles,
    textacy_attributions,
)
from newsweave.model import Article, Claim, Entity
from newsweave.nlp import parse

Span = tuple[int, int]
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
PERSON_PRONOUNS = {"he", "she", "i", "him", "her", "me", "his"}
PRONOUNS = PERSON_PRONOUNS | {"they", "them", "we", "us", "it", "you", "who", "which", "that"}
NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP")


@dataclass
class FigureCase:
    """One figure judged: where it is, what we credit, what PolNeAR says, and the verdict."""

    article: str
    sentence: str
    value: float
    start: int
    ours: str | None
    gold: str | None  # the Source span's text; None outside every Content span
    verdict: str  # right, wrong, uncredited, no_gold_source, writer, writer_wrong, unannotated


@dataclass
class FigureSourceScore:
    """Counts of each verdict over a split, and the cases themselves (to list the wrong ones)."""

    counts: dict[str, int] = field(default_factory=dict)
    cases: list[FigureCase] = field(default_factory=list)

    def add(self, case: FigureCase) -> None:
        self.counts[case.verdict] = self.counts.get(case.verdict, 0) + 1
        self.cases.append(case)

    def count(self, *verdicts: str) -> int:
        return sum(self.counts.get(v, 0) for v in verdicts)

    @property
    def credited(self) -> int:
        return self.count("right", "wrong", "writer_wrong")

    @property
    def precision(self) -> float:
        return self.count("right") / self.credited if self.credited else 0.0

    @property
    def in_content(self) -> int:
        return self.count("right", "wrong", "uncredited")

    @property
    def recall(self) -> float:
        return self.count("right", "wrong") / self.in_content if self.in_content else 0.0


def name_words(text: str | None) -> set[str]:
    """The words of a phrase that can name someone: lower-cased, stop words and pronouns left out."""
    words = {w.lower().replace("’", "'").removesuffix("'s") for w in _WORD.findall(text or "")}
    return {w for w in words if w not in STOP_WORDS and w not in PRONOUNS and len(w) > 1}


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _innermost(start: int, gold: list[Attribution]) -> Attribution | None:
    holding = [g for g in gold if any(s <= start < e for s, e in g.content)]
    return min(holding, key=lambda g: sum(e - s for s, e in g.content), default=None)


def _quoted(text: str, at: int) -> bool:
    """Whether a character lies inside quotation marks of its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _referent(doc: Doc, source: Span) -> str | None:
    """The nearest named subject before a Source phrase with no name of its own, of the kind it can mean,
    outside quotation marks (a pronoun's speaker is a subject of the narrative, not a name quoted)."""
    phrase = doc.char_span(*source, alignment_mode="expand")
    if phrase is None or any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase):
        return None
    personal = phrase.root.lower_ in PERSON_PRONOUNS
    labels = ("PERSON",) if personal else NAMED_LABELS
    for entity in reversed([e for e in doc.ents if e.end_char <= source[0] and e.label_ in labels]):
        head = entity.root
        while head.dep_ in ("compound", "flat", "appos", "conj") and head.head is not head:
            head = head.head
        if head.dep_.startswith("nsubj") and not _quoted(doc.text, entity.start_char):
            return entity.text
    return None


def _number_token(doc: Doc, claim: Claim) -> Token | None:
    """The last word of the claim's number ("million" of "$5 million"), the token its source was asked for."""
    span = doc.char_span(claim.start, max(claim.end, claim.start + 1), alignment_mode="expand")
    numbers = [t for t in span or () if t.like_num]
    if not numbers:
        return None
    last = numbers[0]
    while last.i + 1 < len(doc) and doc[last.i + 1].like_num:
        last = doc[last.i + 1]
    return last


def speaker_mentions(doc: Doc, article: Article, claims: list[Claim]) -> dict[str, Span]:
    """Where each credited claim's source phrase is written, as the figure extractor finds it (`source_of`
    over the same parse); a claim whose credit posts or restatements changed keeps no span."""
    resolver = Resolver(doc, build_entities(doc, article.id, article.headings))
    resolver.headline = article.title
    spans = {}
    for claim in claims:
        token = _number_token(doc, claim) if claim.asserted_by else None
        if token is None:
            continue
        source = source_of(token, resolver, quote_speaker_at(token, resolver, article.id))
        if source is not None and source.name == claim.asserted_by:
            spans[claim.id] = (source.start, source.end)
    return spans


def source_is_right(
    doc: Doc, claim: Claim, source: list[Span], entities: dict[str, Entity], mention: Span | None = None
) -> bool:
    """Whether our credited source names the gold Source (the rule in the module's docstring)."""
    if mention is not None and any(_overlaps(mention, s) for s in source):
        return True
    ours = name_words(claim.asserted_by)
    text = " ".join(doc.text[s:e] for s, e in source)
    if ours & name_words(text):
        return True
    entity = entities.get(claim.source_entity or "")
    if entity is not None and any(_overlaps(m, s) for m in entity.mentions for s in source):
        return True
    referent = _referent(doc, source[0])
    return referent is not None and bool(ours & name_words(referent))


def _stated_in_sentence(doc: Doc, claim: Claim) -> bool:
    """Whether the figure's sentence names our source as a speaker: the subject of a reporting verb, or
    "according to" it (an attribution PolNeAR left unannotated)."""
    ours = name_words(claim.asserted_by)
    for token in doc.char_span(claim.start, claim.start + 1, alignment_mode="expand").sent:
        if token.lower_.removesuffix("'s") not in ours:
            continue
        head = token
        while head.dep_ in ("compound", "flat", "amod", "poss", "appos", "conj") and head.head is not head:
            head = head.head
        verb = head.head
        if head.dep_.startswith("nsubj") and verb.lemma_.lower() in REPORTING_VERBS:
            return True
        if head.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
            return True
    return False


def score_figures(doc: Doc, article: Article, gold: list[Attribution], score: FigureSourceScore) -> None:
    """Judge the source of every claim the shipped annotate path gives for one PolNeAR article."""
    annotations = annotate_doc(doc, article)
    entities = {e.id: e for e in annotations.entities}
    mentions = speaker_mentions(doc, article, annotations.claims)
    for claim in annotations.claims:
        held = _innermost(claim.start, gold)
        if held is None:
            credited = claim.asserted_by is not None
            verdict = "writer" if not credited else "unannotated" if _stated_in_sentence(doc, claim) else "writer_wrong"
            gold_text = None
        else:
            gold_text = " ".join(doc.text[s:e] for s, e in held.source) or None
            if not held.source:
                verdict = "no_gold_source"
            elif claim.asserted_by is None:
                verdict = "uncredited"
            else:
                right = source_is_right(doc, claim, held.source, entities, mentions.get(claim.id))
                verdict = "right" if right else "wrong"
        score.add(
            FigureCase(article.id, claim.sentence, claim.value, claim.start, claim.asserted_by, gold_text, verdict)
        )


def polnear_article(stem: str, text: str) -> Article:
    """A PolNeAR text as our reader gives it: its first line is the headline."""
    return Article(id=stem, path=stem, title=text.split("\n", 1)[0].strip() or None, text=text)


def evaluate_polnear_sources(
    folder: Path, nlp: Language, limit: int = 0, split: str = "dev", baseline_too: bool = True
) -> tuple[int, SystemScore, SystemScore, FigureSourceScore]:
    """`evaluation.polnear.evaluate_polnear`'s quote scores and the figure sources, from one parse of the split."""
    pairs = split_articles(folder, split, limit)
    raw = [t.read_text(encoding="utf-8") for t, _ in pairs]
    ours, baseline, figures = SystemScore(), SystemScore(), FigureSourceScore()
    for (text_path, ann_path), text, doc in zip(pairs, raw, parse(nlp, raw), strict=True):
        gold = read_ann(ann_path, text)
        score_system(our_attributions(doc, text_path.stem), gold, ours)
        if baseline_too:
            score_system(textacy_attributions(doc), gold, baseline)
        score_figures(doc, polnear_article(text_path.stem, text), gold, figures)
    return len(pairs), ours, baseline, figures
