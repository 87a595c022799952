"""Throughput of the annotate stage against a bare `nlp.pipe` over the same BBC texts, in one run.

    python benchmarks/annotate_throughput.py [--articles N] [--repeat R]

Prints articles per second and words per second of each, and the extraction overhead: the ratio of
annotate time to the bare spaCy pass, minus one. Each measure is the best of R runs, alternating the
two so that drift on a shared machine affects both alike; the CPU time of this process is printed beside
the wall time (other work on a shared machine stretches wall time far more than CPU time), with the
load average at the start and at the end.
"""

from __future__ import annotations

import argparse
import os
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
    load_before = os.getloadavg()[0]
    bare_best = ours_best = bare_cpu = ours_cpu = float("inf")
    for _ in range(args.repeat):
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        bare_best = min(bare_best, time.perf_counter() - start)
        bare_cpu = min(bare_cpu, time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        for _annotations in annotate(articles, nlp):
            pass
        ours_best = min(ours_best, time.perf_counter() - start)
        ours_cpu = min(ours_cpu, time.process_time() - cpu)
    print(f"model: {resolve_model()[0]}; {len(articles)} BBC articles, {words:,} words; best of {args.repeat}")
    print(f"load average {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print(f"{'':28}{'seconds':>10}{'articles/s':>12}{'words/s':>12}{'CPU s':>10}")
    rows = (("bare nlp.pipe (baseline)", bare_best, bare_cpu), ("annotate stage (newsweave)", ours_best, ours_cpu))
    for label, seconds, cpu in rows:
        print(f"{label:28}{seconds:>10.2f}{len(articles) / seconds:>12.1f}{words / seconds:>12,.0f}{cpu:>10.2f}")
    print(f"extraction overhead: {ours_best / bare_best - 1:+.1%} of the spaCy pass (goal: at most +25%)")
    print(f"in CPU time: {ours_cpu / bare_cpu - 1:+.1%}")


if __name__ == "__main__":
    main()
