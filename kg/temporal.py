"""Old import path, kept for users: temporal expressions now live in :mod:`kg.extract.temporal`
(see CHANGELOG.md)."""

from __future__ import annotations

from kg.extract.temporal import TimexCandidate, find_timexes, resolve, timexes_from_segments

__all__ = ["TimexCandidate", "find_timexes", "resolve", "timexes_from_segments"]
