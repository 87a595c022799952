"""Quotes: direct quotations (also partial ones, an "open page") and reported speech, with speakers.

A direct quote's speaker is the subject of the reporting verb that governs the quoted words (or, for
a quote that stands alone, of the verb in the sentence before or after it). Reported speech is a
reporting verb's that-clause ("Zelensky stated that ..."), an "X as Y" framing ("framing them as a
justified security measure"), or an "according to X" sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.attribution import (
    FRAMING_VERBS,
    Resolver,
    Source,
    according_to,
    is_reporting,
    subject_of,
)
from newsweave.model import Quote

_CURLY = re.compile(r"“([^“”\n]{1,1500})”")
MAX_QUOTE = 1500
_IMPERSONAL = {"it", "this", "that", "which", "who", "what", "i", "you"}
MIN_CONTENT_TOKENS = 3
# "Pat Caddell: Democrat voters worried ...", "TRUMP: We will win": a name, a colon, what they said.
_NAME_COLON = re.compile(r"^\s*([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}):\s+(\S.*)$")
# Attributed wants and demands: quotes of a kind, but not sources of the figures they mention.
INTENTION_VERBS = {"want", "plan", "intend", "seek", "hope", "aim", "promise", "vow", "pledge", "propose", "refuse"}
DEMAND_VERBS = {"call", "demand", "press", "push"}
NEAR = 8  # tokens between a quote and a reporting verb that is not its governor but introduces it


def _straight_quote_spans(line: str, offset: int) -> list[tuple[int, int]]:
    """Pair straight quotes by their side: an opening mark follows a space and precedes a word, a
    closing one follows a word. A paragraph that opens a quote without closing it (a quote running
    on into the next paragraph) then leaves no span, instead of pairing the wrong marks."""
    spans, opened = [], None
    for i, ch in enumerate(line):
        if ch != '"':
            continue
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
        if opening:
            opened = i + 1  # a second opening mark means the first quote was never closed
        elif not before.isspace() and opened is not None:
            if 0 < i - opened <= MAX_QUOTE:
                spans.append((offset + opened, offset + i))
            opened = None
    return spans


def direct_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks (curly or straight)."""
    spans = [m.span(1) for m in _CURLY.finditer(text)]
    offset = 0
    for line in text.split("\n"):
        if '"' in line:
            spans.extend(_straight_quote_spans(line, offset))
        offset += len(line) + 1
    return sorted(s for s in spans if text[s[0] : s[1]].strip())


def _continue_speakers(quotes: list[Quote], text: str, reach: int = 400) -> None:
    """A direct quote opening its paragraph or sentence with no speaker of its own continues the speaker
    of the quote just before it, direct or reported (a long quotation split over paragraphs)."""
    previous: Quote | None = None
    for quote in quotes:
        opens = text[: quote.start - 1].rstrip(" ").endswith(("\n", ".", "?", "!")) or quote.start <= 1
        near = previous is not None and quote.start - previous.end <= reach
        if quote.direct and quote.speaker is None and near and previous.speaker and opens:
            quote.speaker, quote.speaker_entity = previous.speaker, previous.speaker_entity
            quote.speaker_start, quote.speaker_end = previous.speaker_start, previous.speaker_end
        if quote.speaker:
            previous = quote


class QuoteExtractor:
    """Finds the quotes of one parsed article."""

    def __init__(self, doc: Doc, article_id: str, resolver: Resolver) -> None:
        self.doc = doc
        self.text = doc.text  # once: spaCy joins every token again on each `doc.text`
        self.article_id = article_id
        self.resolver = resolver

    def extract(self) -> list[Quote]:
        direct = [q for q in (self._direct(s, e) for s, e in direct_quote_spans(self.text)) if q]
        quoted_regions = [(q.start, q.end) for q in direct]
        reported = self._reported(quoted_regions)
        quotes = sorted(direct + reported, key=lambda q: q.start)
        _continue_speakers(quotes, self.text)
        for index, quote in enumerate(quotes):
            quote.id = f"{self.article_id}:q{index}"
        return quotes

    def _make(self, start: int, end: int, direct: bool, source: Source | None, cue: Token | None) -> Quote:
        sentence = self.doc.char_span(start, end, alignment_mode="expand")
        sent_text = sentence.sent.text if sentence is not None else self.text[start:end]
        return Quote(
            id="",
            article=self.article_id,
            text=self.text[start:end],
            direct=direct,
            start=start,
            end=end,
            sentence=sent_text,
            speaker=source.name if source else None,
            speaker_entity=source.entity.id if source and source.entity else None,
            speaker_start=source.start if source else None,
            speaker_end=source.end if source else None,
            cue=cue.text if cue is not None else None,
        )

    def _direct(self, start: int, end: int) -> Quote | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = self._governing_verb(span) or self._neighbour_verb(span)
        source = self._speaker(verb) if verb is not None else None
        return self._make(start, end, True, source, verb)

    def _governing_verb(self, span: Span) -> Token | None:
        """The reporting verb outside the quote that the quoted words depend on, or the sentence's."""
        inside = set(range(span.start, span.end))
        for token in span:
            head = token.head
            if head.i in inside or head is token:
                continue
            for _ in range(6):
                if is_reporting(head) and head.i not in inside:
                    return head
                if head.head is head:
                    break
                head = head.head
        sent = span.sent
        near = [
            t
            for t in sent
            if t.i not in inside and is_reporting(t) and (0 < span.start - t.i <= NEAR or 0 <= t.i - span.end < NEAR)
        ]
        return min(near, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end))) if near else None

    def _neighbour_verb(self, span: Span) -> Token | None:
        """A quote standing alone: the reporting verb of the next sentence ("..., he said") or the one
        before it when that sentence introduces it with a colon."""
        # The neighbours are found from the quote's own sentence: walking `doc.sents` for each quote made a
        # long article quadratic.
        if span.start >= len(self.doc):
            return None
        sent = self.doc[span.start].sent
        after = self.doc[sent.end].sent if sent.end < len(self.doc) else None
        before = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if after is not None and len(after) <= 8:
            verbs = [t for t in after if is_reporting(t)]
            if verbs:
                return verbs[0]
        if before is not None and before.text.rstrip().endswith(":"):
            verbs = [t for t in before if is_reporting(t)]
            if verbs:
                return verbs[-1]
        return None

    def _speaker(self, verb: Token) -> Source | None:
        subject = subject_of(verb) or self._name_beside(verb)
        if subject is None or subject.lower_ in _IMPERSONAL:
            return None
        source = self.resolver.source_from(subject)
        return source if source.can_speak(subject) else None

    def _name_beside(self, verb: Token) -> Token | None:
        """A person named right before or after a subjectless reporting verb: the parser often loses
        the subject of '"...," chairman Richard Parsons said' and '"...," said Mr Parsons'."""
        doc = self.doc
        before = doc[max(verb.sent.start, verb.i - 6) : verb.i]
        after = doc[verb.i + 1 : min(verb.sent.end, verb.i + 6)]
        for window in (reversed(list(before)), after):
            for token in window:
                if token.is_punct and token.text not in (".", "-"):
                    break
                if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and self.resolver.person_named(token.text)):
                    return token
        return None

    def _reported(self, quoted: list[tuple[int, int]]) -> list[Quote]:
        quotes = []
        for token in self.doc:
            lemma = token.lemma_.lower()
            if not (is_reporting(token) or (token.pos_ == "VERB" and lemma in INTENTION_VERBS | DEMAND_VERBS)):
                continue
            content = self._content_of(token)
            if content is None:
                continue
            start, end = content
            if any(qs - 2 <= start and end <= qe + 2 for qs, qe in quoted):
                continue  # the direct quote already holds it
            source = self._speaker(token)
            if source is None:
                continue
            quotes.append(self._make(start, end, False, source, token))
        quotes.extend(self._according_to(quoted, {(q.start, q.end) for q in quotes}))
        quotes.extend(self._name_colon(quoted, quotes))
        return quotes

    def _name_colon(self, quoted: list[tuple[int, int]], found: list[Quote]) -> list[Quote]:
        """Lines that open with a person's name and a colon (headlines, interview transcripts)."""
        quotes, offset = [], 0
        for line in self.text.split("\n"):
            match = _NAME_COLON.match(line)
            if match:
                name_start, name_end = offset + match.start(1), offset + match.end(1)
                start, end = offset + match.start(2), offset + len(line.rstrip())
                person = self.resolver.entity_in(name_start, name_end, ("PERSON",))
                if person is None or person.type != "PERSON":
                    person = self.resolver.person_named(match.group(1).split()[-1].title())
                covered = any(q.start <= start and end <= q.end for q in found) or any(
                    qs <= start and end <= qe for qs, qe in quoted
                )
                if person is not None and not covered and len(match.group(2).split()) >= MIN_CONTENT_TOKENS:
                    source = Source(match.group(1), name_start, name_end, person.name, person, person.affiliation,
                                    is_named=True)  # fmt: skip
                    quotes.append(self._make(start, end, False, source, None))
            offset += len(line) + 1
        return quotes

    def _content_of(self, verb: Token) -> tuple[int, int] | None:
        """The reported content: a that-clause, the "them as ..." of a framing verb, what is called for,
        or what someone wants or plans to do."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clause = next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
        if clause is not None:
            after = clause.i > verb.i  # only the side of the verb the clause is on
            tokens = [
                t
                for t in clause.subtree
                if (t.i > verb.i) == after and not (t.dep_ == "mark" and t.head == clause and t.i < clause.i)
            ]
            if not tokens:
                return None
        elif verb.lemma_.lower() in FRAMING_VERBS and any(
            c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
        ):
            tokens = [t for t in verb.subtree if t.dep_ not in ("nsubj", "nsubjpass") and t.i >= verb.i]
        elif verb.lemma_.lower() in DEMAND_VERBS and (
            target := next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        ):
            tokens = [t for t in target.subtree if t is not target]  # "called for an investigation"
        elif verb.lemma_.lower() in INTENTION_VERBS and (
            clause := next((c for c in verb.children if c.dep_ == "xcomp"), None)
        ):
            tokens = list(clause.subtree)  # "wants to repeal the law"
        else:
            return None
        tokens = [t for t in tokens if not t.is_space and (not t.is_punct or t.i not in (tokens[0].i, tokens[-1].i))]
        if len(tokens) < MIN_CONTENT_TOKENS:
            return None
        first, last = min(t.i for t in tokens), max(t.i for t in tokens)
        while last > first and self.doc[last].is_punct and self.doc[last].text not in ("”", '"'):
            last -= 1
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

    def _according_to(self, quoted: list[tuple[int, int]], taken: set[tuple[int, int]]) -> list[Quote]:
        quotes = []
        for sent in self.doc.sents:
            marker = next((t for t in sent if t.lower_ == "according"), None)
            if marker is None:
                continue
            agent = according_to(marker)
            if agent is None:
                continue
            phrase = {t.i for t in marker.subtree} | {marker.i, marker.i + 1}
            rest = [t for t in sent if t.i not in phrase and not t.is_punct]
            if len(rest) < MIN_CONTENT_TOKENS:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            if (start, end) in taken or any(qs <= start and end <= qe for qs, qe in quoted):
                continue
            quotes.append(self._make(start, end, False, self.resolver.source_from(agent), marker))
        return quotes
