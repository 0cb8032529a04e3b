"""Shared fixtures: paths to the sample data and the public corpora, and a one-time seed build."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# No regular-expression cache (kg.nlp.recache) for the tests' model loads, in this process and the
# `kg` commands they start: a test writes nothing outside its temporary folders, not ~/.cache/kg.
os.environ["KG_REGEX_CACHE"] = ""

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = DATA / "seed" / "000_02467bd709d905d3.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _runner_heap_frozen_for_cost_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test of linear cost times the code under test, not the garbage collector walking the test
    runner's heap: a full collection that happened to fall in the larger run cost 0.5-0.8 s after
    thousands of tests and failed a linear bound the code met. ``kg build`` freezes its long-lived
    objects the same way (kg.builder)."""
    if "linear" not in request.node.name:
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build():
    """The seed article built once for every end-to-end test (loads the real models)."""
    from kg.builder import build_paths

    return build_paths([SEED])


def _model(lang: str):
    """kg's own spaCy pipeline for ``lang`` (the official model first, then its re-upload), or a skip."""
    pytest.importorskip("spacy")
    from kg.errors import KGError
    from kg.nlp.models import load_model

    try:
        return load_model(lang)
    except KGError as exc:  # pragma: no cover - model not installed
        pytest.skip(f"spaCy model missing: {exc}")


@pytest.fixture(scope="session")
def fr_nlp():
    """The French pipeline kg loads, shared by the extractor tests."""
    return _model("fr")


@pytest.fixture(scope="session")
def en_nlp():
    """The English pipeline kg loads, shared by the extractor tests."""
    return _model("en")


@pytest.fixture
def aside_forks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each :class:`kg.aside.Aside` made during the test forked, in order of creation."""
    import kg.aside

    forked: list[bool] = []
    real = kg.aside.Aside

    class Watched(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            forked.append(self.forked)

    monkeypatch.setattr(kg.aside, "Aside", Watched)
    return forked
