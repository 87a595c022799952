"""Throughput of the annotate stage against a bare `nlp.pipe` over the same BBC texts, in one run.

    python benchmarks/annotate_throughput.py [--articles N] [--repeat R]

Prints articles per second and words per second of each, and the extraction overhead: the ratio of
annotate time to the bare spaCy pass, minus one. Each measure is the best of R runs, alternating the
two so that drift on a shared machine affects both alike; the CPU time of this process is printed beside
the wall time (other work on a shared machine stretches wall time far more than CPU time), with the
load average at the start and at the end. Three passes: the model's stock pipeline (`load_model(token_rules=False)`,
as `spacy.load` gives it: the bare spaCy pass the goal names), the pipeline newsweave runs (`load_model()`, whose
attribute ruler and lemmatizer run as `token_rules`, same annotations), and the annotate stage on that pipeline;
the overhead is printed against the stock pass and, for the extractors' own cost, against the second.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Iterable
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
    stock, nlp = load_model(token_rules=False), load_model()
    for model in (stock, nlp):
        list(model.pipe(texts[:20]))  # warm up
    load_before = os.getloadavg()[0]
    passes: dict[str, Callable[[], Iterable]] = {
        "bare nlp.pipe, stock pipeline": lambda: stock.pipe(texts, batch_size=16),
        "bare nlp.pipe, token_rules": lambda: nlp.pipe(texts, batch_size=16),
        "annotate stage (newsweave)": lambda: annotate(articles, nlp),
    }
    best = dict.fromkeys(passes, float("inf"))
    cpu = dict.fromkeys(passes, float("inf"))
    for _ in range(args.repeat):
        for label, run in passes.items():  # alternated, so that drift on a shared machine affects each alike
            start, start_cpu = time.perf_counter(), time.process_time()
            for _result in run():
                pass
            best[label] = min(best[label], time.perf_counter() - start)
            cpu[label] = min(cpu[label], time.process_time() - start_cpu)
    print(f"model: {resolve_model()[0]}; {len(articles)} BBC articles, {words:,} words; best of {args.repeat}")
    print(f"load average {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print(f"{'':32}{'seconds':>10}{'articles/s':>12}{'words/s':>12}{'CPU s':>10}")
    for label in passes:
        seconds = best[label]
        print(f"{label:32}{seconds:>10.2f}{len(articles) / seconds:>12.1f}{words / seconds:>12,.0f}{cpu[label]:>10.2f}")
    stock_s, ours_s, annotate_s = best.values()
    stock_cpu, ours_cpu, annotate_cpu = cpu.values()
    print(f"annotate stage over the stock spaCy pass: {annotate_s / stock_s - 1:+.1%} (goal: at most +25%),")
    print(f"  in CPU time {annotate_cpu / stock_cpu - 1:+.1%}")
    print(f"the extractors' own cost over the same pipeline's pass: {annotate_s / ours_s - 1:+.1%},")
    print(f"  in CPU time {annotate_cpu / ours_cpu - 1:+.1%}")


if __name__ == "__main__":
    main()
