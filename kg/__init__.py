"""kg: an offline, event-centric knowledge graph builder for news articles (French and English)."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
