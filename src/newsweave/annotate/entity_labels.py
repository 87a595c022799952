"""One label per name word across an article: the model tags one word now as a person, now as an
organisation or a place; the article's full names and the places the tables know decide which it is."""

from __future__ import annotations

from spacy.tokens import Span

from newsweave.annotate.doc_arrays import column, span_text
from newsweave.annotate.knowledge import DEMONYMS, country_of_word
from newsweave.annotate.name_kinds import things_named_as_people
from newsweave.annotate.name_spans import surname_people
from newsweave.annotate.name_words import TITLE_WORDS, is_given_name
from newsweave.annotate.surnames import honorific_of
from newsweave.annotate.titled_names import is_title_token

# Nouns that, in apposition to a name, say it is a person's ("A longtime JNF official, Howard Ingram, said").
PERSON_NOUNS = TITLE_WORDS | {
    "star", "actor", "actress", "singer", "host", "activist", "donor", "lawyer", "author", "executive", "businessman",
    "businesswoman", "entrepreneur", "investor", "banker",
}  # fmt: skip


def agree_labels(spans: list[Span]) -> list[Span]:
    """One word the model tags now as a person, now as an organisation, a nationality or a place no table knows:
    a word of a person's full name is that person ("Neumann" after "Adam Neumann", "Arians" after "Bruce
    Arians", "Portnow" after "Neil Portnow", "Harvey" after "Steve" in a show's name), and so is a word written
    after an honorific or a title ("Mr. Obama", tagged ORG once among 24); otherwise a word
    tagged ORG elsewhere is the organisation ("WeWork" read once as a person)."""
    spans = things_named_as_people(surname_people(spans))
    name_words = {w for s in spans if s.label_ == "PERSON" and len(s) > 1 for w in span_text(s).split()}
    addressed = _addressed_words(spans)
    name_words |= _after_given_names(spans) | addressed
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1} - {  # not "Social Democrats"
        s[-1].text for s in spans if s.label_ in ("NORP", "ORG") and len(s) > 1
    }
    neither = _neither_person_nor_place(spans, name_words)
    orgs = {span_text(s) for s in spans if s.label_ == "ORG"} | neither
    lone_people = {span_text(s) for s in spans if s.label_ == "PERSON" and len(s) == 1}
    apposed = [s for s in spans if s.label_ == "ORG" and _person_by_apposition(s, lone_people)]
    found = {(s.start, s.end) for s in apposed}
    people = apposed + [s for s in spans if s.label_ == "PERSON"]  # "Khulubuse Zuma" after "Clive Khulubuse Zuma"
    shorter = {" ".join(span_text(s).split()[-k:]) for s in people for k in range(2, len(span_text(s).split()))}
    agreed = []
    for span in spans:
        label, name = span.label_, span_text(span)
        by_name = (span.start, span.end) in found or name in shorter
        by_name = by_name or (len(span) == 1 and name in name_words)
        if label == "ORG" and by_name:
            label = "PERSON"
        elif len(span) == 1 and label == "NORP" and name in surnames and name.lower() not in DEMONYMS:
            label = "PERSON"  # "Arians said" beside "Bruce Arians"
        elif len(span) == 1 and label in ("GPE", "LOC") and name in surnames | addressed:
            if not country_of_word(name):
                label = "PERSON"  # "Portnow" read as a place beside "Neil Portnow", "Obama" beside "President Obama"
        elif len(span) == 1 and name in orgs and _may_be_org(span, name_words, neither):
            label = "ORG"
        agreed.append(span if label == span.label_ else Span(span.doc, span.start, span.end, label=label))
    return agreed


def _addressed_words(spans: list[Span]) -> set[str]:
    """One-word names the article writes as a person's after an honorific or a title ("Mr. Obama", "President
    Obama"): a person's, however often the model tags the word an organisation elsewhere."""
    return {
        span_text(s)
        for s in spans
        if s.label_ == "PERSON"
        and len(s) == 1
        and (honorific_of(s) or (s.start > 0 and is_title_token(s.doc[s.start - 1])))
    }


def _after_given_names(spans: list[Span]) -> set[str]:
    """Words tagged a person alone that the article also writes after a given name, in a name of several words
    the model did not tag a person ("The Steve Harvey Morning Show", then "she told Harvey", "Harvey's program"):
    a person's surname, whatever one of its mentions was tagged."""
    lone = {span_text(s) for s in spans if s.label_ == "PERSON" and len(s) == 1}
    if not lone:
        return set()
    doc = spans[0].doc
    words, titled, kinds = column(doc, "text"), column(doc, "is_title"), column(doc, "pos_")
    return {
        word
        for i, word in enumerate(words)
        if i > 0 and word in lone and titled[i - 1] and kinds[i - 1] == "PROPN" and is_given_name(words[i - 1])
    }


def _may_be_org(span: Span, name_words: set[str], neither: set[str]) -> bool:
    if span.label_ == "PERSON":
        return span_text(span) not in name_words
    return span.label_ in ("GPE", "LOC") and span_text(span) in neither


def _neither_person_nor_place(spans: list[Span], name_words: set[str]) -> set[str]:
    """One word the model tags now as a person, now as a place it is not ("Wikileaks co-founder", "Wikileaks
    welcomed"): no known place and no word of a person's name, so an organisation."""
    people = {span_text(s) for s in spans if s.label_ == "PERSON" and len(s) == 1}
    places = {span_text(s) for s in spans if s.label_ in ("GPE", "LOC") and len(s) == 1}
    return {w for w in people & places if w not in name_words and country_of_word(w) is None}


def _person_by_apposition(span: Span, lone_people: set[str]) -> bool:
    """A given name and one or two capitalised words the model tags an organisation, set in apposition to a
    person's noun ("Nathan Diament, executive director of ...", "Buddy Valastro, star of the TLC reality show") or
    ending in a word tagged a person alone ("Valastro praised"), is a person's name; "Morgan Stanley" has neither."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return False
    if not is_given_name(words[0].text) or country_of_word(span_text(span)) is not None:
        return False
    root = span.root
    apposed = (root.dep_ == "appos" and root.head.lower_ in PERSON_NOUNS) or any(
        c.dep_ == "appos" and c.lower_ in PERSON_NOUNS for c in root.children
    )
    return apposed or words[-1].text in lone_people
