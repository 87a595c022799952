"""`newsweave eval clean`: boilerplate, body and metadata on the gold files; body F1 on the benchmark."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from rich.console import Console
from rich.table import Table

from newsweave.clean import clean
from newsweave.errors import InputError
from newsweave.evaluation.metrics import PRF, norm, shingle_match
from newsweave.model import Article, RawArticle
from newsweave.reading import read_articles

META_FIELDS = ("title", "published", "original_source", "author", "site")


@dataclass
class GoldCleanScore:
    gold: str
    articles: int = 0
    found: int = 0
    boilerplate: list[bool] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)
    metadata: list[bool] = field(default_factory=list)
    headings: list[bool] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 1.0


def _same_meta(field_name: str, want: str | None, got: str | None) -> bool:
    if want is None:
        return not got
    if field_name == "original_source":
        return bool(got) and norm(want).removeprefix("www.") in norm(got)
    return norm(want) == norm(got)


def score_gold_cleaning(gold_path: Path, articles: list[Article]) -> GoldCleanScore:
    """Compare cleaned articles with one gold file's `articles` section (matched by file name)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    by_name = {Path(a.path or a.id).name: a for a in articles}
    score = GoldCleanScore(gold=gold_path.name, articles=len(gold["articles"]))
    for name, want in gold["articles"].items():
        article = by_name.get(name)
        score.found += article is not None
        text = norm(article.text) if article else ""
        for snippet in want.get("boilerplate", []):
            ok = article is not None and norm(snippet) not in text
            score.boilerplate.append(ok)
            if not ok:
                score.failures.append(f"{name}: boilerplate left: {snippet!r}")
        for snippet in want.get("keep", []):
            ok = norm(snippet) in text
            score.kept.append(ok)
            if not ok:
                score.failures.append(f"{name}: body lost: {snippet!r}")
        for field_name in META_FIELDS:
            if field_name in want:
                got = getattr(article, field_name) if article else None
                ok = _same_meta(field_name, want[field_name], got)
                score.metadata.append(ok)
                if not ok:
                    score.failures.append(f"{name}: {field_name} is {got!r}, gold {want[field_name]!r}")
        found_headings = {norm(h.text) for h in article.headings} if article else set()
        for heading in want.get("headings", []):
            score.headings.append(norm(heading) in found_headings)
    return score


@dataclass
class BenchmarkScore:
    pages: int
    ours: PRF
    trafilatura: PRF


def score_benchmark(folder: Path, limit: int = 0) -> BenchmarkScore:
    """Body F1 of our HTML cleaning and of plain trafilatura on the same pages, in one run."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ours, baseline, pages = PRF(), PRF(), 0
    for page_id, item in sorted(truth.items())[: limit or None]:
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        expected = item.get("articleBody") or ""
        baseline += shingle_match(expected, trafilatura.extract(html, url=item.get("url")) or "")
        raw = RawArticle(id=page_id, path=str(path), body=html, kind="html", format="html", url=item.get("url"))
        try:
            text = clean(raw).text
        except InputError:  # a page with no text left scores as empty output
            text = ""
        ours += shingle_match(expected, text)
        pages += 1
    return BenchmarkScore(pages, ours, baseline)


def print_clean_report(console: Console, gold_dir: Path, examples: Path, benchmark: Path, limit: int = 0) -> None:
    table = Table(title="cleaning", show_edge=False)
    for column in ("data", "measure", "newsweave", "trafilatura"):
        table.add_column(column, justify="left" if column in ("data", "measure") else "right")
    failures: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        folder = examples / gold_path.stem
        if not folder.is_dir():
            continue
        score = score_gold_cleaning(gold_path, read_articles([folder]))
        failures += score.failures
        rows = [
            ("articles found", score.found / score.articles if score.articles else 1.0),
            ("boilerplate removed", _share(score.boilerplate)),
            ("body kept", _share(score.kept)),
            ("metadata correct", _share(score.metadata)),
            ("headings found", _share(score.headings)),
        ]
        for measure, value in rows:
            table.add_row(gold_path.name, measure, f"{value:.3f}", "")
    if (benchmark / "ground-truth.json").exists():
        bench = score_benchmark(benchmark, limit)
        name = f"extraction benchmark ({bench.pages} pages)"
        for measure in ("precision", "recall", "f1"):
            table.add_row(
                name,
                f"body {measure}",
                f"{getattr(bench.ours, measure):.3f}",
                f"{getattr(bench.trafilatura, measure):.3f}",
            )
    console.print(table)
    for line in failures:
        console.print(f"  miss: {line}", markup=False, highlight=False)
