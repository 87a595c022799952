"""Names and sources as the reference yardstick compares them (shared/tools/score_brief.py): country
forms and demonyms, honorifics, whole-word containment, and person names given by surname."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

COUNTRY = {"us": "united states", "u.s.": "united states", "u.s": "united states", "usa": "united states",
           "america": "united states", "united states of america": "united states",
           "the united states": "united states", "republic of korea": "south korea", "rok": "south korea",
           "dprk": "north korea"}  # fmt: skip
DEMONYM = {"american": "united states", "u.s.": "united states", "us": "united states", "south korean": "south korea",
           "north korean": "north korea", "chinese": "china", "russian": "russia", "ukrainian": "ukraine",
           "nigerian": "nigeria", "costa rican": "costa rica", "british": "united kingdom", "uk": "united kingdom",
           "u.k.": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom", "australian": "australia",
           "japanese": "japan", "israeli": "israel", "swiss": "switzerland", "french": "france", "german": "germany",
           "taiwanese": "taiwan", "panamanian": "panama", "chadian": "chad", "cameroonian": "cameroon",
           "nigerien": "niger", "iranian": "iran", "syrian": "syria", "iraqi": "iraq", "turkish": "turkey",
           "canadian": "canada", "mexican": "mexico", "indian": "india", "pakistani": "pakistan"}  # fmt: skip
PLACES = set(COUNTRY.values()) | set(DEMONYM.values())
GENERIC = {"the", "a", "an", "of", "and", "other", "officials", "official", "reports", "report", "media",
           "authorities", "sources", "source", "recent", "government", "'s", "s", "said", "says", "his", "her",
           "their", "its", "local", "senior", "spokesman", "spokeswoman", "spokesperson"}  # fmt: skip
HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|drs|prof)\b\.?\s*")
ORG_WORDS = {"ministry", "department", "police", "casino", "index", "international", "hospital", "youth", "network",
             "press", "times", "news", "daily", "post", "agency", "council", "committee", "group", "university",
             "college", "school", "church", "synagogue", "temple", "congregation", "company", "corporation", "inc",
             "ltd", "airline", "airlines", "air", "bank", "fund", "office", "house", "court", "army", "military",
             "forces", "government", "party", "union", "association", "institute", "foundation", "center", "centre",
             "service", "services", "media", "radio", "television", "magazine", "journal", "review", "bureau",
             "commission", "organization", "organisation", "nations", "states", "kingdom", "republic", "reports",
             "officials", "authorities", "sources", "girls", "state"}  # fmt: skip
PARTICLES = {"de", "da", "del", "della", "van", "von", "bin", "al", "la", "le", "di", "dos", "du", "ibn"}
TITLES = {"rabbi", "sheriff", "president", "detective", "superintendent", "inspector", "dean", "gov", "governor",
          "sen", "senator", "rep", "representative", "gen", "general", "col", "colonel", "capt", "captain",
          "lt", "sgt", "sergeant", "chief", "minister", "secretary", "mayor", "judge", "father", "rev",
          "reverend", "pastor", "bishop", "imam", "sir", "lord", "lady", "officer", "spokesman", "spokeswoman",
          "spokesperson", "chairman", "chairwoman", "director", "coach", "professor", "prof", "dr", "mr", "mrs",
          "ms", "miss", "mx", "drs"}  # fmt: skip


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def canon(text: str | None) -> str:
    value = norm(text).strip(" .")
    return COUNTRY.get(value, value)


def place(text: str | None) -> str:
    """canon() plus demonyms: 'Ukrainian' -> 'ukraine'."""
    value = re.sub(r"^the ", "", canon(text))
    return DEMONYM.get(value, COUNTRY.get(value, value))


def close(a: Any, b: Any) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-6 * max(1.0, abs(y))


def _tokens(text: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9][a-z0-9.\-]*", norm(text)) if t not in GENERIC}


def _strip_repeat(text: str, pattern: re.Pattern[str] | str) -> str:
    previous = None
    while text != previous:
        previous, text = text, re.sub(pattern, "", text)
    return text


def name_form(text: str | None) -> str:
    """A name or phrase for comparison: normalised, honorifics and a leading article dropped."""
    return _strip_repeat(norm(text).strip(" ,;:"), r"^(?:(?:the|a|an) |(?:mr|mrs|ms|miss|mx|dr|drs|prof)\b\.?\s*)")


def alias_form(text: str | None) -> str:
    return _strip_repeat(norm(text), HONORIFIC)


def has_words(hay: str, needle: str) -> bool:
    return bool(needle) and bool(hay) and re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def names_place(source: str, affiliation: str) -> bool:
    """The source phrase names the affiliation as a whole name (or by its demonym / short form)."""
    src, want = norm(source), place(affiliation)
    if not src or not want:
        return False
    if place(source) == want:
        return True
    forms = {want, norm(affiliation)} | {k for k, v in {**COUNTRY, **DEMONYM}.items() if v == want}
    return any(has_words(src, f) for f in forms if f)


def same_source(gold_claim: dict, claim: dict) -> bool:
    """A claim's source is right when it names the gold source or speaks for the gold affiliation."""
    gs, ga = gold_claim.get("asserted_by") or "", gold_claim.get("affiliation") or ""
    ps, pa = claim.get("asserted_by") or "", claim.get("affiliation") or ""
    if not (gs or ga):
        return not (ps or pa)
    if (ga and pa and place(pa) == place(ga)) or (ga and ps and names_place(ps, ga)):
        return True
    if not gs:
        return False
    if pa and place(pa) == place(gs):
        return True
    given, got = name_form(gs), name_form(ps)
    if not got or (not _tokens(given) and ga):
        return False
    if got == given or has_words(got, given):
        return True
    return has_words(given, got) and (bool(_tokens(got)) or not _tokens(given))


def _name_tokens(text: str) -> list[str]:
    tokens = [t.strip(".,;:'\"") for t in name_form(text).split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens = tokens[1:]
    return tokens


def person_like(text: str | None) -> bool:
    """A person's name ('Dana K. Price'), not a description or an organisation."""
    raw = (text or "").strip()
    if re.search(r"\band\b|&|\(", raw) or place(raw) in PLACES:
        return False
    words = raw.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in ("the", "a", "an"):
        return False
    for word in words:
        lower = word.lower().strip(".,'’")
        if lower in ORG_WORDS or lower in DEMONYM or lower in COUNTRY:
            return False
        if lower not in PARTICLES and not word[0].isupper():
            return False
    return True


def _compatible(a: str, b: str) -> bool:
    a1, b1 = a.rstrip("."), b.rstrip(".")
    return a1 == b1 or (len(a1) == 1 and b1.startswith(a1)) or (len(b1) == 1 and a1.startswith(b1))


def _fits(pred: list[str], full: list[str]) -> bool:
    """pred is full's surname with given names (or initials) taken in order from full."""
    if not pred or not full or pred[-1] != full[-1]:
        return False
    j = 0
    for token in pred[:-1]:
        while j < len(full) - 1 and not _compatible(token, full[j]):
            j += 1
        if j >= len(full) - 1:
            return False
        j += 1
    return True


def same_person(pred: str, gold_name: str, others: Iterable[str] = ()) -> bool:
    """pred gives gold_name's surname, no conflicting given name, and fits no other person of the story."""
    p, g = _name_tokens(pred), _name_tokens(gold_name)
    if not _fits(p, g):
        return False
    return not any(_fits(p, o) and not (_fits(o, g) or _fits(g, o)) for o in map(_name_tokens, others))


def story_persons(gold: dict) -> list[str]:
    names = {e["name"] for e in gold.get("entities", []) if e.get("type") == "PERSON"}
    raw = [q.get("speaker") or "" for q in gold.get("quotes", [])]
    raw += [c.get("asserted_by") or "" for c in gold.get("count_claims", [])]
    for text in raw:
        match = re.match(r"^([A-Z][\w'’.-]*) and ([A-Z][\w'’.-]*) ([A-Z][\w'’.-]*)$", text.strip())
        if match:
            names |= {f"{match.group(1)} {match.group(3)}", f"{match.group(2)} {match.group(3)}"}
        elif person_like(text):
            names.add(text)
    return sorted(names)
