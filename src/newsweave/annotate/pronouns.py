"""Which person "he" or "she" stands for: agreement in gender where the article shows it, and the
subject of the sentence before over a name merely mentioned in it ("Maria Lopez, the mother of Ana
Lopez, spoke by phone. 'We are relieved,' she said." -> Maria Lopez)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.model import Entity

if TYPE_CHECKING:  # the genders tables are read where spaCy is never imported (story merging)
    from spacy.tokens import Doc, Token

FEMININE = {
    "mrs", "mrs.", "ms", "ms.", "miss", "mother", "wife", "woman", "sister", "daughter", "girl",
    "grandmother", "aunt", "niece", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman",
    "businesswoman", "actress", "lady", "madam", "widow", "girlfriend", "mom",
}  # fmt: skip
MASCULINE = {
    "mr", "mr.", "father", "husband", "man", "brother", "son", "boy", "grandfather",
    "uncle", "nephew", "king", "prince", "spokesman", "chairman", "congressman", "businessman", "actor",
    "sir", "lord", "widower", "boyfriend", "dad",
}  # fmt: skip
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_PRONOUNS = 2  # subject pronouns of one gender in the clauses a person's verb goes on with, none of the other
PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m",
                  "himself": "m"}  # fmt: skip


def gender_of(entity: Entity, doc: Doc) -> str | None:
    """'f' or 'm' when the article marks it: a title or role ("Mrs.", "the mother of"), or the word just
    before a mention ("Mr. Grant"); None when it does not."""
    words: set[str] = set()
    for title in entity.titles:
        words.update(title.lower().split())
    for start, _ in entity.mentions:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            words.add(doc[span.start - 1].lower_)
    female, male = bool(words & FEMININE), bool(words & MASCULINE)
    return "f" if female and not male else "m" if male and not female else None


def clause_gender(entity: Entity, doc: Doc) -> str | None:
    """The gender of the subject pronouns of the clauses a person's verb goes on with ("Thurman said she had
    worries", "Thurman ... and she ..."), when at least two agree and none disagrees: an article that never
    titles a person still shows who "she" is. Other pronouns near a person are often someone else's ("Tarantino
    had done ... spitting in her face")."""
    counts = {"f": 0, "m": 0}
    for start, end in entity.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ not in SUBJECT_DEPS:
            continue
        for clause in (c for c in span.root.head.children if c.dep_ in ("ccomp", "conj")):
            for token in clause.children:
                if token.dep_ in SUBJECT_DEPS and token.pos_ == "PRON" and token.lower_ in PRONOUN_GENDER:
                    counts[PRONOUN_GENDER[token.lower_]] += 1
    for gender, other in (("f", "m"), ("m", "f")):
        if counts[gender] >= CLAUSE_PRONOUNS and not counts[other]:
            return gender
    return None


def antecedent(
    pronoun: str, mentions: list[tuple[int, int, Entity]], doc: Doc, depth: int = 0, at: int | None = None
) -> Entity | None:
    """The person a personal pronoun stands for. `mentions` are the people's mentions before it, latest
    first. A person of the pronoun's gender (or of unknown gender) wins; among those named in the
    sentence of the latest one, one marked with that gender, then the subject of a clause, then whom
    that sentence's own subject pronoun stands for ("He was arrested for the call to the offices of
    Omar. During the call, he asked ..." -> not Omar), else the latest mentioned. `at` is where the pronoun
    itself stands: it is no antecedent of itself ("While ... appeal to Julie Graham, ..., she said")."""
    want = PRONOUN_GENDER.get(pronoun)
    genders: dict[str, str | None] = {}
    fitting = []
    for mention in (m for m in mentions if not _no_one(m, doc)):
        entity = mention[2]
        if entity.id not in genders:
            genders[entity.id] = gender_of(entity, doc) or clause_gender(entity, doc)
        if want is None or genders[entity.id] in (None, want):
            fitting.append(mention)
    if not fitting:
        return None
    latest = doc.char_span(fitting[0][0], fitting[0][1], alignment_mode="expand")
    sentence_start = latest.sent.start_char if latest is not None else fitting[0][0]
    recent = [m for m in fitting if m[0] >= sentence_start]
    marked = [m for m in recent if want is not None and genders[m[2].id] == want]
    if marked:  # of two marked, the subject: "Thurman got to know Weinstein and his first wife, Eve, ..."
        return next((m[2] for m in marked if _subject_at(m, doc)), marked[0][2])
    for mention in recent:
        if _subject_at(mention, doc):
            return mention[2]
    if latest is not None and want is not None and depth < 3:
        same = [t for t in latest.sent if t.dep_ in SUBJECT_DEPS and PRONOUN_GENDER.get(t.lower_) == want]
        if same and (same[0].idx < fitting[0][0] or (_main_subject(same[0]) and same[0].idx != at)):
            # whom that pronoun stands for was named before its sentence: the names in it are not its subject
            # ("..., a play written by Beau Willimon, she looked steely")
            earlier = [m for m in mentions if m[1] <= latest.sent.start_char]
            found = antecedent(same[0].lower_, earlier, doc, depth + 1)
            if found is not None:
                return found
    return fitting[0][2]


PLATFORM_PREPS = {"on", "via"}


def _no_one(mention: tuple[int, int, Entity], doc: Doc) -> bool:
    """A name the model tagged a person that "he" or "she" cannot stand for: a plural coordinated with plurals
    ("mainly African-Americans and Latinos"), or a one-word name met once, as where something is put ("the same
    one she put on Instagram")."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    pair = [root.head] if root.dep_ == "conj" else []
    pair += [c for c in root.children if c.dep_ == "conj"]
    if root.text.endswith("s") and any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ == "NORP" for t in pair):
        return True  # (a surname ending in "s" alone, "Arians", the model also tags a plural)
    entity = mention[2]
    lone = len(entity.mentions) == 1 and len(entity.name.split()) == 1 and not entity.titles
    return lone and root.dep_ == "pobj" and root.head.lower_ in PLATFORM_PREPS


def _subject_at(mention: tuple[int, int, Entity], doc: Doc) -> bool:
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    return span is not None and span.root.dep_ in SUBJECT_DEPS


def _main_subject(token: Token) -> bool:
    """The subject of its sentence's main verb (or of a verb joined to it): "..., written by Beau Willimon, she
    looked steely and said ...": the names in the sentence's phrases are not who "she" is."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
