"""Throughput of the annotate stage against a bare `nlp.pipe` over the same BBC texts, in one run.

    python benchmarks/annotate_throughput.py [--articles N] [--repeat R]

Prints articles per second and words per second of each, and the extraction overhead: the ratio of
annotate time to the bare spaCy pass, minus one. Each measure is the best of R runs, alternating the
two so that drift on a shared machine affects both alike.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsweave.annotate import annotate
from newsweave.nlp import load_model, resolve_model
from newsweave.reading import read_articles

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="how many BBC articles (0: all 2,225)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    files = sorted(BBC.rglob("*.txt"))
    files = [f for f in files if f.name != "README.TXT"][: args.articles or None]
    articles = read_articles(files)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model()
    list(nlp.pipe(texts[:20]))  # warm up
    bare_best = ours_best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        bare_best = min(bare_best, time.perf_counter() - start)
        start = time.perf_counter()
        for _annotations in annotate(articles, nlp):
            pass
        ours_best = min(ours_best, time.perf_counter() - start)
    print(f"model: {resolve_model()[0]}; {len(articles)} BBC articles, {words:,} words; best of {args.repeat}")
    print(f"{'':28}{'seconds':>10}{'articles/s':>12}{'words/s':>12}")
    for label, seconds in (("bare nlp.pipe (baseline)", bare_best), ("annotate stage (newsweave)", ours_best)):
        print(f"{label:28}{seconds:>10.2f}{len(articles) / seconds:>12.1f}{words / seconds:>12,.0f}")
    print(f"extraction overhead: {ours_best / bare_best - 1:+.1%} of the spaCy pass (goal: at most +25%)")


if __name__ == "__main__":
    main()
