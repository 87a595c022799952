"""The batch engine's annotate step on BBC articles: the local engine against Ray with 1 and 2 workers,
as ratios measured in one run, with the peak memory of the largest process of each run.

    python benchmarks/batch_engines.py [--articles N]

Each engine runs in a fresh process (`newsweave run DIR --out OUT --engine E --workers W`) and reports the
seconds of its staging step (read, clean, fingerprint, annotate; model loads included) from the run
folder's summary.json. The tables of every run must be the same.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"
TABLES = ("articles", "claims", "figures", "quotes", "stories")


def run(folder: Path, out: Path, engine: str, workers: int) -> tuple[float, float]:
    command = [sys.executable, "-m", "newsweave", "run", str(folder), "--out", str(out), "--engine", engine]
    subprocess.run([*command, "--workers", str(workers)], check=True, stderr=subprocess.DEVNULL)
    summary = json.loads((out / "_run" / "summary.json").read_text())
    return summary["seconds"]["stage"], resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="how many BBC articles (0: all 2,225)")
    args = parser.parse_args()
    files = sorted(f for f in BBC.rglob("*.txt") if f.name != "README.TXT")[: args.articles or None]
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
            results[label] = (*run(folder, out, engine, workers), out)
        base = results["local"][2]
        same = all(
            pq.read_table(out / f"{t}.parquet").equals(pq.read_table(base / f"{t}.parquet"))
            for _, _, out in results.values()
            for t in TABLES
        )
    print(f"{len(files)} BBC articles; staging step (read, clean, fingerprint, annotate), model loads included")
    print(f"{'':18}{'seconds':>9}{'vs local':>10}{'peak MB':>9}")
    local = results["local"][0]
    for label, (seconds, mb, _) in results.items():
        print(f"{label:18}{seconds:>9.1f}{local / seconds:>9.2f}x{mb:>9.0f}")
    one, two = results["ray, 1 worker"][0], results["ray, 2 workers"][0]
    print(f"speed-up from 1 to 2 Ray workers: {one / two:.2f}x (goal: at least 1.6x); same tables: {same}")


if __name__ == "__main__":
    main()
