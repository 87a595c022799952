"""Which person of an article a short form of a name stands for: "Umerov" after "Rustem Umerov".

A surname alone joins the one person of the article whose name holds it. Two people who share it (a
family: "Sarah Smith" and her husband "John Smith") make it ambiguous: a gendered honorific ("Mrs.
Smith") picks the one of that gender when the article marks the genders ("his wife", "Mr."), or leaves the one
whose own sentences lean to no other gender ("If Clinton ... as she did" is not "Bill Clinton ... declaring
himself", each full name written once). A surname written with an office ("President Obama") goes to the one the
article gives that office, else to neither: "Michelle Obama", named three times, is not the "President Obama" of
an article naming "Barack Obama" once. Otherwise the one the article has named most so far (news names the
principal by surname, a relative by first name: "Biden said" after "Joe and Hunter Biden", Joe named twice); on
a tie, neither, never merely the first one named. Two full names that differ by a nickname ("Pat" / "Patrick",
from the nicknames package's hand-curated table), a middle initial or a suffix are one person when no other
person of the article shares the surname.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsweave.annotate.doc_arrays import column, doc_text
from newsweave.annotate.genders import pronoun_gender
from newsweave.annotate.name_words import same_given_name
from newsweave.annotate.pronouns import clause_gender, gender_of
from newsweave.annotate.title_evidence import offices, title_holders
from newsweave.model import Entity

HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFICS = frozenset({*HONORIFIC_GENDER, "dr", "prof", "mx"})
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def honorific_of(span: Span) -> str | None:
    """The honorific written with a person's name, in it or just before it: "Mr." in "Mr. Grant"; capitalised (the
    verb of "Polls miss Trump's fall" is none)."""
    doc = span.doc
    for token in (span[0], doc[span.start - 1] if span.start > 0 else None):
        if token is not None and token.text[:1].isupper() and token.lower_.rstrip(".") in _HONORIFICS:
            return token.text
    return None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n <= len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _holds(longer: list[str], shorter: list[str]) -> bool:
    return len(longer) > len(shorter) and _contains(longer, shorter)


def _one_of(
    candidates: list[Entity], gender: str | None, doc: Doc, titles: Sequence[str] = (), before_full: bool = False
) -> Entity | None:
    """The one candidate a short form stands for (module docstring); `before_full`: the short form was written before
    any full name, as a person the reader knows, so a lone full name whose sentences lean to the other gender is
    someone else ("Mr. Obama" is not "Michelle Obama ... in her prime-time address", named later)."""
    if gender is not None:  # "Ms. Thurman" is not "her father, Robert Thurman", however few Thurmans
        candidates = [c for c in candidates if gender_of(c, doc) in (None, gender)]
    if len(candidates) > 1 and offices(titles):  # "President Obama": the Obama the article calls "President"
        held = title_holders(candidates, titles, lambda c: c.titles)
        return held[0] if len(held) == 1 else None  # no title evidence: not the first lady, named more often
    if len(candidates) <= 1:
        if before_full and candidates and gender is not None:
            if pronoun_gender(candidates[0], doc, minimum=1) not in (None, gender):
                return None
        return candidates[0] if candidates else None
    if gender is not None:  # else by the pronouns that go on from each full name ("Hillary Clinton said she")
        marked = [c for c in candidates if (gender_of(c, doc) or clause_gender(c, doc)) == gender]
        if len(marked) == 1:
            return marked[0]
        candidates = marked or candidates
        leaning = [c for c in candidates if pronoun_gender(c, doc, minimum=1) not in (None, gender)]
        if len(candidates) - len(leaning) == 1:  # "Bill Clinton ... declaring himself" beside an unmarked
            return next(c for c in candidates if c not in leaning)  # "Hillary Clinton": "If Clinton ... she did"
        candidates = [c for c in candidates if c not in leaning] or candidates
    counts = sorted((len(c.mentions) for c in candidates), reverse=True)
    if counts[0] > counts[1]:  # the one the article has named most so far
        return max(candidates, key=lambda c: len(c.mentions))
    return None


def person_with_part(
    people: list[Entity],
    name: str,
    honorific: str | None,
    doc: Doc,
    gender: str | None = None,
    titles: Sequence[str] = (),
) -> Entity | None:
    """The person already seen whose name holds this one as whole words, or is held by it (module docstring);
    gender, when the mention's own clause marks one ("Cruz said he"), rules out the person marked the other."""
    words = name.lower().split()
    fits = [p for p in people if _contains(p.name.lower().split(), words) or _contains(words, p.name.lower().split())]
    if words[-1] in _SUFFIXES:  # "his son, Donald Trump Jr." after "Donald Trump": the father is named first
        fits = [p for p in fits if p.name.lower().split() != words[:-1]]
    elif any(p.name.lower().split()[-1] not in _SUFFIXES for p in fits):  # "Trump" beside both: not the son's
        fits = [p for p in fits if p.name.lower().split()[-1] not in _SUFFIXES]
    return _one_of(fits, HONORIFIC_GENDER.get((honorific or "").lower().rstrip(".")) or gender, doc, titles)


def add_untagged_surnames(doc: Doc, people: list[Entity], spans: list[Span]) -> None:
    """A capitalised word outside any entity that is the surname of one person of the article ("Umerov
    noted ..." after "Rustem Umerov") is a mention the model missed; a surname two people share, none's, unless
    one of them is a "Jr." and the word is written with it or without it."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    surnames: dict[str, list[Entity]] = {}
    for person in people:
        parts = person.name.split()
        if len(parts) > 2 and parts[-1].lower() in _SUFFIXES:
            parts = parts[:-1]  # "Trump" of "Donald Trump Jr.", not "Jr."
        if len(parts) > 1 and len(parts[-1]) > 2:
            surnames.setdefault(parts[-1], []).append(person)
    words, pos, starts = column(doc, "text"), column(doc, "pos_"), column(doc, "idx")
    for i, word in enumerate(words):
        owners = surnames.get(word, [])
        if len(owners) > 1:  # "Trump Jr. said" is the son's, "Trump said" the father's
            suffixed = i + 1 < len(words) and words[i + 1].lower() in _SUFFIXES
            owners = [o for o in owners if (o.name.split()[-1].lower() in _SUFFIXES) == suffixed]
        if len(owners) == 1 and i not in covered and pos[i] == "PROPN":
            end = starts[i] + len(word)
            if i + 1 < len(words) and words[i + 1].lower() in _SUFFIXES:
                end = starts[i + 1] + len(words[i + 1])
            owners[0].mentions.append((starts[i], end))
            owners[0].aliases.append(doc_text(doc)[starts[i] : end])
    for person in people:
        person.mentions.sort()


def merge_short_people(people: list[Entity], doc: Doc) -> None:
    """A surname seen before its full name: fold the earlier, shorter entity into the one fuller name that
    holds it (of the gender its honorific marks, when two do)."""
    for short in people:
        if not short.mentions:
            continue
        words = short.name.lower().split()
        fulls = [
            f
            for f in people
            if f is not short
            and f.mentions
            and len(f.name.split()) > len(words)
            and _contains(f.name.lower().split(), words)
            and not _father_and_son(short, f)
        ]
        honorifics = {a.split()[0].lower().rstrip(".") for a in short.aliases if len(a.split()) > len(words)}
        genders = {HONORIFIC_GENDER[h] for h in honorifics if h in HONORIFIC_GENDER}
        gender = next(iter(genders)) if len(genders) == 1 else pronoun_gender(short, doc)
        full = _one_of(fulls, gender, doc, short.titles, before_full=True)
        if full is not None:
            full.aliases = list(dict.fromkeys(full.aliases + short.aliases))
            full.mentions = sorted(full.mentions + short.mentions)
            full.titles.extend(t for t in short.titles if t not in full.titles)
            short.mentions = []


def _name_parts(name: str) -> tuple[str, list[str], str] | None:
    """Given name, middle words and surname of a written name, its generational suffix left out."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    return (words[0], words[1:-1], words[-1]) if len(words) > 1 else None


def _agree(a: tuple[str, list[str], str], b: tuple[str, list[str], str]) -> bool:
    middles = [m[0].lower() for m in a[1][:1]], [m[0].lower() for m in b[1][:1]]
    return a[2] == b[2] and same_given_name(a[0], b[0]) and (not all(middles) or middles[0] == middles[1])


def _father_and_son(father: Entity, son: Entity) -> bool:
    """ "Donald Trump", then "Donald Trump Jr.": the same name with a generational suffix written after the name
    without it is another man of the family ("Patrick W. Carlineo Jr.", then "Pat Carlineo", is one)."""
    words = son.name.lower().split()
    return words[-1] in _SUFFIXES and father.name.lower().split() == words[:-1] and father.mentions[0] < son.mentions[0]


def merge_nicknames(people: list[Entity]) -> None:
    """Full names of one article that differ only by a nickname, a middle initial or a suffix ("Patrick W.
    Carlineo Jr.", "Pat Carlineo") are one person, when every person of the article with that surname agrees
    with every other (else one of them could be someone else); they fold into the longest name."""
    by_surname: dict[str, list[tuple[Entity, tuple[str, list[str], str]]]] = {}
    for person in people:
        parts = _name_parts(person.name) if person.mentions else None
        if parts is not None:
            by_surname.setdefault(parts[2], []).append((person, parts))
    for group in by_surname.values():
        if len(group) < 2 or not all(_agree(a, b) for n, (_, a) in enumerate(group) for _, b in group[n + 1 :]):
            continue
        if any(_father_and_son(a, b) for a, _ in group for b, _ in group):
            continue
        full = max((p for p, _ in group), key=lambda p: (len(p.name.split()), len(p.mentions)))
        for other, _ in group:
            if other is not full:
                full.aliases = list(dict.fromkeys(full.aliases + other.aliases))
                full.mentions = sorted(full.mentions + other.mentions)
                full.titles.extend(t for t in other.titles if t not in full.titles)
                other.mentions = []
