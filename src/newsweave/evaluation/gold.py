"""Score a brief against a gold file (shared/gold format) with the reference yardstick's rules.

This mirrors `shared/tools/score_brief.py` (figures paired by a two-pass maximum matching, sources judged
by whole phrases and affiliations, speakers by aliases or surnames), so `newsweave eval extract` and the
yardstick print the same figures; `tests/evaluation/test_gold_agrees.py` keeps them in step.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
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


def _spans_of(text: str, evidence: str) -> list[tuple[int, int]]:
    """Every (start, end) of the evidence in the text: exact, else after normalisation."""
    found, i = [], text.find(evidence) if evidence else -1
    while i >= 0:
        found.append((i, i + len(evidence)))
        i = text.find(evidence, i + 1)
    if found or not evidence:
        return found
    out, index, space = [], [], True
    for position, char in enumerate(text):
        for c in unicodedata.normalize("NFKC", char).lower().replace("’", "'").replace("“", '"').replace("”", '"'):
            if c.isspace():
                if space:
                    continue
                c, space = " ", True
            else:
                space = False
            out.append(c)
            index.append(position)
    normal, want = "".join(out), norm(evidence)
    i = normal.find(want) if want else -1
    while i >= 0:
        found.append((index[i], index[i + len(want) - 1] + 1))
        i = normal.find(want, i + 1)
    return found


def max_matching(preds: list[int], golds: list[int], edge: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn), tried in order; returns {gold: prediction}."""
    adjacent = {p: [g for g in golds if edge(p, g)] for p in preds}
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adjacent[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in preds:
        augment(p, set())
    return owner


class GoldScorer:
    """Scores one brief against one gold file; `scores()` returns the yardstick's measures by name."""

    def __init__(self, brief: dict[str, Any], gold: dict[str, Any]) -> None:
        self.brief, self.gold = brief, gold
        self.articles = {Path(a.get("path") or a.get("id") or "").name: a for a in brief.get("articles", [])}
        self.name_of = {a.get("id"): Path(a.get("path") or a.get("id") or "").name for a in brief.get("articles", [])}
        stories = brief.get("stories", [])
        self.entities = [e for s in stories for e in s.get("entities", [])]
        self.claims = [c for s in stories for c in s.get("claims", [])]
        self.measures = [m for s in stories for m in s.get("measures", [])]
        self.figures = [f for s in stories for f in s.get("figures", [])]
        self.quotes = [q for s in stories for q in s.get("quotes", [])]
        self.contradictions = [c for s in stories for c in s.get("contradictions", [])]
        self._span_cache: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def _article(self, item: dict) -> str:
        return self.name_of.get(item.get("article"), Path(str(item.get("article"))).name)

    def _span_text(self, item: dict) -> str:
        text = (self.articles.get(self._article(item)) or {}).get("text", "")
        start, end = item.get("start"), item.get("end")
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        return text[start:end] if ok else ""

    def _covers(self, item: dict, evidence: str, field: str) -> bool:
        want = norm(evidence)
        hay = (norm(item.get(field)), norm(self._span_text(item)))
        return any(want and h and (want in h or h in want) for h in hay)

    def _holds(self, item: dict, evidence: str) -> bool:
        """The item's sentence holds the evidence, or its span lies inside the evidence in the text."""
        if norm(evidence) and norm(evidence) in norm(item.get("sentence")):
            return True
        start, end = item.get("start"), item.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and start < end):
            return False
        key = (self._article(item), evidence)
        if key not in self._span_cache:
            self._span_cache[key] = _spans_of((self.articles.get(key[0]) or {}).get("text", ""), evidence)
        return any(a <= start and end <= b for a, b in self._span_cache[key])

    def _negative(self, claim: dict, negative: dict) -> bool:
        if self._article(claim) != negative["article"] or not norm(str(claim.get("value"))):
            return False
        if not self._covers(claim, negative["evidence"], "sentence"):
            return False
        numbers = re.findall(r"\d[\d,]*", negative["evidence"])
        return any(close(claim.get("value"), float(n.replace(",", ""))) for n in numbers)

    def figure_scores(self) -> dict[str, float]:
        golds, neutral = self.gold.get("count_claims", []), self.gold.get("restatements", [])
        negatives = self.gold.get("not_count_claims", [])
        preds = [c for c in self.claims if self._article(c) in self.gold["articles"]]
        n_claims = len(preds)
        preds += [m for m in self.measures if self._article(m) in self.gold["articles"]]

        def same_value(p: dict, g: dict) -> bool:
            return g["article"] == self._article(p) and close(p.get("value"), g["value"])

        def restates(p: dict, loose: bool) -> bool:
            return any(
                r["article"] == self._article(p)
                and close(p.get("value"), r["same_as_value"])
                and (self._covers(p, r["evidence"], "sentence") if loose else self._holds(p, r["evidence"]))
                for r in neutral
            )

        def strict(i: int, j: int) -> bool:
            return same_value(preds[i], golds[j]) and self._holds(preds[i], golds[j]["evidence"])

        pairs = max_matching(list(range(len(preds))), list(range(len(golds))), strict)
        used = set(pairs.values())
        rest_p = [
            i
            for i in range(len(preds))
            if i not in used and not restates(preds[i], False) and not any(strict(i, j) for j in range(len(golds)))
        ]
        rest_g = [j for j in range(len(golds)) if j not in pairs]

        def loose(i: int, j: int) -> bool:
            return same_value(preds[i], golds[j]) and self._covers(preds[i], golds[j]["evidence"], "sentence")

        pairs.update(max_matching(rest_p, rest_g, loose))
        used = set(pairs.values())
        fp = sum(
            1
            for i in range(len(preds))
            if i not in used
            and not restates(preds[i], True)
            and not (i >= n_claims and any(self._negative(preds[i], n) for n in negatives))
        )
        attr_ok = src_ok = src_total = 0
        for j, i in pairs.items():
            right = same_source(golds[j], preds[i])
            attr_ok += right
            if golds[j].get("asserted_by") or golds[j].get("affiliation"):
                src_total += 1
                src_ok += right
        tp = len(pairs)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / len(golds) if golds else 1.0
        return {
            "claims_precision": precision,
            "claims_recall": recall,
            "claims_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "claims_attribution_accuracy": attr_ok / tp if tp else 0.0,
            "claims_sourced_accuracy": src_ok / src_total if src_total else 0.0,
            "non_claims_reported": float(sum(self._negative(c, n) for c in self.claims for n in negatives)),
        }

    def disputed_figure_score(self) -> dict[str, float]:
        want = self.gold.get("disputed_figure")
        if not want:
            return {}
        best = 0.0
        for figure in self.figures:
            values = figure.get("values") or []
            cover = sum(any(close(v, w) for v in values) for w in want["values"]) / len(want["values"])
            by_aff = {canon(k): v for k, v in (figure.get("by_affiliation") or {}).items()}
            aff_ok = sum(
                any(any(close(v, w) for v in by_aff.get(canon(k), [])) for w in ws)
                for k, ws in want["by_affiliation"].items()
            ) / len(want["by_affiliation"])
            best = max(best, (cover + aff_ok + (figure.get("status") == "disputed")) / 3)
        return {"disputed_figure_score": best}

    def _speaker_right(self, quote: dict, gold_quote: dict, persons: list[str]) -> bool:
        entity_name = {e.get("id"): e.get("name") for e in self.entities}
        forms, is_entity = [gold_quote["speaker"]], False
        for entity in self.gold.get("entities", []):
            if name_form(entity["name"]) == name_form(gold_quote["speaker"]):
                is_entity = True
                forms += list(entity["aliases"])
        want = {name_form(x) for x in forms} - {""}
        inside = {alias_form(x) for x in forms} - {""}
        by_name = not is_entity and person_like(gold_quote["speaker"])
        for raw in {quote.get("speaker") or "", entity_name.get(quote.get("speaker_entity")) or ""}:
            if not name_form(raw):
                continue
            if name_form(raw) in want or any(has_words(alias_form(raw), w) for w in inside):
                return True
            if place(gold_quote["speaker"]) in PLACES and names_place(raw, gold_quote["speaker"]):
                return True
            if by_name and same_person(raw, gold_quote["speaker"], persons):
                return True
        return False

    def quote_scores(self) -> dict[str, float]:
        golds, persons = self.gold.get("quotes", []), story_persons(self.gold)
        found = right = 0
        for g in golds:
            candidates = [
                q for q in self.quotes if self._article(q) == g["article"] and self._covers(q, g["evidence"], "text")
            ]
            found += bool(candidates)
            right += any(self._speaker_right(q, g, persons) for q in candidates)
        return {
            "quotes_recall": found / len(golds) if golds else 1.0,
            "quotes_speaker_accuracy": right / len(golds) if golds else 1.0,
            "quotes_speaker_accuracy_found": right / found if found else (0.0 if golds else 1.0),
        }

    def entity_scores(self) -> dict[str, float]:
        alias_sets = [{alias_form(n) for n in [e.get("name", ""), *(e.get("aliases") or [])]} for e in self.entities]
        golds = self.gold.get("entities", [])
        found = merged = wrong = 0
        for g in golds:
            name, aliases = alias_form(g["name"]), {alias_form(x) for x in g["aliases"]}
            hits = [s for s in alias_sets if s & (aliases | {name})]
            found += bool(hits)
            merged += any((aliases | {name}) <= s | {name} for s in hits) or any(aliases <= s for s in hits)
        gold_sets = [({alias_form(x) for x in g["aliases"]} | {alias_form(g["name"])}, g["name"]) for g in golds]
        for aliases in alias_sets:
            owners = {name for forms, name in gold_sets if aliases & forms}
            wrong += len(owners) > 1
        intruders = [x for x in self.gold.get("not_story_entities", []) if any(alias_form(x) in s for s in alias_sets)]
        n = len(golds) or 1
        return {
            "entities_found": found / n,
            "entities_merged": merged / n,
            "entities_wrongly_merged": float(wrong),
            "non_story_entities_present": float(len(intruders)),
        }

    def contradiction_scores(self) -> dict[str, float]:
        wanted = self.gold.get("contradictions", [])
        if not wanted:
            return {}
        found = 0
        for g in wanted:
            sides = [(s["article"], norm(s["evidence"])) for s in g["sides"]]
            for c in self.contradictions:
                got = [(self._article(s), norm(s["sentence"])) for s in c["sides"]]
                if all(any(a == ga and ev in sent for ga, sent in got) for a, ev in sides):
                    found += 1
                    break
        return {"contradictions_found": found / len(wanted)}

    def scores(self) -> dict[str, float]:
        return {
            **self.figure_scores(),
            **self.disputed_figure_score(),
            **self.quote_scores(),
            **self.entity_scores(),
            **self.contradiction_scores(),
        }
