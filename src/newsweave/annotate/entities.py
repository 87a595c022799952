"""Entities of one article: spaCy's NER, corrected by general rules, merged within the article.

Corrections that generalise over news text: a capitalised title before capitalised words makes a
person ("President Zelensky"); an entity that is a whole heading line is a heading, not an entity; a
place name before "region/oblast/province" is a place whatever the model said. A surname alone
("Umerov") joins the full name mentioned in the same article ("Rustem Umerov").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsweave.annotate.acronyms import fold_acronyms, is_acronym
from newsweave.annotate.doc_arrays import column, doc_text, span_text
from newsweave.annotate.entity_labels import agree_labels
from newsweave.annotate.genders import mention_gender, other_gender
from newsweave.annotate.knowledge import METONYMS, country_of_word, us_state_named
from newsweave.annotate.name_bounds import (
    after_dateline,
    after_roles,
    after_stance,
    article_before_name,
    before_role,
    before_spaced_dash,
    in_whole_heading,
    is_dateline,
    is_glued_run,
    is_short_weekday,
    joined_names,
    opens_with_credit,
    unglued,
    unpaired_bracket,
    with_cut_surname,
    with_designation,
    with_possessed_institution,
    within_brackets,
    without_age,
    without_common_tail,
    without_headline_words,
)
from newsweave.annotate.name_kinds import (
    after_the,
    label_by_context,
    never_a_person,
    thing_after_the,
    with_demonym_orgs,
)
from newsweave.annotate.name_spans import (
    add_untagged_bodies,
    after_office_place,
    city_reading,
    country_qualifier,
    extend_to_head,
    possessed_body,
    posted_on,
    untagged_names,
    with_nationality,
    with_of_phrase,
    with_owner,
    without_body_modifiers,
)
from newsweave.annotate.name_words import (
    OFFICE_WORDS,
    PHOTO_CREDITS,
    STYLED_TITLES,
    TITLE_WORDS,
    is_body_title,
    is_given_name,
    is_team_of,
)
from newsweave.annotate.person_titles import person_titles
from newsweave.annotate.pronouns import gender_of
from newsweave.annotate.surnames import (
    HONORIFIC_GENDER,
    add_untagged_surnames,
    honorific_of,
    merge_nicknames,
    merge_short_people,
    person_with_part,
)
from newsweave.annotate.thing_kinds import journey_end, known_as_thing, team_in_plural
from newsweave.annotate.titled_names import (
    between_titles,
    given_name_start,
    is_title_token,
    office_department,
    title_person_spans,
)
from newsweave.model import Entity, Heading

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
_PLACE_NOUNS = {"region", "oblast", "province", "district", "city", "county", "state", "border", "area"}
_OFFICE_WORDS_ONLY = (TITLE_WORDS | OFFICE_WORDS) - STYLED_TITLES
_POSSESSIVE = re.compile(r"(['’]s|['’])$")


HONORIFICS = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Rev)\.?\s+(?=[A-Z])")
_OPEN_QUOTES = re.compile(r"^[“\"‘]+|[”\"]+$")
_BULLET = re.compile(r"^[-–—•]+(?=[A-Z])")  # "-Pollster Ann Selzer ...": a list's bullet
_LEADING_ARTICLE = re.compile(r"^(the|The|Courtesy of|courtesy of)\s+")  # "(Courtesy of Cincinnati Zoo)"
_INDEFINITE = re.compile(r"^(a|an)\s+(?=[A-Z]\w)")  # "a Falcon Heavy" ("A Very Long Engagement" is a title)
_INITIAL_END = re.compile(r"\b[A-Z]\.$")  # "U.S."
_ABBREVIATION_END = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Jr|Sr|Bros|Cos)\.$")  # "Broadhead Co."


def clean_name(text: str) -> str:
    """Drop a leading article, bullet or photo credit, an honorific, a trailing possessive and quotation marks left
    open ("“Justice League"): "Ms Hewitt's" -> "Hewitt"."""
    text = _OPEN_QUOTES.sub("", text.strip())
    text = _BULLET.sub("", text)
    text = _LEADING_ARTICLE.sub("", text.strip())
    text = _INDEFINITE.sub("", text)
    text = HONORIFICS.sub("", text)
    text = _POSSESSIVE.sub("", text).strip(" ,;:")
    if _INITIAL_END.search(text) or _ABBREVIATION_END.search(text):
        return text  # keep "U.S." and "Broadhead Co."
    return text.rstrip(".")  # drop a full stop


def _relabel(span: Span) -> str | None:
    """Correct the label where the context says otherwise; None drops a span that names nothing."""
    label = label_by_context(span, span.label_, country_of_word(span_text(span)) is not None)
    if not label or is_short_weekday(span) or (label in ("ORG", "PERSON") and _only_office_words(span)):
        return None  # "Defence" in "Ukraine's Defence Minister", "Constable" of "Assistant Chief Constable"
    if label in ("ORG", "GPE", "NORP") and len(span) == 1 and office_department(span[0]):
        return None  # "Secretary of State Hillary Clinton": "State" is a word of her office
    if label == "PERSON" and _page_line(span):
        return None  # "Obituary." on a line of its own: the page's section, no person
    if label == "PERSON" and len(span) == 1 and between_titles(span):
        return None  # "Chief Petty Officer Lyle White": "Petty" is a word of his rank
    if label == "PERSON" and _lower_case_thing(span):
        return None  # "the rare 'wolf moon'": no name of a person is all in lower case without a given name
    if label == "PERSON" and len(span) == 1 and span_text(span).isupper() and len(span_text(span)) > 1:
        return "ORG"  # an acronym: "KBS", "NATO"
    if label == "PERSON" and is_team_of([t.text for t in span]):
        return "ORG"  # "Team Clinton’s contention": a campaign named after its candidate, not a person
    if label == "PERSON" and any(t.text in PHOTO_CREDITS for t in span):
        return None  # "Carl Court/Getty Images 1/8": a photo agency's credit, no actor of the story
    if label == "PERSON" and (team_in_plural(span) or journey_end(span)):
        return "ORG" if team_in_plural(span) else "LOC"  # "only the Browns were worse", "a flyby of Pluto"
    if label == "PERSON" and posted_on(span):
        return "ORG"  # "She wrote on Instagram that ...": where one posts is no person
    if label == "PERSON" and after_the(span) and span[-1].lower_ not in TITLE_WORDS | STYLED_TITLES:  # "the Queen"
        return thing_after_the(span)
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if label not in ("GPE", "LOC") and following is not None and following.lower_ in _PLACE_NOUNS:
        if span[0].is_title and label in ("PRODUCT", "ORG", "PERSON", "WORK_OF_ART", "NORP"):
            return "GPE" if label != "NORP" else label
    if label != "PERSON" and span.start > 0 and is_title_token(span.doc[span.start - 1]):
        if all(t.pos_ == "PROPN" for t in span) and label in ("ORG", "GPE", "NORP", "PRODUCT"):
            if country_of_word(span_text(span)) is None:
                return "PERSON"
    return label


def _only_office_words(span: Span) -> bool:
    """Every word of the name is a title's or an office's ("Defence", "Constable"), none a styled title."""
    return {t.lower_ for t in span if not t.is_punct} <= _OFFICE_WORDS_ONLY


def _page_line(span: Span) -> bool:
    """One word, no given name, alone on its line (a full stop after it at most) and never written again in the
    article: a page's label ("Obituary.", a section above the abstract), not a person named once."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip().rstrip(".:")
    name = span_text(span)
    return len(span) == 1 and line == name and not is_given_name(name) and text.count(name) == 1


def _lower_case_thing(span: Span) -> bool:
    """A "person" written all in lower case, no word of it a given name ("wolf moon", "moon supermoon"; not
    "christine teigen" signing a tweet)."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(t.is_lower for t in words) and not any(is_given_name(t.text) for t in words)


def entity_spans(doc: Doc, headings: list[Heading]) -> list[Span]:
    """The document's entity mentions after the corrections above, in text order."""
    spans = []
    ents = joined_names(with_demonym_orgs(list(doc.ents)))
    things = {span_text(e) for e in ents if e.label_ == "PERSON" and known_as_thing(e)}  # "known as Max-Q"
    for ent in ents:
        label = _relabel(ent)
        if label is None or label not in KEEP_LABELS or in_whole_heading(ent, headings):
            continue
        start = after_dateline(doc, ent.start + (1 if article_before_name(ent) else 0), ent.end)
        start = after_stance(doc, start, ent.end)
        start, end = within_brackets(doc, start, before_spaced_dash(doc, start, ent.end))
        if unpaired_bracket(doc, start, end):
            continue
        while end - start > 1 and doc[start].is_quote:
            start += 1  # "“Justice League”": the title's quotation mark is no part of the name
        if opens_with_credit(doc, start, end):
            if label != "PERSON" or end - start == 1:
                continue  # "EPA Preparations for", "AFP Police": a caption's first words after its credit
            start += 1
        if label in ("ORG", "PERSON", "NORP") and is_dateline(ent):
            label = "GPE"  # "TEMPE, Ariz. --"
        if label == "PERSON":
            start = after_office_place(doc, given_name_start(doc, start, end), end, is_title_token)
            while end - start > 1 and is_title_token(doc[start]) and doc[start].lower_ not in STYLED_TITLES:
                start += 1  # "Sheriff Tom Grant": the title is no part of the name
            start = after_roles(doc, start, end)  # "Roc Nation COO Desiree Perez", "VP Michele Anthony"
            if start > 0 and is_title_token(doc[start - 1]) and country_of_word(doc[start:end].text):
                start -= 1  # "Captain America (Chris Evans)": a title before a country's name makes a character's
            end = without_age(doc, start, without_common_tail(doc, start, with_cut_surname(doc, start, end)))
            if end - start == 1 and is_acronym(doc[start].text):
                label = "ORG"  # "RJC backer" cut to "RJC"
        span = with_designation(before_role(extend_to_head(Span(doc, start, end, label=label))))
        span = with_possessed_institution(span)
        spans.append(with_owner(with_of_phrase(span)))
    spans = with_nationality(spans)
    spans.extend(b for b in (possessed_body(s) for s in spans) if b is not None)
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans.extend(title_person_spans(doc, taken))
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans.extend(untagged_names(doc, taken))
    spans = agree_labels(without_headline_words(without_body_modifiers(spans)))
    never_people = never_a_person(spans) | things
    return sorted((s for s in spans if span_text(s) not in never_people or s.label_ != "PERSON"), key=lambda s: s.start)


def affiliation_of(name: str, label: str, titles: list[str]) -> str | None:
    """The country or organisation an entity belongs to, from its name, nationality or titles."""
    if label in ("GPE", "NORP", "ORG", "FAC", "LOC"):
        found = country_of_word(name)
        if found:
            return found
    for text in [*titles, name if label == "ORG" else ""]:
        found = affiliation_in_text(text)
        if found:
            return found
    return None


_WORK_TITLE = re.compile(r"\b(?:author|co-author|writer) of\b|\b(?:book|novel|film|album|song|documentary)\b")


def affiliation_in_text(text: str) -> str | None:
    """The first country, nationality, institution or organisation named in a phrase, before the title of a
    work it names ("space analyst and author of China in Space": no country of his)."""
    text = _WORK_TITLE.split(text, maxsplit=1)[0]
    words = re.findall(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*", text)
    for phrase in words:
        parts = phrase.split()
        for size in range(len(parts), 0, -1):  # longest match first: "South Korean" before "Korean"
            for i in range(len(parts) - size + 1):
                found = country_of_word(" ".join(parts[i : i + size]))
                if found:
                    return found
    return None


def build_entities(doc: Doc, article_id: str, headings: list[Heading]) -> list[Entity]:
    """Group the mentions into entities; a single word of a longer person name joins that person."""
    spans = entity_spans(doc, headings)
    entities: dict[tuple[str, str], Entity] = {}
    people: list[Entity] = []
    spans_of: dict[str, list[Span]] = {}
    for span in spans:
        text = span_text(span)
        name = clean_name(text)
        if span.label_ == "PERSON":
            name = unglued(name)
        written = name
        if span.label_ in ("GPE", "LOC"):
            name = us_state_named(text) or name  # "Fla.", "R-Fla.": the state, one place with "Florida"
        if not name or not any(ch.isalpha() for ch in name) or is_glued_run(name):
            continue
        key = (span.label_, name.lower())
        entity = entities.get(key)
        honorific = honorific_of(span) if span.label_ == "PERSON" else None
        gender = _gender_of_mention(span, honorific)
        titles = person_titles(span) if span.label_ == "PERSON" else []
        if entity is not None and gender is not None and gender_of(entity, doc) not in (None, gender):
            key = (*key, gender)  # "Mr. Clinton" after a "Mrs. Clinton" no full name could settle
            entity = entities.get(key)
        if entity is None and span.label_ == "PERSON":
            entity = person_with_part(people, name, honorific, doc, gender, titles)
            fuller = entity is not None and len(name.split()) > len(entity.name.split())
            if entity is not None and other_gender([honorific or "", *titles], entity, doc, span if fuller else None):
                entity = None
        if entity is None:
            entity = Entity(id=f"{article_id}:e{len(entities)}", article=article_id, name=name, type=span.label_)
            entities[key] = entity
            if span.label_ == "PERSON":
                people.append(entity)
        elif span.label_ == "PERSON" and len(name.split()) > len(entity.name.split()):
            entity.name = name  # a fuller form of the name seen later
        entity.aliases.extend(dict.fromkeys((name, written)))
        if honorific is not None:  # "Mr. Grant": the form the article writes, kept as an alias
            entity.aliases.append(f"{honorific} {name}")
        if span.label_ == "ORG" and len(span) > 1 and span.start > 0 and doc[span.start - 1].text == "The":
            if not doc[span.start - 1].is_sent_start:  # "The We Company" mid-sentence: part of the name
                entity.aliases.append("The " + name)
        entity.mentions.append((span.start_char, span.end_char))
        spans_of.setdefault(entity.id, []).append(span)
        if span.label_ == "PERSON":
            entity.titles.extend(t for t in titles if t not in entity.titles)
    for entity in people:
        if any(is_body_title(t) for t in entity.titles):
            entity.type = "ORG"  # "the Panamanian law firm Mossack Fonseca", "German daily Sueddeutsche Zeitung"
    people = [p for p in people if p.type == "PERSON"]
    add_untagged_surnames(doc, people, spans)
    for entity in entities.values():
        entity.aliases = list(dict.fromkeys(entity.aliases))
        entity.affiliation = affiliation_of(entity.name, entity.type, entity.titles)
    for entity in entities.values():
        entity.city = entity.name.lower() in METONYMS and city_reading(spans_of[entity.id])
    merge_short_people(people, doc)
    merge_nicknames(people)
    covered = {i for s in spans for i in range(s.start, s.end)}
    add_untagged_bodies(doc, list(entities.values()), covered)
    made = fold_acronyms(doc, list(entities.values()), covered, article_id)
    _add_definite_references(doc, list(entities.values()), covered)
    _name_by_place(doc, spans, entities)
    found = [e for e in [*entities.values(), *made] if e.mentions]
    _qualify(found, spans)
    return found


def _gender_of_mention(span: Span, honorific: str | None) -> str | None:
    """The gender a person's mention marks itself: its honorific ("Mrs. Clinton"), else its clause ("Cruz said
    he")."""
    if span.label_ != "PERSON":
        return None
    return HONORIFIC_GENDER.get((honorific or "").lower().rstrip(".")) or mention_gender(span)


def _qualify(entities: list[Entity], spans: list[Span]) -> None:
    """An organisation the article qualifies by a country ("China's CDC", "the CDC in the US") is that
    country's, whatever the knowledge table says the bare name is ("CDC": the US one)."""
    qualified = {(s.start_char, s.end_char): c for s in spans if (c := country_qualifier(s))}
    for entity in entities:
        found = next((qualified[m] for m in entity.mentions if m in qualified), None)
        if found and entity.type == "ORG":
            entity.affiliation = found


def _add_definite_references(doc: Doc, entities: list[Entity], covered: set[int]) -> None:
    """A definite reference in lower case by the last words of one organisation named before it is a
    mention of it: "the attorney general" after "the New York State Attorney General"."""
    orgs = [e for e in entities if e.type == "ORG" and e.mentions and len(e.name.split()) > 2]
    lower, deps, heads = column(doc, "lower_"), column(doc, "dep_"), column(doc, "head")
    for i, word in enumerate(lower):
        if word != "the" or deps[i] != "det" or heads[i] - i < 2:
            continue
        token, head = doc[i], doc[heads[i]]
        words = doc[token.i + 1 : head.i + 1]
        if any(t.i in covered or not t.is_lower or not t.is_alpha for t in words):
            continue
        phrase = " " + span_text(words)
        fits = [e for e in orgs if e.name.lower().endswith(phrase) and e.mentions[0][0] < token.idx]
        if len(fits) == 1:
            fits[0].mentions = sorted([*fits[0].mentions, (words.start_char, words.end_char)])
            fits[0].aliases = list(dict.fromkeys([*fits[0].aliases, span_text(words)]))


def _name_by_place(doc: Doc, spans: list[Span], entities: dict[tuple[str, str], Entity]) -> None:
    """A body named in lower-case words after a place's possessive is that place's, and named with it:
    "Inner Mongolia’s disease prevention and control centre" -> "Inner Mongolia disease prevention and
    control centre" (two countries' "defence ministry" are two bodies)."""
    places = {s.end: s for s in spans if s.label_ in ("GPE", "LOC") and s.root.dep_ == "poss"}
    for span in spans:
        place = places.get(span.start) or places.get(span.start - 1)
        if place is None or span.label_ != "ORG" or not span_text(span).islower():
            continue
        entity = entities.get((span.label_, clean_name(span_text(span)).lower()))
        if entity is None:
            continue
        if place.end < span.start and doc[place.end].dep_ != "case":
            continue
        name = f"{clean_name(span_text(place))} {entity.name}"
        if entity.name.startswith(clean_name(span_text(place)) + " "):
            continue
        if name not in entity.aliases:
            entity.aliases.append(name)
        entity.name = name
