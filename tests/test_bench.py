"""The benchmark scripts name functions that exist (they are not run by the suite: no timings)."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT


def _module(name: str):
    path = ROOT / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def test_stages_names_the_extractors_the_pipeline_calls() -> None:
    stages = _module("stages")
    for owner, names in stages.EXTRACTORS.items():
        for name in names:
            assert callable(getattr(owner, name)), (owner, name)
