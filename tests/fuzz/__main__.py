"""The long fuzz run: `python -m tests.fuzz --examples 100000 [--minutes M] [--seed N]` from the project root.

Prints the figures (inputs, named skips, uncaught exceptions, inputs over 10 s of CPU time, peak memory) as a line
and as JSON; exits 1 unless there were no uncaught exceptions, none over 10 s and peak memory under 1 GB.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.fuzz.harness import (
    CLI_EVERY,
    SLOW_SECONDS,
    Tally,
    as_json,
    check_input,
    describe,
    mutated_inputs,
    peak_memory_mb,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=0, help="stop generating after this long (0: no limit)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--progress", type=int, default=1000, help="print the figures every N inputs")
    args = parser.parse_args(argv)
    tally = Tally()
    stop = time.monotonic() + args.minutes * 60 if args.minutes else float("inf")

    @seed(args.seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated_inputs(), st.integers(0, CLI_EVERY - 1))
    def run(named_data: tuple[str, bytes], pick: int) -> None:
        if time.monotonic() > stop:
            return
        name, data = named_data
        outcome = check_input(name, data, via_cli=pick == 0)
        tally.add(outcome)
        if outcome.error and len(tally.uncaught) <= 50:
            print("UNCAUGHT", outcome.error, flush=True)
        if outcome.seconds > SLOW_SECONDS:
            slow = f"{outcome.seconds:.1f} s CPU, {outcome.wall_seconds:.1f} s wall"
            print(f"SLOW {name} ({len(data)} bytes): {slow}", flush=True)
        if args.progress and tally.inputs % args.progress == 0:
            print(tally.summary(), flush=True)

    run()
    print(describe(tally))
    print(as_json(tally))
    return 0 if not tally.uncaught and not tally.slow and peak_memory_mb() < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
