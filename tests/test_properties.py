"""Invariants checked with Hypothesis and on real builds: offsets, determinism, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.errors import KGError
from kg.extract.entities import clean_span
from kg.graph.query import load_dataset
from kg.graph.rdf import IRIs, serialize
from kg.ingest.language import segment
from kg.ingest.readers import document_from_text, parse_metadata

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)


@given(texts)
@settings(max_examples=200, deadline=None)
def test_metadata_parsing_never_crashes_uncoded(text: str) -> None:
    try:
        meta = parse_metadata(text)
    except KGError:
        return
    assert 0 <= meta.body_start <= len(text)


@given(texts)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_segments_are_ordered_disjoint_spans_of_the_text(text: str) -> None:
    _, segs = segment(text)
    last = 0
    for seg in segs:
        assert last <= seg.start < seg.end <= len(text)
        last = seg.end


@given(texts, st.integers(0, 300), st.integers(0, 300))
def test_clean_span_stays_inside(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    start, end = clean_span(text, a, b)
    assert a <= start <= end <= b


@given(st.text(min_size=1, max_size=40), st.integers(0, 10_000), st.integers(0, 10_000))
def test_iris_are_deterministic_and_valid(doc_id: str, a: int, b: int) -> None:
    from kg.text.slug import slugify

    ids = IRIs()
    slug = slugify(doc_id)
    first, second = ids.mention(slug, a, b), IRIs().mention(slug, a, b)
    assert first == second and " " not in first and first.startswith(ids.base)


ARTICLE = (
    " date 2021-03 Le ministre français de l'Économie a annoncé lundi le rachat de la société Alpha "
    "par le groupe Beta. « Nous ne vendrons pas nos usines », a déclaré Marie Durand, PDG de Beta.\n\n"
    "Beta's chief executive said on Tuesday that the company would not close its plant in Lyon."
)


def _graphs(ds):
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.slow
def test_same_input_gives_isomorphic_graphs() -> None:
    from kg.builder import build_documents

    one = build_documents([document_from_text(ARTICLE, doc_id="a")]).dataset
    two = build_documents([document_from_text(ARTICLE, doc_id="a")]).dataset
    g1, g2 = _graphs(one), _graphs(two)
    assert g1.keys() == g2.keys()
    for name in g1:
        assert isomorphic(g1[name], g2[name]), name


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_serialise_and_parse_back_is_isomorphic(tmp_path: Path, fmt: str) -> None:
    from kg.builder import build_documents
    from kg.graph.rdf import FORMATS

    ds = build_documents([document_from_text(ARTICLE, doc_id="a")]).dataset
    path = serialize(ds, tmp_path / f"g{FORMATS[fmt][1]}", fmt=fmt)
    back = load_dataset(path)
    g1, g2 = _graphs(ds), _graphs(back)
    assert g1.keys() == g2.keys()
    for name in g1:
        assert isomorphic(g1[name], g2[name]), name


@pytest.mark.slow
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=200))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_text_builds_or_fails_with_a_code(text: str) -> None:
    from kg.builder import build_documents

    try:
        doc = document_from_text(text, doc_id="h")
    except KGError:
        return
    result = build_documents([doc])
    assert all(isinstance(e, KGError) for e in result.errors)
    for analysis_graph in _graphs(result.dataset).values():
        from kg.graph.namespaces import NIF

        for m in analysis_graph.subjects(NIF.anchorOf, None):
            b = int(analysis_graph.value(m, NIF.beginIndex))
            e = int(analysis_graph.value(m, NIF.endIndex))
            assert 0 <= b < e <= len(text)
            assert str(analysis_graph.value(m, NIF.anchorOf)) == text[b:e]
