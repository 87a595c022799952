"""What kind of thing a name is, read from the words around one mention of it rather than from a list of names.

spaCy's label of a rare name is often a guess ("Tesla" a place, "Honea" an organisation, "Getty Images" a
person). The syntax around a mention says more: a role held "of" a name or written before it ("the CEO of
Tesla", "the Tesla founder"), or a noun naming a company or a platform in apposition ("carmaker Tesla", "Tesla,
his electric car company", "Twitter, his favorite medium") make it a body; an apposition naming a person's role
or a relative clause opened by "who" ("Honea, co-founder of Dads4Change.com", "said Honea, who is also author of
...") make it a person; the object
of "via" in a photo credit ("WireImage via Getty Images") is an agency; a "person" named by its last word as
a hospital or a university ("St George's Hospital") is an organisation; a nationality tagged an organisation
("The Afghan" of "The Afghan Taliban") is a nationality; one name word a "person" after its own "the" is a body
or a place ("the Bundestag", "on the Moon"), or a person by nationality ("the Finn").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.annotate.doc_arrays import doc_text, span_text
from newsweave.annotate.knowledge import DEMONYMS, nationality_noun
from newsweave.annotate.name_words import BODY_NOUNS, is_given_name
from newsweave.annotate.surnames import honorific_of
from newsweave.annotate.titled_names import is_title_token

# Roles a person holds only in a body: "the CEO of Tesla", "the Tesla founder".
BODY_ROLES = {"ceo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "shareholders", "shareholder"}
# (not "spokesman", "staff" or "boss": "a Clinton spokesman", "Trump's staff" belong to people too)
# Members a team has, written after its name ("the Williams driver", "Williams' veteran driver Felipe Massa").
TEAM_MEMBERS = {"driver", "drivers"}
# (not "car" or "teammate": "Massa's Williams car", "Rosberg's teammate" belong to people too)
# Possessive pronouns: one owns a car, a team's product, not a person's name ("in his McLaren", "his Sauber").
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "my", "our", "your"}
# Nouns that name a company when they stand in apposition to a name ("carmaker Tesla").
COMPANY_NOUNS = BODY_NOUNS | {"carmaker", "automaker", "manufacturer", "startup", "retailer", "operator", "brand"}
# Words, as written, of where one posts ("Twitter, his favorite medium"; "media" is another word: "in Hollywood,
# media and politics").
PLATFORM_NOUNS = {"platform", "app", "medium"}
# Nouns of an online service written before its name ("the global flight-tracking service Flightradar").
SERVICE_NOUNS = {"service", "site"}
# Nouns in apposition to a name that say it is a person's ("Honea, co-founder of ...", "Smith, a father of two").
PERSON_NOUNS = {
    "founder", "co-founder", "author", "father", "mother", "son", "daughter", "husband", "wife", "brother",
    "sister", "spokesman", "spokeswoman", "resident", "director", "president", "coach", "actor", "actress",
    "singer", "player", "writer", "professor", "teacher", "student", "chairman", "chairwoman", "executive",
}  # fmt: skip
# Plural nouns of people that name examples after "like" or "such as" ("Stars like Ariana Grande").
PEOPLE_NOUNS = PERSON_NOUNS | {"star", "celebrity", "artist", "rapper", "musician", "athlete", "politician"}
# Last words that make a "person" a place of care, learning or worship: "St George's Hospital".
# ("Church", "School" and "College" are surnames too: "Thomas Haden Church")
INSTITUTION_LAST_WORDS = {"hospital", "university", "cathedral", "academy", "clinic", "infirmary"}


# Time zones written after a clock time ("07:59 UTC", "6.44am GMT"), which the model may tag as a name.
TIME_ZONES = {"utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt"}
_CLOCK_WORDS = {"am", "pm", "a.m.", "p.m."}


def _clock_time(span: Span) -> bool:
    """A time zone after a clock time, the time in the span or just before it: a time of day, no name."""
    if span[-1].lower_ not in TIME_ZONES:
        return False
    before = span.doc[max(0, span.end - 3) : span.end - 1]
    return any(any(ch.isdigit() for ch in t.text) or t.lower_ in _CLOCK_WORDS for t in before)


# People described by where they come from ("a 42-year-old man from Beckenham"); not a job's holder ("a student
# from Harvard", "an engineer from Google" come from a body).
HOME_PEOPLE = {
    "man", "woman", "boy", "girl", "driver", "resident", "teenager", "teen", "mother", "father", "pensioner",
    "grandmother", "grandfather", "native", "couple",
}  # fmt: skip


def home_place(span: Span) -> bool:
    """One name after "from" said of a person by who they are or their age ("a 42-year-old man from Beckenham",
    "The tram driver, 42, from Beckenham"): where the person lives, a place."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    owner = root.head.head
    return owner.lemma_.lower() in HOME_PEOPLE or owner.like_num or owner.lower_.endswith("year-old")


# Last words of a place's name that end no person's ("Reeves Corner", "Addiscombe Road"; not "Green", "Lane",
# "Street" or "Park": Eva Green, Nathan Lane, Picabo Street, Park Geun-hye).
PLACE_LAST_WORDS = {"corner", "road", "avenue", "boulevard", "village", "crescent", "roundabout", "junction"}
# Nouns of a way or a ride whose "to" or "towards" leads to a place ("a bus to Bromley", "down Elgin Road towards
# Addiscombe").
ROUTE_NOUNS = {
    "bus", "train", "tram", "flight", "plane", "ferry", "boat", "route", "journey", "trip", "road", "street",
    "avenue", "lane", "motorway", "highway",
}  # fmt: skip
# Prepositions of nearness: one is "near" a place ("a rail crash near Ufton Nervet"); "at" and "in" also take
# people ("angry at Trump", "trust in Obama").
NEAR_WORDS = {"near", "nearby"}


def named_as_place(span: Span) -> bool:
    """A "person" no word of which is a given name, that a place word ends ("between Reeves Corner and Addington
    Village"), that stands after "near" ("a rail crash near Ufton Nervet") or that a ride or a road leads to ("a
    bus to Bromley", "down Elgin Road towards Addiscombe"): a place."""
    words = [t for t in span if not t.is_punct]
    if not words or any(is_given_name(t.text) for t in words) or honorific_of(span):
        return False
    if len(words) > 1 and words[-1].lower_ in PLACE_LAST_WORDS:
        return True
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in NEAR_WORDS:
        return True
    ride = doc[span.start - 2].lemma_.lower() if span.start > 1 else ""
    return before in ("to", "towards", "toward") and ride in ROUTE_NOUNS


_MODEL_LETTERS = re.compile(r"^(?:[IVX]+|[A-Z])$")


def model_letter_after(span: Span) -> bool:
    """A name with no given name followed by a capital letter or a Roman numeral that is no initial (no full stop
    after it): a product's model ("the Saturn V rocket"); a king's numeral follows a given name ("Henry VIII")."""
    doc = span.doc
    if span.end >= len(doc) or any(is_given_name(t.text) for t in span):
        return False
    after = doc[span.end]
    initial = span.end + 1 < len(doc) and doc[span.end + 1].text == "."
    if initial or after.is_sent_start or after.text in ("A", "I") or after.ent_type_ == "PERSON":
        return False  # "Kevin A. Smith"; "... to Bromley A spokesman said": a word, no model
    return bool(_MODEL_LETTERS.match(after.text))


def _letters_and_digits(word: str) -> bool:
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)


def named_as_body(span: Span) -> bool:
    """A mention the words around it make a company or another body (module docstring)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in BODY_ROLES | {"member", "members"}:
        return True  # "the CEO of Tesla", "a member of Sauber"
    if root.dep_ in ("compound", "poss") and head.i > root.i and head.lower_ in BODY_ROLES | TEAM_MEMBERS:
        return True  # "the Tesla founder", "Tesla's shareholders", "Williams' veteran driver Felipe Massa"
    if any(c.dep_ == "compound" and c.i < root.i and c.is_lower and _names_a_service(c) for c in root.children):
        return True  # "the global flight-tracking service Flightradar"
    if _owned_thing(span) or _team_of_named_person(span):
        return True  # "a miserable afternoon in his McLaren", "Sauber's Marcus Ericsson"
    if root.dep_ == "appos" and head.i < root.i and _names_a_body(head):
        return True  # "electric carmaker Tesla", "one of his other companies, Tesla"
    if any(c.dep_ == "appos" and c.i > root.i and _names_a_body(c) for c in root.children):
        return True
    return _company_after_comma(span)


def _owned_thing(span: Span) -> bool:
    """One proper noun, no given name, after a possessive pronoun ("in his McLaren", "smashed his Sauber"): a thing
    someone has, a team's car or a company's product; no one writes "his Smith" of a person."""
    if len(span) != 1 or span[0].pos_ != "PROPN" or is_given_name(span[0].text):
        return False
    return any(c.dep_ == "poss" and c.i < span.start and c.lower_ in POSSESSIVE_PRONOUNS for c in span[0].children)


def _team_of_named_person(span: Span) -> bool:
    """One word, no given name, owning a person's full name ("Sauber's Marcus Ericsson", "Williams' Felipe
    Massa", whatever the model's label of the person's name): the team or the body the person is with; a person's
    aide is written with a role between ("Trump adviser Steve Bannon")."""
    root = span.root
    if len(span) != 1 or root.dep_ != "poss" or is_given_name(root.text):
        return False
    owned = root.head
    if owned.i <= root.i + 1 or owned.tag_ != "NNP" or owned.ent_type_ in ("ORG", "NORP"):
        return False  # "Merkel's Christian Democrats": a party, no person
    first = span.doc[root.i + 2 if span.doc[root.i + 1].dep_ == "case" else root.i + 1]
    return owned.i > first.i and first.pos_ == "PROPN" and is_given_name(first.text)  # whatever its label


def _names_a_service(noun: Token) -> bool:
    return noun.lower_ in SERVICE_NOUNS or _names_a_body(noun)


def _names_a_body(noun: Token) -> bool:
    return noun.lemma_.lower() in COMPANY_NOUNS or noun.lower_ in PLATFORM_NOUNS


def _company_after_comma(span: Span) -> bool:
    """A comma and a noun phrase naming a company just after the name, however the parser attached it: "from
    Tesla, his electric car company"."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for token in doc[span.end + 1 : span.end + 7]:
        if token.pos_ in ("DET", "PRON", "ADJ", "NUM", "ADV"):
            continue
        if token.pos_ != "NOUN":
            return False
        if token.dep_ != "compound":  # the head noun says what it is: "airline pilot" is a person
            # a subject opens a new clause: "in Inner Mongolia Autonomous Region, the news agency said"
            return token.lemma_.lower() in COMPANY_NOUNS and not token.dep_.startswith("nsubj")
    return False


def named_as_person(span: Span) -> bool:
    """A mention in apposition to a person's role, or a subject opening a relative clause on "who" (module
    docstring); "from Croydon, who was among the injured" speaks of the man before it."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.lower_ in PERSON_NOUNS:
            return True
        if child.dep_ == "relcl" and child.i > root.i and root.dep_ in ("nsubj", "nsubjpass"):
            if any(g.lower_ in ("who", "whom", "whose") and g.i < child.i for g in child.children):
                return True
    return False


def named_among_people(span: Span) -> bool:
    """A name of proper nouns given as an example of people ("Stars like Ariana Grande", "singers such as
    Adele"): a person, whatever the model tagged."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.i >= span.start or prep.head.i >= prep.i:
        return False
    such_as = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    if not such_as and prep.lower_ != "like":
        return False
    people = prep.head
    if people.tag_ != "NNS" or people.lemma_.lower() not in PEOPLE_NOUNS:
        return False
    return len(span) <= 3 and all(t.pos_ == "PROPN" for t in span)


def listed_with_bodies(span: Span) -> bool:
    """One word that is no given name, listed only with names tagged organisations ("the BBC, The Guardian and
    McClatchy"): a list joins names of one kind, so an organisation too."""
    if len(span) != 1 or is_given_name(span[0].text) or _played_by(span):
        return False
    root = span.root
    listed = [root.head] if root.dep_ == "conj" else []
    listed += [child for child in root.children if child.dep_ == "conj"]
    return bool(listed) and all(t.ent_type_ == "ORG" for t in listed)


def _played_by(span: Span) -> bool:
    """A name followed by a person's name in brackets ("Thor (Chris Hemsworth)"): a character the person plays,
    listed with others the model may tag organisations ("Iron Man (Robert Downey Jr.)")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].ent_type_ == "PERSON"


def credited_via(span: Span) -> bool:
    """The object of "via" in a photo credit ("Jim Spellman/WireImage via Getty Images"): an agency."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "via"


def institution_named(span: Span) -> bool:
    """A name whose last word says it is a hospital or a university ("St George's Hospital")."""
    return len(span) > 1 and span[-1].lower_ in INSTITUTION_LAST_WORDS


def label_by_context(span: Span, label: str, known_place: bool) -> str:
    """The label one mention's context gives its name (module docstring), else the model's; a name the knowledge
    table knows as a place keeps its label. "" when the span starts inside a word ("K TV" of "4K TV"): it names
    nothing, and so does a time zone after a clock time ("07:59 UTC"); a "person" with a digit is a product ("PS4
    Pro")."""
    doc = span.doc
    if span.start > 0 and not doc[span.start - 1].whitespace_ and doc[span.start - 1].text.isalnum():
        return ""  # "K TV" of "a 4K TV": a name never starts inside a word
    if _clock_time(span):
        return ""  # "at 07:59 UTC", "at 6.44am GMT": a time of day
    if label == "PERSON" and any(_letters_and_digits(t.text) for t in span):
        return "ORG"  # "PS4 Pro": no word of a person's name mixes letters and digits (an age after it may follow)
    if label == "PERSON" and model_letter_after(span):
        return "ORG"  # "the Saturn V rocket": a model's letter or numeral after a name makes a product
    if label == "PERSON" and listed_with_bodies(span):
        return "ORG"  # "the BBC, The Guardian and McClatchy"
    if known_place:
        return label
    one_word = len(span) == 1
    if one_word and label in ("ORG", "GPE", "LOC", "PERSON") and nationality_noun(span.text):
        return "NORP"  # "the 19-year-old Dutchman, who ...": a description by nationality, nobody's name
    if label in ("ORG", "PERSON") and home_place(span) and not span.text.isupper():
        return "GPE"  # "a 42-year-old man from Beckenham"
    if label == "PERSON" and named_as_place(span):
        return "GPE"  # "a rail crash near Ufton Nervet", "between Reeves Corner and Addington Village"
    if label in ("ORG", "GPE", "LOC") and one_word and not span.text.isupper():
        if named_as_person(span) and not span.text.endswith("s"):  # "the Cardinals, who ...": a team
            return "PERSON"
    if label in ("ORG", "GPE", "LOC") and named_among_people(span):
        return "PERSON"  # "Stars like Ariana Grande"
    if label in ("GPE", "LOC", "NORP", "PERSON") and named_as_body(span):
        return "ORG"
    if label == "PERSON" and (credited_via(span) or institution_named(span)):
        return "ORG"
    return label


def with_demonym_orgs(ents: list[Span]) -> list[Span]:
    """A nationality the model tags as an organisation ("The Afghan" in "The Afghan Taliban", the noun it
    modifies dropped) is a nationality: the organisation is the noun, not the adjective."""
    out: list[Span] = []
    for ent in ents:
        words = [t for t in ent if t.lower_ != "the"] if ent.label_ == "ORG" else []
        if len(words) == 1 and words[0].lower_ in DEMONYMS:
            ent = Span(ent.doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"}


def things_named_as_people(spans: list[Span]) -> list[Span]:
    """A "person" of several words whose first word the article names alone as a body by the words around it
    ("Tesla Roadster" beside "the CEO of Tesla") is a thing of that body, when none of its words is a given
    name, no honorific stands before it and the article never makes its last word alone a subject ("Clinton
    said"). The model's label alone is no evidence ("Free Mojtaba" read as a body beside Mojtaba Saminejad)."""
    bodies = {s.text for s in spans if s.label_ == "ORG" and len(s) == 1 and named_as_body(s)}
    acting = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1 and s.root.dep_ in ("nsubj", "poss")}
    out = []
    for span in spans:
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        if (
            span.label_ == "PERSON"
            and len(span) > 1
            and span[0].text in bodies
            and span[-1].text not in acting
            and before not in _HONORIFICS
            and not any(is_given_name(t.text) for t in span)
        ):
            span = Span(span.doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def after_the(span: Span) -> bool:
    """One name word right after "the" ("to enter the Bundestag", "an ecosystem on the Moon"): a body or a place
    (no one writes "the Smith"), unless it is a plural ("the Kennedys"), a person described ("the Welshman") or
    "the" is a noun's after it ("the Zoo family"); titles ("the Queen") are left out by the caller."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].tag_ == "NNPS" or words[0].text.endswith("s") or not words[0].is_title:
        return False
    if words[0].lower_.endswith(("man", "woman")):
        return False  # "the Welshman": a person described
    before = span.doc[words[0].i - 1] if words[0].i > 0 else None
    return before is not None and before.lower_ == "the" and before.dep_ == "det" and before.head.i == words[0].i


def thing_after_the(span: Span) -> str:
    """A person by nationality ("the Finn", "the Brit": the start of a nationality's word); a place where the
    article also writes the word in lower case, a common noun capitalised, as the object of a preposition ("on the
    Moon" beside "around the moon"); else a body ("the Bundestag", "the Zoo's response team")."""
    word = span[-1].lower_
    if len(word) >= 4 and any(d.startswith(word) for d in DEMONYMS):
        return "NORP"
    if span.root.dep_ == "pobj" and re.search(rf"\bthe {re.escape(word)}\b", doc_text(span.doc)):
        return "LOC"
    return "ORG"


_ACTING = {"nsubj", "nsubjpass", "poss", "appos", "conj"}
_MODIFYING = {"compound", "nmod", "npadvmod"}


def never_a_person(spans: list[Span]) -> set[str]:
    """One word tagged a person that the article never gives a given name, a title or an honorific, never
    makes a subject or an owner, and writes as a modifier of a common word ("a Brexit referendum",
    "Brexit-weary", "the Twitter account"): a thing or an event, not a person."""
    name_words = {w for s in spans if s.label_ == "PERSON" and len(s) > 1 for w in span_text(s).split()}
    seen: dict[str, list[Span]] = {}
    for span in spans:
        seen.setdefault(span_text(span), []).append(span)
    found = set()
    for text, group in seen.items():
        if text in name_words or any(s.label_ != "PERSON" or len(s) != 1 for s in group):
            continue
        doc = group[0].doc
        titled = any(honorific_of(s) or (s.start > 0 and is_title_token(doc[s.start - 1])) for s in group)
        acting = any(s.root.dep_ in _ACTING or any(c.dep_ == "appos" for c in s.root.children) for s in group)
        modifying = any(s.root.dep_ in _MODIFYING and s.root.head.pos_ in ("NOUN", "ADJ") for s in group)
        if modifying and not titled and not acting:
            found.add(text)
    return found
