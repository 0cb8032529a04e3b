"""``kg eval meantime --coref`` end to end on a few dev documents: every coreference table is there.

Needs the public corpora in ``<repo>/../shared/corpora``.
"""

from __future__ import annotations

import pytest

from kg.evaluation.runner import default_corpora, evaluate_corpus

CORPORA = default_corpora()


@pytest.mark.slow
@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"public corpora not found at {CORPORA}")
def test_coref_tables_on_meantime_dev() -> None:
    result = evaluate_corpus("meantime", "dev", corpora=CORPORA, limit=2, baseline=False, coref=True)
    coref = result.coref
    assert isinstance(coref, dict)
    # Cross-document entities and events, events within each document, entities within each document.
    for layer in ("entities", "events", "events within document", "within document"):
        assert layer in coref, layer
    within = coref["within document"]
    assert 0.0 <= within["all mentions"]["conll"]["f1"] <= 1.0
    assert set(coref["events within document"]) >= {"all/chains", "all/singletons"}
