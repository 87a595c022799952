"""CPU time of each extractor over parsed BBC articles: where the annotate stage's own cost goes.

    python benchmarks/extractor_profile.py [--articles N] [--cache PATH] [--profile N]

Parses the articles once (or reads the parses from `--cache`, a DocBin written on the first run), then runs
`annotate_doc`'s steps one by one over every parse and prints each step's process time (CPU, not wall: the
machine may be shared). With `--profile N`, also prints the N functions with the most own time (cProfile
tottime) over the whole of `annotate_doc`, and the own time summed per module (spaCy's Token and Span
objects count under spaCy: the modules that make them many show it in their callers, not here).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

from spacy.tokens import DocBin

from newsweave import annotate as stage
from newsweave.nlp import load_model
from newsweave.reading import read_articles

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"


def _steps(doc, article, times: dict[str, float]) -> None:
    """`annotate_doc`, one timed step at a time (the same calls in the same order)."""
    clock = time.process_time
    t = clock()
    entities = stage.build_entities(doc, article.id, article.headings)
    times["entities"] += clock() - t
    t = clock()
    resolver = stage.Resolver(doc, entities)
    times["resolver"] += clock() - t
    t = clock()
    claims, _measures = stage.FigureExtractor(doc, article.id, resolver).extract()
    times["figures"] += clock() - t
    t = clock()
    quotes = stage.QuoteExtractor(doc, article.id, resolver).extract()
    times["quotes"] += clock() - t
    t = clock()
    stage.credit_posts(doc, article, entities, claims, quotes)
    times["posts"] += clock() - t
    t = clock()
    stage.extract_events(doc, article.id, resolver, article.published)
    times["events"] += clock() - t
    t = clock()
    stage.extract_statements(doc, article.id, article.headings)
    times["statements"] += clock() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--cache", type=Path, default=None, help="a DocBin of the parses, written if absent")
    parser.add_argument("--profile", type=int, default=0, help="print the N functions with the most own time")
    args = parser.parse_args()
    files = sorted(f for f in BBC.rglob("*.txt") if f.name != "README.TXT")[: args.articles]
    articles = read_articles(files)
    nlp = load_model()
    if args.cache and args.cache.exists():
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        start = time.process_time()
        docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
        print(f"parse: {time.process_time() - start:.2f} CPU s")
        if args.cache:
            DocBin(docs=docs, store_user_data=True).to_disk(args.cache)
    stage.load_extractors()
    for doc, article in zip(docs[:5], articles, strict=False):  # warm the caches and lazy imports
        stage.annotate_doc(doc, article)
    times: dict[str, float] = defaultdict(float)
    for doc, article in zip(docs, articles, strict=True):
        _steps(doc, article, times)
    total = sum(times.values())
    print(f"{len(docs)} BBC articles; CPU seconds per extractor step")
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12}{seconds:8.2f}  {seconds / total:6.1%}")
    print(f"  {'total':12}{total:8.2f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for doc, article in zip(docs, articles, strict=True):
            stage.annotate_doc(doc, article)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.profile)
        print_modules(stats, args.profile)


def print_modules(stats: pstats.Stats, limit: int) -> None:
    """cProfile's own time summed per source file (the module's functions, not what they call)."""
    own: dict[str, float] = defaultdict(float)
    for (path, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        own[path.split("/src/newsweave/")[-1] if "/src/newsweave/" in path else path] += tottime
    total = sum(own.values())
    print(f"own time per module (profiled: {total:.2f} s)")
    for path, seconds in sorted(own.items(), key=lambda kv: -kv[1])[:limit]:
        print(f"  {seconds:7.2f}  {seconds / total:6.1%}  {path}")


if __name__ == "__main__":
    main()
