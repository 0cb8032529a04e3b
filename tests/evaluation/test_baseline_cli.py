"""``python -m kg.evaluation.baseline``: checking reads eval/baseline.json, only ``--write`` rewrites it."""

from __future__ import annotations

import json

import pytest

from kg.evaluation import baseline


@pytest.fixture
def recorded(tmp_path, monkeypatch):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"tolerance": 2.0, "f1": {"meantime": {"timex/value": 80.0}}}), encoding="utf-8")
    monkeypatch.setattr(baseline, "baseline_path", lambda: path)
    return path


def test_help_writes_nothing(recorded):
    before = recorded.read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        baseline.main(["--help"])
    assert recorded.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(("measured", "status"), [(79.0, 0), (77.0, 1)])
def test_check_compares_and_writes_nothing(recorded, monkeypatch, capsys, measured, status):
    before = recorded.read_text(encoding="utf-8")
    monkeypatch.setattr(baseline, "measure", lambda corpora=None: {"meantime": {"timex/value": measured}})
    assert baseline.main(["--check"]) == status
    assert baseline.main([]) == status  # checking is the default
    assert recorded.read_text(encoding="utf-8") == before
    assert ("regression" in capsys.readouterr().out)


def test_write_records(recorded, monkeypatch):
    monkeypatch.setattr(baseline, "measure", lambda corpora=None: {"meantime": {"timex/value": 91.0}})
    monkeypatch.setattr(baseline, "write_baseline", lambda: (recorded.write_text("{}", encoding="utf-8"), recorded)[1])
    assert baseline.main(["--write"]) == 0
    assert recorded.read_text(encoding="utf-8") == "{}"
