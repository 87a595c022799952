"""Who a definite description stands for: sports and celebrity reports name a person once and then call them
"the Brit", "the four-times champion", "The Williams driver", "the teenager". The description is resolved to
the person the article ties it to: an apposition or copula with the same noun anywhere in the article ("Massa,
the Williams driver"), else, for a description that characterises (a nationality, an age, an epithet, a named
modifier), the person the main clauses before it are about, else the headline's person. Never a person the
quote beside it names, and nobody when nothing ties it (the words are better than a wrong name)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.ages import PERSON_NOUNS
from newsweave.annotate.mention_lookup import MentionLookup
from newsweave.model import Entity

# Nouns that only ever describe one well-known person of the story: safe to tie to whom the text is about.
EPITHETS = frozenset({
    "champion", "billionaire", "teenager", "teen", "youngster", "veteran", "star", "legend", "tycoon", "mogul",
    "rookie", "winner", "runner-up", "entrepreneur", "magnate", "superstar", "icon", "actor", "actress", "singer",
    "rapper", "musician", "comedian", "director", "founder", "frontrunner", "front-runner", "incumbent",
    "challenger", "title-holder", "titleholder", "newcomer", "striker", "midfielder", "goalkeeper", "defender",
    "forward", "quarterback", "pitcher", "coach", "manager", "boss", "skipper", "captain", "batsman", "bowler",
    "golfer", "boxer", "fighter", "sprinter", "swimmer", "athlete", "politician", "businessman", "businesswoman",
    "executive", "philanthropist", "inventor",
    "astronaut", "author", "writer", "novelist", "filmmaker", "producer", "presenter", "host", "pundit",
    "lawyer", "attorney", "senator", "congressman", "congresswoman", "governor", "mayor", "candidate",
    "nominee", "model", "advocate", "personality", "socialite", "influencer", "campaigner",
})  # fmt: skip
# Nouns that name a person but not one the story picks out ("the victim", "the driver", "the man"): tied only by
# an apposition or copula the article itself writes, or by a modifier that singles them out.
GENERIC = frozenset({"driver", "player", "man", "woman", "widow", "grandmother", "grandfather", "racer", "rider"})
PERSON_WORDS = PERSON_NOUNS | EPITHETS | GENERIC
_COLLECTIVE = ("ish", "ch", "ese", "ss")  # nationality words that name a people, not one of them
_BACK = 3  # sentences back whose main clauses can say whom a description is about


def description_noun(head: Token) -> bool:
    """A definite description of a person: "the" + modifiers + a person noun or a nationality ("the German",
    "The 46-year-old South African"), not a name ("the Williams" team) nor a body."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if head.tag_ in ("NNS", "NNPS") or head.dep_ in ("compound", "amod"):
        return False
    if head.ent_type_ == "NORP" or lone_name(head):
        return not head.lower_.endswith(_COLLECTIVE)  # "the German", not "the British" (their government)
    # a title capitalised inside a description is still one ("The 65-year-old two-time NFL Coach of the Year"), and
    # so is a lower-case noun the tagger took for a name ("the gun control advocate")
    proper = head.pos_ == "PROPN" and (counted(head) or head.text.islower())
    return (head.pos_ == "NOUN" or proper) and head.lower_ in PERSON_WORDS


def counted(head: Token) -> bool:
    """A description an age or a count before its noun makes one ("The 65-year-old two-time NFL Coach of the
    Year", "the four-times champion"): a title word so modified describes a person, it never precedes a name."""
    return any(t.like_num for t in head.subtree if t.i < head.i)


def lone_name(head: Token) -> bool:
    """A single capitalised word after "the" that the model took for a person's name ("the Brit"): a
    nationality or nickname used as a description."""
    doc = head.doc
    alone = head.ent_iob_ == "B" and (head.i + 1 >= len(doc) or doc[head.i + 1].ent_iob_ != "I")
    return head.ent_type_ == "PERSON" and alone and head.i > 0 and doc[head.i - 1].lower_ == "the"


def characterising(head: Token) -> bool:
    """A description that singles a person out: a nationality, an epithet with modifiers or of its own
    ("the billionaire", "the four-times champion", "The Williams driver"), an age ("the 46-year-old")."""
    if head.ent_type_ == "NORP" or lone_name(head):
        return True
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nummod", "nmod")]
    marked = any(m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "ORG", "PERSON") or m.like_num or "-" in m.text
                 for m in modifiers)  # fmt: skip
    return marked or head.lower_ in EPITHETS


def described_person(head: Token, index: MentionLookup, exclude: set[str]) -> Entity | None:
    """The person a definite description stands for, or None when the article ties it to nobody."""
    tied = _tied(head, index, exclude)
    if tied is not None or not characterising(head):
        return tied
    same = [t for t in index.tokens_of(head.lower_) if t.i <= head.i and description_noun(t)]
    for occurrence in same[:1] + ([head] if same[:1] != [head] else []):  # the first use says who; then this one
        found = _about_before(occurrence, index, exclude)
        if found is not None:
            return found
    return _headline_person(index, exclude)


def _tied(head: Token, index: MentionLookup, exclude: set[str]) -> Entity | None:
    """A person the article puts in apposition or copula with the same noun: "Massa, the Williams driver",
    "Musk is the billionaire ..."; the one sharing most modifier words, nearest before on a tie."""
    wanted = _modifiers(head)
    best: tuple[int, int, Entity] | None = None
    for token in index.tokens_of(head.lower_):
        partner = _partner(token)
        person = _person_at(partner, index) if partner is not None else None
        if person is None or person.id in exclude:
            continue
        rank = (len(wanted & _modifiers(token)), -abs(token.i - head.i) if token.i < head.i else -(10**6) - token.i)
        if best is None or rank > best[:2]:
            best = (*rank, person)
    return best[2] if best is not None else None


def _partner(token: Token) -> Token | None:
    """The word a noun is set equal to: its apposition's head or child, or the subject of its copula."""
    if token.dep_ == "appos":
        return token.head
    appos = next((c for c in token.children if c.dep_ == "appos"), None)
    if appos is not None:
        return appos
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return None


def _modifiers(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nummod", "nmod")}


def _person_at(token: Token, index: MentionLookup) -> Entity | None:
    person = index.entity_at(token, ("PERSON",))
    return person if person is not None else index.person_named(token.text) if token.pos_ == "PROPN" else None


def _about_before(head: Token, index: MentionLookup, exclude: set[str], depth: int = 0) -> Entity | None:
    """The person the main clauses before the description are about: a person named in the subject of its
    own sentence before it, else of the sentences before it (captions aside), latest first (the subject's
    own name, a name it owns or is "of": "Hamilton's third win", "the looming figure of Rosberg", or whom a
    description as subject stands for: "The 19-year-old Dutchman")."""
    at = index.sentence_index(head.i)
    if at is None:
        return None
    before = [s for s in index.sentences[:at] if not index.caption_at(s.start_char) and s.text.strip()]
    before = [s for s in before if not _all_quoted(s, index)]  # someone's quoted sentences tell whom it is about
    for sent in [index.sentences[at], *reversed(before[-_BACK:])]:
        for subject in _main_subjects(sent, head):
            found = _person_in(subject, index, exclude)
            if found is None and depth < 2 and description_noun(subject):
                found = _tied(subject, index, exclude) or _about_before(subject, index, exclude, depth + 1)
            if found is not None:
                return found
    return None


def _all_quoted(sent: Span, index: MentionLookup) -> bool:
    """A sentence of quoted words only ("'I don't know why I'm not more upset about this.'")."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and all(index.quote_holding(t.idx) is not None for t in words)


def _main_subjects(sent: Span, head: Token) -> list[Token]:
    """Subjects of the sentence's main clause and the clauses it embeds, before the description, latest first."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ in ("conj", "ccomp"))]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i]
    return sorted((s for s in subjects if s.i != head.i), key=lambda s: s.i, reverse=True)


def _person_in(subject: Token, index: MentionLookup, exclude: set[str]) -> Entity | None:
    """The person a subject phrase names, outside quoted words and its relative clauses: the head itself,
    then a name in its compounds, possessor or "of" phrase."""
    tokens, stack = [], [subject]
    while stack:
        token = stack.pop(0)
        tokens.append(token)
        stack += [c for c in token.children if c.dep_ in ("compound", "poss", "prep", "pobj", "flat")]
        if token.dep_ == "prep" and token.lower_ != "of":
            tokens.pop()
            stack = [t for t in stack if t.head is not token]
    for token in tokens:
        if token.pos_ != "PROPN" or index.quote_holding(token.idx) is not None:
            continue
        person = _person_at(token, index)
        if person is not None and person.id not in exclude:
            return person
    return None


def _headline_person(index: MentionLookup, exclude: set[str]) -> Entity | None:
    """The person the headline names first (by a word of their name), if the article has a headline."""
    if not index.headline:
        return None
    words = [w.strip(".,:;'\"‘’“”!?").lower() for w in index.headline.split()]
    for word in words:
        person = index.person_named(word) if len(word) > 2 else None
        if person is not None and person.id not in exclude:
            return person
    return None
