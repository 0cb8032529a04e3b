"""Test helpers for the extractors that take NER candidates."""

from __future__ import annotations

from kg.extract.entities import Candidate


def candidates(text: str, spans: list[tuple[str, str]]) -> list[Candidate]:
    """One candidate per (surface, label), at the surface's first place in ``text``."""
    out = []
    for surface, label in spans:
        start = text.index(surface)
        out.append(Candidate(start, start + len(surface), label, "test"))  # type: ignore[arg-type]
    return out
