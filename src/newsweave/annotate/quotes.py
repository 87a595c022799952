"""Quotes: direct quotations (also partial ones, an "open page") and reported speech, with speakers.

A direct quote's speaker is the subject of the reporting verb that governs the quoted words (or, for
a quote that stands alone, of the verb in the sentence before or after it). Reported speech is a
reporting verb's that-clause ("Zelensky stated that ..."), an "X as Y" framing ("framing them as a
justified security measure"), or an "according to X" sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.according import MARKERS
from newsweave.annotate.attribution import Resolver, Source, according_to, is_reporting
from newsweave.annotate.clauses import AUX_REPORTING, per_source, quoted_as_saying, subject_of
from newsweave.annotate.doc_arrays import column, span_text
from newsweave.annotate.quote_lines import dash_credit, labelled_speaker, lead_in, name_colon_lines, post_credit_lines
from newsweave.annotate.quote_speakers import (
    clause_speaker,
    impersonal,
    introduced,
    remark_owner,
    speaker,
    speaker_outside,
    term_of_things,
)
from newsweave.annotate.quote_verbs import governing_verb, neighbour_verb, phrased_after
from newsweave.annotate.quotemarks import (
    continue_speakers,
    direct_quote_spans,
    nested_speakers,
    single_marked,
    split_speakers,
    stage_direction,
)
from newsweave.annotate.reported import asked_to, clause_verb, is_title, that_clause
from newsweave.annotate.reported_content import SPOKEN_VERBS, content_of, verb_lemma
from newsweave.annotate.speech_words import (
    DOCUMENT_NOUNS,
    LEMMA_FIXES,
    NAMING_NOUNS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
)
from newsweave.model import Quote

MIN_CONTENT_TOKENS = 3
MAX_TERM_WORDS = 3  # quoted words as short as a name or a term


def _says(verb: Token) -> bool:
    """A verb of saying with a subject of its own: 'one Weibo commenter said'."""
    return verb.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in verb.children)


def _outermost(reported: list[Quote]) -> list[Quote]:
    """One speaker's reported speech once: "He said he intended to report the incident" is one statement,
    not a second one for "to report the incident" inside it."""
    return [
        quote
        for quote in reported
        if not any(
            other.speaker == quote.speaker
            and other.start <= quote.start
            and quote.end <= other.end
            and other.end - other.start > quote.end - quote.start
            for other in reported
        )
    ]


def _inside_others(reported: list[Quote], doc: Doc) -> list[Quote]:
    """A plain object reported inside someone else's reported words is part of what they say, no statement of
    its own: 'If women want to report a crime, officers would be available ..., Jakubowski said' does not have
    women saying "a crime". Words with a verb of their own inside stay: "Smith said Jones claimed that ...",
    "Zelensky wants to join NATO, his aides said"."""
    kept = []
    for quote in reported:
        outer = any(
            other.speaker != quote.speaker
            and other.start <= quote.start
            and quote.end <= other.end
            and other.end - other.start > quote.end - quote.start
            for other in reported
        )
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand") if outer else None
        if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        kept.append(quote)
    return kept


def _subject_within(verb: Token, span: Span, source: Source | None) -> bool:
    """The speaker found is (or the verb's subject lies in) the quoted words themselves."""
    if source is not None:
        return source.start < span.end_char and span.start_char < source.end
    subject = subject_of(verb)
    return subject is not None and span.start <= subject.i < span.end


FIRST_PERSONS = {"i", "we"}


def _narrator_says(verb: Token, span: Span) -> bool:
    """The verb that governs the quoted words has the writer for its subject ('“Okay,” I said, attempting to
    regroup. “I was seventeen years old when I set foot in America.'), outside the quoted words."""
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in FIRST_PERSONS and not span.start <= subject.i < span.end


def _said_by_someone(quote: Quote, text: str) -> bool:
    """A speaker apart from the quoted words: not none, nor a name holding them ("Super PAC ‘Refurbished’")."""
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return False
    name = text[quote.speaker_start : quote.speaker_end]
    # a quotation mark, not an apostrophe ("Verstappen's Red Bull pit crew" speaks)
    return not any(mark in name for mark in '‘"“”') and not (
        quote.speaker_start <= quote.end and quote.start - 1 <= quote.speaker_end
    )


def _named(span: Span) -> bool:
    """Quoted words right after a noun that names them ('the podcast “Here's the Thing.”', 'under the pseudonym
    “Carlos Danger”'): a name or a title, which nobody says."""
    doc, k = span.doc, span.start - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    return k >= 0 and doc[k].lower_ in NAMING_NOUNS


def _runs_over_quotes(start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Reported content that opens a direct quote and runs on into another one is the parser joining two
    quotes (and often two speakers) into one clause: the direct quotes say it."""
    opening = [(qs, qe) for qs, qe in quoted if qs - 2 <= start < qe]
    return bool(opening) and any(opening[0][1] < qs < end for qs, _ in quoted)


def _reporting_candidates(doc: Doc) -> list[int]:
    """The verbs that may report or speak, read from the columns: a lemma of reporting or speech, or a form of one
    the parser took for an auxiliary ("said"). `is_reporting` and the spoken test narrow them; the rest of an
    article's verbs ("was", "went", ...) are never made Tokens."""
    pos, lemmas, words = column(doc, "pos_"), column(doc, "lemma_"), column(doc, "lower_")
    return [
        i
        for i, tag in enumerate(pos)
        if tag in ("VERB", "AUX")
        and (
            (lemma := lemmas[i].lower()) in REPORTING_VERBS
            or AUX_REPORTING.get(words[i]) in REPORTING_VERBS
            or LEMMA_FIXES.get(words[i], lemma) in SPOKEN_VERBS
        )
    ]


class QuoteExtractor:
    """Finds the quotes of one parsed article."""

    def __init__(self, doc: Doc, article_id: str, resolver: Resolver) -> None:
        self.doc = doc
        self.article_id = article_id
        self.resolver = resolver
        self.narrated: set[int] = set()  # starts of direct quotes the writer says ("“Okay,” I said")

    def extract(self) -> list[Quote]:
        """The article's quotes, extracted once per resolver (figures ask for them first)."""
        if self.resolver.quotes is None:
            self.resolver.quotes = self._extract()
        return self.resolver.quotes

    def _extract(self) -> list[Quote]:
        spans = direct_quote_spans(self.resolver.text)
        direct = [q for q in (self._direct(s, e) for s, e in spans) if q]
        text = self.resolver.text
        # a single-marked span no one says (yet) is no quote that holds reported speech; a name or title named as one
        # is no one's reported words either ('said in May on the podcast “Here's the Thing.”')
        quoted_regions = [(q.start, q.end) for q in direct if q.speaker or not single_marked(text, q.start)]
        quoted_regions += [(s, e) for s, e in spans if self._names(s, e)]
        reported = _inside_others(_outermost(self._reported(quoted_regions)), self.doc)
        quotes = sorted(direct + reported, key=lambda q: q.start)
        nested_speakers(direct, reported)
        split_speakers(quotes, text)
        continue_speakers(quotes, text, narrated=frozenset(self.narrated))
        quotes = [q for q in quotes if not (q.direct and single_marked(text, q.start)) or _said_by_someone(q, text)]
        for index, quote in enumerate(quotes):
            quote.id = f"{self.article_id}:q{index}"
        return quotes

    def _make(self, start: int, end: int, direct: bool, source: Source | None, cue: Token | None) -> Quote:
        sentence = self.doc.char_span(start, end, alignment_mode="expand")
        sent_text = span_text(sentence.sent) if sentence is not None else self.resolver.text[start:end]
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
        words = self.resolver.text[start:end]
        if span is None or not len(span) or is_title(words) or stage_direction(words) or _named(span):
            return None
        verb = phrased_after(span) or governing_verb(span) or neighbour_verb(span, self.resolver)
        source = speaker(verb, self.resolver) if verb is not None else None
        if verb is not None and (quoted := quoted_as_saying(verb)) is not None:
            source = self.resolver.source_from(quoted)  # "..., the newspaper quoted him as saying": his words
        if verb is not None and _subject_within(verb, span, source):
            source = speaker_outside(verb, span, self.resolver)  # the parser took the quoted words for the subject
        if source is None:
            source, verb = introduced(span, verb, self.resolver)
        if source is None:
            source = labelled_speaker(self.resolver, start, end)  # '"WALLACE: If I may, sir, ...'
        if source is None:
            source = dash_credit(self.resolver, end)  # '“Trump must stop ...”― Carla Sanchez.'
        if source is None and (lead := lead_in(self.resolver, start, end)) is not None:
            source = speaker(lead, self.resolver)  # a quoted paragraph after "Valastro praised Christie's ..."
            verb = lead if source is not None else verb
        if source is None and (owner := remark_owner(span, self.resolver)) is not None:
            source = owner  # "Neil Portnow's controversial “step up” remarks"
        if source is None and verb is not None and _narrator_says(verb, span):
            self.narrated.add(start)  # '“Okay,” I said': the writer's words, no one else's to continue
        if source is None and (clause := clause_verb(span)) is not None:
            # "Rubio bemoaned a climate in which people “literally hate ...”"
            source = clause_speaker(clause, self.resolver)
            if len(words.split()) <= MAX_TERM_WORDS and term_of_things(span, clause):
                return None  # 'Bitcoin is the first “cryptocurrency”': a term marked, no one's words
            if source is not None and _subject_within(clause, span, source) and _subject_within(clause, span, None):
                # quoted words never speak themselves: a short one is a term named, no quote ('Its “secret chats”
                # employ ...', 'because "she" is a "he"'); longer ones stay, their speaker unknown
                if len(words.split()) <= MAX_TERM_WORDS:
                    return None
                source = None
            verb = clause if source is not None else verb
        return self._make(start, end, True, source, verb)

    def _names(self, start: int, end: int) -> bool:
        """Quoted words a noun before them names as a title or a name, not anyone's words. (A title known only by
        its capitals stays open to reported speech: 'named “Bill Maher” as his guilty pleasure' is PolNeAR's.)"""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and _named(span)

    def _reported(self, quoted: list[tuple[int, int]]) -> list[Quote]:
        quotes = []
        for token in (self.doc[i] for i in _reporting_candidates(self.doc)):
            lemma = verb_lemma(token)
            spoken = token.pos_ == "VERB" and lemma in SPOKEN_VERBS
            if not (is_reporting(token) or spoken):
                continue
            if asked_to(token):
                continue  # "pushing Senate Democrats to reject the deal": the pusher's words, reported by "push"
            content = content_of(token)
            if content is None:
                continue
            start, end = content
            if any(qs - 2 <= start and end <= qe + 2 for qs, qe in quoted):
                continue  # the direct quote already holds it
            if _runs_over_quotes(start, end, quoted):
                continue  # 'saying "we should be going" while Verstappen agreed saying, "I think ..."': two quotes
            source = speaker(token, self.resolver)
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
        lemmas, pos = column(self.doc, "lemma_"), column(self.doc, "pos_")
        nouns = (i for i, lemma in enumerate(lemmas) if pos[i] == "NOUN" and lemma.lower() in REPORT_NOUNS)
        for noun in (self.doc[i] for i in nouns):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and that_clause(c)), None)
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            agent = agent or next((c for c in noun.children if c.dep_ == "poss"), None)
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
            if agent is not None and impersonal(agent):
                agent = None
            if clause is None or (agent is None and (verb is None or not is_reporting(verb))):
                continue
            # "said in a statement that ...": the speaker of the verb the statement was made with
            source = self.resolver.source_from(agent) if agent is not None else speaker(verb, self.resolver)
            tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head is clause)]
            if source is None or len(tokens) < MIN_CONTENT_TOKENS:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            if not any(qs - 2 <= start and end <= qe + 2 for qs, qe in quoted):
                quotes.append(self._make(start, end, False, source, noun))
        return quotes

    def _according_to(self, quoted: list[tuple[int, int]], taken: set[tuple[int, int]]) -> list[Quote]:
        quotes, lower = [], column(self.doc, "lower_")
        for sent in self.resolver.sentences:
            words = (self.doc[i] for i in range(sent.start, sent.end) if lower[i] in MARKERS)  # no Token per word
            marker = next((t for t in words if t.lower_ == "according" or per_source(t) is not None), None)
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
            return quote_source(quote, resolver)
    return None


def quote_source(quote: Quote, resolver: Resolver) -> Source:
    """The speaker of a quote as a source, resolved as the quote resolved it."""
    entity = resolver.by_id.get(quote.speaker_entity or "")
    start, end = quote.speaker_start or 0, quote.speaker_end or 0
    affiliation = entity.affiliation if entity is not None else None
    return Source(resolver.text[start:end], start, end, quote.speaker or "", entity, affiliation, resolved=True)
