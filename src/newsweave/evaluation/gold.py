"""Score a brief against a gold file (shared/gold format) with the reference yardstick's rules.

This mirrors `shared/tools/score_brief.py` (figures paired by a two-pass maximum matching, sources judged
by whole phrases and affiliations, speakers by aliases or surnames), so `newsweave eval extract` and the
yardstick print the same figures; `tests/evaluation/test_extract_quality.py` keeps them in step.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsweave.evaluation.gold_names import (  # noqa: F401 - close and same_source are used by callers
    COUNTRY,
    PLACES,
    alias_form,
    canon,
    close,
    has_words,
    name_form,
    names_place,
    norm,
    person_like,
    place,
    same_person,
    same_source,
    story_persons,
)


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
