"""Quotes found line by line rather than in a parse: a line opened by a name and a colon ("TRUMP: We will
win"), and the paragraph above an embedded post's credit line. Kept apart from the sentence-level finders."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from newsweave.annotate.attribution import Resolver, Source, is_reporting
from newsweave.annotate.reported_content import SPOKEN_VERBS, verb_lemma
from newsweave.annotate.speech_words import DOCUMENT_NOUNS, SOURCE_NOUNS
from newsweave.model import Entity, Quote

Make = Callable[[int, int, bool, "Source | None", "Token | None"], Quote]
MIN_LINE_WORDS = 3
# "Pat Caddell: Democrat voters worried ...", "TRUMP: We will win": a name, a colon, what they said.
NAME_COLON = re.compile(r"^\s*([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}):\s+(\S.*)$")
# The credit line under an embedded post: "— Robert Maguire (@RobertMaguire) November 18, 2019". Looser than the
# cleaner's signature (clean/posts.py): no date needed and any handle characters, so a credit the cleaner left
# (an escaped "@RobertMaguire\_", no date) still credits the paragraph above it.
POST_CREDIT = re.compile(r"^\s*[—–]\s*([^(@\n]*?[A-Za-z][^(@\n]*?)\s*\(@[^)\s]+\)")
# A dash credit right after a quotation (an epigraph, a reader's comment in a list): '”― Carla Sanchez.',
# '"\n\n- Bernie Sanders.', '" -Michelle Marks, Philadelphia.': capitalised words that end their line or meet a comma.
DASH_CREDIT = re.compile(
    r"[^\S\n]*\n{0,2}[^\S\n]*(?:―|—|–|--?)[^\S\n]*((?:[A-Z][\w'’-]*\.?)(?:[^\S\n]+[A-Z][\w'’-]*\.?){0,4})(?=,|[^\S\n]*$)",
    re.M,
)


def post_credit_lines(resolver: Resolver, quoted: list[tuple[int, int]], make: Make) -> list[Quote]:
    """An embedded post (a tweet) is its author's words: the paragraph above its credit line."""
    quotes, offset, previous = [], 0, None
    for line in resolver.text.split("\n"):
        match = POST_CREDIT.match(line)
        if match and previous is not None:
            start, end = previous
            name_start, name_end = offset + match.start(1), offset + match.end(1)
            name = resolver.text[name_start:name_end].strip()
            if not any(qs <= start and end <= qe for qs, qe in quoted) and len(name.split()) <= 5:
                person = resolver.entity_in(name_start, name_end)
                source = Source(name, name_start, name_end, person.name if person else name, person,
                                person.affiliation if person else None, is_named=person is not None)  # fmt: skip
                quotes.append(make(start, end, True, source, None))
        if line.strip():
            previous = (offset + len(line) - len(line.lstrip()), offset + len(line.rstrip()))
        offset += len(line) + 1
    return quotes


def name_colon_lines(resolver: Resolver, quoted: list[tuple[int, int]], found: list[Quote], make: Make) -> list[Quote]:
    """Lines that open with a person's name and a colon (headlines, interview transcripts), not the
    entries of a list under names (a police report's charges, one line per person)."""
    lines, offset = [], 0  # (name colon match or None, offset) per non-empty line
    for line in resolver.text.split("\n"):
        if line.strip():
            lines.append((NAME_COLON.match(line), offset, line))
        offset += len(line) + 1
    verbless = [m is not None and not _states(resolver, o + m.start(2), o + len(ln.rstrip())) for m, o, ln in lines]
    quotes = []
    for i, (match, offset, line) in enumerate(lines):
        if match is None or (verbless[i] and any(verbless[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))):
            continue
        name_start, name_end = offset + match.start(1), offset + match.end(1)
        start, end = offset + match.start(2), offset + len(line.rstrip())
        covered = any(q.start <= start and end <= q.end for q in found) or any(
            qs <= start and end <= qe for qs, qe in quoted
        )
        source = _label_source(resolver, match.group(1), name_start, name_end)
        if source is not None and not covered and len(match.group(2).split()) >= MIN_LINE_WORDS:
            quotes.append(make(start, end, False, source, None))
    return quotes


def _label_source(resolver: Resolver, name: str, start: int, end: int) -> Source | None:
    """The person (or body) a "NAME:" label stands for. A label in capitals heads a fact box or an award
    ("MILKFLOAT: Jenson Button had a miserable afternoon", "THE FALCON HEAVY Height: 70 meters") unless it
    names someone the article names elsewhere ("TRUMP: We will win")."""
    person = resolver.entity_in(start, end, ("PERSON",))
    if person is None or person.type != "PERSON":
        person = resolver.person_named(name.split()[-1].title())
    shouted = any(w.isupper() and len(w) > 3 for w in name.split())
    if shouted and (_fact_box(name) or (person is not None and not _named_elsewhere(person, start, end))):
        return None
    if person is not None:
        return Source(name, start, end, person.name, person, person.affiliation, is_named=True)
    return None if shouted else _body_named(resolver, name, start, end)


def _fact_box(name: str) -> bool:
    """A heading in capitals run into a field name ("THE FALCON HEAVY Height")."""
    words = name.split()
    return any(w.isupper() for w in words) and any(w[:1].isupper() and w[1:].islower() for w in words)


def _named_elsewhere(entity: Entity, start: int, end: int) -> bool:
    """The entity has a mention outside the label."""
    return any(s < start or s >= end for s, _ in entity.mentions)


def dash_credit(resolver: Resolver, end: int) -> Source | None:
    """The name a dash credits a quotation to, right after its closing mark (a reader's comment in a list,
    an epigraph). A byline ("--Kim Hjelmgaard.") credits the article, not the quote: it only counts where the
    quote has no speaker of its own, which the caller checks first."""
    text, after = resolver.text, end
    while after < len(text) and text[after] in "\"”’'":
        after += 1  # past the closing mark ('' counts twice)
    if after == end:
        return None
    match = DASH_CREDIT.match(text, after)
    if match is None:
        return None
    name = match.group(1).rstrip(".")
    start = match.start(1)
    person = resolver.entity_in(start, start + len(name))
    if person is not None:
        return Source(name, start, start + len(name), person.name, person, person.affiliation, is_named=True)
    return Source(name, start, start + len(name), name)


def labelled_speaker(resolver: Resolver, start: int, end: int) -> Source | None:
    """Quoted transcript lines open with their speaker's label ('"WALLACE: If I may, sir, ...', a quotation
    running over paragraphs): the label's person, else the capitalised label itself."""
    match = NAME_COLON.match(resolver.text[start:end])
    if match is None or len(match.group(2).split()) < MIN_LINE_WORDS:
        return None
    name, name_start = match.group(1), start + match.start(1)
    source = _label_source(resolver, name, name_start, name_start + len(name))
    if source is None and name.isupper() and len(name) > 1:
        source = Source(name, name_start, name_start + len(name), name)
    return source


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _states(resolver: Resolver, start: int, end: int) -> bool:
    """The words after the colon say something (a finite verb: "Democrat voters worried ..."), unlike a
    list entry ("Elizabeth A. Burton: Possession of methamphetamine, held in lieu of $70,000 bond")."""
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.tag_ in FINITE_TAGS for t in span)


def _body_named(resolver: Resolver, name: str, start: int, end: int) -> Source | None:
    """ "NY Daily News: Paris Attacks Highlight Threat", "Poll: Sanders Leads": an organisation, or a
    noun of the kind that reports, heading a line with a colon."""
    body = resolver.entity_in(start, end, ("ORG",))
    if body is not None and body.type == "ORG":
        return Source(name, start, end, body.name, body, body.affiliation, is_named=True)
    if name.split()[-1].lower() in SOURCE_NOUNS | DOCUMENT_NOUNS:
        return Source(name, start, end, name)
    return None


QUOTE_EDGES = "\"“”'‘’ \t"


def lead_in(resolver: Resolver, start: int, end: int) -> Token | None:
    """A quotation that is a paragraph of its own, with no verb of its own, after a paragraph whose last sentence
    tells what someone says or thinks ("Valastro praised Christie's leadership ... ¶ “We need someone who's going
    to cut through the bullcrap ...”"): that sentence's verb introduces it."""
    text = resolver.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(QUOTE_EDGES) or text[end:line_end].strip(QUOTE_EDGES + ".,"):
        return None  # the quotation shares its paragraph with other words
    before = text[:line_start].rstrip()
    if not before or "\n" not in text[len(before) : line_start]:
        return None
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    k = span.start - 1
    while k > 0 and (span.doc[k].is_space or span.doc[k].is_quote):
        k -= 1
    index = resolver.sentence_index(k)
    if index is None:
        return None
    sentence = resolver.sentences[index]
    if len(text[start:end].split()) < MIN_LINE_WORDS or sentence.text.lstrip()[:1] in QUOTE_EDGES:
        return None  # a heading ("Related:"), or a sentence before that is someone's quotation itself
    verb = sentence.root
    from_verbs = verb.pos_ == "VERB" and (is_reporting(verb) or verb_lemma(verb) in SPOKEN_VERBS)
    return verb if from_verbs else None
