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


def test_a_folder_about_one_event_stays_one_story():
    """The 86 ECB+ events one by one: a folder of reports on one event must not be split."""
    from collections import defaultdict

    from newsweave.stories.cluster import StoryClusterer
    from newsweave.stories.features import article_terms

    by_event = defaultdict(list)
    for doc in load_ecbplus(ECBPLUS):
        by_event[doc["cluster_id"]].append(doc)
    whole, shares = 0, []
    for docs in by_event.values():
        clusterer = StoryClusterer()
        for doc in docs:
            clusterer.add(doc["doc_id"], article_terms(doc["text"]))
        clusterer.refine()
        sizes = sorted((len(m) for m in clusterer.clusters().values()), reverse=True)
        whole += len(sizes) == 1
        shares.append(sizes[0] / len(docs))
    assert whole / len(by_event) >= MINIMUMS["ecbplus_single_event_whole"]
    assert sum(shares) / len(shares) >= MINIMUMS["ecbplus_single_event_share"]
