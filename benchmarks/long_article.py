"""Time and memory of one long article against its length, in one run: both must grow linearly.

    python benchmarks/long_article.py [--chars 100000] [--steps 3]

Builds one plain-text article of N, 2N, 4N... characters from BBC texts and reads, parses and extracts
each in a fresh process (so each peak memory is its own). Prints seconds of CPU per stage and peak
memory, and the ratio of each figure to the one before: a ratio near 2 per doubling is linear, near 4
quadratic. Exits 1 when the extraction ratio of a doubling is over 3 or the peak memory ratio over 2.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news"

MEASURE = """
import json, resource, sys, time
from newsweave.annotate import annotate_doc
from newsweave.nlp import load_model, parse
from newsweave.reading import read_articles
nlp = load_model()
warm = read_articles([sys.argv[2]])[0]
annotate_doc(next(parse(nlp, [warm.text])), warm)  # loads every table an extractor reads once
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.process_time()
article = read_articles([sys.argv[1]])[0]
read = time.process_time() - start
start = time.process_time()
doc = next(parse(nlp, [article.text]))
parsed = time.process_time() - start
start = time.process_time()
annotations = annotate_doc(doc, article)
extracted = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": len(article.text), "read_s": read, "parse_s": parsed, "extract_s": extracted,
                  "peak_mb": peak, "growth_mb": peak - base, "claims": len(annotations.claims)}))
"""


def long_text(chars: int) -> str:
    """BBC articles one after another, cut at `chars`: real sentences, names and figures throughout."""
    pieces, total = [], 0
    for path in sorted(BBC.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        text = path.read_text("utf-8", "replace")
        pieces.append(text)
        total += len(text) + 2
        if total >= chars:
            break
    return "\n\n".join(pieces)[:chars]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000, help="the first length; each next one doubles")
    parser.add_argument("--steps", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="nwlong") as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(long_text(3_000), "utf-8")
        for step in range(args.steps):
            path = Path(folder) / f"long{step}.txt"
            path.write_text(long_text(args.chars * 2**step), "utf-8")
            done = subprocess.run(
                [sys.executable, "-c", MEASURE, str(path), str(warm)], capture_output=True, text=True, check=True
            )
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{'chars':>9} {'read s':>7} {'parse s':>8} {'extract s':>10} {'peak MB':>8} {'growth MB':>10}")
    failed = False
    for before, row in zip([None, *rows], rows, strict=False):
        line = (
            f"{row['chars']:>9,} {row['read_s']:>7.1f} {row['parse_s']:>8.1f} {row['extract_s']:>10.1f} "
            f"{row['peak_mb']:>8.0f} {row['growth_mb']:>10.0f}"
        )
        if before is not None:
            extract_ratio = row["extract_s"] / max(before["extract_s"], 1e-9)
            memory_ratio = row["peak_mb"] / before["peak_mb"]
            line += f"   x{extract_ratio:.2f} extract, x{memory_ratio:.2f} peak memory"
            failed |= extract_ratio > 3 or memory_ratio > 2
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
