"""`brief` with every extraction, on one process and on all cores, against a bare single-process
`nlp.pipe` over the same BBC texts, in one run.

    python benchmarks/parallel_brief.py [--articles N] [--jobs J]

Each brief runs in a fresh process (`newsweave brief DIR --json OUT -q --jobs J`) and is timed whole,
model loads included; the baseline also loads the model in its own process. Prints seconds, the speed of
each against the baseline (higher is faster) and the peak memory of the largest process of each run (the
parent or one of its workers), and checks that one job and J jobs write the same brief.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"
BARE = """
import sys
from newsweave.nlp import load_model
from newsweave.api import read_articles
texts = [a.text for a in read_articles(sys.argv[1])]
nlp = load_model()
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


# Runs a command and prints the peak resident memory (KB) of the largest process among it and its descendants.
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MB of this run's largest process): each run is measured in its own wrapper process, so
    a run's peak is its own, not the largest of the runs before it."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *command], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    return seconds, int(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600, help="how many BBC articles (0: all 2,225)")
    parser.add_argument("--jobs", type=int, default=0, help="processes for the parallel run (0: one per core)")
    args = parser.parse_args()
    files = sorted(f for f in BBC.rglob("*.txt") if f.name != "README.TXT")[: args.articles or None]
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder / f"{path.parent.name}_{path.name}")
        newsweave = [sys.executable, "-m", "newsweave", "brief", str(folder), "-q"]
        bare, bare_mb = timed([sys.executable, "-c", BARE, str(folder)])
        one, one_mb = timed([*newsweave, "--jobs", "1", "--json", f"{work}/one.json"])
        many, many_mb = timed([*newsweave, "--jobs", str(args.jobs), "--json", f"{work}/many.json"])
        same = json.loads(Path(f"{work}/one.json").read_text()) == json.loads(Path(f"{work}/many.json").read_text())
    print(f"{len(files)} BBC articles; times include imports and model loads")
    print(f"{'':34}{'seconds':>9}{'vs bare':>9}{'peak MB':>9}")
    for label, seconds, mb in (
        ("bare nlp.pipe, 1 process", bare, bare_mb),
        ("newsweave brief --jobs 1", one, one_mb),
        (f"newsweave brief --jobs {args.jobs or 'all'}", many, many_mb),
    ):
        print(f"{label:34}{seconds:>9.1f}{bare / seconds:>8.2f}x{mb:>9.0f}")
    print(f"same brief from 1 and {args.jobs or 'all'} jobs: {same}")


if __name__ == "__main__":
    main()
