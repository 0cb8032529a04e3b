"""The regression guard's subset of the dev splits, and ``eval/baseline.json`` that records it.

Check the code against it with ``python -m kg.evaluation.baseline`` (``--check``, the default, only
reads the file), regenerate it (dev documents only) with ``python -m kg.evaluation.baseline --write``;
the test ``tests/evaluation/test_eval_regression.py`` fails when an F1 falls more than
:data:`TOLERANCE` points below it.
"""

from __future__ import annotations

import argparse
import json
import sys
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
        "note": "F1 (%) on the first N dev documents; regenerate with: python -m kg.evaluation.baseline --write",
        "subset": {name: {"split": "dev", "limit": limit} for name, limit in SUBSET.items()},
        "tolerance": TOLERANCE,
        "f1": measure(corpora),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    """``--check`` (the default): measure and list the regressions against the recorded baseline,
    exit status 1 when there is one; ``--write``: measure and record a new baseline."""
    parser = argparse.ArgumentParser(
        prog="python -m kg.evaluation.baseline",
        description="The regression guard's dev subset: check the code against eval/baseline.json, or rewrite it.",
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="measure and compare with eval/baseline.json (default; the file is only read)")
    action.add_argument("--write", action="store_true", help="measure and rewrite eval/baseline.json")
    args = parser.parse_args(argv)
    if args.write:
        print(f"wrote {write_baseline()}")
        return 0
    recorded = json.loads(baseline_path().read_text(encoding="utf-8"))
    problems = regressions(measure(), recorded["f1"], tolerance=float(recorded.get("tolerance", TOLERANCE)))
    for problem in problems:
        print(problem)
    print("no regression" if not problems else f"{len(problems)} regression(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
