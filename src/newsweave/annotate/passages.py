"""Who asserts a sentence: its own reporting clause, else the passage it continues.

A sentence without a source of its own that continues an attributed passage carries its source ("Two
ferries sank, the coast guard said. About 80 passengers were rescued."), up to PASSAGE_HOPS sentences on.
The passage ends at a headline or heading, at a paragraph of several sentences (ending or beginning), and at
a sentence that takes the voice back ("reportedly", "However, ...") or whose subject is a new named actor; only
a verb that hands the floor over opens one (PASSAGE_VERBS). Measured on PolNeAR train, first 200 articles
(sentences inside a gold attribution whose source is the one carried): 0.469 of carried sources right with
the older breaks, 0.680 with these.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.annotate.according import closing_according
from newsweave.annotate.attribution import (
    Resolver,
    Source,
    according_to_over,
    is_reporting,
    reporting_verbs_above,
    subject_of,
    verb_source,
)
from newsweave.annotate.clauses import trailing_content
from newsweave.annotate.doc_arrays import column, span_text
from newsweave.annotate.open_quotes import open_quote_turn
from newsweave.annotate.reported_figures import reported_speaker_at
from newsweave.annotate.speech_words import (
    FINDING_NOUNS,
    FINDING_VERBS,
    HEDGES,
    PASSAGE_HOPS,
    RESPONDENTS,
    VOICE_OPENERS,
)

# Verbs that hand the floor to a source whose statement the next sentences may go on with. Measured on PolNeAR
# train (200 articles, carried source right / wrong): say 214/97, tell 25/19, write 11/3, explain 12/2, reply
# 12/0, add 8/8, state 5/2, note 4/2, conclude 3/3; every other verb 0.2 right at best (show 0/15, know 0/14,
# argue 0/10, report 2/11, announce 1/6, "according to" later in the sentence 0/14). A forecast goes on with its
# figures too ("23 million Britons will miss out ..., predicts the report by BT. ... 27 million ..."), and so does
# a sentence that opens "According to X," (3/4).
PASSAGE_VERBS = {"say", "tell", "write", "explain", "reply", "add", "state", "note", "conclude", "answer", "recount"}
PASSAGE_VERBS |= {"predict", "estimate", "forecast", "project", "calculate", "according"}

# What a share of respondents answers: "In a new Quinnipiac poll, 52 percent said ...".
POLL_NOUNS = {"poll", "survey"}

THIRD_PERSONS = {"he", "she"}

# Subjects that put a new actor on stage: "Smith visited the site." ends whoever spoke before.
NAMED_ACTORS = {"PERSON", "ORG", "NORP", "GPE"}


def sentence_source(resolver: Resolver, index: int) -> Source | None:
    """The source a sentence credits in its main clause: "..., the coast guard said." (memoised)."""
    if index not in resolver.sentence_sources:
        sent, found, credit = resolver.sentences[index], None, ""
        for token in sent:
            main = token.dep_ in ("ROOT", "parataxis") or (token.dep_ == "conj" and token.head.dep_ == "ROOT")
            if main and is_reporting(token) and (found := verb_source(token, resolver)) is not None:
                credit = token.lemma_.lower()
                break
        if found is None and (phrase := according_to_over(sent.root)) is not None:
            words = [t.lower_ for t in sent if not (t.is_space or t.is_punct)][:2]
            found, credit = resolver.source_from(phrase[0]), "according" if "according" in words else "according to"
        resolver.sentence_sources[index] = found
        resolver.sentence_credits[index] = credit
    return resolver.sentence_sources[index]


def _opens_passage(resolver: Resolver, index: int) -> bool:
    """The sentence credits its source with a verb that hands the floor over ("said", "told", "wrote",
    "explained"), not one that reports a finding, a belief or a stance ("the poll showed", "he knew", "she
    argued", "denied"), which the next sentence does not go on with."""
    sentence_source(resolver, index)
    return resolver.sentence_credits.get(index, "") in PASSAGE_VERBS


def passage_source(resolver: Resolver, sent: Span, hops: int = PASSAGE_HOPS) -> Source | None:
    """The source of the attributed passage a sentence without a source of its own continues: the
    nearest of the `hops` sentences before it that credits someone, when every sentence from there on
    continues the statement (never across a headline, a sentence in the article's own voice or one
    whose subject is a new named actor). A line that is no sentence (a photo caption "..., with four lensed
    background quasars (University of Oklahoma)", a heading) continues nobody's statement. Found once per
    sentence (the figures of a sentence ask in turn)."""
    index = resolver.sentence_index(sent.start)
    if index is None or hops != PASSAGE_HOPS:
        return _passage_source(resolver, sent, index, hops)
    if index not in resolver.passage_sources:
        resolver.passage_sources[index] = _passage_source(resolver, sent, index, hops)
    return resolver.passage_sources[index]


def _passage_source(resolver: Resolver, sent: Span, index: int | None, hops: int) -> Source | None:
    if not index or sentence_source(resolver, index) is not None or not _continues(sent) or _entry_stamp(sent):
        return None
    if _heading(sent):
        return None
    for back in range(index - 1, max(0, index - hops) - 1, -1):
        earlier = resolver.sentences[back]
        if _heading(earlier):
            break  # a headline, dateline or section heading ends the passage
        if _entry_stamp(earlier) and sentence_source(resolver, back) is None:
            break  # a live blog's entry of its own, without a source: the passage does not reach back past it
        if _new_paragraph(resolver, back) or _into_paragraph(resolver, back):
            break  # a paragraph of several sentences ended, or one begins after it: the writer moves on
        source = sentence_source(resolver, back)
        if source is not None:
            if not _opens_passage(resolver, back):
                return None
            if _quoted_paragraph_before(resolver, back, index):
                return None  # '"2019 is just not as strong," McDowell said.' then the writer's next paragraph
            return source
        if not _continues(earlier) or (_mostly_quoted(resolver, earlier) and not _mostly_quoted(resolver, sent)):
            break  # '"... I needed a plan B ..." That plan B turned out to be ...': the writer goes on
    return None


def _quoted_paragraph_before(resolver: Resolver, back: int, index: int) -> bool:
    """The source's sentence is mostly someone's quoted words and a paragraph break follows it: the
    quote was their turn, and the next paragraph is the writer's."""
    earlier = resolver.sentences[back]
    if "\n" not in resolver.text[earlier.start_char : resolver.sentences[index].start_char]:
        return False
    return _mostly_quoted(resolver, earlier)


def _mostly_quoted(resolver: Resolver, sent: Span) -> bool:
    """At least half of the sentence is someone's words in quotation marks."""
    inside = sum(max(0, min(e, sent.end_char) - max(s, sent.start_char)) for s, e in resolver.quoted_spans())
    return inside >= 0.5 * len(span_text(sent).strip())


def _new_paragraph(resolver: Resolver, index: int) -> bool:
    """Sentence `index` closes a paragraph of several sentences: the paragraph after it moves on. Text
    written one sentence to a paragraph (a wire story's lead, a tabloid's explainer box) breaks at every
    sentence, so there a paragraph break says nothing."""
    sentences = resolver.sentences
    return "\n" in span_text(sentences[index]) and index > 0 and "\n" not in span_text(sentences[index - 1])


def _into_paragraph(resolver: Resolver, index: int) -> bool:
    """A paragraph break follows sentence `index` and the paragraph after it has several sentences: a new
    passage of the writer's ("Dale Robinson says that will allow officials to bring in ... ¶ The storm brought
    34 inches of snow on Christmas Day, ... Another 24.5 inches fell ..."), unless a sentence of that
    paragraph credits a source of its own (then it is a report too). On PolNeAR train (200 articles) this
    break drops 63 of 693 carried sources, 8 of them right: precision 0.469 -> 0.503."""
    sentences = resolver.sentences
    if (
        "\n" not in span_text(sentences[index])
        or index + 2 >= len(sentences)
        or "\n" in span_text(sentences[index + 1])
    ):
        return False
    for after in range(index + 1, len(sentences)):
        if sentence_source(resolver, after) is not None:
            return False  # "28 people ... were put under quarantine. No one has shown symptoms, the commission said."
        if "\n" in span_text(sentences[after]):
            break
    return True


def _continues(sent: Span) -> bool:
    """A sentence that can continue someone else's statement: it neither takes the voice back (a hedge,
    an opening "However") nor puts a new named actor on stage as its subject ("Smith visited ...",
    "Broadcom's new $82 per share offer included ...")."""
    if _own_voice(sent):
        return False
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    if any(s.lower_ in THIRD_PERSONS for s in subjects):
        return False
    return not any(s.pos_ == "PROPN" or s.ent_type_ in NAMED_ACTORS for s in subjects + owners)


# A live blog's entry heading inside the text: "11.04am - UPDATE - Losses down to $488 ..."
ENTRY_STAMP = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*[-–—]", re.IGNORECASE)


def _entry_stamp(sent: Span) -> bool:
    """The sentence holds a live blog's time-stamped entry heading: a new entry in the writer's voice."""
    return ENTRY_STAMP.search(span_text(sent)) is not None


def _heading(sent: Span) -> bool:
    """A line that is not a sentence (a headline, a section heading): no closing punctuation."""
    return not span_text(sent).rstrip().rstrip("\"'”’)").endswith((".", "!", "?", ":"))


def _own_voice(sent: Span) -> bool:
    """A sentence that takes the voice back from the passage's source: it hedges for itself
    ("are reportedly present") or opens with a contrast ("However, ...")."""
    lower, space, punct = column(sent.doc, "lower_"), column(sent.doc, "is_space"), column(sent.doc, "is_punct")
    words = range(sent.start, sent.end)
    first = next((i for i in words if not space[i] and not punct[i]), None)
    return (first is not None and lower[first] in VOICE_OPENERS) or any(lower[i] in HEDGES for i in words)


def own_source(token: Token, resolver: Resolver) -> Source | None:
    """Who the token's sentence credits for it: a reporting verb above it or beside its clause, or an
    "according to" phrase over its clause. An "according to" hung on the reporting verb itself is the
    outer source: "according to NPR's Feng, Li Jifeng wrote in a blog post that ... nine days" is Feng's."""
    phrase = according_to_over(token)
    if (outer := closing_according(token)) is not None:
        return resolver.source_from(outer)
    closing = closing_verbs(token)
    verbs = closing + [v for v in reporting_verbs_above(token) if v not in closing]
    for at, verb in enumerate(verbs):
        if phrase is not None and phrase[1].i == verb.i:
            return resolver.source_from(phrase[0])
        source = verb_source(verb, resolver)
        if source is not None:
            return _finding_over(verb, verbs[at + 1 :], resolver) or source
    return resolver.source_from(phrase[0]) if phrase is not None else as_reported(token, resolver)


def _finding_over(inner: Token, outer: list[Token], resolver: Resolver) -> Source | None:
    """A study, survey or polling body that found what the speakers said or did: its finding, their words only as
    it reports them ("Research conducted for the Women's Media Center showed that men reported 65% of U.S. political
    stories in 2014", "Pew found that about twice as many Democrats ... said it was more important to control gun
    ownership (65%)"). Only a finding whose content holds the speakers' verb, and only over people: a finding inside
    another ("Early polls show ...: A Quinnipiac University poll this month found ...") keeps its own source, and a
    finding beside a statement ("records show, and aviation experts say") is not over it."""
    if _finder(inner) is not None:
        return None
    for verb in outer:
        if _finder(verb) is not None and _holds(verb, inner):
            return verb_source(verb, resolver)
    return None


def _holds(outer: Token, inner: Token) -> bool:
    """The inner verb lies in the outer one's content, not in a clause joined to it ("records show, and aviation
    experts say ...": "say" a conjunct of "show")."""
    node = inner
    while node.i != outer.i and node.head.i != node.i:
        if node.dep_ == "conj":
            return False
        node = node.head
    return node.i == outer.i


def _finder(verb: Token) -> Token | None:
    """The study, poll or body that a verb of finding has for its subject ("Research ... showed", "Pew found")."""
    subject = subject_of(verb) if verb.lemma_.lower() in FINDING_VERBS else None
    if subject is not None and (subject.lemma_.lower() in FINDING_NOUNS or subject.ent_type_ == "ORG"):
        return subject
    return None


WRITERS = {"we", "i", "you"}  # who an "As ... explained," frame names when the writer speaks
# Clause edges a reporting frame does not reach through: "As the Post reported, ..." frames its own clause.
CLAUSE_EDGES = ("relcl", "acl", "advcl", "ccomp", "csubj", "pcomp")


def as_reported(token: Token, resolver: Resolver) -> Source | None:
    """The source of an "As X reported," frame over the token's clause ("As The Washington Post reported, even if
    Sanders managed to split delegates ..., he would then need to win 55 percent of the remaining delegates"): the
    clause is what X reported, though the frame hangs on it as an adverbial clause of manner."""
    for node in [token, *token.ancestors]:
        for frame in (c for c in node.children if c.dep_ == "advcl" and c.i != token.i and is_reporting(c)):
            if any(m.dep_ == "mark" and m.lower_ == "as" for m in frame.children) and frame.i < node.i:
                subject = subject_of(frame)
                if subject is not None and subject.lower_ in WRITERS:
                    return None  # "As we have explained before, ...": the writer's own voice
                return verb_source(frame, resolver)
        if node.dep_ in CLAUSE_EDGES:
            return None
    return None


def closing_verbs(token: Token) -> list[Token]:
    """The reporting verb that closes the token's sentence after a comma, when the token is in the clause
    it closes ("..., a cell held 155 adult males, NBC News reported.")."""
    doc, pos = token.doc, column(token.doc, "pos_")
    verbs = (doc[i] for i in range(token.i + 1, token.sent.end) if pos[i] == "VERB")  # a Token for verbs only
    return [verb for verb in verbs if (content := trailing_content(verb)) and content[-1].i >= token.i]


def respondents(resolver: Resolver, source: Source) -> bool:
    """A share of the people polled ("64 percent call him competent", "Six in 10 Republicans said"): they answer
    a poll, they assert no figure of it. Measured on PolNeAR train: of 60 figures credited to such a share, 8 were
    the poll's or the share's own words, 33 the poll's or the writer's."""
    phrase = resolver.doc.char_span(source.start, source.end, alignment_mode="expand")
    return phrase is not None and (phrase.root.lower_ in RESPONDENTS or phrase.root.like_num or phrase.root.text == "%")


def poll_in(resolver: Resolver, sent: Span) -> Source | None:
    """The poll a sentence reports its answers from ("In a CNN/ORC poll the same month, 38 percent of voters said
    ..., while 60 percent said ..."): the figures are the poll's; with no poll named they are the writer's."""
    for poll in sent:
        if poll.lemma_.lower() not in POLL_NOUNS or poll.pos_ not in ("NOUN", "PROPN") or poll.dep_ == "compound":
            continue
        if poll.dep_ == "pobj" or (poll.dep_ == "nsubj" and is_reporting(poll.head)):  # not "the survey was conducted"
            return resolver.source_from(poll)
    return None


# Documents whose findings a clause framed by "in" reports: "In an early-October CBS News poll, she led Mr. Sanders 56
# percent to 32 percent."
FRAME_NOUNS = POLL_NOUNS | {"study", "analysis"}


def document_frame(token: Token, resolver: Resolver) -> Source | None:
    """The poll or study a clause opens with ("In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent"): its
    figures are what the poll found. Only the token's own clause counts, not a clause it holds. A poll named after the
    verb is often one of two compared ("declined slightly from 58 percent in the last poll to 55 percent now"): on
    PolNeAR train such trailing polls credited 11 figures right and 9 the annotators left to the writer, the opening
    ones 14 and 3."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < node.i):
                poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if poll is None or poll.lemma_.lower() not in FRAME_NOUNS or poll.pos_ != "NOUN":
                    continue
                if not prep.left_edge.i <= token.i <= prep.right_edge.i:
                    return resolver.source_from(poll, resolve=False)
        if node.dep_ in CLAUSE_EDGES:
            return None  # "Trump rose in the polls after he spent $2 million": the poll found no spending
    return None


def source_of(token: Token, resolver: Resolver, quoted: Source | None = None) -> Source | None:
    """Who asserts what `token` says: its own sentence's source, else the speaker of the direct quote
    holding it (`quoted`), else the source of the attributed passage it continues ("Two ferries sank,
    the coast guard said. About 80 passengers were rescued."). A token inside the source phrase itself
    ("according to two people familiar") has no source. The speaker of the quotation outranks a reporting
    clause inside it ('"... On average witnesses reported the event lasted for 3.9 seconds. ...," Mike Hankey
    told RT.com.' is Hankey's)."""
    own = own_source(token, resolver)
    span = resolver.quote_holding(token.idx) if quoted is not None else None
    turn = open_quote_turn(resolver, token.sent, sentence_source) if quoted is None else None
    if turn is not None and turn[1] <= token.idx < turn[2]:  # not "..., said the agency, which fell 2,000 pages short"
        quoted, span = turn[0], turn[1:]
    if own is not None and span is not None and quoted is not None:
        # someone the speaker quotes or reports, inside the speaker's words, whether the speaker is named after the
        # quote or before it ('But he added, "People are pretty fed up with politicians that ... tell one group one
        # thing"' is his)
        if span[0] <= own.start < span[1] and not span[0] <= quoted.start < span[1]:
            own = None
    source = own or quoted or document_frame(token, resolver)
    if source is None:
        source = reported_speaker_at(token, resolver)
    if source is None:
        source = passage_source(resolver, token.sent)
    if source is not None and respondents(resolver, source):
        source = poll_in(resolver, token.sent)
    if source is not None and source.start <= token.idx < source.end:
        return None
    return source
