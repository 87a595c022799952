"""`brief` with every extraction, on one process and on all cores, and `ingest` on all cores, against a bare
single-process `nlp.pipe` over the same BBC texts, in one run.

    python benchmarks/parallel_brief.py [--articles N] [--jobs J]

Each brief runs in a fresh process (`newsweave brief DIR --json OUT -q --jobs J`) and is timed whole,
model loads included; the baseline also loads the model in its own process. Prints seconds, the speed of
each against the baseline (higher is faster), the CPU of all its processes against the baseline's (two
cores allow at most 2 / that ratio), and the peak memory of each run's main process, of its largest worker
and of its largest process of all; checks that one job and J jobs write the same brief byte for byte and
that every process stays under 1 GB (issue 16).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LIMIT_MB = 1024  # issue 16: peak memory under 1 GB
BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"
BARE = """
import sys
from newsweave.nlp import load_model
from newsweave.api import read_articles
texts = [a.text for a in read_articles(sys.argv[1])]
nlp = load_model(token_rules=False)  # the model's own pipeline, as spacy.load gives it
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


# Runs a command and prints the CPU seconds of all its processes (user and system, as the children's rusage counts
# them) and the peak resident memory (KB) of its main process, of its largest other process (a worker; 0 when it
# starts none) and of the largest of all (rusage of the children, which sees past the last poll).
# Each process's own peak is its VmHWM, read from /proc every 0.1 s while it lives.
PEAK = """
import pathlib, resource, subprocess, sys, time

def hwm(pid):
    try:
        text = pathlib.Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in text.splitlines() if line.startswith("VmHWM:")), 0)

def descendants(pid):
    found = []
    for task in pathlib.Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *descendants(child)]
    return found

run = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peaks = {}
while run.poll() is None:
    for pid in [run.pid, *descendants(run.pid)]:
        peaks[pid] = max(peaks.get(pid, 0), hwm(pid))
    time.sleep(0.1)
if run.returncode:
    sys.exit(f"{sys.argv[1:]} failed with exit code {run.returncode}")
workers = [kb for pid, kb in peaks.items() if pid != run.pid]
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime, peaks.get(run.pid, 0), max(workers, default=0), usage.ru_maxrss)
"""


@dataclass
class Run:
    """One measured command: wall seconds, CPU seconds of all its processes, and peak MB of its main process, its
    largest worker and its largest process."""

    seconds: float
    cpu: float
    main_mb: float
    worker_mb: float
    largest_mb: float


def timed(command: list[str]) -> Run:
    """Each run is measured in its own wrapper process, so a run's peaks are its own, not those of the runs
    before it."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *command], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    cpu, main_kb, worker_kb, largest_kb = (float(v) for v in done.stdout.split()[-4:])
    return Run(seconds, cpu, main_kb / 1024, worker_kb / 1024, largest_kb / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600, help="how many BBC articles (0: all 2,225)")
    parser.add_argument("--jobs", type=int, default=0, help="processes for the parallel run (0: one per core)")
    parser.add_argument("--keep", type=Path, help="copy the parallel run's brief JSON to KEEP/brief.json")
    args = parser.parse_args()
    files = sorted(f for f in BBC.rglob("*.txt") if f.name != "README.TXT")[: args.articles or None]
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder / f"{path.parent.name}_{path.name}")
        newsweave = [sys.executable, "-m", "newsweave", "brief", str(folder), "-q"]
        bare = timed([sys.executable, "-c", BARE, str(folder)])
        one = timed([*newsweave, "--jobs", "1", "--json", f"{work}/one.json"])
        many = timed([*newsweave, "--jobs", str(args.jobs), "--json", f"{work}/many.json"])
        same = Path(f"{work}/one.json").read_bytes() == Path(f"{work}/many.json").read_bytes()
        store = f"{work}/ingest.db"  # `ingest` into a new store file: the brief's steps plus the store's writes
        ingest = timed(
            [sys.executable, "-m", "newsweave", "ingest", str(folder), "--db", store, "--jobs", str(args.jobs)]
        )
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(f"{work}/many.json", args.keep / "brief.json")
    print(f"{len(files)} BBC articles; times include imports and model loads; peak MB of each process (VmHWM)")
    header = f"{'seconds':>9}{'vs bare':>9}{'CPU s':>8}{'CPU/bare':>9}{'main MB':>9}{'worker MB':>11}{'largest MB':>12}"
    print(f"{'':34}{header}")
    for label, run in (
        ("bare nlp.pipe, 1 process", bare),
        ("newsweave brief --jobs 1", one),
        (f"newsweave brief --jobs {args.jobs or 'all'}", many),
        (f"newsweave ingest --jobs {args.jobs or 'all'}", ingest),
    ):
        worker = f"{run.worker_mb:>11.0f}" if run.worker_mb else f"{'-':>11}"
        speed = bare.seconds / run.seconds
        cpu = f"{run.cpu:>8.1f}{run.cpu / bare.cpu:>8.2f}x"
        print(f"{label:34}{run.seconds:>9.1f}{speed:>8.2f}x{cpu}{run.main_mb:>9.0f}{worker}{run.largest_mb:>12.0f}")
    print(f"same brief from 1 and {args.jobs or 'all'} jobs, byte for byte: {same}")
    runs = (("brief --jobs 1", one), ("brief --jobs N", many), ("ingest --jobs N", ingest))
    over = [label for label, run in runs if run.largest_mb >= LIMIT_MB]
    print(f"every process under {LIMIT_MB} MB (issue 16): {not over}" + (f" (over: {', '.join(over)})" if over else ""))


if __name__ == "__main__":
    main()
