"""Whether a full name and the person of that surname already seen can be one person, by gender.

The article marks a gender by an honorific or a title ("Ms. Thurman", "her father, Robert Thurman") or,
for a person named by surname alone, by the pronouns of the sentences that name her ("Thurman says she
..."); a full name marked one way never joins a person marked the other, however few people share the
surname.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsweave.annotate.doc_arrays import column
from newsweave.annotate.pronouns import FEMININE, MASCULINE, PRONOUN_GENDER, SUBJECT_DEPS, gender_of
from newsweave.model import Entity

MIN_PRONOUNS, PRONOUN_RATIO = 3, 2  # pronouns of one gender, and times those of the other, to mark a person


def _marked(words: set[str]) -> str | None:
    female, male = bool(words & FEMININE), bool(words & MASCULINE)
    return "f" if female and not male else "m" if male and not female else None


def pronoun_gender(entity: Entity, doc: Doc, minimum: int = MIN_PRONOUNS) -> str | None:
    """The gender of the personal pronouns in the sentences naming a person, when one clearly wins (at least
    `minimum` of them: fewer say which way a name leans, not who the person is)."""
    counts = {"f": 0, "m": 0}
    seen: set[int] = set()
    for start, end in entity.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        sentence = span.sent if span is not None else None
        if sentence is None or sentence.start in seen:
            continue
        seen.add(sentence.start)
        lower, pos = column(doc, "lower_"), column(doc, "pos_")
        for i in range(sentence.start, sentence.end):
            gender = PRONOUN_GENDER.get(lower[i]) if pos[i] == "PRON" else None
            if gender is not None:
                counts[gender] += 1
    for gender, other in (("f", "m"), ("m", "f")):
        if counts[gender] >= minimum and counts[gender] >= PRONOUN_RATIO * counts[other]:
            return gender
    return None


def other_gender(titles: list[str], entity: Entity, doc: Doc, mention: Span | None = None) -> bool:
    """A full name the article marks one gender (by its honorific and titles) is not the person of its surname
    marked the other. Unmarked, the pronouns of the full name's own sentence ("whom Michelle Obama referred to in
    her address") say its gender against a surname the article marked by honorific ("Mr. Obama")."""
    gender = _marked({w.lower() for text in titles for w in text.split()})
    if gender is None and mention is not None:
        gender = sentence_gender(mention)
        return gender is not None and gender_of(entity, doc) not in (None, gender)
    if gender is None:
        return False
    found = gender_of(entity, doc) or (pronoun_gender(entity, doc) if len(entity.name.split()) == 1 else None)
    return found is not None and found != gender


def sentence_gender(mention: Span) -> str | None:
    """The gender of the personal pronouns of a mention's sentence, when all of them are of one gender."""
    found = {PRONOUN_GENDER[t.lower_] for t in mention.sent if t.pos_ == "PRON" and t.lower_ in PRONOUN_GENDER}
    return next(iter(found)) if len(found) == 1 else None


def mention_gender(span: Span) -> str | None:
    """The gender of the subject pronouns of the clauses a surname's own verb goes on with ("Cruz said he was
    pleased"), when they agree: which of two people sharing the surname ("Ted Cruz", "his wife, Heidi Cruz")
    this mention can be."""
    root = span.root
    if root.dep_ not in SUBJECT_DEPS:
        return None
    found = {
        PRONOUN_GENDER[token.lower_]
        for clause in root.head.children
        if clause.dep_ in ("ccomp", "conj")
        for token in clause.children
        if token.dep_ in SUBJECT_DEPS and token.pos_ == "PRON" and token.lower_ in PRONOUN_GENDER
    }
    return next(iter(found)) if len(found) == 1 else None
