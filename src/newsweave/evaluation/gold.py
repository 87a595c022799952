"""Score a brief against a gold file (shared/gold format), with the reference yardstick's definitions.

A figure is right when its value and article match a gold figure and its sentence (or span) holds the
gold evidence; its source is right when it names the gold source or its affiliation. A quote is found
when one of the article's quotes covers the evidence, and its speaker is right when it names the gold
speaker or one of its aliases. These follow `shared/tools/score_brief.py`, so both print the same figures.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsweave.evaluation.metrics import norm

COUNTRY = {"us": "united states", "u.s.": "united states", "usa": "united states", "america": "united states",
           "united states of america": "united states", "the united states": "united states",
           "republic of korea": "south korea", "rok": "south korea", "dprk": "north korea"}  # fmt: skip
GENERIC = {"the", "a", "an", "of", "and", "other", "officials", "official", "reports", "report", "media",
           "authorities", "sources", "source", "recent", "government", "'s", "s", "said", "says", "his", "her",
           "their", "its", "local", "senior", "spokesman", "spokeswoman", "spokesperson"}  # fmt: skip


def canon(text: str | None) -> str:
    value = norm(text).strip(" .")
    return COUNTRY.get(value, value)


def close(a: Any, b: Any) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-6 * max(1.0, abs(y))


def _tokens(text: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9][a-z0-9.\-]*", norm(text)) if t not in GENERIC}


def same_source(gold_claim: dict, claim: dict) -> bool:
    want = [gold_claim.get("asserted_by"), gold_claim.get("affiliation")]
    got = [claim.get("asserted_by"), claim.get("affiliation")]
    if not any(want):
        return not any(got)
    if gold_claim.get("affiliation") and claim.get("affiliation"):
        if canon(claim["affiliation"]) == canon(gold_claim["affiliation"]):
            return True
    want_tokens = set().union(*(_tokens(w) for w in want if w))
    got_tokens = set().union(*(_tokens(g) for g in got if g))
    return bool(want_tokens & got_tokens)


class GoldScorer:
    """Scores one brief against one gold file; `scores()` returns the measures by name."""

    def __init__(self, brief: dict[str, Any], gold: dict[str, Any]) -> None:
        self.brief, self.gold = brief, gold
        self.articles = {Path(a.get("path") or a["id"]).name: a for a in brief["articles"]}
        self.name_of = {a["id"]: Path(a.get("path") or a["id"]).name for a in brief["articles"]}
        stories = brief.get("stories", [])
        self.entities = [e for s in stories for e in s["entities"]]
        self.claims = [c for s in stories for c in s["claims"]]
        self.figures = [f for s in stories for f in s["figures"]]
        self.quotes = [q for s in stories for q in s["quotes"]]
        self.contradictions = [c for s in stories for c in s.get("contradictions", [])]

    def _article(self, item: dict) -> str:
        return self.name_of.get(item.get("article"), Path(str(item.get("article"))).name)

    def _covers(self, item: dict, evidence: str, field: str) -> bool:
        text = (self.articles.get(self._article(item)) or {}).get("text", "")
        start, end = item.get("start"), item.get("end")
        span = text[start:end] if isinstance(start, int) and isinstance(end, int) and 0 <= start < end else ""
        want = norm(evidence)
        return any(want and h and (want in h or h in want) for h in (norm(item.get(field)), norm(span)))

    def figure_scores(self) -> dict[str, float]:
        gold_claims = self.gold.get("count_claims", [])
        restatements = self.gold.get("restatements", [])
        matched: set[int] = set()
        tp = fp = attr_ok = attr_total = src_ok = src_total = 0
        for claim in self.claims:
            name = self._article(claim)
            if name not in self.gold["articles"]:
                continue
            hit = next(
                (
                    i
                    for i, g in enumerate(gold_claims)
                    if i not in matched
                    and g["article"] == name
                    and close(claim.get("value"), g["value"])
                    and self._covers(claim, g["evidence"], "sentence")
                ),
                None,
            )
            if hit is None:
                restated = any(
                    r["article"] == name
                    and close(claim.get("value"), r["same_as_value"])
                    and self._covers(claim, r["evidence"], "sentence")
                    for r in restatements
                )
                fp += not restated
                continue
            tp += 1
            matched.add(hit)
            right = same_source(gold_claims[hit], claim)
            attr_total += 1
            attr_ok += right
            if gold_claims[hit].get("asserted_by") or gold_claims[hit].get("affiliation"):
                src_total += 1
                src_ok += right
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = len(matched) / len(gold_claims) if gold_claims else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "figures precision": precision,
            "figures recall": recall,
            "figures F1": f1,
            "figure source right": src_ok / src_total if src_total else 0.0,
            "figure attribution right (all)": attr_ok / attr_total if attr_total else 0.0,
            "non-figures reported": float(self._negatives()),
        }

    def _negatives(self) -> int:
        hits = 0
        for claim in self.claims:
            for negative in self.gold.get("not_count_claims", []):
                if self._article(claim) == negative["article"] and self._covers(
                    claim, negative["evidence"], "sentence"
                ):
                    numbers = re.findall(r"\d[\d,]*", negative["evidence"])
                    hits += any(close(claim.get("value"), float(n.replace(",", ""))) for n in numbers)
        return hits

    def disputed_figure_score(self) -> float:
        want = self.gold.get("disputed_figure")
        if not want:
            return 1.0
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
        return best

    def quote_scores(self) -> dict[str, float]:
        gold_quotes = self.gold.get("quotes", [])
        entity_name = {e["id"]: e["name"] for e in self.entities}
        found = speaker_ok = 0
        for g in gold_quotes:
            candidates = [
                q for q in self.quotes if self._article(q) == g["article"] and self._covers(q, g["evidence"], "text")
            ]
            if not candidates:
                continue
            found += 1
            want = {norm(g["speaker"])}
            for entity in self.gold.get("entities", []):
                if norm(entity["name"]) == norm(g["speaker"]):
                    want |= {norm(a) for a in entity["aliases"]}

            def named(quote: dict, want: set[str] = want) -> bool:
                names = {norm(quote.get("speaker")), norm(entity_name.get(quote.get("speaker_entity")))}
                return any(n and (n in want or any(w in n for w in want)) for n in names)

            speaker_ok += any(named(q) for q in candidates)
        n = len(gold_quotes) or 1
        return {"quotes found": found / n, "quote speaker right": speaker_ok / n}

    def entity_scores(self) -> dict[str, float]:
        alias_sets = [{norm(a) for a in [e["name"], *e.get("aliases", [])]} for e in self.entities]
        golds = self.gold.get("entities", [])
        found = merged = wrong = 0
        for g in golds:
            want = {norm(a) for a in g["aliases"]} | {norm(g["name"])}
            hits = [s for s in alias_sets if s & want]
            found += bool(hits)
            merged += any({norm(a) for a in g["aliases"]} <= s for s in hits)
        for aliases in alias_sets:
            owners = {g["name"] for g in golds if aliases & ({norm(a) for a in g["aliases"]} | {norm(g["name"])})}
            wrong += len(owners) > 1
        intruders = [x for x in self.gold.get("not_story_entities", []) if any(norm(x) in s for s in alias_sets)]
        n = len(golds) or 1
        return {
            "entities found": found / n,
            "entities merged": merged / n,
            "entities wrongly merged": float(wrong),
            "non-story entities present": float(len(intruders)),
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
        return {"contradictions found": found / len(wanted)}

    def scores(self) -> dict[str, float]:
        return {
            **self.figure_scores(),
            "disputed figure": self.disputed_figure_score(),
            **self.quote_scores(),
            **self.entity_scores(),
            **self.contradiction_scores(),
        }
