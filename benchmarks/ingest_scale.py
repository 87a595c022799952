"""Ingest cost at 1k, 10k and 100k articles with extraction off: does dedupe + clustering stay near-linear?

    python benchmarks/ingest_scale.py [--sizes 1000,10000,100000] [--work DIR] [--engine ray --workers 2]

The inputs replicate the 2,225 BBC articles of ../shared/data/bbc-news with light variation (every copy
after the first gets its figures changed and about one sentence in eight dropped), so the stream mixes
new articles, near-duplicates and variants the way a crawl does. They are written as JSON-lines files of
500 articles. Each size runs in a fresh process that reports its wall time and peak memory (ru_maxrss).
Reported: time per article at each size and its ratio to the smallest size (the goal: below 2 at 100k),
and peak memory at each size. `--engine ray` runs `newsweave run --no-extract` on a local Ray cluster of
`--workers` workers instead of `ingest` (Parquet tables instead of a store; the peak memory is the driver's,
each staging worker's is printed beside it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"
PART = 500


def make_corpus(size: int, folder: Path) -> None:
    originals = []
    for path in sorted(BBC.glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        title, _, body = text.partition("\n")
        originals.append((f"{path.parent.name}/{path.stem}", title.strip(), body.strip()))
    rng = random.Random(size)
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(size):
        name, title, body = originals[i % len(originals)]
        copy = i // len(originals)
        if copy:
            sentences = re.split(r"(?<=[.!?])\s+", body)
            sentences = [s for s in sentences if rng.random() > 0.12] or sentences[:1]
            body = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), " ".join(sentences))
        lines.append(json.dumps({"title": title, "text": body, "url": f"https://bbc.example/{name}/{copy}"}))
        if len(lines) == PART or i == size - 1:
            (folder / f"part{i // PART:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            lines = []


def run_one(corpus: Path, db: Path) -> None:
    """In a child process: ingest the corpus with extraction off and print the measures as JSON."""
    from newsweave.pipeline.local import LocalEngine
    from newsweave.store import open_store

    start = time.perf_counter()
    stats = LocalEngine(open_store(db), nlp=None, batch=256).run([corpus])
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "added": stats.added, "duplicates": stats.duplicates,
                      "peak_mb": peak_mb, "db_mb": db.stat().st_size / 1e6}))  # fmt: skip


def run_ray(corpus: Path, out: Path, workers: int) -> None:
    """In a child process: `newsweave run --engine ray --no-extract` over the corpus; the measures as JSON."""
    import shutil

    from newsweave.batch.run import run_batch

    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    report = run_batch([str(corpus)], out, engine="ray", extract=False, workers=workers)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(f.stat().st_size for f in out.glob("*.parquet")) / 1e6
    print(json.dumps({"seconds": seconds, "added": report.articles, "duplicates": report.duplicates,
                      "peak_mb": peak_mb, "db_mb": size, "steps": report.seconds,
                      "workers_mb": sorted(report.worker_peak_mb.values())}))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora and stores (default: a temp dir)")
    parser.add_argument("--engine", choices=("local", "ray"), default="local", help="ingest, or run on Ray")
    parser.add_argument("--workers", type=int, default=2, help="Ray workers (with --engine ray)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child and args.engine == "ray":
        run_ray(Path(args.child[0]), Path(args.child[1]), args.workers)
        return
    if args.child:
        run_one(Path(args.child[0]), Path(args.child[1]))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="newsweave-bench-"))
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        corpus, db = work / f"corpus{size}", work / f"store{size}.db"
        if not corpus.exists():
            make_corpus(size, corpus)
        db.unlink(missing_ok=True)
        if args.engine == "ray":
            db = work / f"tables{size}"
        engine = ["--engine", args.engine, "--workers", str(args.workers)]
        out = subprocess.run(
            [sys.executable, __file__, *engine, "--child", str(corpus), str(db)], capture_output=True, text=True
        )
        if out.returncode:
            sys.exit(out.stderr)
        measure = json.loads(out.stdout.strip().splitlines()[-1])
        results.append((size, measure))
        print(f"{size:>7} articles: {measure['seconds']:8.1f} s, {1000 * measure['seconds'] / size:6.2f} ms/article, "
              f"peak {measure['peak_mb']:6.0f} MB, store {measure['db_mb']:6.0f} MB, "
              f"{measure['duplicates']} duplicates", flush=True)  # fmt: skip
        if "steps" in measure:
            steps = ", ".join(f"{k} {v:.1f} s" for k, v in measure["steps"].items())
            workers = ", ".join(f"{mb:.0f}" for mb in measure["workers_mb"])
            print(f"{'':>17}{steps}; staging workers' peak MB: {workers}", flush=True)
    base = results[0][1]["seconds"] / results[0][0]
    for size, measure in results[1:]:
        ratio = (measure["seconds"] / size) / base
        print(f"time per article at {size} / at {results[0][0]}: {ratio:.2f} (goal: below 2)")


if __name__ == "__main__":
    main()
