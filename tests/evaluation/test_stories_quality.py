"""Story clustering on ECB+: the incremental clusterer against the batch baseline, in one run."""

from __future__ import annotations

import json
import random
from pathlib import Path

from newsweave.evaluation.stories import batch_baseline, incremental, load_ecbplus
from tests.conftest import ECBPLUS

MINIMUMS = json.loads((Path(__file__).parent / "quality_minimums.json").read_text())


def test_incremental_clustering_beats_the_batch_baseline_on_ecbplus():
    docs = load_ecbplus(ECBPLUS)
    assert len(docs) == 982
    scores = [incremental(docs).f1]
    for seed in range(2):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        scores.append(incremental(shuffled).f1)
    _, baseline = batch_baseline(docs)
    mean = sum(scores) / len(scores)
    assert mean > baseline.f1
    assert min(scores) >= MINIMUMS["ecbplus_b3_f1_min"]
    assert max(scores) - min(scores) <= MINIMUMS["ecbplus_order_spread_max"]
