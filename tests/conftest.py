"""Shared fixtures: paths to the sample data and the public corpora, and a one-time seed build."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = DATA / "seed" / "000_02467bd709d905d3.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build():
    """The seed article built once for every end-to-end test (loads the real models)."""
    from kg.builder import build_paths

    return build_paths([SEED])
