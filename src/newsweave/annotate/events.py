"""Events: who did what to whom, where and when, from each sentence's parse.

An event is a verb of a known coarse type (deploy, attack, meet, condemn, sanction, supply, agree,
arrest, kill, injure, announce, launch, summon, withdraw, warn, demand) with at least an actor or a
target. Actors and targets are named by their entity; a nationality stands for its country
("North Korean troops were deployed" -> actor North Korea).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.attribution import Resolver, subject_of
from newsweave.annotate.dates import resolve_date
from newsweave.annotate.knowledge import country_of_word
from newsweave.model import Event

EVENT_TYPES = {
    "deploy": "deploy", "send": "deploy", "dispatch": "deploy", "station": "deploy", "position": "deploy",
    "mobilize": "deploy", "mobilise": "deploy", "attack": "attack", "strike": "attack", "shell": "attack",
    "bomb": "attack", "clash": "attack", "fight": "attack", "engage": "attack", "invade": "attack",
    "raid": "attack", "target": "attack", "shoot": "attack", "meet": "meet", "visit": "meet", "host": "meet",
    "condemn": "condemn", "denounce": "condemn", "criticize": "condemn", "criticise": "condemn",
    "sanction": "sanction", "supply": "supply", "provide": "supply", "deliver": "supply", "ship": "supply",
    "export": "supply", "agree": "agree", "sign": "agree", "ratify": "agree", "approve": "agree",
    "arrest": "arrest", "detain": "arrest", "capture": "arrest", "kill": "kill", "injure": "injure",
    "wound": "injure", "announce": "announce", "confirm": "announce", "launch": "launch", "fire": "launch",
    "test": "launch", "summon": "summon", "expel": "summon", "withdraw": "withdraw", "retreat": "withdraw",
    "warn": "warn", "threaten": "warn", "urge": "demand", "demand": "demand", "call": "demand",
}  # fmt: skip
PLACE_PREPS = {"in", "into", "near", "to", "at", "across", "inside", "from", "on"}
TARGET_PREPS = {"against", "with", "on", "at", "to"}


def _name_of(token: Token, resolver: Resolver) -> str | None:
    """An actor or target named by its entity; nationality words and capitals stand for the country."""
    if token.pos_ == "PRON":
        source = resolver.source_from(token)
        return source.name if source.resolved else None
    tokens = list(token.subtree) if token.pos_ in ("NOUN", "PROPN") else [token]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    entity = resolver.entity_in(start, end)
    if entity is not None:
        if entity.type in ("NORP", "GPE") and entity.affiliation:
            return entity.affiliation
        return entity.name
    return country_of_word(token.text)


def _place(verb: Token, resolver: Resolver) -> str | None:
    for child in verb.subtree:
        if child.dep_ == "pobj" and child.head.lower_ in PLACE_PREPS and child.ent_type_ in ("GPE", "LOC", "FAC"):
            entity = resolver.entity_in(child.idx, child.idx + len(child), ("GPE", "LOC", "FAC"))
            return entity.name if entity else child.text
    return None


def extract_events(doc: Doc, article_id: str, resolver: Resolver, published: str | None) -> list[Event]:
    events: list[Event] = []
    dates_by_sentence: dict[int, list[Span]] = {}  # `Span.ents` walks every entity of the article each time
    for entity in doc.ents:
        if entity.label_ == "DATE":
            dates_by_sentence.setdefault(entity.sent.start, []).append(entity)
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        kind = EVENT_TYPES.get(lemma)
        if kind is None:
            continue
        if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            continue
        subject = subject_of(verb)
        passive = subject is not None and subject.dep_ == "nsubjpass"
        actor = target = None
        if subject is not None:
            actor = _name_of(subject, resolver)
            if passive:  # "North Korean troops were deployed": the troops are the object, their country acts
                target, actor = None, _nationality_of(subject)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        for obj in objects:
            name = _name_of(obj, resolver)
            if name and name != actor:
                target = name
                break
        if actor is None and target is None:
            continue
        obj_word = next((o.lemma_ for o in objects if o.pos_ == "NOUN"), None)
        sentence = verb.sent
        dates = [e for e in dates_by_sentence.get(sentence.start, []) if e.end <= sentence.end]
        events.append(
            Event(
                id=f"{article_id}:v{len(events)}",
                article=article_id,
                action=f"{lemma} {obj_word}" if obj_word else lemma,
                type=kind,
                actor=actor,
                target=target,
                place=_place(verb, resolver),
                date=next((d for d in (resolve_date(e.text, published) for e in dates) if d), None),
                sentence=verb.sent.text,
                start=verb.sent.start_char,
                end=verb.sent.end_char,
                trigger_start=verb.idx,
                trigger_end=verb.idx + len(verb),
            )
        )
    return events


def _nationality_of(noun: Token) -> str | None:
    for child in noun.subtree:
        if child.ent_type_ in ("NORP", "GPE"):
            found = country_of_word(child.text) or country_of_word(
                " ".join(t.text for t in noun.subtree if t.ent_type_ == child.ent_type_)
            )
            if found:
                return found
    return None
