"""What a reporting verb reports when it has no that-clause: an infinitive or a charge ("urged X to act",
"accused X of Y"), a noun's that-clause, the object of a stance ("criticized the platform"), what one
speaks about; and the clause quoted words sit in. Parse-only helpers of quotes.py."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.annotate.descriptions import PERSON_WORDS
from newsweave.annotate.speech_words import (
    ABOUT_VERBS,
    ACT_VERBS,
    CHARGE_VERBS,
    OBJECT_ACTS,
    OBJECT_REPORTS,
    POINTING_VERBS,
    REPORT_NOUNS,
    VOICE_NOUNS,
)

TITLE_WORDS_MAX = 6
ANSWERS = {"yes", "no", "so", "same"}
TITLE_SMALL = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"}


def reporting_clause_only(verb: Token) -> bool:
    """A parenthetical or trailing "he said": the verb has a subject and nothing it reports itself."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children
    )


def that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def act_content(verb: Token) -> list[Token]:
    """What a speech act without a that-clause reports: its infinitive or gerund ("urged X to act",
    "denied paying"), with the person addressed, or the object of a denial or claim."""
    act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if act is not None:
        addressed = [c for c in verb.children if c.dep_ == "dobj" and c.i < act.i]
        more = [t for c in verb.children if _infinitive_conj(c, act) for t in c.subtree]  # "..., and to avoid X"
        return [t for a in addressed for t in a.subtree] + list(act.subtree) + more
    if verb.lemma_.lower() in OBJECT_ACTS:
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
        return list(thing.subtree) if thing is not None else []
    charge = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    if verb.lemma_.lower() in CHARGE_VERBS and charge is not None:  # "accused Clinton of using divisive rhetoric"
        accused = [c for c in verb.children if c.dep_ == "dobj" and c.i < charge.i]
        return sorted([t for a in accused for t in a.subtree] + list(charge.subtree), key=lambda t: t.i)
    return []


def _infinitive_conj(child: Token, act: Token) -> bool:
    """A second infinitive the parser hung on the verb instead of the first one: "warned people to stay away
    from infected areas, and to avoid contact with rodents"."""
    return (
        child.dep_ == "conj"
        and child.i > act.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and not any(c.dep_.startswith("nsubj") for c in child.children)
    )


def noun_clause(verb: Token) -> Token | None:
    """The that-clause of a noun the verb takes as its object or "as" phrase: "expressed hope that ...",
    "cited the backlash as proof that ..."."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        nouns += [c for c in prep.children if c.dep_ == "pobj"]
    for noun in nouns:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and that_clause(c)), None)
        if clause is not None:
            return clause
    return None


def stray_that_clause(verb: Token) -> Token | None:
    """A reporting verb's that-clause the parser hung on the last noun of a phrase between them: "claimed in
    an interview with Breitbart News that he's not backing ...", "telling reporters during a visit to
    Scotland on Friday that he thinks ..." (the clause is the verb's, not the interview's or Friday's).
    Nouns that report themselves ("in a statement that") are quotes.py's nominal reports."""
    for child in (c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "dobj", "npadvmod", "dative")):
        for token in child.subtree:
            if token.dep_ not in ("acl", "ccomp", "relcl") or token.head.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.head.lemma_.lower() in REPORT_NOUNS or token.head.i < verb.i:
                continue
            mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i), None)
            if mark is not None and token.left_edge.i == mark.i and mark.i > token.head.i:
                return token
    return None


def object_reported(verb: Token) -> Token | None:
    """The thing a stance or speech act is about: its direct object ("criticized the draft platform"), or
    what it speaks "about" or "on" or points "to". Pronouns report nothing the reader can see."""
    lemma = verb.lemma_.lower()
    if lemma in OBJECT_REPORTS:
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is not None and thing.pos_ != "PRON":
            return thing
    if lemma in ABOUT_VERBS | POINTING_VERBS:
        preps = ("to",) if lemma in POINTING_VERBS else ("about", "on", "of")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
            thing = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if thing is not None and (
                (thing.lower_ == "condition" and prep.lower_ == "on") or thing.ent_type_ in ("DATE", "TIME")
            ):
                continue  # "spoke on condition of anonymity", "spoke in Iowa on Monday": how or when, not what
            if thing is not None and thing.pos_ != "PRON":
                return thing
    return None


def answer(verb: Token) -> Token | None:
    """What a verb of saying answers with a word: "said yes", "said no", "said so", "said the same of Cruz"."""
    if verb.lemma_.lower() not in ("say", "answer", "reply"):
        return None
    for child in verb.children:
        if child.lower_ in ANSWERS and child.dep_ in ("intj", "advmod", "dobj", "npadvmod", "ccomp"):
            if child.lower_ != "same" or any(c.lower_ == "the" for c in child.children):
                return child
    return None


def is_title(words: str) -> bool:
    """Quoted words that are a title or a name ("This Week", "Doomed to Succeed"): a few words, each
    capitalised but the small ones (one word may be a cry: “Cruz!”). A title is named, not said."""
    found = re.findall(r"[A-Za-z’']+", words)
    return 1 < len(found) <= TITLE_WORDS_MAX and all(w[:1].isupper() or w.lower() in TITLE_SMALL for w in found)


CLAUSE_STEPS = 8  # quoted words deep in a noun phrase: 'described ... and a city of “honesty and straight talk.”'


def clause_verb(span: Span) -> Token | None:
    """The verb of the clause quoted words sit in, when it has a subject: words quoted inside someone's
    sentence without a verb of saying are theirs."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside), None)
    current = root.head if root is not None else None
    for _ in range(CLAUSE_STEPS):
        if current is None or current.i in inside:
            return None
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in current.children):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def judgement(verb: Token) -> bool:
    """A verb of judging used to state a judgement: "sees Cruz as a uniter", "consider Clinton honest" (not
    "consider whether to run", "saw the crowd")."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True
    small = [c for c in verb.children if c.dep_ in ("ccomp", "oprd")]
    return verb.lemma_.lower() in ("consider", "deem") and any(
        not any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if") for t in c.subtree) for c in small
    )


def asked_to(verb: Token) -> bool:
    """The infinitive of a speech act addressed to someone ("urged Madrid to act", "pressed Clinton to do
    more"): what the addressee is asked to do is the asker's statement, not the addressee's."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in ACT_VERBS
        and any(c.dep_ in ("dobj", "dative") and c.i < verb.i for c in head.children)
    )


# Endings of nouns for the people who do something: "organizers", "investigators", "activists", "employees".
PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "eers")


def names_people(noun: Token) -> bool:
    """A plural common noun for people ("organizers", "former employees", "kids"), not for things that cannot
    speak ("Some of the engines on each booster", "mechanisms")."""
    return noun.tag_ == "NNS" and (noun.lemma_.lower() in PERSON_WORDS or noun.lower_.endswith(PEOPLE_ENDINGS))


def voices(noun: Token) -> bool:
    """A common noun that can carry someone's words: people in the plural ("organizers", "former employees"),
    one whose possessor is named ("Hoff's letter"), or a message, a document or a gathering."""
    return (
        names_people(noun)
        or noun.lemma_.lower() in VOICE_NOUNS
        or noun.lower_ in VOICE_NOUNS
        or any(c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") for c in noun.children)
    )


def described_before(verb: Token) -> Token | None:
    """The person an appositive right before the verb describes ("Warren, a military spokesman in Baghdad,
    said"), when the parser has not made the person the verb's subject."""
    k = verb.i - 1
    if k < 1 or verb.doc[k].text != ",":
        return None
    token = verb.doc[k - 1]
    while token.dep_ in ("pobj", "prep", "compound", "amod") and verb.sent.start <= token.head.i < token.i:
        token = token.head
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.head.i < token.i:
        return token.head
    return None
