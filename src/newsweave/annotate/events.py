"""Events: who did what to whom, where and when, from each sentence's parse.

An event is a happening named by a verb outside the classes of saying, thinking and light verbs, or by
a noun of the happening kind ("the crash"), with a concrete argument: a subject, an object, a
possessor or the noun it describes (`event_words.py` holds the classes). Speech is left to the quote
table. Actors and targets are named by their entity when the argument's head is one, else by the noun
phrase ("the tram driver" -> "tram driver"); a nationality stands for its country ("North Korean troops
were deployed" -> actor North Korea). The coarse `type` groups one kind of happening (derail and
derailment are "crash"); a word without one is its own kind.
"""

from __future__ import annotations

from bisect import bisect_right

import dateparser  # noqa: F401  (resolve_date imports it when first needed: here, with the extractors, before a worker forks)
from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from newsweave.annotate.attribution import Resolver, subject_of
from newsweave.annotate.dates import resolve_date
from newsweave.annotate.doc_arrays import column, span_text
from newsweave.annotate.event_words import (
    EVENT_NOUNS,
    EVENT_TYPES,
    MENTAL_OBJECTS,
    NOT_EVENTS,
    OBJECT_SPEECH,
    PLACE_PREPS,
    TARGET_PREPS,
)
from newsweave.annotate.knowledge import country_of_word
from newsweave.model import Event

NOUN_TYPES = {"fire": "fire", "strike": "attack"}  # a noun whose kind differs from its verb's ("fire" a gun)
CONCRETE = ("NOUN", "PROPN", "PRON", "NUM")  # a number of people: "three died"
PLACE_TYPES = ("GPE", "LOC", "FAC")
TIMES = ("DATE", "TIME")
MODIFIERS = ("compound", "amod")
VAGUE = {
    "it",
    "this",
    "that",
    "which",
    "who",
    "what",
    "there",
    "something",
    "anything",
    "nothing",
    "thing",
    "time",
    "way",
    "lot",
    "part",
    "kind",
}


def kind_of(lemma: str, noun: bool) -> str:
    """The coarse kind of happening a verb or noun names (its own lemma when it has none)."""
    if noun and lemma in NOUN_TYPES:
        return NOUN_TYPES[lemma]
    return EVENT_TYPES.get(lemma, lemma)


def _concrete(token: Token | None) -> bool:
    return token is not None and token.pos_ in CONCRETE and token.lower_ not in VAGUE


def _phrase(token: Token) -> str:
    """A short noun phrase for an unnamed argument: the compounds and adjectives just before it, no article."""
    start, heads, deps = token.i, column(token.doc, "head"), column(token.doc, "dep_")
    while start > 0 and start <= heads[start - 1] <= token.i and deps[start - 1] in MODIFIERS:
        start -= 1
    return span_text(token.doc[start : token.i + 1])


def _country(word: str, countries: dict[str, str | None]) -> str | None:
    """`country_of_word`, asked once per word and article (it scans the institution tables on a miss)."""
    if word not in countries:
        countries[word] = country_of_word(word)
    return countries[word]


def _date(expression: str, published: str | None, resolved: dict[str, str | None]) -> str | None:
    """`resolve_date`, asked once per expression and article."""
    if expression not in resolved:
        resolved[expression] = resolve_date(expression, published)
    return resolved[expression]


def _name_of(token: Token, resolver: Resolver, countries: dict[str, str | None]) -> str | None:
    """An actor or target named by its entity; nationality words and capitals stand for the country."""
    if token.pos_ == "PRON":
        if token.lower_ in VAGUE:
            return None
        source = resolver.source_from(token)
        return source.name if source.resolved else None
    entity = resolver.entity_in(token.idx, token.idx + len(token))
    if entity is None and token.pos_ == "PROPN":
        tokens = [t for t in token.subtree if t.dep_ == "compound" or t is token]
        entity = resolver.entity_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if entity is None and token.pos_ == "NOUN":  # "Russian lawmakers": their country acts
        nation = next(
            (c for c in token.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None
        )
        entity = resolver.entity_in(nation.idx, nation.idx + len(nation)) if nation is not None else None
    if entity is not None:
        if entity.type in ("NORP", "GPE") and entity.affiliation:
            return entity.affiliation
        return entity.name
    return _country(token.text, countries) or (_phrase(token) if token.pos_ in ("NOUN", "PROPN") else None)


def _place(trigger: Token, resolver: Resolver) -> str | None:
    """Where it happened: a place after in/at/near..., or a place word before an event noun ("Croydon tram crash")."""
    candidates = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if trigger.pos_ == "NOUN":
        candidates += [c for c in trigger.lefts if c.dep_ in ("compound", "nmod", "poss")]
    for token in candidates:
        if token.ent_type_ in PLACE_TYPES:
            entity = resolver.entity_in(token.idx, token.idx + len(token), PLACE_TYPES)
            return entity.name if entity else token.text
    return None


def _verb_arguments(verb: Token) -> tuple[Token | None, list[Token], bool]:
    """The verb's subject, its objects (direct, then prepositional) and whether it is passive."""
    subject = subject_of(verb)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "the driver, who has been arrested": the driver
    if subject is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in CONCRETE:
        subject = verb.head  # "a man arrested on Tuesday": the man is the one arrested
        passive = verb.tag_ == "VBN"
    else:
        passive = subject is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.ent_type_ not in TIMES]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in TIMES
                and (c.lower_ in ("against", "with") or g.ent_type_ not in PLACE_TYPES)]  # fmt: skip
    if passive:
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return (agents[0] if agents else None), [subject, *objects] if subject is not None else objects, True
    return subject, objects, False


def _noun_arguments(noun: Token) -> tuple[Token | None, list[Token]]:
    """An event noun's doer (its possessor, or "by X") and undergoer ("of X", "on X", or a compound: "tram crash")."""
    actor = next((c for c in noun.children if c.dep_ == "poss"), None)
    preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in noun.children if c.dep_ == "prep"}
    if actor is None and preps.get("by"):
        actor = preps["by"][0]
    objects = [g for p in ("of", "on", "against") for g in preps.get(p, [])]
    return actor, objects


def is_event_verb(verb: Token) -> bool:
    """A verb that names a step of a story (not saying, thinking or a light verb; "announce" only with an object)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not lemma.isalpha() or lemma in NOT_EVENTS:
        return False
    if lemma in OBJECT_SPEECH:
        return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    return True


def _with_particle(verb: Token) -> str:
    """The verb as written with its particle: "stepped down", "blacked out"."""
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *particles])


def _background(verb: Token) -> bool:
    """No step of its own: a participle, infinitive or progressive told as circumstance ("negotiating a bend"),
    a verb that only governs another ("agreed to step down": the stepping down is the step) or takes a stance
    ("raised concerns")."""
    if verb.tag_ in ("VBG", "VB") and verb.dep_ in ("advcl", "acl", "pcomp", "relcl", "ccomp"):
        return True
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return True  # "the tram was travelling at speed": a state the step happened in
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in MENTAL_OBJECTS for o in objects):
        return True
    return not objects and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)


def is_event_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in EVENT_NOUNS


def _candidates(doc: Doc) -> list[int]:
    """The tokens that may trigger an event, read from the Doc's arrays: a Token object is made only for these.

    The test is the cheap half of `is_event_noun` and `is_event_verb` (the part of speech and lemma), which
    still decide; each distinct lemma is looked up and lowercased once per article."""
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    found = []
    array = doc.to_array([POS, LEMMA])
    rows = ((array[:, 0] == NOUN) | (array[:, 0] == VERB)).nonzero()[0]
    for i, pos, lemma in zip(rows.tolist(), array[rows, 0].tolist(), array[rows, 1].tolist(), strict=True):
        word = lowered.get(lemma)
        if word is None:
            word = lowered[lemma] = strings[lemma].lower()
        if word in EVENT_NOUNS if pos == NOUN else word.isalpha() and word not in NOT_EVENTS:
            found.append(i)
    return found


def extract_events(doc: Doc, article_id: str, resolver: Resolver, published: str | None) -> list[Event]:
    events: list[Event] = []
    dates_by_sentence: dict[int, list[Span]] = {}  # `Span.ents` walks every entity of the article each time
    for entity in doc.ents:
        if entity.label_ == "DATE":
            dates_by_sentence.setdefault(entity.sent.start, []).append(entity)
    sentences = list(doc.sents)  # `Token.sent` and `Span.text` make a Token object per word on every call
    starts = [s.start for s in sentences]
    text = resolver.text  # `doc.text`, read once per article (`Doc.text` joins every token on each read)
    texts: dict[int, str] = {}
    countries: dict[str, str | None] = {}
    resolved: dict[str, str | None] = {}  # each date expression resolved once per article
    for i in _candidates(doc):
        trigger = doc[i]
        noun = is_event_noun(trigger)
        if not noun and not is_event_verb(trigger):
            continue
        if noun:
            actor_token, objects = _noun_arguments(trigger)
            passive = False
        else:
            actor_token, objects, passive = _verb_arguments(trigger)
        objects = [o for o in objects if _concrete(o)]
        if not noun and not _concrete(actor_token) and not objects:
            continue  # "it happened": no one and nothing it happened to
        actor = _name_of(actor_token, resolver, countries) if _concrete(actor_token) else None
        if passive and actor is None and objects and kind_of(trigger.lemma_.lower(), noun) == "deploy":
            # "North Korean troops were deployed": their country sends them
            actor = _nationality_of(objects[0], countries)
        beyond = [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        named = [o for o in [*objects, *beyond] if o.pos_ == "PROPN" or o.ent_type_]  # first: "a treaty with X"
        undergoer = objects[:1] if passive else []  # the passive subject: "the driver, who has been arrested"
        direct = [o for o in objects if noun or o.dep_ in ("dobj", "dative") or o in undergoer]
        target = next(
            (n for n in (_name_of(o, resolver, countries) for o in [*named, *direct]) if n and n != actor), None
        )
        lemma = trigger.lemma_.lower()
        number = bisect_right(starts, i) - 1
        sentence = sentences[number]
        if number not in texts:
            texts[number] = text[sentence.start_char : sentence.end_char]  # `sentence.text`, without the walk
        dates = [e for e in dates_by_sentence.get(sentence.start, []) if e.end <= sentence.end]
        obj_word = next((o.lemma_ for o in objects if o.pos_ == "NOUN" and o.dep_ == "dobj"), None)
        events.append(
            Event(
                id=f"{article_id}:v{len(events)}",
                article=article_id,
                action=f"{lemma} {obj_word}" if obj_word else lemma,
                type=kind_of(lemma, noun),
                actor=actor,
                target=target,
                place=_place(trigger, resolver),
                date=next((d for d in (_date(e.text, published, resolved) for e in dates) if d), None),
                sentence=texts[number],
                start=sentence.start_char,
                end=sentence.end_char,
                trigger_start=trigger.idx,
                trigger_end=trigger.idx + len(trigger),
                passive=passive,
                noun=noun,
                background=not noun and _background(trigger),
                word=_phrase(trigger) if noun else _with_particle(trigger),
            )
        )
    return events


def _nationality_of(noun: Token, countries: dict[str, str | None]) -> str | None:
    for child in noun.subtree:
        if child.ent_type_ in ("NORP", "GPE"):
            found = _country(child.text, countries) or _country(
                " ".join(t.text for t in noun.subtree if t.ent_type_ == child.ent_type_), countries
            )
            if found:
                return found
    return None
