"""Where an article's actors are mentioned, indexed by character and sentence: the look-ups a source
resolver needs (the entity at a word, the person or body named before a point, the sentence of a token)
without walking the whole document each time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from spacy.tokens import Doc, Token

from newsweave.annotate.descriptions import described_person, description_noun
from newsweave.annotate.doc_arrays import column, doc_text
from newsweave.annotate.knowledge import country_named
from newsweave.annotate.pronouns import antecedent
from newsweave.annotate.quotemarks import direct_quote_spans
from newsweave.annotate.sources import Source
from newsweave.model import Entity

RECENT_SENTENCES = 2  # sentences back a body named as a subject is what "the company" goes on with
ACTOR_DEPS = ("nsubj", "nsubjpass", "dobj")  # "He has since run Telegram ...": the body acted on goes on too
# Heads of bodies' names that say what kind of body they are: "the company" is no "Labor Department".
BODY_KINDS = {
    "company", "department", "agency", "committee", "network", "newspaper", "university", "bank", "court",
    "union", "party", "council", "commission", "ministry", "hospital", "institute", "office", "group",
}  # fmt: skip


def _of_kind(body: Entity, noun: str | None) -> bool:
    """Whether a body can be what a definite noun refers to: its name does not end in another kind of body."""
    last = body.name.lower().split()[-1] if body.name.split() else ""
    return noun is None or last == noun or last not in BODY_KINDS


class MentionIndex:
    """An article's entity mentions and sentences, with the look-backs pronouns and titles are resolved by."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.by_char: list[tuple[int, int, Entity]] = sorted(
            ((s, e, ent) for ent in entities for s, e in ent.mentions), key=lambda m: (m[0], m[1])
        )
        self.starts = [m[0] for m in self.by_char]
        self.people = [e for e in entities if e.type == "PERSON"]
        self.sentences = list(doc.sents)
        self._sentence_starts = [s.start for s in self.sentences]
        self.sentence_sources: dict[int, Source | None] = {}
        self.sentence_credits: dict[int, str] = {}  # the word a sentence credits its source with ("say", "according")
        self.by_id = {e.id: e for e in entities}
        self.quotes: list | None = None  # the article's quotes, once extracted (quotes.py fills it)
        self.country = self._story_country(entities)
        self.headline: str | None = None  # the article's title, when the caller has one (descriptions read it)

    def _story_country(self, entities: list[Entity]) -> str | None:
        """The country the article is about: the one its places and nationalities name most often, when
        it is named at least twice and more often than any other."""
        counts: dict[str, int] = {}
        for entity in entities:
            if entity.type in ("GPE", "NORP"):
                for start, end in entity.mentions:
                    country = country_named(self.text[start:end])
                    if country:
                        counts[country] = counts.get(country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return max(counts, key=lambda c: counts[c])

    @cached_property
    def _tokens_by_word(self) -> dict[str, list[int]]:
        """Lower-cased word -> the indices of its tokens in text order, built the first time a description is
        looked for (indices: a Token is made only for the few words looked up)."""
        index: dict[str, list[int]] = {}
        for i, word in enumerate(column(self.doc, "lower_")):
            index.setdefault(word, []).append(i)
        return index

    def tokens_of(self, word: str) -> list[Token]:
        """The tokens spelling a lower-cased word, in text order."""
        return [self.doc[i] for i in self._tokens_by_word.get(word, [])]

    def sentence_index(self, token_index: int) -> int | None:
        """The index of the sentence holding a token, found by bisection: `doc.sents` walks the whole
        article each time it is read, which made long articles quadratic."""
        at = bisect_right(self._sentence_starts, token_index) - 1
        return at if at >= 0 and token_index < self.sentences[at].end else None

    def subject_body_before(self, pronoun: Token) -> Entity | None:
        """The organisation whose clause "it" continues: the subject of an earlier clause of its own sentence
        ("the Chinese CDC has said ..., it has also acknowledged"), else of the sentence before ("The
        authority closed the case. ... it added"), before the organisation named most (`body_before`)."""
        at = self.sentence_index(pronoun.i)
        if at is None:
            return None
        same = [t for t in self.sentences[at] if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]
        before = [t for t in self.sentences[at - 1] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for token in [*reversed(same), *(before if at else [])]:
            entity = self.entity_at(token, ("ORG",))
            if entity is not None:
                return entity
        return None

    def recent_subject_body(self, token: Token, noun: str | None) -> Entity | None:
        """The organisation that is the subject of a clause just before the token, in its sentence or the
        RECENT_SENTENCES before it, nearest first: "Telegram has not yet responded ... He has since run Telegram
        from various overseas outposts. On its website, the company said ..." is Telegram, though Apple is named
        more often. A body whose name ends in another kind ("Labor Department" for "the company") is not it."""
        at = self.sentence_index(token.i)
        if at is None:
            return None
        for sent in reversed(self.sentences[max(0, at - RECENT_SENTENCES) : at + 1]):
            subjects = [t for t in sent if t.i < token.i and t.dep_ in ACTOR_DEPS]
            for subject in reversed(subjects):
                body = self.entity_at(subject, ("ORG",))
                if body is not None and self.quote_holding(subject.idx) is None and _of_kind(body, noun):
                    return body
        return None

    def body_before(self, char: int, noun: str | None, near: Token | None = None) -> Entity | None:
        """The organisation a definite reference stands for: one described earlier by that noun
        ("WeWorkers Coalition, a group of employees" -> "the group"), else the organisation `near` a subject
        just before (`recent_subject_body`), else the one named before `char` most often, a name holding the noun
        counting twice more ("the news agency" -> Xinhua News Agency; "the company" -> the company of the
        story, not "We Company" named once)."""
        if noun:
            described = self._described_as(char, noun)
            if described is not None:
                return described
        if near is not None and (recent := self.recent_subject_body(near, noun)) is not None:
            return recent
        index = bisect_left(self.starts, char)
        bodies = [m[2] for m in reversed(self.by_char[:index]) if m[2].type == "ORG" and m[1] <= char]
        if not bodies:
            return None
        weight = {e.id: 2 * bool(noun and noun in e.name.lower().split()) for e in bodies}
        for entity in bodies:
            weight[entity.id] += 1  # salience: mentions so far
        return max(bodies, key=lambda e: weight[e.id])  # the latest of the best on a tie

    def _described_as(self, char: int, noun: str) -> Entity | None:
        """The named body an earlier apposition describes with this noun ("X, a group of employees")."""
        starts = column(self.doc, "idx")
        for token in reversed([self.doc[i] for i in self._tokens_by_word.get(noun, []) if starts[i] < char]):
            named = (
                token.head if token.dep_ == "appos" else next((c for c in token.children if c.dep_ == "appos"), None)
            )
            if named is not None and named is not token:
                covering = [e for s, end, e in self.by_char if s <= named.idx < end and e.type != "PERSON"]
                if covering:
                    return covering[0]
        return None

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

    def entity_at(self, head: Token, types: tuple[str, ...] = ()) -> Entity | None:
        """The entity one of whose mentions holds the head word itself ("Taliban" in "The Afghan Taliban"
        when the model also tagged "The Afghan"), else None."""
        for s, e, entity in self.by_char[: bisect_right(self.starts, head.idx)]:
            if s <= head.idx < e and entity.type != "NORP" and (not types or entity.type in types):
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

    def pronoun_person(self, pronoun: Token) -> Entity | None:
        """The person "he" or "she" stands for (gender, then the subject of the latest naming sentence). A
        description the article ties to a person ("the teenager") is a mention of them; a name only in a
        caption line, or one the pronoun's own quote names ("He added: 'Lewis did a great job'"), is not."""
        index = bisect_left(self.starts, pronoun.idx)
        mentions = [m for m in self.by_char[:index] if m[2].type == "PERSON" and m[1] <= pronoun.idx]
        mentions += [m for m in self._surname_subjects if m[1] <= pronoun.idx]
        described = [m for m in self._description_mentions if m[1] <= pronoun.idx]
        taken = {m[0] for m in described}  # "the Brit" tagged as a person named Brit is the person described
        mentions = [m for m in mentions if m[0] not in taken] + described
        named = self.named_in_quotes_near(pronoun)
        own_line = self.caption_at(pronoun.idx)
        # a name inside someone's quoted words is what they talk about, not who speaks next ('"Pat
        # Carlineo is passionate about his beliefs," she said' is his lawyer); within the same quote it counts
        outside = [
            m
            for m in sorted(mentions, key=lambda m: (m[0], m[1]), reverse=True)
            if self.quote_holding(m[0]) in (None, self.quote_holding(pronoun.idx))
            and m[2].id not in named
            and (own_line or not self.caption_at(m[0]))
        ]
        return antecedent(pronoun.lower_, outside, self.doc, at=pronoun.idx)

    def _subjects(self) -> list[Token]:
        """The subjects of the article's clauses, made Tokens without making one for every word."""
        deps = column(self.doc, "dep_")
        return [self.doc[i] for i, dep in enumerate(deps) if dep in ("nsubj", "nsubjpass")]

    @cached_property
    def _surname_subjects(self) -> list[tuple[int, int, Entity]]:
        """Subjects that are a person's surname the model tagged as something else ("Arians, who spent more
        than four decades in coaching, ...", tagged as a nationality), as mentions of that person."""
        covered = {s for s, _, e in self.by_char if e.type == "PERSON"}
        found = []
        for token in self._subjects():
            if token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
                person = self.person_named(token.text) if token.idx not in covered else None
                if person is not None and token.text[:1].isupper():
                    found.append((token.idx, token.idx + len(token), person))
        return found

    @cached_property
    def _description_mentions(self) -> list[tuple[int, int, Entity]]:
        """Subjects that are definite descriptions tied to a person ("the teenager managed ..."), as mentions."""
        found = []
        for token in self._subjects():
            if description_noun(token):
                person = described_person(token, self, self.named_in_quotes_near(token))
                if person is not None:
                    found.append((token.idx, token.idx + len(token), person))
        return found

    def described_person(self, head: Token) -> Entity | None:
        """The person a definite description ("the Brit") stands for, never one its sentence's quote names."""
        return described_person(head, self, self.named_in_quotes_near(head))

    def named_in_quotes_near(self, token: Token) -> set[str]:
        """Ids of the people named in the quoted words of the token's sentence: whoever introduces a quote
        is not someone the quote names or addresses."""
        at = self.sentence_index(token.i)
        if at is None:
            return set()
        sent = self.sentences[at]
        start, end = sent.start_char, sent.end_char
        named: set[str] = set()
        for q_start, q_end in self._quoted:
            if q_start >= end or q_end <= start:
                continue
            for m_start, _, entity in self.by_char[bisect_left(self.starts, q_start) :]:
                if m_start >= q_end:
                    break
                if entity.type == "PERSON":
                    named.add(entity.id)
        return named

    def caption_at(self, char: int) -> bool:
        """Whether the character lies on a line that is no sentence (a photo or video caption, a heading):
        no closing punctuation."""
        line_start = self.text.rfind("\n", 0, char) + 1
        line_end = self.text.find("\n", char)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].rstrip()
        return not line.rstrip("\"'”’)").endswith((".", "!", "?", ":", ";", ","))

    @cached_property
    def _quoted(self) -> list[tuple[int, int]]:
        return direct_quote_spans(self.text)

    def quoted_spans(self) -> list[tuple[int, int]]:
        """The article's spans of quoted words (found once)."""
        return self._quoted

    def quote_holding(self, char: int) -> tuple[int, int] | None:
        """The span of quoted words holding a character, if any."""
        at = bisect_right(self._quoted, (char, len(self.text) + 1)) - 1
        return self._quoted[at] if at >= 0 and self._quoted[at][0] <= char < self._quoted[at][1] else None

    def person_named(self, word: str) -> Entity | None:
        """A person of the article whose name holds this word (a surname the model did not tag)."""
        word = word.lower()
        for person in self.people:
            if word in person.name.lower().split():
                return person
        return None
