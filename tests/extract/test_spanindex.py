from __future__ import annotations

import pytest

from kg.extract.entities import Candidate
from kg.extract.spanindex import CandidateIndex

_SPANS = [(0, 5), (3, 9), (10, 30), (12, 14), (31, 32), (40, 45)]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # The same candidates as a scan of every candidate finds, in text order (review rv21d).
        (4, 6, [0, 1]),
        (9, 10, []),
        (13, 20, [2, 3]),
        (29, 31, [2]),
        (0, 50, [0, 1, 2, 3, 4, 5]),
        (45, 60, []),
    ],
)
def test_candidate_index(start: int, end: int, expected: list[int]) -> None:
    found = [Candidate(a, b, "ORG", "test") for a, b in _SPANS]
    index = CandidateIndex(found)
    scan = [k for k, c in enumerate(found) if c.start < end and start < c.end]
    assert index.overlapping(start, end) == scan == expected
    assert index.overlaps(start, end) == bool(expected)


def test_candidate_index_empty() -> None:
    index = CandidateIndex([])
    assert index.overlapping(0, 10) == [] and not index.overlaps(0, 10)
