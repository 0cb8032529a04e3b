from __future__ import annotations

import pytest

from kg.extract.entities import Candidate
from kg.extract.spanindex import CandidateIndex, Covering

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


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 1), (3, 12), (10, 11), (12, 41), (0, 100), (32, 40), (5, 5)],
)
def test_candidate_index_starting_keeps_the_order_of_the_list(start: int, end: int) -> None:
    # pf30a: the spans listed in no particular order; those starting in [start, end) come back in
    # the list's order, as a scan of the list meets them
    spans = [(40, 45), (3, 9), (12, 14), (0, 5), (31, 32), (10, 30), (12, 13)]
    found = [Candidate(a, b, "DATE", "test") for a, b in spans]
    assert CandidateIndex(found).starting(start, end) == [k for k, c in enumerate(found) if start <= c.start < end]


def test_candidate_index_empty() -> None:
    index = CandidateIndex([])
    assert index.overlapping(0, 10) == [] and not index.overlaps(0, 10)


@pytest.mark.parametrize(
    "ranges",
    [
        [],
        [(3, 7)],
        [(0, 5), (3, 9), (10, 30), (12, 14), (31, 32), (40, 45)],
        # unsorted, nested, touching, empty and repeated ranges
        [(20, 25), (2, 4), (0, 30), (4, 6), (8, 8), (2, 4)],
        [(10, 11), (5, 6), (11, 12)],
    ],
)
def test_covering(ranges: list[tuple[int, int]]) -> None:
    covering = Covering(ranges)
    for pos in range(-1, 50):
        assert (pos in covering) == any(s <= pos < e for s, e in ranges), pos
    assert bool(covering) == bool(ranges)
