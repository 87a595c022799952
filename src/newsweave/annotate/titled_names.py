"""Names told by a title written before them: "President Zelensky" is a person the model may have missed, "Chief
Executive Bob Iger" starts at "Bob", "Chief Petty Officer" holds no name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.doc_arrays import column
from newsweave.annotate.knowledge import country_of_word
from newsweave.annotate.name_words import DEPARTMENT_WORDS, OFFICE_WORDS, TITLE_WORDS


def is_title_token(token: Token) -> bool:
    """A capitalised word of office or address: "President", "Sen.", "Mrs"."""
    return token.is_title and token.lower_ in TITLE_WORDS


def office_department(token: Token) -> bool:
    """A department's word after "<title> of" ("Secretary of State", "Minister of Finance"): a word of the office,
    no body ("State said" and "the State Department" are bodies)."""
    doc, i = token.doc, token.i
    return token.lower_ in DEPARTMENT_WORDS and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in TITLE_WORDS


def name_word(token: Token) -> bool:
    """A capitalised proper-noun word that can be part of a name (not a plural, title or office word)."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.tag_ != "NNPS"
        and token.lower_ not in TITLE_WORDS
        and token.lower_ not in OFFICE_WORDS
    )


def title_person_spans(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised title + capitalised words with no entity on them: a person the model missed."""
    spans = []
    lower = column(doc, "lower_")
    for token in (doc[i] for i, word in enumerate(lower) if word in TITLE_WORDS):  # a Token for title words only
        if not is_title_token(token) or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and name_word(doc[end]):
            end += 1
        if end < len(doc) and is_title_token(doc[end]):
            continue  # "Chief Petty Officer Lyle White": the words between are the rank's
        if end > token.i + 1 and not any(i in taken for i in range(token.i + 1, end)):
            if country_of_word(doc[token.i + 1 : end].text) is None:
                spans.append(Span(doc, token.i + 1, end, label="PERSON"))
    return spans


def given_name_start(doc: Doc, start: int, end: int) -> int:
    """A person's name the model cut short ("Fan Mengguang" tagged from "Mengguang"): take in the
    capitalised proper nouns just before it that modify it and are not titles."""
    first = start
    while start > 0:
        prev = doc[start - 1]
        modifies = prev.dep_ == "compound" and start <= prev.head.i < end
        if not (modifies and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.ent_type_):
            break
        if prev.lower_ in TITLE_WORDS or prev.lower_.rstrip(".") in TITLE_WORDS or prev.lower_ in OFFICE_WORDS:
            break  # "Chief Executive Bob Iger": a word of office is no given name
        if prev.is_upper and len(prev) > 1 and not doc[start].is_upper:
            break  # "Croydon Central MP Gavin Barwell": a word in capitals before a name in title case is a role's
        if prev.is_sent_start and end - start > 1:
            break  # "Model Chrissy Teigen said": a capitalised opening word before a whole name describes her
        start -= 1
    if start < first and start >= 2 and doc[start - 1].lower_ == "of" and is_title_token(doc[start - 2]):
        return first  # "Director of Public Prosecution Eva-Marie Persson": the words are the office's, not hers
    return start


def between_titles(span: Span) -> bool:
    """One word between two words of office ("Chief Petty Officer"): a word of a rank, not a name."""
    doc = span.doc
    return (
        span.start > 0 and span.end < len(doc) and is_title_token(doc[span.start - 1]) and is_title_token(doc[span.end])
    )
