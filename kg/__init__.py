"""kg: an offline, event-centric knowledge graph builder for news articles (French and English).

``kg.build(...)`` and ``kg.load(...)`` return a :class:`kg.api.KnowledgeGraph`. They are imported
on first use, so ``import kg`` stays cheap (no model, no rdflib).
"""

from __future__ import annotations

from typing import Any

from kg._version import __version__

__all__ = ["KnowledgeGraph", "__version__", "build", "load"]


def __getattr__(name: str) -> Any:
    if name in ("build", "load", "KnowledgeGraph"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
