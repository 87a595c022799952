"""Who says so: the source of a clause, through its reporting verb or an "according to" phrase.

Shared by figures (asserted_by) and quotes (speaker). A source that is a pronoun ("he", "they") or
a title ("the spokesman", "the Ukrainian leader") is resolved by looking back in the article
(`MentionIndex` holds the look-ups; this module turns a source phrase into a `Source`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsweave.annotate.clauses import (  # noqa: F401 - re-exported: figures, quotes and passages read them here
    according_to,
    according_to_over,
    cited,
    is_reporting,
    perceived_saying,
    relative_antecedent,
    reporting_verb_above,
    reporting_verbs_above,
    sender,
    subject_of,
)
from newsweave.annotate.descriptions import counted, description_noun, lone_name
from newsweave.annotate.entities import TITLE_WORDS, affiliation_in_text
from newsweave.annotate.mentions import MentionIndex
from newsweave.annotate.phrases import definite_common, names_head, person_heads, phrase_tokens
from newsweave.annotate.reported import names_people
from newsweave.annotate.sources import Source
from newsweave.annotate.speech_words import (  # noqa: F401 - FRAMING_VERBS is re-exported for quotes
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FRAMING_VERBS,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    MEMBER_NOUNS,
    OFFICIAL_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
)
from newsweave.annotate.title_holders import named_owner, title_holder
from newsweave.model import Entity

# Titles of those who speak for someone else: without a person holding the title they keep their words.
SPEAKS_FOR = {"spokesperson", "spokesman", "spokeswoman", "representative", "rep"}

__all__ = ["MentionIndex", "Resolver", "Source", "through_relative", "verb_source"]


class Resolver(MentionIndex):
    """Turns a source phrase into who it is, looking back in the article for the person or group a
    pronoun or title stands for.

    A phrase's source depends only on its head token and the article (its entities, sentences, quoted spans and
    headline, all fixed before the first look-up), so each is resolved once: the figures of one sentence ask for
    the same speaker, and so do a direct quote and the reported speech of the verb that governs it."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        super().__init__(doc, entities)
        self.phrase_sources: dict[tuple[int, bool], Source] = {}  # (head index, resolve) -> its source
        self.verb_sources: dict[int, Source | None] = {}  # reporting verb index -> its speaking subject
        self.passage_sources: dict[int, Source | None] = {}  # sentence index -> the passage it continues (passages)

    def _linked_body(self, head: Token, text: str, start: int, end: int, in_text: str | None) -> Source | None:
        """A generic source tied to a body: "a company spokesperson" speaks for the company named before
        (the words are kept); "a group of employees" is the group the article names just after
        ("The group, WeWorkers Coalition, ...")."""
        if any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in head.children):
            named = self._named_after(head)
            if named is not None:
                return Source(text, start, end, named.name, named, named.affiliation or in_text, resolved=True)
        body_word = next((c for c in head.children if c.dep_ in ("compound", "amod") and c.lower_ in BODY_NOUNS), None)
        if body_word is not None and (head.lower_ in TITLE_WORDS or head.lower_ in SOURCE_NOUNS):
            body = self.body_before(head.idx, body_word.lower_)
            if body is not None:
                return Source(text, start, end, text, body, body.affiliation or body.name)
        return None

    def _called(self, person: Entity, title: str) -> bool:
        """The title written beside one of the person's mentions ("spokeswoman for the festival Anja Marx"), not
        the one spoken for ("A spokesperson for Thurman")."""
        for start, _ in person.mentions:
            span = self.doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None or (span.start > 0 and self.doc[span.start - 1].lower_ in ("for", "of", "to")):
                continue
            before = list(self.doc[max(0, span.start - 6) : span.start])
            cut = max((i for i, t in enumerate(before) if t.is_punct), default=-1)
            after = self.doc[span.end : span.end + 5]  # "Anja Marx, a spokeswoman for ..."
            if any(t.lower_ == title for t in before[cut + 1 :]) or (
                len(after) > 1 and after[0].text == "," and any(t.lower_ == title for t in after[1:])
            ):
                return True
        return False

    def _named_after(self, head: Token) -> Entity | None:
        """The entity a later definite mention of the same noun puts in apposition ("The group, X,")."""
        last = head.sent.end
        for sent in self.sentences[(self.sentence_index(head.i) or 0) + 1 :][:3]:
            last = sent.end
        for later in head.doc[head.i + 1 : last]:
            if later.lower_ != head.lower_ or not any(c.lower_ == "the" for c in later.children):
                continue
            appos = next((c for c in later.children if c.dep_ == "appos"), None)
            if appos is not None:
                covering = [e for s, e_end, e in self.by_char if s <= appos.idx < e_end]
                if covering:
                    return covering[0]
        return None

    def _publisher(self, head: Token) -> Source | None:
        """ "The report says ..." after "a report in the Argus Leader of Sioux Falls": who published it."""
        for earlier in reversed([t for t in self.doc[: head.i] if t.lower_ == head.lower_]):
            for prep in (c for c in earlier.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "from")):
                body = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if body is not None and body.pos_ == "PROPN":
                    found = self.source_from(body, resolve=False)
                    return Source(head.text, head.idx, head.idx + len(head), found.name, found.entity,
                                  found.affiliation, resolved=True)  # fmt: skip
        return None

    def _issuer(self, head: Token) -> Source | None:
        """Who issued a statement: the subject of the verb it was made with ("the military said in a
        statement ... 'The cause is under investigation,' the statement said"; "the commission issued a
        statement warning that ..."). A definite one looks back to the last mention of the same noun."""
        mentions = [head]
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            earlier = [i for i in self._tokens_by_word.get(head.lower_, []) if i < head.i]
            mentions += [self.doc[i] for i in reversed(earlier[-3:])]
        for noun in mentions:
            verb = None
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS | REPORTING_VERBS:
                verb = noun.head  # "issued a statement"
            elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through") and is_reporting(noun.head.head):
                verb = noun.head.head  # "said in a statement"
            if verb is not None and (subject := subject_of(verb)) is not None and subject.pos_ in ("NOUN", "PROPN"):
                if subject.lower_ not in ISSUED_NOUNS:
                    return self.source_from(subject)
        return None

    def group_before(self, token: Token) -> Source | None:
        """For "they": the subject of an earlier sentence that names a group, organisation or country, or
        the one who spoke in it ("A London Fire Brigade spokesman said ... "...," they added": the
        spokesperson's singular "they")."""
        index = self.sentence_index(token.i)
        sentences = self.sentences[max(0, (index or 0) - 2) : index or 0]
        for sent in reversed(sentences):
            for candidate in sent:
                if candidate.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if candidate.tag_ == "NNS" and not _speaking_plural(candidate):
                    continue  # "both apps were taken off the App Store ... we expect": apps are not who "we" are
                if candidate.tag_ in ("NNS", "NNPS", "NNP") or (
                    candidate.tag_ == "NN" and candidate.dep_ == "nsubj" and is_reporting(candidate.head)
                ):
                    return self.source_from(candidate, resolve=False)
        return None

    def _named_subject_before(self, pronoun: Token) -> Source | None:
        """For "he" or "she" when the model tagged no person before it: the nearest proper-noun subject of
        the sentence or the two before it that is not a place or a body ("Trump says ... He says ...")."""
        index = self.sentence_index(pronoun.i) or 0
        for sent in reversed(self.sentences[max(0, index - 2) : index + 1]):
            subjects = [t for t in sent if t.i < pronoun.i and t.dep_ == "nsubj" and t.pos_ == "PROPN"]
            for subject in reversed(subjects):
                if subject.ent_type_ in ("", "PERSON"):
                    return self.source_from(subject, resolve=False)
        return None

    def source_from(self, head: Token, resolve: bool = True) -> Source:
        """A source phrase from its head token, resolved to an entity when possible (once per head)."""
        key = (head.i, resolve)
        found = self.phrase_sources.get(key)
        if found is None:
            found = self.phrase_sources[key] = self._source_from(head, resolve)
        return found

    def _source_from(self, head: Token, resolve: bool) -> Source:
        tokens = _after_credit(phrase_tokens(head), head)
        tokens += _who_they_are(head, tokens[-1])
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = self.text[start:end]
        in_text = affiliation_in_text(text)
        person = self.entity_at(head, ("PERSON",)) or self.entity_in(start, end, ("PERSON",))
        if person is not None and lone_name(head) and resolve:  # "the Brit" tagged as a person named Brit
            person = self.described_person(head)
            if person is None:
                return Source(text, start, end, text, None, in_text)
            return Source(text, start, end, person.name, person, person.affiliation or in_text, resolved=True)
        if person is not None and person.type == "PERSON" and person_heads(person, head, end):
            return Source(text, start, end, person.name, person, person.affiliation or in_text, is_named=True)
        # "The group, WeWorkers Coalition,": a common noun's appositive names it; a name's appositive only describes
        # it ("Arians, twice the NFL's coach of the year ... with the Indianapolis Colts,")
        appositives = [] if head.pos_ == "PROPN" else [c for c in head.children if c.dep_ == "appos"]
        for appos in appositives:
            named = [e for s, e_end, e in self.by_char if s <= appos.idx < e_end and e.type != "NORP"]
            last = appos.right_edge.idx + len(appos.right_edge)  # "Another diplomat, former envoy Kurt Volker,"
            named += [
                e for s, e_end, e in self.by_char if appos.left_edge.idx <= s and e_end == last and e.type == "PERSON"
            ]
            if named:
                return Source(text, start, end, named[0].name, named[0], named[0].affiliation or in_text, is_named=True)
        resolved = self._resolve(head, text, in_text) if resolve else None
        if resolved is not None:
            return resolved
        other = self.entity_in(start, end)
        if other is None and resolve:
            linked = self._linked_body(head, text, start, end, in_text)
            if linked is not None:
                return linked
        compound_ok = other is not None and other.type == "ORG" and head.lower_ not in BODY_NOUNS
        named = other is not None and names_head(other, head, compound_ok=compound_ok)
        # a body named only as a modifier keeps the phrase's words ("White House advisers", "An Associated
        # Press journalist"): the entity is whom they speak for, not who speaks
        heads = named and (head.lower_ in MEMBER_NOUNS or names_head(other, head, compound_ok=False))
        name = other.name if heads else text
        affiliation = (other.affiliation if other is not None else None) or in_text
        if affiliation is None and other is None and (head.lower_ in OFFICIAL_NOUNS or head.lemma_ in OFFICIAL_NOUNS):
            affiliation = self.country  # "say officials": the officials of the country the story is about
        elif affiliation is None and other is None and _unattached_staff(head):
            body = self.body_before(head.idx, None)  # "An executive tells the publication ...": Intel's executive
            affiliation = body.name if body is not None else None
        return Source(text, start, end, name, other if named else None, affiliation, is_named=named)

    def _resolve(self, head: Token, text: str, in_text: str | None) -> Source | None:
        start, end = head.idx, head.idx + len(head)
        lower = head.lower_
        target: Entity | None = None
        if lower in PRONOUNS_PERSON:
            target = self.pronoun_person(head)
            if target is None and (named := self._named_subject_before(head)) is not None:
                return Source(text, start, end, named.name, named.entity, named.affiliation, resolved=True)
        elif description_noun(head) and (lower not in TITLE_WORDS or counted(head)):  # "the Brit", "the 65-year-old"
            target = self.described_person(head)
        elif lower in PRONOUNS_GROUP:
            group = self.group_before(head)
            if group is not None:
                return Source(text, start, end, group.name, group.entity, group.affiliation, resolved=True)
        elif head.ent_type_ in ("", "PERSON", "NORP") and (
            head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.text[:1].isupper() and lower not in SOURCE_NOUNS)
        ):
            target = self.person_named(head.text)  # a surname, also one the tagger took for a noun ("Trump asked")
        elif lower in DOCUMENT_NOUNS and definite_common(head) and (outlet := self._publisher(head)) is not None:
            return outlet
        elif head.lemma_.lower() in ISSUED_NOUNS and (issuer := self._issuer(head)) is not None:  # "in statements"
            return Source(text, start, end, issuer.name, issuer.entity, issuer.affiliation, resolved=True)
        elif lower in BODY_NOUNS and definite_common(head):
            body = self.body_before(head.idx, lower, near=head)
            if body is not None:
                return Source(text, start, end, body.name, body, body.affiliation or in_text, resolved=True)
        elif lower in TITLE_WORDS and lower not in SPEAKS_FOR and (owner := named_owner(head)) is not None:
            target = title_holder(self, head, owner.text)  # "Telegram’s founder and CEO said"
        elif lower in TITLE_WORDS or lower in ("leader", "official", "diplomat", "envoy"):
            if any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children):
                target = self.person_before(head.idx, head_noun=lower, affiliation=in_text)
                titled = target is not None and any(lower in t.lower() for t in target.titles)
                if target is not None and _described(head) and not titled:
                    target = None  # "The chairman of the Conservative Party": a description of its own
                elif target is not None and not titled and lower not in GENERIC_TITLES and _titled_otherwise(target):
                    target = None  # "Pavel Durov, the app’s co-founder ... the prime minister said": not Durov
                elif target is not None and lower in SPEAKS_FOR and not self._called(target, lower):
                    # a spokesperson speaks for someone and is never them: '"Mr. Weinstein acknowledges ... at
                    # Ms. Thurman ...," the spokesperson said' is neither Weinstein nor Thurman
                    target = None
        if target is None:
            return None
        return Source(text, start, end, target.name, target, target.affiliation or in_text, resolved=True)


# Staff of an organisation who speak without saying whose they are: they speak for the organisation the story is
# about ("An executive tells the publication that Intel's targeting 18 hours of battery life").
STAFF_NOUNS = {"executive", "spokesperson", "spokesman", "spokeswoman", "employee", "staffer", "insider", "engineer"}


def _unattached_staff(head: Token) -> bool:
    """ "an executive", "a spokesman", "executives": staff, with no body, owner or "of"/"for" phrase of their own."""
    if head.lemma_.lower() not in STAFF_NOUNS or head.pos_ != "NOUN":
        return False
    return not any(
        c.dep_ in ("compound", "poss", "prep", "appos") or (c.dep_ == "amod" and c.lower_ in ("former", "ex"))
        for c in head.children
    )


def _after_credit(tokens: list[Token], head: Token) -> list[Token]:
    """A photo credit glued before the speakers is no part of them ("Twitter / @ForIamPJ Zoo directors
    insisted ..."): the words after a handle or a credit's slash."""
    cut = max((i for i, t in enumerate(tokens) if _credit_mark(t)), default=-1)
    return tokens[cut + 1 :] if cut >= 0 and head.i > tokens[cut].i else tokens


def _credit_mark(token: Token) -> bool:
    """A handle ("@ForIamPJ") or a slash set apart by spaces ("Twitter / ..."), not one inside a name
    ("NBC News/Wall Street Journal")."""
    spaced = token.text == "/" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return spaced or (token.text.startswith("@") and len(token) > 1)


def _who_they_are(head: Token, last: Token) -> list[Token]:
    """A participle right after the speakers that says who they are belongs to their phrase ("two people
    briefed on the talks", "a group representing rural counties in California"); not the circumstance of
    a document ("a poll released Monday")."""
    if head.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS or head.pos_ not in ("NOUN", "PROPN"):
        return []
    for child in head.children:
        if child.tag_ == "VBG" and is_reporting(child):
            continue  # "analysts predicting that ...": what they say, not who they are
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBG") and child.left_edge.i == last.i + 1:
            if any(c.dep_ in ("prep", "dobj") for c in child.children):
                return list(head.doc[child.left_edge.i : child.right_edge.i + 1])
    return []


def _speaking_plural(noun: Token) -> bool:
    """A plural common noun "they" or "we" can stand for when they speak: people or the bodies that make
    statements ("officials", "authorities", "organizers"), not things ("apps", "engines")."""
    return names_people(noun) or noun.lower_ in SOURCE_NOUNS or noun.lemma_.lower() in SOURCE_NOUNS


# Titles that describe the holder of many others: "the Ukrainian leader" is President Zelensky.
GENERIC_TITLES = {"leader", "official", "diplomat", "envoy", "chief", "head", "boss"}


def _titled_otherwise(person: Entity) -> bool:
    """The article gives the person titles, none of them this one and none shortened ("Sen."): a title the
    person is never given stands for someone else."""
    return bool(person.titles) and not any("." in title for title in person.titles)


def _described(head: Token) -> bool:
    """A title completed by the body it belongs to ("the chairman of the Conservative Party"): it says who
    it is, so it is not the latest person named."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.subtree) for c in head.children
    )


def through_relative(subject: Token, verb: Token, resolver: Resolver) -> Source | None:
    """The speaker behind a relative pronoun, the pronoun kept as the phrase ("who said")."""
    antecedent = relative_antecedent(subject)
    if antecedent is None or antecedent.pos_ not in ("NOUN", "PROPN"):
        return None
    found = resolver.source_from(antecedent)
    if not found.can_speak(antecedent, verb):
        return None
    end = subject.idx + len(subject)
    return Source(subject.text, subject.idx, end, found.name, found.entity, found.affiliation, resolved=True)


# What a speaker cites that is no one: "Salceda, citing data from the U.S. State Department, said that about 4
# million ..." is Salceda's figure (PolNeAR train), as a body cited by a news agency is the body's.
CITED_MATERIAL = {"data", "figure", "statistic", "number", "estimate", "document", "record", "study", "report"}


def _material(cited_noun: Token) -> bool:
    """Data or a document cited: the one who cites it asserts what he says from it (a body cited speaks itself)."""
    return cited_noun.pos_ == "NOUN" and (
        cited_noun.lemma_.lower() in CITED_MATERIAL or cited_noun.lower_ in CITED_MATERIAL
    )


def verb_source(verb: Token, resolver: Resolver) -> Source | None:
    """The speaking subject of a reporting verb (or the body it cites), resolved (once per verb)."""
    if verb.i not in resolver.verb_sources:
        resolver.verb_sources[verb.i] = _verb_source(verb, resolver)
    return resolver.verb_sources[verb.i]


def _verb_source(verb: Token, resolver: Resolver) -> Source | None:
    subject = subject_of(verb)
    if subject is not None and subject.dep_ == "nsubjpass" and not perceived_saying(verb, subject):
        subject = sender(verb)  # "employees were told" in an email someone sent; "a case was reported": nobody
    if subject is not None and relative_antecedent(subject) is not None:
        return through_relative(subject, verb, resolver)  # "the agency, which said 12 people died"
    if subject is None or subject.lower_ in ("i", "this", "that", "which", "what"):
        return None
    if subject.lower_ == "it":
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        body = resolver.subject_body_before(subject) or resolver.body_before(subject.idx, None)
        if body is None:
            return None
        return Source(subject.text, subject.idx, subject.idx + 2, body.name, body, body.affiliation, resolved=True)
    named_body = cited(verb)
    if named_body is not None and not _material(named_body):
        source = resolver.source_from(named_body)
        if source.can_speak(named_body):
            return source
    source = resolver.source_from(subject)
    return source if source.can_speak(subject, verb) else None
