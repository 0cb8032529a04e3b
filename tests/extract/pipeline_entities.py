"""Shared helper of the English name tests (``test_en_names_*``): the entity mentions of one
invented text, read through the whole per-document pipeline (kg.analyse.pipeline), as ``kg build``
reads them."""

from __future__ import annotations

from kg.types import Document


def pipeline_entities(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """The (mention text, label) pairs of every entity of ``text``, sorted, each pair once."""
    from kg.analyse.pipeline import analyse

    (analysis,) = list(analyse([Document(id="t", text=text, source="t", lang=lang)]))
    assert not isinstance(analysis, Exception)
    return sorted({(m.text, m.label) for e in analysis.entities for m in e.mentions})
