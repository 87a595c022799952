"""`newsweave eval clean`: boilerplate, body and metadata on the gold files; body F1 on the benchmark."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from rich.console import Console
from rich.table import Table

from newsweave.clean import clean, clean_with_report
from newsweave.clean.bounds import OverBound
from newsweave.errors import InputError
from newsweave.evaluation.metrics import PRF, norm, shingle_match
from newsweave.model import Article, RawArticle
from newsweave.readers import expand_paths, read_file
from newsweave.reading import read_articles

META_FIELDS = ("title", "published", "original_source", "author", "site")
# Issue 13's test set of real furniture lines, kept beside the tests that pin each rule.
FURNITURE_CASES = Path(__file__).resolve().parents[3] / "tests" / "clean" / "data" / "furniture_cases.json"


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
class CleanCounts:
    """What happened to the pages of one data set: fallbacks used and pages reported instead of cleaned."""

    pages: int = 0
    recovered: int = 0  # text found by a fallback (title closed, all page text) after the first parse found none
    precision: int = 0  # trimmed by trafilatura's precision candidate
    continued: int = 0  # a body split by an ad slot, joined again
    unparseable: int = 0
    over_bound: int = 0
    no_text: int = 0
    languages: Counter[str] = field(default_factory=Counter)  # non-English pages by language

    def clean(self, raw: RawArticle) -> str:
        """Clean one page, counting how; a page that is skipped counts as empty text."""
        self.pages += 1
        try:
            article, report = clean_with_report(raw)
        except OverBound:
            self.over_bound += 1
            return ""
        except InputError as error:
            self.unparseable += "could not be parsed" in error.reason
            self.no_text += "could not be parsed" not in error.reason
            return ""
        self.recovered += report.recovered is not None
        self.precision += (report.candidate or "").startswith("precision")
        self.continued += (report.candidate or "").endswith("continued")
        if article.language not in (None, "en"):
            self.languages[article.language] += 1
        return article.text


@dataclass
class BenchmarkScore:
    pages: int
    ours: PRF
    trafilatura: PRF
    counts: CleanCounts = field(default_factory=CleanCounts)
    markup_pages: int = 0  # pages whose clean text holds Markdown escapes, table pipes or ** not in the page's text


_MARKUP = re.compile(r"\\[\[\]()*_#`]|^\s*\|.*\|\s*$|\*\*", re.M)


def _benchmark_pages(folder: Path, limit: int) -> list[tuple[str, str, dict]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, item in sorted(truth.items())[: limit or None]:
        path = folder / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((page_id, gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"), item))
    return pages


def score_benchmark(folder: Path, limit: int = 0, break_title: bool = False) -> BenchmarkScore:
    """Body F1 of our HTML cleaning and of plain trafilatura on the same pages, in one run.

    `break_title` drops each page's first `</title>`, the malformed markup of older news pages that
    makes a parser read the whole document as the title."""
    score = BenchmarkScore(0, PRF(), PRF())
    for page_id, html, item in _benchmark_pages(folder, limit):
        if break_title:
            html = re.sub(r"</title\s*>", "", html, count=1, flags=re.I)
        expected = item.get("articleBody") or ""
        score.trafilatura += shingle_match(expected, trafilatura.extract(html, url=item.get("url")) or "")
        raw = RawArticle(id=page_id, path=page_id, body=html, kind="html", format="html", url=item.get("url"))
        text = score.counts.clean(raw)
        score.markup_pages += any(m.group(0) not in expected for m in _MARKUP.finditer(text))
        score.ours += shingle_match(expected, text)
        score.pages += 1
    return score


@dataclass
class FurnitureScore:
    """Issue 13's test set of real lines: must-remove snippets removed, must-keep kept, off-story marked."""

    removed: list[bool] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)
    marked: list[bool] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)


def _case_article(source: str, shared_data: Path) -> Article:
    kind, _, name = source.partition("/")
    if kind == "benchmark":
        path = shared_data / "article-extraction-benchmark" / "html" / f"{name}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        return clean(RawArticle(id=name, path=name, body=html, kind="html", format="html"))
    articles = read_articles([shared_data / "news-threads" / "articles" / name])
    if not articles:
        raise InputError(source, "test-set page gave no article")
    return articles[0]


def score_furniture(cases_path: Path, shared_data: Path) -> FurnitureScore:
    score = FurnitureScore()
    for case in json.loads(cases_path.read_text(encoding="utf-8"))["cases"]:
        article = _case_article(case["source"], shared_data)
        score.classes.add(case["class"])
        text = norm(article.text)
        for snippet in case.get("remove", []):
            score.removed.append(norm(snippet) not in text)
            if not score.removed[-1]:
                score.failures.append(f"{case['class']}: left {snippet!r}")
        for snippet in case.get("keep", []):
            score.kept.append(norm(snippet) in text)
            if not score.kept[-1]:
                score.failures.append(f"{case['class']}: lost {snippet!r}")
        for snippet in case.get("off_story", []):
            at = article.text.find(snippet)
            score.marked.append(at >= 0 and any(a <= at < b for a, b in article.off_story))
            if not score.marked[-1]:
                score.failures.append(f"{case['class']}: not marked off-story {snippet!r}")
    return score


def count_folder(folder: Path) -> CleanCounts:
    """Clean every article of a folder of inputs, counting fallbacks and what was reported."""
    counts = CleanCounts()
    for path in expand_paths([folder])[0]:
        for item in read_file(path):
            if isinstance(item, RawArticle):
                counts.clean(item)
    return counts


def _count_rows(name: str, counts: CleanCounts) -> list[tuple[str, str, str]]:
    other = ", ".join(f"{lang} {n}" for lang, n in counts.languages.most_common()) or "0"
    return [
        (name, "pages", str(counts.pages)),
        (name, "recovered by a fallback", str(counts.recovered)),
        (name, "trimmed by the precision candidate", str(counts.precision)),
        (name, "split body joined", str(counts.continued)),
        (name, "reported: could not be parsed", str(counts.unparseable)),
        (name, "reported: no text after cleaning", str(counts.no_text)),
        (name, "reported: over the time or size bound", str(counts.over_bound)),
        (name, "non-English (not extracted)", other),
    ]


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
    shared_data = benchmark.parent
    if FURNITURE_CASES.exists() and (shared_data / "news-threads").is_dir():
        furniture = score_furniture(FURNITURE_CASES, shared_data)
        failures += furniture.failures
        name = f"furniture lines ({len(furniture.classes)} classes)"
        table.add_row(name, f"must-remove removed ({len(furniture.removed)})", f"{_share(furniture.removed):.3f}", "")
        table.add_row(name, f"must-keep kept ({len(furniture.kept)})", f"{_share(furniture.kept):.3f}", "")
        table.add_row(name, f"off-story marked ({len(furniture.marked)})", f"{_share(furniture.marked):.3f}", "")
    counted: list[tuple[str, CleanCounts]] = []
    if (benchmark / "ground-truth.json").exists():
        bench = score_benchmark(benchmark, limit)
        name = f"extraction benchmark ({bench.pages} pages)"
        for measure in ("precision", "recall", "f1"):
            ours, theirs = getattr(bench.ours, measure), getattr(bench.trafilatura, measure)
            table.add_row(name, f"body {measure}", f"{ours:.3f}", f"{theirs:.3f}")
        table.add_row(name, "pages with Markdown left", str(bench.markup_pages), "")
        counted.append((name, bench.counts))
        broken = score_benchmark(benchmark, limit, break_title=True)
        name = "same pages, </title> dropped"
        table.add_row(name, "body f1", f"{broken.ours.f1:.3f}", f"{broken.trafilatura.f1:.3f}")
        counted.append((name, broken.counts))
    if (threads := shared_data / "news-threads" / "articles").is_dir():
        counted.append(("news-threads", count_folder(threads)))
    for name, counts in counted:
        for row in _count_rows(name, counts):
            table.add_row(*row, "")
    console.print(table)
    for line in failures:
        console.print(f"  miss: {line}", markup=False, highlight=False)
