"""`newsweave eval quantities`: NewsQuant (590 news sentences, 904 hand-labelled quantities) through the shipped
path, a brief of its `sentences/` folder, scored by the benchmark's scorer `score_quantities.py`.

The scorer is loaded from its file, not copied, so the figures printed here are by construction the ones
`score_quantities.py BRIEF.json` prints for the same brief (CQE's evaluation rules, quirks included).
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from rich.console import Console
from spacy.language import Language

from newsweave.api import brief_with_summary
from newsweave.contract import to_data
from newsweave.errors import InputError

# The published CQE row of NewsQuant (Almasian et al., EMNLP 2023), the anchor the issue sets.
CQE_PUBLISHED = {"value_f1": 0.920, "value_unit_f1": 0.856, "value_change_f1": 0.881}


@dataclass
class NewsQuantRun:
    """One scored brief of NewsQuant: the scorer's measures, in its order, and the brief itself."""

    scores: dict[str, Any]
    brief: dict[str, Any]


def load_scorer(path: Path) -> ModuleType:
    """The benchmark's own scoring module, imported from its file."""
    if not path.is_file():
        raise InputError(str(path), "NewsQuant scorer not found (shared/tools/score_quantities.py expected)")
    spec = importlib.util.spec_from_file_location("score_quantities", path)
    if spec is None or spec.loader is None:
        raise InputError(str(path), "not a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_newsquant(newsquant: Path, scorer_path: Path, nlp: Language) -> NewsQuantRun:
    """Brief `newsquant/sentences` as `newsweave brief` does and score it with the benchmark's scorer."""
    gold_path, sentences = newsquant / "NewsQuant.json", newsquant / "sentences"
    if not gold_path.is_file() or not sentences.is_dir():
        raise InputError(str(newsquant), "not the NewsQuant folder (NewsQuant.json and sentences/ expected)")
    scorer = load_scorer(scorer_path)
    brief = to_data(brief_with_summary(sentences, nlp)[0])
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return NewsQuantRun(scores=scorer.score(brief, gold), brief=brief)


def format_scores(scores: dict[str, Any]) -> list[str]:
    """The `name: value` lines `score_quantities.py` prints, in the same format."""
    return [f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}" for k, v in scores.items()]


def print_quantities_report(console: Console, newsquant: Path, scorer: Path, nlp: Language) -> NewsQuantRun:
    run = score_newsquant(newsquant, scorer, nlp)
    for line in format_scores(run.scores):
        console.print(line, highlight=False)
    cqe = " ".join(f"{k}={v:.3f}" for k, v in CQE_PUBLISHED.items())
    console.print(f"published CQE: {cqe}", highlight=False)
    return run
