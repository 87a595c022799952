"""Who says so: the source of a clause, through its reporting verb or an "according to" phrase.

Shared by figures (asserted_by) and quotes (speaker). A source that is a pronoun ("he", "they") or
a title ("the spokesman", "the Ukrainian leader") is resolved by looking back in the article.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.entities import TITLE_WORDS, affiliation_in_text
from newsweave.model import Entity

REPORTING_VERBS = {
    "say", "tell", "state", "add", "note", "warn", "claim", "confirm", "announce", "report", "describe",
    "explain", "argue", "suggest", "insist", "emphasize", "emphasise", "stress", "acknowledge", "admit",
    "deny", "believe", "estimate", "predict", "mention", "highlight", "underscore", "speculate",
    "indicate", "reveal", "declare", "assert", "allege", "accuse", "urge", "write", "testify", "maintain",
    "contend", "reply", "respond", "recall", "concede", "comment", "observe", "remark", "think",
    "expect", "fear", "hope", "worry", "promise", "vow", "pledge", "threaten", "imply", "caution",
    "signal", "disclose", "assure", "demand", "ask", "conclude", "find", "show", "feel", "doubt",
    "reckon", "tweet", "post", "frame", "characterize", "characterise", "label", "dismiss", "project",
    "forecast", "calculate", "count", "put", "brief", "agree", "recount", "quote", "cite", "detail",
    "point", "stat", "articulate", "reiterate", "proclaim", "assess", "judge",
}  # fmt: skip
# Verbs that report through "X as Y" rather than a that-clause: "framing them as a security measure".
FRAMING_VERBS = {
    "frame",
    "describe",
    "characterize",
    "characterise",
    "label",
    "dismiss",
    "call",
    "brand",
    "portray",
}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"they", "them", "we"}
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "parataxis", "dobj", "conj"}
_SKIP_IN_SOURCE = {"relcl", "acl", "advcl", "punct", "appos"}


# Common nouns that can be the source of a statement (people, bodies, documents that report).
SOURCE_NOUNS = {
    "official", "officials", "expert", "experts", "analyst", "analysts", "report", "reports", "intelligence",
    "ministry", "government", "administration", "media", "authorities", "authority", "source", "sources",
    "leader", "leaders", "diplomat", "diplomats", "observer", "observers", "critic", "critics", "scientist",
    "scientists", "researcher", "researchers", "study", "survey", "poll", "statement", "police", "military",
    "army", "commander", "commanders", "witness", "witnesses", "resident", "residents", "people", "group",
    "groups", "agency", "agencies", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
    "officer", "officers", "lawmaker", "lawmakers", "scholar", "scholars", "strategist", "strategists",
    "campaign", "committee", "council", "court", "judge", "prosecutor", "prosecutors", "investigator",
    "investigators", "document", "documents", "data", "figures", "estimate", "estimates", "allies", "ally",
    "nations", "countries", "state", "states", "company", "firm", "bank", "union", "party", "voters",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "member", "members", "representative",
    "representatives", "democrats", "republicans", "candidate", "candidates", "economist", "economists",
    "doctor", "doctors", "worker", "workers", "activist", "activists", "family", "friends", "staff",
}  # fmt: skip


@dataclass
class Source:
    """Who asserts something: the phrase as written, and who it is (a resolved person, a named body)."""

    text: str
    start: int
    end: int
    name: str
    entity: Entity | None = None
    affiliation: str | None = None
    resolved: bool = False  # a pronoun or title that was traced back to a name
    is_named: bool = False  # the phrase's head is the entity (not "North Korea's stance")

    def can_speak(self, head: Token) -> bool:
        """A named or resolved actor, or a noun of the kind that makes statements."""
        return (
            self.is_named
            or self.resolved
            or head.pos_ == "PROPN"
            or head.lower_ in SOURCE_NOUNS
            or head.lower_ in TITLE_WORDS
            or head.lemma_.lower() in SOURCE_NOUNS
        )


class Resolver:
    """Looks back in an article for the person or group a pronoun or title stands for."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text  # once: spaCy joins every token again on each `doc.text`
        self.by_char: list[tuple[int, int, Entity]] = sorted(
            ((s, e, ent) for ent in entities for s, e in ent.mentions), key=lambda m: (m[0], m[1])
        )
        self.starts = [m[0] for m in self.by_char]
        self.people = [e for e in entities if e.type == "PERSON"]

    def entity_in(self, start: int, end: int, types: tuple[str, ...] = ()) -> Entity | None:
        """The first entity mentioned inside a character range (people first)."""
        inside = []
        for mention in self.by_char[bisect_left(self.starts, start) :]:
            if mention[0] >= end:
                break  # mentions are sorted by start: none further can be inside
            if mention[1] <= end:
                inside.append(mention)
        for wanted in (("PERSON",), types or ("ORG", "GPE", "NORP", "FAC", "LOC")):
            for _, _, entity in inside:
                if entity.type in wanted:
                    return entity
        return None

    def person_before(self, char: int, head_noun: str | None = None, affiliation: str | None = None) -> Entity | None:
        """The most recent person before `char`, preferring one whose titles use `head_noun` or who
        shares `affiliation` ("the Ukrainian leader")."""
        index = bisect_left(self.starts, char)
        candidates = [m[2] for m in reversed(self.by_char[:index]) if m[2].type == "PERSON" and m[1] <= char]
        if affiliation:
            same = [e for e in candidates if e.affiliation == affiliation]
            candidates = same or candidates
        if head_noun:
            for entity in candidates:
                if any(head_noun in t.lower() for t in entity.titles):
                    return entity
        return candidates[0] if candidates else None

    def person_named(self, word: str) -> Entity | None:
        """A person of the article whose name holds this word (a surname the model did not tag)."""
        word = word.lower()
        for person in self.people:
            if word in person.name.lower().split():
                return person
        return None

    def group_before(self, token: Token) -> Source | None:
        """For "they": the subject of an earlier sentence that names a group, organisation or country."""
        for sent in _sentences_before(token.sent, 2):
            for candidate in sent:
                if candidate.dep_ in ("nsubj", "nsubjpass") and candidate.tag_ in ("NNS", "NNPS", "NNP"):
                    return self.source_from(candidate, resolve=False)
        return None

    def source_from(self, head: Token, resolve: bool = True) -> Source:
        """A source phrase from its head token, resolved to an entity when possible."""
        tokens = _phrase_tokens(head)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = self.text[start:end]
        in_text = affiliation_in_text(text)
        person = self.entity_in(start, end, ("PERSON",))
        if person is not None and person.type == "PERSON" and _person_heads(person, head, end):
            return Source(text, start, end, person.name, person, person.affiliation or in_text, is_named=True)
        resolved = self._resolve(head, text, in_text) if resolve else None
        if resolved is not None:
            return resolved
        other = self.entity_in(start, end)
        named = other is not None and _names_head(other, head, compound_ok=other.type == "ORG")
        name = other.name if named else text
        affiliation = (other.affiliation if other is not None else None) or in_text
        return Source(text, start, end, name, other if named else None, affiliation, is_named=named)

    def _resolve(self, head: Token, text: str, in_text: str | None) -> Source | None:
        start, end = head.idx, head.idx + len(head)
        lower = head.lower_
        target: Entity | None = None
        if lower in PRONOUNS_PERSON:
            target = self.person_before(head.idx)
        elif lower in PRONOUNS_GROUP:
            group = self.group_before(head)
            if group is not None:
                return Source(text, start, end, group.name, group.entity, group.affiliation, resolved=True)
        elif head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"):
            target = self.person_named(head.text)
        elif lower in TITLE_WORDS or lower in ("leader", "official", "diplomat", "envoy"):
            if any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children):
                target = self.person_before(head.idx, head_noun=lower, affiliation=in_text)
        if target is None:
            return None
        return Source(text, start, end, target.name, target, target.affiliation or in_text, resolved=True)


def _person_heads(person: Entity, head: Token, phrase_end: int) -> bool:
    """A person speaks for the phrase when the name is its head or apposition, or when the phrase is a
    title ending in the name ("chairman and chief executive Richard Parsons")."""
    if _names_head(person, head, compound_ok=True):
        return True
    ends_with_name = any(e == phrase_end for _, e in person.mentions)
    return ends_with_name and (head.lower_ in TITLE_WORDS or head.pos_ == "PROPN")


def _names_head(entity: Entity, head: Token, compound_ok: bool) -> bool:
    """Whether the entity is the phrase's head or its apposition ("the spokesperson, Jeon Ha-kyou"), or
    (organisations) its compound ("G7 nations" is G7)."""
    if entity.type == "NORP":
        return False
    appositions = [c for c in head.children if c.dep_ == "appos"]
    for s, e in entity.mentions:
        if s <= head.idx < e or any(s <= a.idx < e for a in appositions):
            return True
        if not compound_ok:
            continue
        for child in head.children:
            if child.dep_ == "compound" and s <= child.idx < e:
                return True
    return False


def _phrase_tokens(head: Token) -> list[Token]:
    """The contiguous noun phrase of a subject, without relative clauses, trailing appositions or commas."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in _SKIP_IN_SOURCE and not (child.dep_ == "appos" and child.ent_type_ == "PERSON"):
            if child.dep_ == "punct" and child.i < head.i:
                continue
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    # keep it contiguous around the head
    first, last = tokens[0].i, tokens[-1].i
    return [t for t in head.doc[first : last + 1]]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing to the governing verb for participles ("..., warning that")."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.dep_ == "nsubjpass":
                    agent = next((c for c in current.children if c.dep_ == "agent"), None)
                    if agent is not None:
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
                return child
        if current.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and current.head is not current:
            current = current.head if current.dep_ != "pcomp" else current.head.head
        else:
            return None
    return None


def according_to(token: Token) -> Token | None:
    """The object of an "according to X" phrase in the token's sentence."""
    for candidate in token.sent:
        if candidate.lower_ == "according" and candidate.i + 1 < len(candidate.doc):
            to = candidate.doc[candidate.i + 1]
            if to.lower_ == "to":
                for child in to.children:
                    if child.dep_ == "pobj":
                        return child
                for child in candidate.children:
                    for grandchild in child.children:
                        if grandchild.dep_ == "pobj":
                            return grandchild
    return None


def is_reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def reporting_verb_above(token: Token) -> Token | None:
    """Walk up from a token to the nearest reporting verb whose complement holds it."""
    child, current = token, token.head
    for _ in range(12):
        if current is child:
            return None
        if is_reporting(current) and child.dep_ in CLAUSE_DEPS:
            return current
        child, current = current, current.head
    return None


def source_of(token: Token, resolver: Resolver) -> Source | None:
    """Who asserts what `token` says: an "according to" phrase, or the subject of a reporting verb."""
    verb = reporting_verb_above(token)
    if verb is not None:
        subject = subject_of(verb)
        if subject is not None and subject.lower_ not in ("it", "i", "this", "that"):
            source = resolver.source_from(subject)
            if source.can_speak(subject):
                return source
    agent = according_to(token)
    if agent is not None:
        return resolver.source_from(agent)
    return None


def _sentences_before(sent: Span, count: int) -> list[Span]:
    """Up to `count` sentences before `sent`, nearest first, found from its neighbours: walking
    `doc.sents` for each pronoun made a long article quadratic."""
    found: list[Span] = []
    while len(found) < count and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        found.append(sent)
    return found
