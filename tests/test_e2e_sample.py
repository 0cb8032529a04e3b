"""The whole sample corpus in data/ builds without error and conforms to the shapes."""

from __future__ import annotations

import pytest

from kg.builder import build_paths
from kg.ingest.readers import ingest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_build():
    from tests.conftest import DATA

    return build_paths([DATA])


def test_sample_builds_every_document(sample_build) -> None:
    from tests.conftest import DATA

    expected = len(ingest([DATA]).documents)
    assert expected >= 50
    assert sample_build.documents == expected
    assert not sample_build.errors


def test_sample_has_entities_dates_and_events(sample_build) -> None:
    counts = sample_build.counts
    assert counts["entities"] > 200 and counts["timexes"] > 50 and counts["events"] > 50


def test_sample_conforms(sample_build) -> None:
    from kg.graph.validate import validate

    report = validate(sample_build.dataset)
    assert report.conforms, report.text[:5000]
