"""The batch engine's annotate step on BBC articles: the local engine against Ray with 1 and 2 workers,
as ratios measured in one run, with the peak memory of each staging process.

    python benchmarks/batch_engines.py [--articles N] [--data DIR]

`--articles 0` (the default) takes all 2,225 BBC articles of ../shared/data/bbc-news; `--data` another folder
of .txt files. Each engine runs in a fresh process (`newsweave run DIR --out OUT --engine E --workers W`);
from its run folder's summary.json come the annotate step's own wall time (from the first annotation
started on any worker to the last one finished: model loads and Ray's start excluded), the annotate work
summed over shards, the whole staging step (model loads included), and each staging process's peak
resident memory (measured in that process). The tables of every run must be the same.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"
TABLES = ("articles", "claims", "figures", "quotes", "stories")


def run(folder: Path, out: Path, engine: str, workers: int, shard_files: int) -> dict:
    command = [sys.executable, "-m", "newsweave", "run", str(folder), "--out", str(out), "--engine", engine]
    command += ["--workers", str(workers), "--shard-files", str(shard_files)]
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    return json.loads((out / "_run" / "summary.json").read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="how many articles (0: all; BBC has 2,225)")
    parser.add_argument("--data", type=Path, default=BBC, help="a folder of .txt articles (default: BBC)")
    args = parser.parse_args()
    files = sorted(f for f in args.data.rglob("*.txt") if f.name != "README.TXT")[: args.articles or None]
    shard_files = max(1, min(64, len(files) // 20))  # at least 20 shards (all of BBC: 35 of 64 files), for balance
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder / f"{path.parent.name}_{path.name}")
        results = {}
        for label, engine, workers in (
            ("local", "local", 1),
            ("ray, 1 worker", "ray", 1),
            ("ray, 2 workers", "ray", 2),
        ):
            out = Path(work) / label.replace(" ", "_").replace(",", "")
            results[label] = (run(folder, out, engine, workers, shard_files), out)
        base = results["local"][1]
        same = all(
            pq.read_table(out / f"{t}.parquet").equals(pq.read_table(base / f"{t}.parquet"))
            for _, out in results.values()
            for t in TABLES
        )
    print(f"{len(files)} articles from {args.data} in shards of {shard_files} files; load average"
          f" {os.getloadavg()[0]:.1f} at the end")  # fmt: skip
    print(f"{'':16}{'annotate s':>11}{'vs local':>9}{'work s':>8}{'staging s':>10}  staging processes' peak MB")
    local = results["local"][0]["seconds"]["annotate"]
    for label, (summary, _) in results.items():
        seconds = summary["seconds"]
        peaks = ", ".join(f"{mb:.0f}" for mb in summary["worker_peak_mb"].values())
        print(
            f"{label:16}{seconds['annotate']:>11.1f}{local / seconds['annotate']:>8.2f}x"
            f"{seconds['annotate_work']:>8.1f}{seconds['stage']:>10.1f}  {peaks}"
        )
    one, two = (results[k][0]["seconds"] for k in ("ray, 1 worker", "ray, 2 workers"))
    print(
        f"speed-up from 1 to 2 Ray workers: annotate step {one['annotate'] / two['annotate']:.2f}x (goal: at least"
        f" 1.6x), whole staging step {one['stage'] / two['stage']:.2f}x; same tables: {same}"
    )


if __name__ == "__main__":
    main()
