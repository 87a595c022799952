"""The condition of counted people: what happened to them, from the verb they are the object of ("12 people were
killed", "killing 12 people", "nine people died", "51 people were rushed to hospital") or the state they are in
("15 remain missing"). Split out of `counted.py` (the phrase a number counts), which adds the condition to it.
"""

from __future__ import annotations

from spacy.tokens import Token

# What happened to the people counted, from the verb they are the object of ("12 people were killed",
# "killing 12 people", "nine people died") or the state they are in ("15 remain missing").
CASUALTY_VERBS = {
    "kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "injured", "arrest": "arrested",
    "detain": "detained", "evacuate": "evacuated", "displace": "displaced", "rescue": "rescued",
    "hospitalize": "hospitalized", "hospitalise": "hospitalized", "capture": "captured", "die": "dead",
    "kidnap": "kidnapped", "abduct": "abducted", "infect": "infected", "deport": "deported", "execute": "executed",
    "diagnose": "diagnosed", "quarantine": "quarantined", "test": "tested", "vaccinate": "vaccinated",
    "charge": "charged", "convict": "convicted", "sentence": "sentenced", "indict": "indicted", "trap": "trapped",
    "strand": "stranded", "poison": "poisoned", "sicken": "sickened", "treat": "treated", "fire": "fired",
    "lay": "laid off", "hire": "hired", "release": "released", "free": "freed",
}  # fmt: skip
STATE_WORDS = {"dead", "missing", "injured", "wounded", "hurt", "killed", "hospitalized", "unaccounted", "homeless"}


def condition_of(noun: Token) -> str | None:
    """The condition of counted people given by their verb or predicate: killed, injured, missing ..."""
    for child in noun.children:  # "50 injured", "troops killed in action"
        if child.dep_ in ("acl", "amod") and child.i > noun.i:
            if child.lemma_.lower() in CASUALTY_VERBS and child.tag_ == "VBN":
                return CASUALTY_VERBS[child.lemma_.lower()]
            if child.lower_ in STATE_WORDS:
                return child.lower_
            if _to_hospital(child):
                return "hospitalized"  # "more than 50 taken to hospital"
    head = noun.head
    lemma = head.lemma_.lower()
    if lemma in CASUALTY_VERBS:
        if noun.dep_ in ("nsubjpass", "dobj") or (noun.dep_ == "nsubj" and lemma == "die"):
            return CASUALTY_VERBS[lemma]
        if noun.dep_ == "conj" and noun.head.dep_ in ("nsubjpass", "dobj"):
            return condition_of(noun.head)
    if noun.dep_ in ("nsubjpass", "dobj") and _to_hospital(head):
        return "hospitalized"  # "51 people were rushed to hospital"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        for child in head.children:
            if child.dep_ in ("acomp", "oprd", "attr", "advmod") and child.lower_ in STATE_WORDS:
                return child.lower_
        if (said := _said_of_subject(head)) is not None:
            return said
    if noun.dep_ == "amod" and noun.lower_ in STATE_WORDS:
        return noun.lower_
    return None


def _said_of_subject(verb: Token) -> str | None:
    """What the verb says happened to its subject in other words: "have lost their lives" (dead), "are confirmed as
    having died" (dead)."""
    for child in verb.children:
        if verb.lemma_.lower() == "lose" and child.dep_ == "dobj" and child.lemma_.lower() == "life":
            return "dead"
        if child.dep_ == "prep" and child.lower_ == "as":
            done = next((c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBN"), None)
            if done is not None and done.lemma_.lower() in CASUALTY_VERBS:
                return CASUALTY_VERBS[done.lemma_.lower()]
    return None


def _to_hospital(verb: Token) -> bool:
    """A participle that takes people to hospital: "rushed to hospital", "taken to hospital", "treated in
    hospital"."""
    return verb.tag_ == "VBN" and any(
        child.dep_ == "prep" and child.lower_ in ("to", "into", "in") and any(
            p.dep_ == "pobj" and p.lemma_.lower() == "hospital" for p in child.children
        )
        for child in verb.children
    )  # fmt: skip


def own_condition(counted: str, number: Token) -> str:
    """A counted phrase taken from context with the condition of the number's own clause in place of the
    context's ("seven people have been killed and more than 50 taken to hospital": people hospitalized)."""
    condition = condition_of(number)
    words = counted.split()
    if condition is None or condition in words:
        return counted
    if len(words) > 1 and words[-1].lower() in STATE_WORDS | set(CASUALTY_VERBS.values()):
        words = words[:-1]
    return with_condition(" ".join(words), condition)


def with_condition(counted: str, condition: str | None) -> str:
    return f"{counted} {condition}" if condition and condition not in counted.lower().split() else counted
