"""`newsweave eval stories`: story clustering on ECB+ (982 documents, 86 events, two similar events per topic).

Ours is the incremental clusterer the ingest uses, with its one fixed setting, fed the documents one at
a time (then one `refine` pass), in file order and in shuffled orders to show how much order matters.
The baseline is batch TF-IDF cosine average-linkage clustering cut at a single threshold, swept
over thresholds in the same run, its best reported.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.stories.cluster import StoryClusterer, b_cubed
from newsweave.stories.features import article_terms

ORDERS = 3  # shuffled orders besides file order


@dataclass
class ClusteringScore:
    precision: float
    recall: float
    f1: float
    clusters: int


def load_ecbplus(folder: Path) -> list[dict]:
    path = folder / "ecbplus_docs.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def incremental(docs: list[dict]) -> ClusteringScore:
    clusterer = StoryClusterer()
    for doc in docs:
        clusterer.add(doc["doc_id"], article_terms(doc["text"]))
    clusterer.refine()
    predicted = {a: s for s, members in clusterer.clusters().items() for a in members}
    gold = {d["doc_id"]: d["cluster_id"] for d in docs}
    return ClusteringScore(*b_cubed(predicted, gold), len(clusterer.clusters()))


def batch_baseline(docs: list[dict]) -> tuple[float, ClusteringScore]:
    """Average-linkage over TF-IDF cosine distances, cut at the best of a sweep of thresholds."""
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([d["text"] for d in docs])
    distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    gold = {d["doc_id"]: d["cluster_id"] for d in docs}
    best = (0.0, ClusteringScore(0, 0, 0, 0))
    for threshold in np.arange(0.50, 1.0, 0.02):
        labels = fcluster(tree, t=threshold, criterion="distance")
        predicted = {d["doc_id"]: str(label) for d, label in zip(docs, labels, strict=True)}
        score = ClusteringScore(*b_cubed(predicted, gold), len(set(labels)))
        if score.f1 > best[1].f1:
            best = (float(threshold), score)
    return best


def print_stories_report(console: Console, folder: Path) -> None:
    docs = load_ecbplus(folder)
    table = Table(title=f"story clustering: ECB+ ({len(docs)} documents, "
                  f"{len({d['cluster_id'] for d in docs})} events), B-cubed", show_edge=False)  # fmt: skip
    for column in ("method", "precision", "recall", "F1", "clusters"):
        table.add_column(column, justify="left" if column == "method" else "right")
    runs = [("newsweave incremental, file order", incremental(docs))]
    for seed in range(ORDERS):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        runs.append((f"newsweave incremental, shuffled order {seed + 1}", incremental(shuffled)))
    threshold, baseline = batch_baseline(docs)
    runs.append((f"baseline: batch TF-IDF average linkage, best cut (distance {threshold:.2f})", baseline))
    for name, score in runs:
        table.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", str(score.clusters))
    ours = [score.f1 for name, score in runs if name.startswith("newsweave")]
    console.print(table)
    console.print(
        f"newsweave over {len(ours)} orders: F1 mean {np.mean(ours):.3f}, range {min(ours):.3f}-{max(ours):.3f} "
        f"(order tolerance ±{(max(ours) - min(ours)) / 2:.3f}); baseline best {baseline.f1:.3f}"
    )
