"""An extractive summary in which every sentence cites the articles it rests on.

Sentences of the story's original articles are ranked with LexRank (PageRank over the TF-IDF cosine
graph of sentences); the summary opens with the most central one, adds a sentence on the main figure
group built from the extracted figures and their sources, then the next central sentences that are
not redundant. A sentence cites its own article and every other article with a near-identical one.
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.annotate.numbers import format_number
from newsweave.model import Article, Claim, Statement
from newsweave.records import Figure, SentenceRef, Story, SummarySentence

MIN_SENTENCES, MAX_SENTENCES = 5, 8
EDGE_THRESHOLD = 0.1  # cosine below which two sentences are not linked in the LexRank graph
REDUNDANT = 0.5  # cosine above which a candidate repeats a chosen sentence
SUPPORT = 0.35  # cosine above which another article's sentence supports a summary sentence


def lexrank(matrix: np.ndarray, damping: float = 0.85, iterations: int = 100) -> np.ndarray:
    """Stationary distribution of the thresholded similarity graph (Erkan & Radev, 2004)."""
    graph = (matrix >= EDGE_THRESHOLD).astype(float)
    np.fill_diagonal(graph, 0.0)
    degree = graph.sum(axis=1, keepdims=True)
    degree[degree == 0] = 1.0
    transition = graph / degree
    n = len(matrix)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * transition.T @ scores
        if np.abs(updated - scores).sum() < 1e-9:
            break
        scores = updated
    return scores


def figure_sentence(figure: Figure, claims: dict[str, Claim]) -> SummarySentence | None:
    """A sentence stating a figure group's range and who gives which value."""
    members = [claims[c] for c in figure.claims if c in claims]
    if len({c.article for c in members}) < 2:
        return None  # one article's figures are not a cross-source fact
    unit = figure.unit
    by_source = []
    for affiliation, values in figure.by_affiliation.items():
        if affiliation == "unattributed":
            continue
        by_source.append(f"{affiliation}: {', '.join(format_number(v, unit) for v in values)}")
    if figure.low == figure.high:
        text = f"Reports agree on {format_number(figure.low, unit)} ({figure.about})"
    else:
        verb = "range" if figure.status == "disputed" else "are close"
        low, high = format_number(figure.low, unit), format_number(figure.high, unit)
        text = f"Figures for {figure.about} {verb} from {low} to {high}"
    if by_source:
        text += f" ({'; '.join(by_source)})"
    return SummarySentence(
        text=text + ".",
        articles=sorted({c.article for c in members}),
        figure=figure.id,
        sentences=[SentenceRef(c.article, c.start, c.end) for c in members],
    )


def summarise(
    story: Story, articles: list[Article], statements: list[Statement] | None = None
) -> list[SummarySentence]:
    """Five to eight cited sentences for a story."""
    originals = {a.id for a in articles if not a.duplicate_of}
    pool: list[Statement] = [s for s in (statements or []) if s.article in originals and len(s.text.split()) >= 8]
    if not pool:
        return []
    texts = [s.text for s in pool]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    similarity = (vectors @ vectors.T).toarray()
    scores = lexrank(similarity)
    order = list(np.argsort(-scores))
    chosen: list[int] = []
    for index in order:
        if len(chosen) >= MAX_SENTENCES - 1:
            break
        if any(similarity[index, j] > REDUNDANT for j in chosen):
            continue
        chosen.append(index)
    summary: list[SummarySentence] = []
    for rank, index in enumerate(chosen):
        statement = pool[index]
        support = sorted(
            {pool[j].article for j in range(len(pool)) if similarity[index, j] >= SUPPORT} | {statement.article}
        )
        summary.append(
            SummarySentence(
                text=statement.text.strip(),
                articles=support,
                sentences=[SentenceRef(statement.article, statement.start, statement.end)]
                + supporting_sentences(pool, similarity[index], statement.article),
                score=round(float(scores[index]), 5),
            )
        )
        if rank == 0:
            claims = {c.id: c for c in story.claims}
            ranked = sorted(story.figures, key=lambda f: (f.status != "disputed", -len(f.claims)))
            fact = next((s for s in (figure_sentence(f, claims) for f in ranked) if s), None)
            if fact:
                summary.append(fact)
    return summary[: max(MIN_SENTENCES, min(MAX_SENTENCES, len(summary)))]


def supporting_sentences(pool: list[Statement], similarity_row: np.ndarray, own_article: str) -> list[SentenceRef]:
    """In each other article that supports a summary sentence, its most similar sentence: what a citation of
    that article points to."""
    best: dict[str, int] = {}
    for j, statement in enumerate(pool):
        if statement.article == own_article or similarity_row[j] < SUPPORT:
            continue
        if statement.article not in best or similarity_row[j] > similarity_row[best[statement.article]]:
            best[statement.article] = j
    return [SentenceRef(pool[j].article, pool[j].start, pool[j].end) for _, j in sorted(best.items())]
