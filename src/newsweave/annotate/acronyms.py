"""Acronyms and the names they stand for: "CDC" / "Centre for Disease Control", "S.D." / "South Dakota".

An acronym stands for a name when its letters are, in order, the initials of the name's words (the
Schwartz-Hearst idea): small words ("of", "and") and a leading nationality ("Chinese Center for Disease
Control and Prevention") may be passed over, and one other word at most ("New York State Attorney
General" -> "NYAG"). Used within an article (an acronym joins the one name of the article it stands for)
and across a story's articles. Two names an acronym stands for are one body when they differ only in
spelling ("Centre"/"Center"), a plural or a last "and ..." conjunct ("Centers for Disease Control and
Prevention"); a nationality or any other word makes them two ("Chinese Center for Disease Control").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsweave.annotate.doc_arrays import column, doc_text
from newsweave.annotate.knowledge import DEMONYMS
from newsweave.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "at", "de", "&", "to"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z]{2,6}$")
_WORD = re.compile(r"[A-Za-z&][\w'’.&]*")


def is_acronym(text: str) -> bool:
    """Two to six capital letters, with or without full stops: "CDC", "NYAG", "S.D."."""
    return bool(_ACRONYM.match(text.strip()))


def titled_acronym(word: str) -> str | None:
    """An acronym some outlets write as a word in title case ("Nasa", "Naras", "Nato"): its capitals, else None."""
    return word.upper() if re.fullmatch(r"[A-Z][a-z]{3,5}", word) else None


def nationality_and_rest(name: str) -> tuple[str | None, str]:
    """A leading nationality word split off a name: "Chinese CDC" -> ("China", "CDC")."""
    first, _, rest = name.partition(" ")
    country = DEMONYMS.get(first.lower())
    return (country, rest) if country and rest else (None, name)


# Capitals a body goes by that are not its name's initials: the "Grand Old Party" is the Republican Party.
NICKNAMES = {"GOP": "Republican Party", "G.O.P.": "Republican Party"}


def stands_for(acronym: str, name: str) -> bool:
    """The acronym's letters are the initials of the name's words, as described in the module docstring, or the
    acronym is the body's nickname ("GOP" / "Republican Party")."""
    if not is_acronym(acronym):
        return False
    if acronym in NICKNAMES:
        return re.sub(r"^the ", "", name, flags=re.IGNORECASE) == NICKNAMES[acronym]
    letters = acronym.replace(".", "")
    words = tuple(w for w in _WORD.findall(name.replace("-", " ")))
    if len(words) < 2 or acronym in words:
        return False
    return _match(letters, words, 0, 0, 0 if len(letters) > 2 else 1, False)


@cache
def _match(letters: str, words: tuple[str, ...], i: int, j: int, skips: int, started: bool) -> bool:
    """letters[i:] matched to words[j:] with `skips` left to pass over content words."""
    if j == len(words):
        return i == len(letters)
    word = words[j]
    if i < len(letters) and word[0].upper() == letters[i] and _match(letters, words, i + 1, j + 1, skips, True):
        return True
    if word.lower() in SMALL_WORDS or (not started and word.lower() in DEMONYMS):
        return _match(letters, words, i, j + 1, skips, started)
    return skips < 1 and _match(letters, words, i, j + 1, skips + 1, started)


def spelled_out_in(acronym: str, text: str) -> list[tuple[int, int]]:
    """Where the text writes out the acronym word for word in capitalised words ("The Real Deal" for
    "TRD"): no word passed over, so the form is the acronym's own definition."""
    letters = acronym.replace(".", "")
    found = []
    for match in re.finditer(r"\b[A-Z][\w'’&]*(?:\s+(?:of|for|and|&|the|[A-Z][\w'’&]*))+", text):
        words = match.group().split()
        for start in range(len(words)):
            if words[start][0].isupper() and "".join(w[0] for w in words[start:]).upper() == letters:
                if words[-1][0].isupper():
                    begin = match.start() + len(" ".join(words[:start])) + (1 if start else 0)
                    found.append((begin, match.end()))
                break
    return found


def _expansion_words(name: str) -> list[str]:
    """A name's words as spelling-neutral stems: British and American spelling and plurals read alike."""
    words = []
    for word in _WORD.findall(name.lower().replace("-", " ")):
        word = word.strip(".'’")
        if word in SMALL_WORDS - {"and"}:
            continue
        word = re.sub(r"tre$", "ter", re.sub(r"is(ation|e|ed|ing)$", r"iz\1", word))
        words.append(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return words


def same_expansion(a: str, b: str) -> bool:
    """Two spellings of one expansion (module docstring): "Centre for Disease Control" / "Centers for Disease
    Control and Prevention", but not "Chinese Center for Disease Control and Prevention"."""
    short, long_ = sorted((_expansion_words(a), _expansion_words(b)), key=len)
    if len(short) < 2 or long_[: len(short)] != short:
        return False
    return len(long_) == len(short) or (long_[len(short)] == "and" and len(long_) > len(short) + 1)


_FOLD_TARGETS = ("ORG", "GPE", "LOC", "FAC")


def _target(name: str, targets: list[Entity], body: bool = False) -> Entity | None:
    """The one longer name of the article an acronym (bare or after a nationality) stands for; a body's name
    may be an acronym in title case ("the Naras organization" beside its legal name)."""
    country, rest = nationality_and_rest(name)
    if body and titled_acronym(rest):
        rest = titled_acronym(rest) or rest
        targets = [t for t in targets if t.type == "ORG"]
    if not is_acronym(rest):
        return None
    fits = [
        t
        for t in targets
        if t.name != name
        and stands_for(rest, t.name)
        and (country is None or nationality_and_rest(t.name)[0] == country)
    ]
    return fits[0] if len(fits) == 1 else None


def _add(entity: Entity, alias: str, mentions: list[tuple[int, int]]) -> None:
    entity.aliases = list(dict.fromkeys([*entity.aliases, alias]))
    entity.mentions = sorted(set(entity.mentions) | set(mentions))


def fold_acronyms(doc: Doc, entities: list[Entity], covered: set[int], article_id: str) -> list[Entity]:
    """Fold each acronym of an article into the one name it stands for ("the CDC" after "the Centre for
    Disease Control (CDC)"), adding the acronyms the model left untagged ("Meth is IN SD."); an untagged
    acronym the text spells out ("told TRD" after "The Real Deal") makes an organisation. Returns the
    organisations made this way."""
    text = doc_text(doc)
    targets = [e for e in entities if e.type in _FOLD_TARGETS and len(e.name.split()) > 1 and e.mentions]
    _fold_bracketed(text, entities)
    for entity in entities:
        target = _target(entity.name, targets, entity.type == "ORG") if entity.mentions else None
        if target is not None and target is not entity:
            _add(target, entity.name, [m for m in entity.mentions if not _defined(text, m, target.mentions)])
            target.aliases = list(dict.fromkeys([*target.aliases, *entity.aliases]))
            entity.mentions = []
    made: dict[str, Entity] = {}
    not_spelled: set[str] = set()  # acronyms the text does not spell out: looked for once each
    pos, spellings = column(doc, "pos_"), column(doc, "text")
    capital_lines: dict[int, bool] = {}  # sentence start -> whether it is written in capitals, read once each
    for i, word in enumerate(spellings):
        if i in covered or pos[i] not in ("PROPN", "NOUN") or not is_acronym(word):
            continue
        token = doc[i]
        sentence = token.sent
        if sentence.start not in capital_lines:
            capital_lines[sentence.start] = _in_capitals(sentence)
        if capital_lines[sentence.start]:
            continue  # a line in capitals ("BLACK DEATH PLAGUE fears")
        mention = [(token.idx, token.idx + len(token))]
        target = made.get(token.text) or _target(token.text, targets)
        if target is None:
            if token.text in not_spelled:
                continue
            spelled = [(a, b) for a, b in spelled_out_in(token.text, text) if not _overlaps(doc, a, b, covered)]
            if not spelled:
                not_spelled.add(token.text)
                continue
            name = text[spelled[0][0] : spelled[0][1]]
            target = Entity(id=f"{article_id}:a{len(made)}", article=article_id, name=name, type="ORG")
            target.aliases.append(name)
            target.mentions.extend(spelled)
            made[token.text] = target
        _add(target, token.text, mention)
    return list(made.values())


def _in_capitals(sentence: Span) -> bool:
    """Most words of the sentence in capitals: a headline's line, whose capitalised words are no acronyms."""
    words = [t for t in sentence if t.is_alpha and len(t) > 1]
    return sum(t.is_upper for t in words) * 2 > len(words)


def _fold_bracketed(text: str, entities: list[Entity]) -> None:
    """An acronym in brackets just after a group's name of several words with its first letter is that group's,
    whatever language it abbreviates ("the center-left Social Democrats (SPD)"); a group with an acronym is an
    organisation (a party), so the two are one. (A body's name and an acronym of other letters, "The Organization
    of Cooperation and Development (OECD)", is more often a misnomer: left to the initials rule.)"""
    names = [e for e in entities if e.type == "NORP" and len(e.name.split()) > 1 and e.mentions]
    for entity in entities:
        if entity.type != "ORG" or not is_acronym(entity.name) or not entity.mentions:
            continue
        start, end = entity.mentions[0]
        if text[end : end + 1] != ")":
            continue
        fits = [
            n
            for n in names
            if n.name[0] == entity.name[0] and any(re.fullmatch(r"\s*\(", text[b:start]) for _, b in n.mentions)
        ]
        if len(fits) == 1:
            target = fits[0]
            target.type = "ORG"
            _add(target, entity.name, entity.mentions[1:])
            target.aliases = list(dict.fromkeys([*target.aliases, *entity.aliases]))
            entity.mentions = []


def _defined(text: str, mention: tuple[int, int], names: list[tuple[int, int]]) -> bool:
    """The acronym in brackets just after its name ("the Centre for Disease Control (CDC)"): a definition,
    one mention with the name, not a second one."""
    return any(re.fullmatch(r"\s*\(\s*", text[end : mention[0]]) for _, end in names if end <= mention[0])


def _overlaps(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(i in covered for i in range(span.start, span.end))
