"""Candidates looked up by position in log time, for the rules that test each match of a pattern
against every candidate of the text ("is this site's name held by a candidate?").

A rule that scans the candidate list for each of its matches costs matches × candidates: on a text
dense with names (a long wire digest, a list of plants or brands) that is n squared. The index sorts
the candidates once by start and keeps the running furthest end and the longest span, so that each
look-up is a bisection and a walk over the few candidates near the match.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Protocol


class Located(Protocol):
    """Anything with character offsets: candidates, mentions."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class CandidateIndex:
    """``found`` (candidates, or any spans with ``start`` and ``end``) looked up by overlap;
    look-ups return indices into ``found``, which the caller may replace item by item but not
    reorder."""

    def __init__(self, found: Sequence[Located]) -> None:
        self.order = sorted(range(len(found)), key=lambda k: (found[k].start, found[k].end))
        self.starts = [found[k].start for k in self.order]
        self.ends = [found[k].end for k in self.order]
        self.reach: list[int] = []
        for end in self.ends:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)
        self.longest = max((found[k].end - found[k].start for k in self.order), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a candidate overlaps ``[start, end)``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def overlapping(self, start: int, end: int) -> list[int]:
        """The indices of the candidates that overlap ``[start, end)``, in text order: only the
        candidates starting less than the longest span before ``start`` can reach into it."""
        lo = bisect_left(self.starts, start - self.longest + 1)
        hi = bisect_left(self.starts, end)
        return [self.order[j] for j in range(lo, hi) if self.ends[j] > start]

    def starting(self, start: int, end: int) -> list[int]:
        """The indices of the candidates that start in ``[start, end)``, in the order of ``found``
        (what a scan of ``found`` testing ``start <= c.start < end`` meets, in the same order)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return sorted(self.order[lo:hi])


class Covering:
    """Character ranges ``(start, end)`` asked whether one covers a position: ``pos in covering``
    is ``any(s <= pos < e for s, e in ranges)`` in log time (the ranges by start, and the furthest
    end of those starting at or before each), for a rule that asks it of every token of a long
    text."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def __bool__(self) -> bool:
        return bool(self.starts)
