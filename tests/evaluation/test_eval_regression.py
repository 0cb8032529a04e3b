"""Regression guard: F1 on a small dev subset must stay within 2 points of eval/baseline.json.

Also drives ``kg eval`` through the CLI. Needs the public corpora in ``<repo>/../shared/corpora``.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluation.baseline import TOLERANCE, baseline_path, measure, regressions
from kg.evaluation.runner import default_corpora
from tests.conftest import ROOT

CORPORA = default_corpora()
needs_corpora = pytest.mark.skipif(
    not CORPORA.is_dir(), reason=f"public corpora not found at {CORPORA} (../shared/corpora relative to the repo)"
)
runner = CliRunner()


def test_regressions_helper() -> None:
    recorded = {"x": {"timex/strict": 90.0, "events/strict": 20.0, "timex/value": 50.0}}
    current = {"x": {"timex/strict": 88.5, "events/strict": 17.9}}
    problems = regressions(current, recorded, tolerance=TOLERANCE)
    assert len(problems) == 2
    assert any("events/strict" in p for p in problems) and any("no longer measured" in p for p in problems)


def test_baseline_is_recorded_on_dev() -> None:
    data = json.loads(baseline_path().read_text(encoding="utf-8"))
    assert baseline_path() == ROOT / "eval" / "baseline.json"
    assert all(item["split"] == "dev" for item in data["subset"].values())
    assert data["f1"]["fr-timebank"]["timex/relaxed"] > 0


def test_cli_errors_are_coded(tmp_path) -> None:
    result = runner.invoke(app, ["eval", "no-such-corpus", "--corpora", str(tmp_path)])
    assert result.exit_code == 2 and "[E602]" in result.output
    result = runner.invoke(app, ["eval", "hipe", "--corpora", str(tmp_path / "absent")])
    assert result.exit_code == 2 and "[E601]" in result.output
    result = runner.invoke(app, ["eval", "tempeval3", "--split", "dev", "--corpora", str(tmp_path)])
    assert result.exit_code == 2 and "[E603]" in result.output
    result = runner.invoke(app, ["eval", "hipe", "--format", "xml", "--corpora", str(tmp_path)])
    assert result.exit_code == 2 and "[E404]" in result.output


@pytest.mark.slow
@needs_corpora
def test_dev_subset_does_not_regress() -> None:
    recorded = json.loads(baseline_path().read_text(encoding="utf-8"))["f1"]
    problems = regressions(measure(CORPORA), recorded)
    assert not problems, "F1 fell below eval/baseline.json:\n" + "\n".join(problems)


@pytest.mark.slow
@needs_corpora
def test_cli_eval_json() -> None:
    result = runner.invoke(app, ["eval", "meantime", "--limit", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.stdout)
    assert data["corpus"] == "meantime" and data["split"] == "dev" and data["documents"] == 2
    for key in ("entities/strict", "spacy/relaxed", "timex/value", "events/relaxed", "arguments/agent"):
        assert key in data["scores"]
