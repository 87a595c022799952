"""`newsweave eval stories`: story clustering on ECB+ and on news-threads, B-cubed, against a batch baseline.

ECB+ (982 undated documents, 86 events, two similar events per topic) tests that similar events stay
apart; news-threads (158 dated news-please articles, 31 threads spanning days to months) tests that a
thread holds together over time. Ours is the clusterer exactly as ingest calls it (one pass,
`StoryClusterer.add(article_id, article_terms(text, title), published)`, news-threads read by the same
reader and cleaner, titles included: ECB+ has none, so the title second and third chances and the merge of two
stories whose titles agree act on news-threads only; the call's small stories settled and its stories of two
events split, `stories.settle` and `stories.split`; each article's story read after merges and moves, as the store
records them), with its one fixed setting, in file order and in shuffled orders (and in publication order on
news-threads) to show how much order matters. On news-threads the time decay is
measured in the same run: the same pass with other time scales and with no decay. The baseline is batch
TF-IDF cosine average-linkage clustering cut at a single threshold, swept, its best cut reported (an
oracle cut, chosen on the labels). "Single-story folders whole": each gold story of two or more documents (an
ECB+ event, a news-threads thread) clustered alone, as `brief` clusters a folder about one story: the share of
folders that come out as one story and the mean share of a folder's articles in its largest story (the baseline
at its collection's cut, fit on each folder).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.errors import NewsweaveError
from newsweave.reading import read_articles
from newsweave.stories.cluster import JOIN_THRESHOLD, TIME_SCALE_DAYS, StoryClusterer
from newsweave.stories.features import article_terms
from newsweave.stories.settle import settle
from newsweave.stories.split import Member, split

ORDERS = 3  # shuffled orders besides file order
OTHER_TIME_SCALES = (7.0, 30.0, None)  # measured against the default on dated data (None: no decay)


@dataclass
class Doc:
    """One document to cluster: what ingest passes to the clusterer, plus its gold cluster and text."""

    id: str
    terms: Counter[str]
    published: str | None
    gold: str
    text: str


@dataclass
class ClusteringScore:
    precision: float
    recall: float
    f1: float
    clusters: int


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against the gold one."""
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, cluster in predicted.items():
        by_pred.setdefault(cluster, set()).add(item)
    for item, cluster in gold.items():
        by_gold.setdefault(cluster, set()).add(item)
    items = [i for i in gold if i in predicted]
    precision = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in items)
    recall = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_ecbplus(folder: Path) -> list[Doc]:
    path = folder / "ecbplus_docs.jsonl"
    if not path.is_file():
        raise NewsweaveError(f"{path}: ECB+ documents not found")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Doc(r["doc_id"], article_terms(r["text"]), None, r["cluster_id"], r["text"]) for r in rows]


def load_news_threads(folder: Path) -> list[Doc]:
    """The news-please articles read and cleaned as ingest reads them, with their thread from labels.json."""
    labels_path = folder / "labels.json"
    if not labels_path.is_file():
        raise NewsweaveError(f"{labels_path}: news-threads labels not found")
    labels = {Path(name).stem: thread for name, thread in json.loads(labels_path.read_text("utf-8")).items()}
    docs = []
    for article in read_articles([folder / "articles"]):
        if article.id in labels:
            terms = article_terms(article.text, article.title)
            text = f"{article.title}\n{article.text}" if article.title else article.text
            docs.append(Doc(article.id, terms, article.published, labels[article.id], text))
    return docs


def incremental(docs: list[Doc], **settings) -> ClusteringScore:
    """One pass of the clusterer over `docs` in the given order; `settings` override the product's defaults."""
    predicted = place(docs, **settings)
    gold = {doc.id: doc.gold for doc in docs}
    return ClusteringScore(*b_cubed(predicted, gold), len(set(predicted.values())))


def place(docs: list[Doc], **settings) -> dict[str, str]:
    """Each document's story as one call of `brief` or `ingest` leaves it: one pass, then the call's small stories
    settled (`stories.settle`) and its stories of two events split (`stories.split`), each article's story read
    after the merges (`resolve`) and the moves, as the store records them."""
    clusterer = StoryClusterer(**settings)
    placed = {doc.id: clusterer.add(doc.id, doc.terms, doc.published) for doc in docs}
    marks = clusterer.settled_id, clusterer.settled_tick
    settle(clusterer)
    stories = {article_id: clusterer.resolve(story_id) for article_id, story_id in placed.items()}
    members: dict[str, list[Member]] = {}
    for doc in docs:
        members.setdefault(stories[doc.id], []).append(Member(doc.id, doc.terms, doc.published))
    stories.update(split(clusterer, lambda story_id: members.get(story_id, []), marks).moves)
    return stories


@dataclass
class FoldersWhole:
    """Folders about one story, each clustered alone as `brief` does: how many come out as one story, and the mean
    share of a folder's articles in its largest story."""

    folders: int
    whole: float
    share: float


def folders_whole(folders: list[list[Doc]], assign=None) -> FoldersWhole:
    """Cluster each folder alone (`assign`: documents -> story of each, the product's `place` by default)."""
    whole, shares = 0, []
    for docs in folders:
        sizes = Counter((assign or place)(docs).values())
        whole += len(sizes) == 1
        shares.append(max(sizes.values()) / len(docs))
    return FoldersWhole(len(folders), whole / len(folders), sum(shares) / len(shares))


def single_story_folders(docs: list[Doc]) -> list[list[Doc]]:
    """The collection's gold stories of two or more documents, each as a folder of its own (file order)."""
    by_story: dict[str, list[Doc]] = {}
    for doc in docs:
        by_story.setdefault(doc.gold, []).append(doc)
    return [folder for folder in by_story.values() if len(folder) > 1]


def orders(docs: list[Doc], shuffled: int = ORDERS) -> list[tuple[str, list[Doc]]]:
    """File order, `shuffled` seeded shuffles, and publication order when the documents are dated."""
    runs = [("file order", docs)]
    for seed in range(shuffled):
        copy = docs[:]
        random.Random(seed).shuffle(copy)
        runs.append((f"shuffled order {seed + 1}", copy))
    if any(doc.published for doc in docs):
        runs.append(("publication order", sorted(docs, key=lambda d: (d.published or "", d.id))))
    return runs


def batch_baseline(docs: list[Doc]) -> tuple[float, ClusteringScore]:
    """Average-linkage over TF-IDF cosine distances, cut at the best of a sweep of thresholds."""
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([d.text for d in docs])
    distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    gold = {d.id: d.gold for d in docs}
    best = (0.0, ClusteringScore(0, 0, 0, 0))
    for threshold in np.arange(0.50, 1.0, 0.01):
        labels = fcluster(tree, t=threshold, criterion="distance")
        predicted = {d.id: str(label) for d, label in zip(docs, labels, strict=True)}
        score = ClusteringScore(*b_cubed(predicted, gold), len(set(labels)))
        if score.f1 > best[1].f1:
            best = (float(threshold), score)
    return best


def batch_assign(threshold: float):
    """The batch baseline as a folder's clustering: TF-IDF fit on the folder, average linkage cut at `threshold`."""

    def assign(docs: list[Doc]) -> dict[str, str]:
        vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([d.text for d in docs])
        distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)
        np.fill_diagonal(distances, 0.0)
        labels = fcluster(
            linkage(squareform(distances, checks=False), method="average"), t=threshold, criterion="distance"
        )
        return {d.id: str(label) for d, label in zip(docs, labels, strict=True)}

    return assign


def _scale_name(scale: float | None) -> str:
    return "no time decay" if scale is None else f"time scale {scale:g} days"


def _table(console: Console, title: str, runs: list[tuple[str, ClusteringScore]]) -> None:
    table = Table(title=title, show_edge=False)
    for column in ("method", "precision", "recall", "F1", "clusters"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for name, score in runs:
        table.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", str(score.clusters))
    console.print(table)


def report_collection(console: Console, name: str, docs: list[Doc]) -> None:
    title = f"story clustering: {name} ({len(docs)} documents, {len({d.gold for d in docs})} stories), B-cubed"
    runs = [(f"newsweave incremental, {label}", incremental(ordered)) for label, ordered in orders(docs)]
    ours = [score.f1 for _, score in runs]
    if any(doc.published for doc in docs):
        for scale in OTHER_TIME_SCALES:
            if scale != TIME_SCALE_DAYS:
                runs.append((f"  same pass, file order, {_scale_name(scale)}", incremental(docs, time_scale=scale)))
    threshold, baseline = batch_baseline(docs)
    runs.append((f"baseline: batch TF-IDF average linkage, best cut (distance {threshold:.2f})", baseline))
    _table(console, title, runs)
    console.print(
        f"{name}: newsweave (join at {JOIN_THRESHOLD}, {_scale_name(TIME_SCALE_DAYS)}) over {len(ours)} orders: "
        f"F1 mean {np.mean(ours):.3f}, range {min(ours):.3f}-{max(ours):.3f} (spread {max(ours) - min(ours):.3f}); "
        f"baseline best {baseline.f1:.3f}"
    )
    folders = single_story_folders(docs)
    ours_whole, theirs = folders_whole(folders), folders_whole(folders, batch_assign(threshold))
    console.print(
        f"{name}: single-story folders whole ({ours_whole.folders} stories of 2+ documents, each clustered alone as "
        f"brief does): {ours_whole.whole:.3f} come out as one story, mean share in the largest story "
        f"{ours_whole.share:.3f}; baseline at its cut {theirs.whole:.3f}, {theirs.share:.3f}"
    )


def print_stories_report(console: Console, ecbplus: Path, news_threads: Path | None = None) -> None:
    """ECB+, then news-threads (by default the folder beside ECB+ in the shared data)."""
    news_threads = news_threads or Path(ecbplus).parent / "news-threads"
    report_collection(console, "ECB+", load_ecbplus(ecbplus))
    report_collection(console, "news-threads", load_news_threads(news_threads))
