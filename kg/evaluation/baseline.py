"""The regression guard's subset of the dev splits, and ``eval/baseline.json`` that records it.

Regenerate the baseline (dev documents only) with ``python -m kg.evaluation.baseline``; the test
``tests/evaluation/test_eval_regression.py`` fails when an F1 falls more than :data:`TOLERANCE` points below it.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.evaluation.runner import evaluate_corpus, repo_root

# First N documents of each dev split.
SUBSET: dict[str, int] = {"fr-timebank": 10, "meantime": 10, "hipe": 10}
# The guarded metrics (per-type and raw spaCy figures are reported, not guarded).
GUARDED: tuple[str, ...] = (
    "entities/strict",
    "entities/relaxed",
    "timex/strict",
    "timex/relaxed",
    "timex/value",
    "timex/type",
    "events/strict",
    "events/relaxed",
    "arguments/agent",
    "arguments/patient",
    "arguments/all",
)
TOLERANCE = 2.0


def baseline_path() -> Path:
    """``<repo>/eval/baseline.json``."""
    return repo_root() / "eval" / "baseline.json"


def measure(corpora: Path | None = None) -> dict[str, dict[str, float]]:
    """F1 (percent) of every guarded metric on the dev subset, per corpus."""
    figures: dict[str, dict[str, float]] = {}
    for name, limit in SUBSET.items():
        result = evaluate_corpus(name, "dev", corpora=corpora, limit=limit, baseline=False)
        f1 = result.f1()
        figures[name] = {key: f1[key] for key in GUARDED if key in f1}
    return figures


def regressions(
    current: dict[str, dict[str, float]], recorded: dict[str, dict[str, float]], *, tolerance: float = TOLERANCE
) -> list[str]:
    """Every recorded F1 that ``current`` misses or undercuts by more than ``tolerance`` points."""
    problems = []
    for corpus, metrics in recorded.items():
        for key, value in metrics.items():
            now = current.get(corpus, {}).get(key)
            if now is None:
                problems.append(f"{corpus} {key}: no longer measured (recorded {value:.2f})")
            elif now < value - tolerance:
                problems.append(f"{corpus} {key}: F1 {now:.2f} < recorded {value:.2f} - {tolerance}")
    return problems


def write_baseline(path: Path | None = None, corpora: Path | None = None) -> Path:
    """Measure the dev subset and record it."""
    target = path or baseline_path()
    payload = {
        "note": "F1 (%) on the first N dev documents; regenerate with: python -m kg.evaluation.baseline",
        "subset": {name: {"split": "dev", "limit": limit} for name, limit in SUBSET.items()},
        "tolerance": TOLERANCE,
        "f1": measure(corpora),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"wrote {write_baseline()}")
