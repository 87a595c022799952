"""Word numbers that count nothing: "one of them", "the two sides" as pronouns, "one user quipped" (an indefinite
someone), "At one site, ..." (an instance), "one story I should read" (which one, not how many); "one person died",
"their three daughters", "Seven of the injured" count. Split out of `nonfigures.py`, which asks it of a number
written in words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.quantities import duration_after, is_number

ANAPHORIC_DETERMINERS = {"the", "these", "those", "both", "all", "every", "each"}
# verbs of saying that open a sentence before their subject ("Asked one post ...", "Wrote one user: ...")
INVERTED_SPEECH_VERBS = frozenset({"ask", "write", "say", "add", "quip", "tweet", "note", "comment", "reply", "joke"})
SUFFERING_VERBS = {"die", "kill", "injure", "wound", "hurt", "arrest", "miss", "rescue", "evacuate", "remain"}
NOT_COUNTING_ONE = {
    "day",
    "thing",
    "time",
    "night",
    "morning",
    "evening",
    "way",
    "side",
    "another",
    "other",
    "point",
    "swoop",
}


def word_number_not_counting(group: Span, before: Token | None, after: Token | None) -> bool:
    """ "one of them", "the two sides" as pronouns; "one person died", "their three daughters", "Seven of
    the injured" count."""
    first, last = group[0], group[-1]
    if group[-1].lower_ in ("percent", "cent", "%") or after is not None and after.lower_ in ("percent", "%"):
        return False  # "one per cent"
    of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if after is not None and after.lower_ in ("to", "or", "-") and group.end + 1 < len(group.doc):
        if is_number(group.doc[group.end + 1]):
            return False  # "one to two years": a range
    if first.lower_ == "one" and len(group) == 1:
        if of is not None or last.dep_ != "nummod" or before is not None and before.lower_ in ANAPHORIC_DETERMINERS:
            return True
        if (
            before is not None
            and before.pos_ == "ADJ"
            and group.start >= 2
            and group.doc[group.start - 2].pos_ == "DET"
        ):
            return True  # "two supermoons with the second one blue": the pronoun after its adjective
        if _pronoun_before_participle(group):
            return True  # "his own prosthetic leg -- one purpose-built to handle ...": the one meant, a pronoun
        noun = last.head
        if noun.dep_ == "poss" and noun.i > last.i:
            return True  # "One mum's account": one of many, whose account is told
        if _picked_by_own_clause(noun):
            return True  # "one story I should read": which one, not how many
        if _inverted_speaker(noun):
            return True  # "Asked one post that was circulated widely: ...": an indefinite someone who asks
        if noun.dep_ == "pobj" and noun.head.i == noun.sent.start and noun.head.pos_ == "ADP":
            return True  # "At one site, ...", "In one case, ...": an instance the sentence opens on, not a count
        if noun.lemma_.lower() in NOT_COUNTING_ONE or noun.i < last.i or _one_then_another(group):
            return True
        # "one user quipped" is an indefinite someone; "one person died", "only one", "one count of" count
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() not in SUFFERING_VERBS:
            return not (before is not None and before.lower_ in ("only", "just"))
        return False
    if first.lower_ == "zero":
        return True
    if duration_after(group):
        return False  # "those three months", "the 50 previous years"
    if before is not None and before.lower_ in ANAPHORIC_DETERMINERS:
        return not (last.dep_ == "nummod" and _described_by_own_clause(last.head))  # "the four climbers who died"
    if last.dep_ in ("nsubj", "nsubjpass", "dobj") and of is not None:
        return False  # "Seven of the injured were children"
    if last.dep_ not in ("nummod", "quantmod", "conj", "compound"):
        return not duration_after(group)
    return False


def _one_then_another(group: Span) -> bool:
    """ "One chapter over, another barely begun": "one" set against an "another" standing for a second of the
    same noun, a contrast that counts nothing, unless a death or an injury is told ("one died, another ...")."""
    doc = group.doc
    line = []
    for token in doc[group.end : min(len(doc), group.end + 12)]:
        if "\n" in token.text or token.is_sent_start:
            break
        line.append(token)
    at = next((i for i, t in enumerate(line) if t.lower_ == "another" and t.pos_ == "PRON"), None)
    if at is None or any(t.lemma_.lower() in SUFFERING_VERBS for t in line):
        return False
    return at + 1 == len(line) or line[at + 1].pos_ not in ("NOUN", "PROPN")


def _picked_by_own_clause(noun: Token) -> bool:
    """ "Is there one story I should read?": a relative clause whose subject is someone else picks out the one
    meant, which it is the object of; "one person who was inside the car died", "one mistake that cost him the
    race" count."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.i < noun.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("who", "that", "which", "whom"):
            return True
    return False


def _described_by_own_clause(noun: Token) -> bool:
    """ "the four climbers who died": a relative clause whose subject is the noun itself."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in clause.children
        ):
            return True
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            return True
    return False


def _inverted_speaker(noun: Token) -> bool:
    """ "Asked one post that was circulated widely: ..." : "one" with the subject of a verb of saying that opens
    the sentence (parsed as its object, the verb having no subject of its own), a someone, not a count."""
    verb = noun.head
    if (
        noun.dep_ not in ("dobj", "nsubj")
        or verb.i != noun.sent.start
        or verb.lemma_.lower() not in INVERTED_SPEECH_VERBS
    ):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i for c in verb.children)


def _pronoun_before_participle(group: Span) -> bool:
    """ "one purpose-built to handle the rigors": "one" before a hyphenated participle ("purpose-built",
    "hand-made") that modifies no noun after it, the pronoun for a thing just named."""
    doc = group.doc
    at = group.end
    if at + 2 >= len(doc) or doc[at + 1].text != "-" or doc[at + 2].tag_ != "VBN" or not doc[at].is_alpha:
        return False
    after = doc[at + 3] if at + 3 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
