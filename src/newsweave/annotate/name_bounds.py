"""Where a name starts and ends, where the model's span runs over words that are no part of it.

A dateline before a name ("WASHINGTON - United Airlines") or a dash between spaces after it ("Gerry Conlon -
who") is no part of it; neither is a person's role the model took into a body's name ("Cardinals President
Michael Bidwill") nor an age after a person's name ("Ryan S. Hollman 31"). A product's number written with
its name again and again is part of it ("Falcon 9"). A place in capitals opening a report is a place. A photo
agency's credit opening a caption line, a role before a person's name ("exec VP Michele Anthony"), an editor's
square brackets, a stance's prefix ("pro-Clinton") and a word run into a name where a line break was lost
("DailyZhang Yuanxun") are no part of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsweave.annotate.doc_arrays import column, doc_text
from newsweave.annotate.name_kinds import INSTITUTION_LAST_WORDS
from newsweave.annotate.name_words import PHOTO_CREDITS, is_given_name
from newsweave.model import Heading

_DESIGNATION = re.compile(r"^\d{1,4}s?$")


def with_designation(span: Span) -> Span:
    """A product's name the model cut before its number ("Falcon" of "the Falcon 9 rockets"): the number is part
    of the name when the article writes that name and number together more than once ("Falcon 9", "Falcon 9s"),
    which a count of something ("SpaceX 3 launches") is not."""
    doc = span.doc
    if span.label_ != "ORG" or span.end >= len(doc) or not _DESIGNATION.match(doc[span.end].text):
        return span
    if not span[-1].is_alpha or span[-1].tag_ == "POS":  # "Falcon Heavy’s 27 engines" counts engines
        return span
    if doc[span.end].ent_type_ not in ("", "CARDINAL", span.label_):
        return span
    number = doc[span.end].text.rstrip("s")
    written = re.findall(rf"\b{re.escape(span[-1].text)} {number}s?\b", doc_text(doc))
    return Span(doc, span.start, span.end + 1, label=span.label_) if len(written) > 1 else span


_DASHES = {"-", "—", "–", "--"}


def after_dateline(doc: Doc, start: int, end: int) -> int:
    """A name the model ran back over a dateline ("WASHINGTON - United Airlines has run into ..."): it starts
    after the dash that ends the place in capitals."""
    for i in range(start + 1, end - 1):
        if doc[i].text in _DASHES:
            before = doc[start:i]
            if before[0].is_sent_start and all(t.is_upper and t.is_alpha for t in before):
                return i + 1
            break
    return start


def before_spaced_dash(doc: Doc, start: int, end: int) -> int:
    """A name the model ran on over a dash between spaces ("Gerry Conlon - who", "Getty - Contributor Beta
    testers"): it ends before the dash, which no name holds ("Jean-Paul" has none around its hyphen)."""
    for i in range(start + 1, end):
        if doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_:
            return i
    return end


_STANCES = {"pro", "anti"}


def after_stance(doc: Doc, start: int, end: int) -> int:
    """A name the model took with a stance's prefix ("the main pro-Clinton super PAC", "a pro-Jeb Bush super
    PAC"): the name starts after the hyphen; "pro-Clinton" is nobody's name. A group so named ("anti-Islam") is
    left whole: the model's label is the stance's, not the name's ("anti-Russia" is no nationality)."""
    if end - start < 3 or doc[start].text not in _STANCES or doc[start].whitespace_ or doc[start + 1].text != "-":
        return start  # capitalised, the prefix is a body's own ("Anti-Defamation League", "Pro-Life Action League")
    return start if doc[start].ent_type_ == "NORP" else start + 2


def is_dateline(span: Span) -> bool:
    """A place in capitals opening a report, before a comma or a dash ("TEMPE, Ariz. --", "BERLIN —"): where
    the report was filed, a place whatever the model said."""
    if not (span[0].is_sent_start and span.text.isupper() and len(span.text) > 2):
        return False
    following = column(span.doc, "text")[span.end : span.end + 5]
    if not following:
        return False  # "NASA, the space agency, said": no dash follows
    return following[0] in _DASHES or (following[0] == "," and any(t in _DASHES for t in following[1:]))


# A person's role the model takes into a body's name ("Cardinals President Michael Bidwill", "Detroit Lions
# General Manager Bob Quinn", "two-time NFL Coach of the Year"): the body's name ends before it.
ROLE_TAIL = {
    "president", "coach", "chairman", "chairwoman", "ceo", "founder", "spokesman", "spokeswoman", "spokesperson",
    "director", "manager", "owner", "boss", "quarterback",
}  # fmt: skip


def before_role(span: Span) -> Span:
    """A body's name the model or the head rule ran on over a role held in it (ROLE_TAIL above) ends before it."""
    doc, start, end = span.doc, span.start, span.end
    while span.label_ == "ORG" and end - start > 1 and doc[end - 1].lower_ in ROLE_TAIL and doc[end - 1].is_title:
        end -= 1
        if end - start > 1 and doc[end].lower_ == "manager" and doc[end - 1].lower_ == "general":
            end -= 1
    return span if end == span.end else Span(doc, start, end, label=span.label_)


def without_common_tail(doc: Doc, start: int, end: int) -> int:
    """A person's span run on into a common noun ("the casino mogul and RJC backer"): a name ends on a capital
    ("Ludwig van Beethoven" has its small word inside; "christine teigen" signing a tweet is all in lower case)."""
    while (
        end - start > 1
        and doc[start].text[:1].isupper()
        and doc[end - 1].is_lower
        and doc[end - 1].is_alpha
        and doc[end - 2].whitespace_
    ):
        end -= 1  # a word of its own: "Cho Tae-yul" keeps "yul"
    return end


def without_age(doc: Doc, start: int, end: int) -> int:
    """A person's span the model ran on over an age or a score ("Ryan S. Hollman 31", "Clinton beats Cruz 42-40"
    read as "Cruz 42-"): the number, and a dash after it, is no part of the name."""
    while end - start > 1 and (doc[end - 1].like_num or (doc[end - 1].text in _DASHES and doc[end - 2].like_num)):
        end -= 1
    return end


def with_cut_surname(doc: Doc, start: int, end: int) -> int:
    """A person's name the model cut before its surname ("Gov. Martin O’Malley" read as "Martin"): a capitalised
    proper noun right after, outside any entity, that the name's last word modifies, is its last word; not an
    initial or a post-nominal ("Saturn V", "Guy Consolmagno S.J.")."""
    last = doc[end - 1]
    if end < len(doc) and last.dep_ == "compound" and last.head.i == end and not doc[end].ent_type_:
        if doc[end].pos_ == "PROPN" and re.fullmatch(r"[A-Z](?:[a-z]*['’])?[A-Z]?[a-z]+", doc[end].text):
            return end + 1
    return end


# Roles written in capitals or as a job before a person's name ("exec VP Michele Anthony", "Roc Nation COO Desiree
# Perez", "Detroit Lions General Manager Bob Quinn"): the name starts after them.
ROLE_ACRONYMS = {"VP", "SVP", "EVP", "COO", "CEO", "CFO", "CTO", "CMO", "CIO"}
_LEADING_ROLES = {"manager", "executive", "exec"}


def after_roles(doc: Doc, start: int, end: int) -> int:
    """A person's span the model ran back over a role: it starts after the last role word with a name after it, a
    role in capitals anywhere ("Nation COO Desiree Perez"), a job word first ("Manager Bob Quinn"), or one of the
    roles that end a body's name (ROLE_TAIL) with a whole name (two words) after it."""
    for i in range(end - 2, start - 1, -1):
        token = doc[i]
        job = token.is_title and token.lower_ in _LEADING_ROLES | ROLE_TAIL
        if token.text in ROLE_ACRONYMS or (job and (i == start or end - i > 2)):
            return i + 1
    return start


def within_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name the model ran over an editor's square bracket ("the [National Academy of Recording Arts and
    Sciences] organization"): no name holds one, so it ends before "]" and starts after "["."""
    for i in range(start, end):
        if doc[i].text == "]":
            end = i
            break
    for i in range(end - 1, start - 1, -1):
        if doc[i].text == "[":
            return i + 1, end
    return start, end


def unpaired_bracket(doc: Doc, start: int, end: int) -> bool:
    """A name holding one round bracket and not its pair ("Select (Follow" of a menu's "Select (Follow) on a
    profile", "Sears) Tower" of "Willis (formerly Sears) Tower") cuts through a parenthesis: no name the text
    writes."""
    words = column(doc, "text")[start:end]
    return words.count("(") != words.count(")")


def opens_with_credit(doc: Doc, start: int, end: int) -> bool:
    """A name that opens a line with a photo agency's credit before a capitalised word ("EPA Preparations for",
    "AFP Police", "AFP" of "AFP Angela Merkel speaking at ..."): the agency credits a photo, and what follows it
    is the caption's first words; a dash may stand between them ("Getty - Contributor Cash and Jessica are ...")."""
    if start + 1 >= len(doc) or doc[start].text not in PHOTO_CREDITS:
        return False
    after = start + 2 if doc[start + 1].text in _DASHES and start + 2 < len(doc) else start + 1
    if not doc[after].is_title:
        return False
    return start == 0 or "\n" in doc[start - 1].text_with_ws


_GLUED = re.compile(r"^[A-Z][a-z]{4,}(?=[A-Z][a-z]+ )")


def unglued(name: str) -> str:
    """A person's name run into the word before it where a line break was lost ("According to China DailyZhang
    Yuanxun, chief designer"): it starts at the second capital. Prefixes of names are shorter ("McDonald",
    "DeVito", "MacArthur")."""
    return _GLUED.sub("", name)


_GLUED_RUN = re.compile(r"[a-z](?:[A-Z][a-z0-9]*){3,}[A-Z]")


def is_glued_run(name: str) -> bool:
    """A word with three or more capitals run into lower-case letters ("BobicFlagShareLikeReplyMari", a live blog's
    byline and buttons with their spaces lost) is no word of a name: names have one ("McCain", "DeVito") or two
    ("GlaxoSmithKline")."""
    return bool(_GLUED_RUN.search(name))


def without_headline_words(spans: list[Span]) -> list[Span]:
    """A person's name the article writes alone, run on by words a headline capitalises ("Donald Trump Calls Out
    Ted Cruz", "Chris Christie Address Heroin Epidemic" in a live blog's post titles), is cut to that name when the
    line goes on as a headline (small words capitalised, or no full stop before the line ends) or, for a "person",
    each word after the name is one the article also writes in lower case ("heroin")."""
    if not spans:
        return spans
    doc = spans[0].doc
    small, alpha = column(doc, "is_lower"), column(doc, "is_alpha")
    lowered = [i for i in range(len(doc)) if small[i] and alpha[i]]
    lower_words, lemma_words = column(doc, "lower_"), column(doc, "lemma_")
    lower = {lower_words[i] for i in lowered}
    lemmas = {lemma_words[i] for i in lowered}  # "kill" of "killed"
    known = {s.text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    lone = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1}
    out = []
    for span in spans:
        if span.label_ in ("PERSON", "ORG") and len(span) > 2:
            headline = _in_headline(doc, span.end)
            for end in range(span.end - 1, span.start + 1, -1):
                tail = doc[end : span.end]
                common = span.label_ == "PERSON" and all(t.lower_ in lower for t in tail)
                if doc[span.start : end].text in known and all(t.is_title for t in tail) and (headline or common):
                    span = Span(doc, span.start, end, label="PERSON")
                    break
        if span.label_ == "PERSON" and len(span) > 2:
            span = _after_headline_words(span, known, lower | lemmas)
        if span.label_ == "PERSON" and len(span) > 2:
            span = _before_headline_verb(span)
        elif span.label_ == "PERSON" and len(span) == 2 and _run_on_noun(span, lone, lower):
            span = Span(doc, span.start, span.start + 1, label="PERSON")  # "President Obama Speech at ..."
        out.append(span)
    return out


def _run_on_noun(span: Span, lone: set[str], lower: set[str]) -> bool:
    """A surname the article writes alone for a person, no given name, run on by a capitalised noun it also writes in
    lower case ("FULL SPEECH: President Obama Speech at Black Caucus Foundation", beside "Mr. Obama" and "his
    speech"): the person, not a longer name."""
    first, last = span[0], span[1]
    if len(last.text) < 3 or not last.is_title or last.lower_ not in lower:
        return False  # "Cardi B": a letter is no noun
    return first.text in lone and not is_given_name(first.text)


# Verbs no name holds, which a headline capitalises after one: "Politifact: Donald Trump Is Right".
HEADLINE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "says", "said", "does", "did", "can", "could"}


def _before_headline_verb(span: Span) -> Span:
    """A "person" run on over a capitalised form of "be", "have", "say" or a modal after its first two words ("Donald
    Trump Is Right"): the name ends before it."""
    doc = span.doc
    verbs = (i for i in range(span.start + 2, span.end) if doc[i].is_title and doc[i].lower_ in HEADLINE_VERBS)
    cut = next(verbs, None)
    return span if cut is None else Span(doc, span.start, cut, label=span.label_)


def _after_headline_words(span: Span, known: set[str], lower: set[str]) -> Span:
    """A person's name the article writes alone, run back over words a headline capitalises ("... Separation From
    Wife Huma Abedin", "Gun Used To Kill Trayvon Martin"): it starts at that name when each word before it is one
    the article also writes in lower case ("his wife", "killed"), and the line is a headline's or the first word
    no given name."""
    doc = span.doc
    for start in range(span.start + 1, span.end - 1):
        lead = doc[span.start : start]
        if doc[start : span.end].text not in known or not all(t.is_title for t in lead):
            continue
        if not all(t.lower_ in lower for t in lead):
            return span  # "Representative Debbie Wasserman Schultz" beside "Wasserman Schultz": her given name
        if _headline_line(doc, span.start) or not is_given_name(lead[0].text):
            return Span(doc, start, span.end, label="PERSON")
    return span


def _headline_line(doc: Doc, i: int) -> bool:
    """The line of this word capitalises a small word inside a sentence ("Auctioning Off Gun Used To Kill"): a
    headline's."""
    start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    end = doc.text.find("\n", doc[i].idx)
    line = doc.char_span(start, end if end >= 0 else len(doc.text), alignment_mode="expand")
    return line is not None and any(t.is_title and t.lower_ in _SMALL_WORDS and not t.is_sent_start for t in line)


_SMALL_WORDS = {"a", "an", "the", "of", "for", "from", "to", "in", "on", "out", "at", "by", "with", "and", "over"}


def _in_headline(doc: Doc, start: int) -> bool:
    """The line goes on from this word as a headline: it capitalises a small word, or ends with no full stop."""
    for token in doc[start : start + 12]:
        if token.is_space or "\n" in token.text:
            return True
        if token.text in (".", "!", "?", ":", ";") or (token.is_sent_start and token.i > start):
            return False
        if token.is_title and token.lower_ in _SMALL_WORDS:
            return True
    return start >= len(doc)


def in_whole_heading(span: Span, headings: list[Heading]) -> bool:
    for heading in headings:
        if heading.start <= span.start_char and span.end_char <= heading.end:
            return (span.end_char - span.start_char) >= 0.6 * (heading.end - heading.start)
    return False


def article_before_name(ent: Span) -> bool:
    """ "the", or "a" / "an" in lower case or opening the sentence ("A Transport for London spokesman said"), is
    no part of a name; a capitalised "A" within a sentence is ("nominee A Very Long Engagement")."""
    first = ent[0]
    return len(ent) > 1 and (
        first.lower_ == "the" or (first.lower_ in ("a", "an") and (first.is_lower or first.is_sent_start))
    )


def joined_names(ents: list[Span]) -> list[Span]:
    """Two person names the model cut one long name into, the first written right before the second and
    modifying it ("lawyer Abdel Moneim Abdel Maqsud" read as "Abdel Moneim" + "Abdel Maqsud"): one name; not
    after words of three letters or fewer, a title cut short ("Asst Ch Con Robin Smith")."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == ent.label_ == "PERSON"
            and last.end == ent.start
            and all(len(t.text) > 3 for t in last)  # "Asst Ch Con Robin Smith": short words abbreviate a title
            and last[-1].dep_ == "compound"
            and ent.start <= last[-1].head.i < ent.end
        ):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


_WEEKDAYS = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
_MONTHS = re.compile(
    r"^(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?"
    r"|Dec(ember)?)\.?$"
)


def is_short_weekday(span: Span) -> bool:
    """A weekday written short before a date ("it was Sun. Dec. 31, 2017"): a day, no body or person."""
    doc = span.doc
    if len(span) != 1 or span.text not in _WEEKDAYS or span.end + 1 >= len(doc):
        return False
    words = [t.text for t in doc[span.end : span.end + 4] if t.text not in (".", ",")]
    if words and words[0].isdigit():
        words = words[1:]  # "Sun. 31 Dec."
    return bool(words) and bool(_MONTHS.match(words[0]))


def with_possessed_institution(span: Span) -> Span:
    """A saint's or founder's name the model cut from the building or body named after them ("St Paul" of
    "St Paul's Cathedral"): the whole name, a body, as "St George's Hospital" is."""
    doc, owner = span.doc, span.end if span[-1].text in ("'s", "’s") else span.end + 1
    if span.label_ != "PERSON" or owner >= len(doc) or doc[owner - 1].text not in ("'s", "’s"):
        return span
    after = doc[owner]
    if not (after.is_title and after.lower_ in INSTITUTION_LAST_WORDS) or after.ent_type_:
        return span
    return Span(doc, span.start, owner + 1, label="ORG")
