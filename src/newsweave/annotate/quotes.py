"""Quotes: direct quotations (also partial ones, an "open page") and reported speech, with speakers.

A direct quote's speaker is the subject of the reporting verb that governs the quoted words (or, for
a quote that stands alone, of the verb in the sentence before or after it). Reported speech is a
reporting verb's that-clause ("Zelensky stated that ..."), an "X as Y" framing ("framing them as a
justified security measure"), or an "according to X" sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.attribution import (
    FRAMING_VERBS,
    Resolver,
    Source,
    according_to,
    is_reporting,
    relative_antecedent,
    sender,
    subject_of,
    through_relative,
    verb_source,
)
from newsweave.annotate.clauses import per_source, trailing_content
from newsweave.annotate.quote_lines import name_colon_lines, post_credit_lines
from newsweave.annotate.quote_verbs import governing_verb, neighbour_verb
from newsweave.annotate.quotemarks import continue_speakers, direct_quote_spans, nested_speakers
from newsweave.annotate.reported import (
    ANSWERS,
    act_content,
    answer,
    asked_to,
    clause_verb,
    described_before,
    is_title,
    judgement,
    noun_clause,
    object_reported,
    reporting_clause_only,
    stray_that_clause,
    that_clause,
    voices,
)
from newsweave.annotate.speech_words import (
    ABOUT_VERBS,
    ACT_VERBS,
    CHARGE_VERBS,
    DOCUMENT_NOUNS,
    LEMMA_FIXES,
    OBJECT_REPORTS,
    POINTING_VERBS,
    REGARD_VERBS,
    REPORT_NOUNS,
    SPEECH_VERBS,
)
from newsweave.model import Quote

_IMPERSONAL = {"it", "this", "that", "which", "who", "what", "i", "you"}
MIN_CONTENT_TOKENS = 3
# What follows a verb as its object or content: "accused Obama", "told CNN", "Asked if Sanders is realistic".
_OBJECT_DEPS = {"dobj", "dative", "iobj", "prep", "oprd", "ccomp", "xcomp"}
MIN_REPORTED_TOKENS = 2  # what a verb reports can be short: "has spoken about Palestinian dignity"
# Attributed wants and demands: quotes of a kind, but not sources of the figures they mention.
INTENTION_VERBS = {"want", "plan", "intend", "seek", "hope", "aim", "promise", "vow", "pledge", "propose", "refuse",
                   "threaten"}  # fmt: skip
DEMAND_VERBS = {"call", "demand", "press", "push"}
QUOTE_MARKS = {'"', "“", "”", "''", "‘", "’", "'"}
# Verbs besides the reporting ones whose content is a reported stance, act or intention.
SPOKEN_VERBS = frozenset(
    INTENTION_VERBS
    | DEMAND_VERBS
    | OBJECT_REPORTS
    | ABOUT_VERBS
    | CHARGE_VERBS
    | ACT_VERBS
    | FRAMING_VERBS
    | REGARD_VERBS
    | POINTING_VERBS
)


def _impersonal(token: Token) -> bool:
    """A pronoun that names nobody ("it", "who"), not an acronym spelled like one ("says WHO")."""
    return token.lower_ in _IMPERSONAL and not (token.text.isupper() and len(token) > 1)


def _lemma(token: Token) -> str:
    """The verb's lemma, with the tagger's known slips mended ("hoping" -> "hope")."""
    return LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _says(verb: Token) -> bool:
    """A verb of saying with a subject of its own: 'one Weibo commenter said'."""
    return verb.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in verb.children)


def _as_clause(verb: Token) -> bool:
    """An "as" clause that credits its sentence ("As Emily Feng reports for NPR, ..."): a reporting verb
    that reports nothing of its own ("as he called for greater Christian ethics" reports the ethics)."""
    return (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and is_reporting(verb)
        and reporting_clause_only(verb)
        and not (
            verb.lemma_.lower() in DEMAND_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        )
    )


class QuoteExtractor:
    """Finds the quotes of one parsed article."""

    def __init__(self, doc: Doc, article_id: str, resolver: Resolver) -> None:
        self.doc = doc
        self.article_id = article_id
        self.resolver = resolver

    def extract(self) -> list[Quote]:
        """The article's quotes, extracted once per resolver (figures ask for them first)."""
        if self.resolver.quotes is None:
            self.resolver.quotes = self._extract()
        return self.resolver.quotes

    def _extract(self) -> list[Quote]:
        direct = [q for q in (self._direct(s, e) for s, e in direct_quote_spans(self.resolver.text)) if q]
        quoted_regions = [(q.start, q.end) for q in direct]
        reported = self._reported(quoted_regions)
        quotes = sorted(direct + reported, key=lambda q: q.start)
        nested_speakers(direct, reported)
        continue_speakers(quotes, self.resolver.text)
        for index, quote in enumerate(quotes):
            quote.id = f"{self.article_id}:q{index}"
        return quotes

    def _make(self, start: int, end: int, direct: bool, source: Source | None, cue: Token | None) -> Quote:
        sentence = self.doc.char_span(start, end, alignment_mode="expand")
        sent_text = sentence.sent.text if sentence is not None else self.resolver.text[start:end]
        return Quote(
            id="",
            article=self.article_id,
            text=self.resolver.text[start:end],
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
        if span is None or not len(span) or is_title(self.resolver.text[start:end]):
            return None
        verb = governing_verb(span) or neighbour_verb(span, self.resolver)
        source = self._speaker(verb) if verb is not None else None
        if source is not None and verb is not None and source.start < span.end_char and span.start_char < source.end:
            source = self._speaker_outside(verb, span)  # the parser took the quoted words for the subject
        if source is None:
            source, verb = self._introduced(span, verb)
        if source is None and (clause := clause_verb(span)) is not None:
            source = self._clause_speaker(clause)  # "Rubio bemoaned a climate in which people “literally hate ...”"
            verb = clause if source is not None else verb
        return self._make(start, end, True, source, verb)

    def _introduced(self, span: Span, verb: Token | None) -> tuple[Source | None, Token | None]:
        """A quote introduced without a verb of saying: after a name and a colon ("Republican pollster
        Daron Shaw: “...”"), after a clause and a colon or dash ("Clinton released the following statement:
        “...”"), or after "According to X," in its sentence."""
        doc, k = self.doc, span.start - 1
        while k > 0 and (doc[k].is_space or doc[k].text in QUOTE_MARKS):
            k -= 1
        if k > 0 and doc[k].text in (":", "—", "–"):
            before = doc[k - 1]
            named = before.ent_type_ in ("PERSON", "ORG") or self.resolver.person_named(before.text) is not None
            if doc[k].text == ":" and before.pos_ == "PROPN" and named:
                return self.resolver.source_from(before), verb
            clause = next((t for t in [before, *before.ancestors] if t.pos_ in ("VERB", "AUX")), None)
            if clause is not None and any(c.dep_ == "nsubj" for c in clause.children):
                source = self._speaker(clause)
                if source is not None:
                    return source, clause
        agent = according_to(span[0])
        if agent is not None and agent.i < span.start and not _impersonal(agent):
            return self.resolver.source_from(agent), verb
        return None, verb

    def _speaker(self, verb: Token) -> Source | None:
        subject = subject_of(verb) or self._name_beside(verb)
        if subject is not None and subject.dep_ == "nsubjpass":
            subject = sender(verb)  # "employees were told": whoever sent what told them
        if subject is not None and subject.lower_ == "it":
            return verb_source(verb, self.resolver)  # "it has also acknowledged": the body named before
        if subject is not None and relative_antecedent(subject) is not None:
            return through_relative(subject, verb, self.resolver)  # "Smith, who noted that ..."
        if subject is None or _impersonal(subject):
            return None
        source = self.resolver.source_from(subject)
        return source if source.can_speak(subject, verb) else None

    def _speaker_outside(self, verb: Token, span: Span) -> Source | None:
        """Quoted words never speak themselves: when the parser made them the verb's subject, the speaker is
        the other subject ('"On a blackboard, the VAT's a great tax," said Douglas Holtz-Eakin') or the
        name it put in apposition to them after the quote ('"Very good reporter," Trump, the ... frontrunner,
        said')."""
        inside = range(span.start, span.end)
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i not in inside:
                candidate = subject
            else:
                candidate = next((t for t in subject.subtree if t.i >= span.end and t.dep_ == "appos"), None)
            if candidate is None or candidate.pos_ not in ("PROPN", "NOUN") or _impersonal(candidate):
                continue
            source = self.resolver.source_from(candidate)
            if source.start >= span.end_char and source.can_speak(candidate, verb):
                return source
        return None

    def _clause_speaker(self, verb: Token) -> Source | None:
        """Whoever is the subject of the clause quoted words sit in says them, whatever the verb ("The ad
        targets a “corrupt political system”", "the crowd reprised the chant “Lock her up!”")."""
        source = self._speaker(verb)
        if source is not None:
            return source
        subject = subject_of(verb)
        if subject is None or subject.dep_ == "nsubjpass" or _impersonal(subject):
            return None
        if subject.pos_ not in ("NOUN", "PROPN", "PRON") or relative_antecedent(subject) is not None:
            return None
        source = self.resolver.source_from(subject)
        if subject.pos_ != "NOUN" or source.can_speak(subject) or voices(subject):
            return source
        return None

    def _name_beside(self, verb: Token) -> Token | None:
        """A person named right before or after a subjectless reporting verb: the parser often loses
        the subject of '"...," chairman Richard Parsons said' and '"...," said Mr Parsons'."""
        doc = self.doc
        before = doc[max(verb.sent.start, verb.i - 6) : verb.i]
        after = doc[verb.i + 1 : min(verb.sent.end, verb.i + 6)]
        objects = {t.i for c in verb.children if c.dep_ in _OBJECT_DEPS for t in c.subtree}
        # '"...," recalled Mr. Rhodes': after a closing quote the verb is inverted, its "object" is who speaks
        inverted = verb.i > 0 and doc[verb.i - 1].text in QUOTE_MARKS
        if (person := described_before(verb)) is not None:
            return person  # "Col. Steven H. Warren, a military spokesman in Baghdad, said"
        for window in (reversed(list(before)), after):
            for token in window:
                if token.is_punct and token.text not in (".", "-"):
                    break
                if token.i in objects and token.i > verb.i and not inverted:
                    break  # "accused Obama of bungling": the one addressed or charged does not speak
                if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and self.resolver.person_named(token.text)):
                    return token
        return None

    def _reported(self, quoted: list[tuple[int, int]]) -> list[Quote]:
        quotes = []
        for token in self.doc:
            lemma = _lemma(token)
            spoken = token.pos_ == "VERB" and lemma in SPOKEN_VERBS
            if not (is_reporting(token) or spoken):
                continue
            if asked_to(token):
                continue  # "pushing Senate Democrats to reject the deal": the pusher's words, reported by "push"
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
        quotes.extend(self._nominal(quoted))
        quotes.extend(self._according_to(quoted, {(q.start, q.end) for q in quotes}))
        quotes.extend(self._in_document(quoted, quotes))
        quotes.extend(name_colon_lines(self.resolver, quoted, quotes, self._make))
        quotes.extend(post_credit_lines(self.resolver, quoted, self._make))
        return quotes

    def _nominal(self, quoted: list[tuple[int, int]]) -> list[Quote]:
        """ "a declaration by China's health chiefs that the risk was minimal": a reporting noun whose
        that-clause is the content and whose "by" object or possessor is the speaker."""
        quotes = []
        for noun in (t for t in self.doc if t.lemma_.lower() in REPORT_NOUNS and t.pos_ == "NOUN"):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and that_clause(c)), None)
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            agent = agent or next((c for c in noun.children if c.dep_ == "poss"), None)
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
            if agent is not None and _impersonal(agent):
                agent = None
            if clause is None or (agent is None and (verb is None or not is_reporting(verb))):
                continue
            # "said in a statement that ...": the speaker of the verb the statement was made with
            source = self.resolver.source_from(agent) if agent is not None else self._speaker(verb)
            tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head is clause)]
            if source is None or len(tokens) < MIN_CONTENT_TOKENS:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            if not any(qs - 2 <= start and end <= qe + 2 for qs, qe in quoted):
                quotes.append(self._make(start, end, False, source, noun))
        return quotes

    def _content_of(self, verb: Token) -> tuple[int, int] | None:
        """The reported content: a that-clause, the "them as ..." of a framing verb, what is called for,
        or what someone wants or plans to do."""
        thing = None
        if verb.lemma_.lower() in REGARD_VERBS and not is_reporting(verb) and not judgement(verb):
            return None
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
        elif verb.dep_ == "parataxis" and verb.head.i != verb.i and reporting_clause_only(verb):
            inner = {t.i for t in verb.subtree}  # "The bigger risk, he said, is a clash ..."
            tokens = [t for t in verb.head.subtree if t.i not in inner]
        elif verb.dep_ == "advcl" and _as_clause(verb):
            inner = {t.i for t in verb.subtree}  # "As Emily Feng reports for NPR, the first cases came ..."
            tokens = [t for t in verb.head.subtree if t.i not in inner]
        elif (trail := trailing_content(verb)) is not None:
            tokens = trail  # "..., a second person briefed on the call said.", "..., NBC News reported."
        elif verb.lemma_.lower() in ACT_VERBS | CHARGE_VERBS and (act := act_content(verb)):
            tokens = act  # "urged Madrid to act now", "denied paying a ransom"
        elif (verb.lemma_.lower() in FRAMING_VERBS and any(c.dep_ in ("oprd", "xcomp") for c in verb.children)) or (
            verb.lemma_.lower() in FRAMING_VERBS | REGARD_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        ):
            tokens = [t for t in verb.subtree if t.dep_ not in ("nsubj", "nsubjpass") and t.i >= verb.i]
        elif verb.lemma_.lower() in DEMAND_VERBS and (
            target := next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        ):
            tokens = [t for t in target.subtree if t is not target]  # "called for an investigation"
        elif _lemma(verb) in INTENTION_VERBS and (
            clause := next((c for c in verb.children if c.dep_ == "xcomp"), None)
        ):
            tokens = list(clause.subtree)  # "wants to repeal the law"
        elif (clause := noun_clause(verb)) is not None:  # "cited the backlash as proof that efforts were working"
            tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that")]
        elif is_reporting(verb) and (clause := stray_that_clause(verb)) is not None:  # "claimed in an interview that"
            tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head is clause)]
        elif (thing := object_reported(verb)) is not None:
            tokens = list(thing.subtree)  # "announced a series of steps", "talked about his record"
        elif (thing := answer(verb)) is not None:
            tokens = list(thing.subtree)  # "72 percent said yes", "half said so", "a third said the same of Cruz"
        else:
            return None
        tokens = [t for t in tokens if not t.is_space and (not t.is_punct or t.i not in (tokens[0].i, tokens[-1].i))]
        # "endorsed Ted Cruz", "said yes": a name or an answer will do
        named = bool(tokens) and thing is not None and (thing.pos_ == "PROPN" or thing.lower_ in ANSWERS)
        if len(tokens) < (1 if named else MIN_REPORTED_TOKENS):
            return None
        first, last = min(t.i for t in tokens), max(t.i for t in tokens)
        while last > first and self.doc[last].is_punct and self.doc[last].text not in ("”", '"'):
            last -= 1
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

    def _according_to(self, quoted: list[tuple[int, int]], taken: set[tuple[int, int]]) -> list[Quote]:
        quotes = []
        for sent in self.resolver.sentences:
            marker = next((t for t in sent if t.lower_ == "according" or per_source(t) is not None), None)
            if marker is None:
                continue
            agent = according_to(marker)
            if agent is None:
                continue
            if marker.lower_ == "per" and any(_says(t) for t in sent):
                continue  # '“Don't hide things,” one Weibo commenter said, per Feng': the commenter speaks
            phrase = {t.i for t in marker.subtree} | {marker.i, marker.i + 1}
            rest = [t for t in sent if t.i not in phrase and not t.is_punct]
            if len(rest) < MIN_CONTENT_TOKENS:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            if (start, end) in taken or any(qs <= start and end <= qe for qs, qe in quoted):
                continue
            quotes.append(self._make(start, end, False, self.resolver.source_from(agent), marker))
        return quotes

    def _in_document(self, quoted: list[tuple[int, int]], found: list[Quote]) -> list[Quote]:
        """ "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton":
        a sentence opened by "In" a poll, survey or study reports what that document found."""
        quotes = []
        for sent in self.resolver.sentences:
            root = sent.root
            frame = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < root.i), None)
            document = next((c for c in frame.children if c.dep_ == "pobj"), None) if frame is not None else None
            if document is None or document.lemma_.lower() not in DOCUMENT_NOUNS or is_reporting(root):
                continue
            phrase = {t.i for t in frame.subtree}
            rest = [t for t in sent if t.i not in phrase and not t.is_punct and not t.is_space]
            if len(rest) < MIN_CONTENT_TOKENS:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            if any(q.start < end and start < q.end for q in found) or any(qs <= start < qe for qs, qe in quoted):
                continue  # the sentence reports through a verb of its own, or quotes
            quotes.append(self._make(start, end, False, self.resolver.source_from(document, resolve=False), frame))
        return quotes


def quote_speaker_at(token: Token, resolver: Resolver, article_id: str) -> Source | None:
    """The speaker of the direct quote that holds the token ("'We found 12 bodies,' he said.")."""
    quotes = QuoteExtractor(token.doc, article_id, resolver).extract()
    for quote in quotes:
        if quote.direct and quote.speaker and quote.start <= token.idx < quote.end:
            entity = resolver.by_id.get(quote.speaker_entity or "")
            start, end = quote.speaker_start or 0, quote.speaker_end or 0
            affiliation = entity.affiliation if entity is not None else None
            return Source(resolver.text[start:end], start, end, quote.speaker, entity, affiliation, resolved=True)
    return None
