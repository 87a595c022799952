"""Corrections to the extent of names spaCy finds or misses, from the parse around them.

A name cut short before the rest of its noun ("the Argus Leader" tagged "Argus", "the Inner Mongolia health
commission" tagged "Inner Mongolia") runs on to its head; a nationality that modifies an acronym is part
of the name ("the Chinese CDC"); a proper noun the model leaves untagged is a place when it is located in
a place ("from Xilingol in Inner Mongolia") and an organisation when a role is "of" it ("the CEO of DH").
A capital is read as its country's government ("Seoul stands prepared") or as a city ("a hospital in
Beijing", "Beijing residents"); only the first reading speaks for the country. An organisation's mention
may be qualified by a country ("China's CDC", "the US CDC", "the CDC in the US"): the body is that country's.
The place an office is "of" is no part of the name of the person holding it ("Mayor of London Sadiq Khan").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.acronyms import is_acronym
from newsweave.annotate.doc_arrays import column
from newsweave.annotate.knowledge import country_named, country_of_word
from newsweave.annotate.name_words import STYLED_TITLES, TITLE_WORDS, is_given_name, is_team_of
from newsweave.annotate.titled_names import office_department
from newsweave.model import Entity

# Head nouns of a body's name: "the regional health commission", "New York State Attorney General".
INSTITUTION_NOUNS = {
    "commission", "authority", "department", "ministry", "agency", "office", "council", "court", "centre",
    "center", "committee", "board", "bureau", "police", "parliament", "assembly", "government",
    "administration", "institute", "general", "service", "services", "inspectorate", "regulator",
}  # fmt: skip
ROLE_WORDS = {"ceo", "president", "chairman", "chairwoman", "chair", "director", "founder", "head", "owner", "chief"}
_LOCATIVE = {"from", "in", "at", "near"}
_CITY_PREPOSITIONS = {"in", "at", "near", "around"}
_SPEAKING_PREPOSITIONS = {"between", "with", "against"}
POSTING_VERBS = {
    "post", "write", "tweet", "share", "publish", "upload", "announce", "respond", "reply", "say", "ask",
}  # fmt: skip
# Nouns of what is posted, which take "on" for where ("United's original response on Twitter").
POSTING_NOUNS = {"post", "response", "reply", "message", "video", "account", "page", "feed", "photo", "picture"}
# Verbs that take "on" for what they speak about, and for where they are posted when they carry the words said.
REMARK_VERBS = {"remark", "comment", "note", "add", "explain", "joke", "complain", "confirm", "claim"}


def extend_to_head(span: Span) -> Span:
    """Run a name on to the head noun it is a compound of, over untagged words: capitalised words of a
    name ("Argus" -> "Argus Leader"), or lower-case ones when the head names a body ("Inner Mongolia" ->
    "Inner Mongolia health commission", an organisation whatever the model said); not a description ("a
    Minnesota ad agency", "the Minneapolis ad agency Broadhead Co.")."""
    last = span[-1]
    head = last.head
    if last.dep_ != "compound" or head.i <= last.i or span.label_ not in ("ORG", "GPE", "LOC"):
        return span
    between = span.doc[span.end : head.i + 1]
    if any(t.ent_type_ for t in between):
        return span
    if not all(t.dep_ == "compound" and span.end <= t.head.i <= head.i for t in between[:-1]):
        return span
    described = head.dep_ in ("compound", "appos") or any(c.lower_ in ("a", "an") for c in head.children)
    institution = head.lower_ in INSTITUTION_NOUNS and head.pos_ in ("NOUN", "PROPN") and not described
    proper = all(t.pos_ == "PROPN" and t.is_title for t in between)
    if span[-1].lower_ in INSTITUTION_NOUNS and all(t.is_lower for t in between):
        return span  # "the National Weather Service office in Cleveland": a branch of a body named whole
    if institution and (span.label_ == "ORG" or proper or all(t.is_lower for t in between)):
        return Span(span.doc, span.start, head.i + 1, label="ORG")
    if proper and span.label_ == "ORG":
        return Span(span.doc, span.start, head.i + 1, label="ORG")
    return span


def with_nationality(spans: list[Span]) -> list[Span]:
    """A nationality just before an acronym it modifies is part of the name: "the Chinese CDC"."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "NORP"
            and span.label_ == "ORG"
            and prev.end == span.start
            and is_acronym(span.text)
            and prev.root.head.i in range(span.start, span.end)
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _proper_chain(token: Token) -> tuple[int, int]:
    """The proper noun and the capitalised compounds before it: "Xilingol", "Chapter Verse"."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start, token.i + 1


def untagged_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Places and organisations the model left untagged, known by where they stand (module docstring)."""
    spans = []
    pos, words, deps = column(doc, "pos_"), column(doc, "text"), column(doc, "dep_")
    for i, word in enumerate(words):
        if i in taken or pos[i] != "PROPN" or not word[:1].isupper() or deps[i] != "pobj":
            continue
        token = doc[i]
        start, end = _proper_chain(token)
        if any(i in taken for i in range(start, end)):
            continue
        prep = token.head
        located = any(
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in child.children)
            for child in token.children
        )
        if prep.lower_ in _LOCATIVE and located:
            spans.append(Span(doc, start, end, label="GPE"))
        elif prep.lower_ == "of" and prep.head.lower_ in ROLE_WORDS and (token.is_title or is_acronym(token.text)):
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


def city_reading(spans: list[Span]) -> bool:
    """A capital named as a city (or a state: "the state of Washington") more often than as its country's
    government: a place, not a metonym."""
    city = government = 0
    for span in spans:
        root = span.root
        head = root.head
        if root.dep_ == "compound" and head.pos_ == "NOUN" and head.i > root.i:
            city += 1  # "Beijing residents", "a Beijing local"
        elif root.dep_ == "pobj" and head.lower_ in _CITY_PREPOSITIONS and head.head.pos_ == "NOUN":
            city += 1  # "a hospital in Beijing", "authorities in Beijing"
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("state", "city", "capital"):
            city += 1  # "in the state of Washington": a place named as such
        elif root.dep_ == "appos" and any(a.lower_ in ("capital", "city") for a in list(root.ancestors)[:3]):
            city += 1  # "the eternal capital of the Jewish people, Jerusalem"
        elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
            city += 1  # "an undivided Jerusalem", "a divided Berlin": the city as a place with a shape
        elif root.dep_ == "poss" and head.pos_ == "PROPN":
            city += 1  # "Berlin's Brandenburg Gate": a place of the city
        elif span.text.isupper() and span.start == span.sent.start:
            city += 1  # the dateline "BERLIN —": where the report was filed
        elif root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "conj") or (
            root.dep_ == "pobj" and head.lower_ in _SPEAKING_PREPOSITIONS
        ):
            government += 1  # "Seoul stands prepared", "between Moscow and Pyongyang"
    return city > government


def possessed_body(span: Span) -> Span | None:
    """The body a place's possessive names in lower-case words ("Inner Mongolia’s disease prevention and
    control centre"): an organisation the model left untagged."""
    root, doc = span.root, span.doc
    head = root.head
    if span.label_ not in ("GPE", "LOC") or root.dep_ != "poss" or head.i <= root.i:
        return None
    start = span.end + (1 if span.end < len(doc) and doc[span.end].dep_ == "case" else 0)
    words = doc[start : head.i + 1]
    if head.lower_ not in INSTITUTION_NOUNS or len(words) < 2 or any(t.ent_type_ for t in words):
        return None
    return Span(doc, start, head.i + 1, label="ORG") if all(t.is_lower and t.is_alpha for t in words) else None


_QUALIFYING_DEPS = {"poss", "compound", "amod", "nmod"}


def country_qualifier(span: Span) -> str | None:
    """The country an organisation's mention is qualified by where it is written: a place's possessive, a
    place or nationality before it ("China's CDC", "the US CDC", "the Chinese CDC"), or "in" a country after
    it or after the acronym in brackets that defines it ("the Centre for Disease Control (CDC) in the US").
    Only a country counts ("in New York" says none), and "in" only after a public body (its head an
    institution noun, or an acronym the knowledge table gives a country): "Lehman Brothers in Tokyo",
    "AFP in Kabul" or "the US Embassy in India" name where a body is, not whose it is."""
    if span.label_ != "ORG":
        return None
    inside = range(span.start, span.end)
    public = span.root.lower_ in INSTITUTION_NOUNS or (is_acronym(span.text) and country_of_word(span.text))
    tokens = list(span)
    tokens.extend(c for t in span for c in t.children if c.dep_ == "appos" and is_acronym(c.text))
    for token in tokens:
        for child in token.children:
            if child.i in inside:
                continue
            if child.dep_ in _QUALIFYING_DEPS and child.i < span.start and child.ent_type_ in ("GPE", "NORP"):
                found = country_named(_entity_text(child))
            elif public and child.dep_ == "prep" and child.lower_ == "in" and child.i >= span.end:
                places = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
                found = country_named(_entity_text(places[0])) if places else None
            else:
                continue
            if found:
                return found
    return None


def _entity_text(token: Token) -> str:
    """The whole entity a token is part of: "Korea" -> "South Korea"."""
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def with_of_phrase(span: Span) -> Span:
    """An organisation's name the model cut before its "for"/"of" phrase ("The United Nations High
    Commissioner" + "for Human Rights"): a phrase of untagged capitalised proper nouns is part of it."""
    doc, last = span.doc, span[-1]
    if span.label_ != "ORG" or span.end + 1 >= len(doc) or not (last.pos_ == "PROPN" and last.is_title):
        return span
    prep = doc[span.end]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in ("for", "of") or prep.head != last or not objects:
        return span
    words = doc[span.end + 1 : objects[0].i + 1]
    if all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in words):
        return Span(doc, span.start, objects[0].i + 1, label="ORG")
    return span


def with_owner(span: Span) -> Span:
    """A body whose name is owned by an untagged capitalised possessive ("The California Governor's Office
    of Emergency Services"): the owner is part of the name, not a separate word."""
    doc, root = span.doc, span.root
    if span.label_ != "ORG" or root.lower_ not in INSTITUTION_NOUNS or span.start < 2:
        return span
    case, owner = doc[span.start - 1], doc[span.start - 2]
    if case.dep_ != "case" or owner.dep_ != "poss" or owner.head != root:
        return span
    start, end = _proper_chain(owner)
    if all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in doc[start:end]):
        return Span(doc, start, span.end, label="ORG")
    return span


_NOT_PEOPLE = ("ORG", "GPE", "LOC", "FAC", "NORP")
POSSESSIVE_END = re.compile(r"['’]s$")  # "Thurman’s" left one token


def surname_people(spans: list[Span]) -> list[Span]:
    """A name of capitalised proper nouns the model tags a place or an organisation, ending in a word the
    article tags a person alone ("Uma Thurman's" beside "Thurman said"), is that person, unless the table
    knows it as a place, that word is a given name ("Bill") or a common noun the article writes in lower
    case ("zoo"), or the name starts with a place of the article ("Cincinnati Zoo"); a capitalised word
    opening the sentence before the name describes her ("Actress Uma Thurman") when it is no given name."""
    if not spans:
        return spans
    doc = spans[0].doc
    # "the zoo": no surname
    common = {word for word, low in zip(column(doc, "text"), column(doc, "is_lower"), strict=True) if low}
    places = {s.text for s in spans if s.label_ in ("GPE", "LOC")}
    surnames = {  # not a word only ever written before a common noun ("Colts coach Chuck Pagano": a team)
        s.text
        for s in spans
        if s.label_ == "PERSON" and len(s) == 1 and s.text.lower() not in common and not modifies_a_noun(s)
    }
    out = []
    for span in spans:
        words = list(_without_possessive(span)) if span.label_ in _NOT_PEOPLE else []
        if (
            len(words) > 1
            and POSSESSIVE_END.sub("", words[-1].text) in surnames
            and not is_given_name(words[-1].text)  # "the Anti-Terrorism Bill" beside a "Bill" read as a person
            and not any(t.text in places for t in words[:-1])  # "Cincinnati Zoo" beside a "Zoo" read as one
            and not is_team_of([t.text for t in words])  # "Team Clinton’s contention" beside "Clinton said"
            and all(t.pos_ == "PROPN" and t.is_title for t in words)
            and country_of_word(span.text) is None
        ):
            start = span.start
            if len(span) > 2 and span[0].is_sent_start and not is_given_name(span[0].text):
                start += 1
            while start < words[-1].i and span.doc[start].lower_ in TITLE_WORDS - STYLED_TITLES:
                start += 1  # "“General Petraeus got in trouble”" beside "David Petraeus": his rank, not his name
            span = Span(span.doc, start, _without_possessive(span).end, label="PERSON")
        out.append(span)
    return out


def modifies_a_noun(span: Span) -> bool:
    """A name written as a modifier of a common noun: "the Colts coach", "a Brexit referendum"."""
    return span.root.dep_ in ("compound", "nmod", "npadvmod") and span.root.head.pos_ in ("NOUN", "ADJ")


def _without_possessive(span: Span) -> Span:
    """A name tagged with its possessive ending ("Uma Thurman's"): the name without it."""
    end = span.end - (1 if len(span) > 1 and span[-1].tag_ == "POS" else 0)
    return span.doc[span.start : end]


def without_body_modifiers(spans: list[Span]) -> list[Span]:
    """A "person" of several words that modifies a common noun and holds a word the article tags an
    organisation ("The official United Twitter account", "United" a company elsewhere) names no one."""
    orgs = {s.text for s in spans if s.label_ == "ORG"}
    return [
        s
        for s in spans
        if not (
            s.label_ == "PERSON"
            and len(s) > 1
            and s.root.dep_ == "compound"
            and s.root.head.pos_ == "NOUN"
            and any(t.text in orgs for t in s)
        )
    ]


def after_office_place(doc: Doc, start: int, end: int, is_title: Callable[[Token], bool]) -> int:
    """A person's name the model ran back over the place of an office ("Mayor of London Sadiq Khan" tagged
    "London Sadiq Khan", "Secretary of State Mike Pompeo"): it starts after the object of that "of"."""
    if start < 2 or doc[start - 1].lower_ != "of" or not is_title(doc[start - 2]):
        return start
    place = [t.i for t in doc[start:end] if t.head.i == start - 1]
    return place[0] + 1 if place and place[0] < end - 1 else start


def posted_on(span: Span) -> bool:
    """A one-word name that is where someone posts: the object of "on" after a posting verb or noun ("wrote on
    Instagram", "asked on Twitter", "the response on Twitter") or after a remark given with its words ("'...,'
    he remarked on Twitter"), or of "took to" ("took to Twitter")."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.lower_ not in ("on", "to"):
        return False
    head = root.head.head
    verb = head.lemma_.lower() if head.pos_ == "VERB" else ""
    if root.head.lower_ == "to":
        return verb == "take"  # "wrote to Smith": a person
    if head.pos_ == "NOUN" and head.i < root.i:
        return head.lemma_.lower() in POSTING_NOUNS  # "the response on Twitter"
    # "'...,' Pavel Durov remarked on Twitter": a remark with its words is posted there ("remarked on Smith" is not)
    return verb in POSTING_VERBS or (verb in REMARK_VERBS and any(c.dep_ == "ccomp" for c in head.children))


def add_untagged_bodies(doc: Doc, entities: list[Entity], covered: set[int]) -> None:
    """A capitalised proper noun outside any entity that is the one-word name of one organisation of the article
    ("Telegram" tagged in 6 of its 29 mentions) is a mention the model missed; an acronym is left to the
    acronym rules."""
    bodies: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.type == "ORG" and entity.mentions and " " not in entity.name and not is_acronym(entity.name):
            bodies.setdefault(entity.name, []).append(entity)
    if not bodies:
        return
    for token in (doc[i] for i, word in enumerate(column(doc, "text")) if word in bodies):  # no Token per word
        owners = bodies.get(token.text, [])
        if len(owners) != 1 or token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            continue  # "one Weibo commenter": a person on it, not the body
        if office_department(token):
            continue  # "Secretary of State John Kerry" beside "State said": a word of his office
        owners[0].mentions.append((token.idx, token.idx + len(token)))
    for found in bodies.values():
        for entity in found:
            entity.mentions = sorted(set(entity.mentions))
