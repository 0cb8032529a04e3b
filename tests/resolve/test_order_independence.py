"""Same corpus, same graph: whatever the order of the documents, the batches, the workers or the
sequence of ``--update`` runs, every named graph is isomorphic to the single full build.

The corpus (``samecorpus/``, six short articles, English and French) has one acquisition reported by
five of them (one with a coarser time, "in May"), the same people and organisations named in
different ways ("Guillaume Faury", "Faury"), a syndicated copy and an unrelated story. The
analyses use the real models (no stub): the tests are ``slow``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from kg.builder import build_documents, write_outputs
from kg.graph.query import load_dataset
from kg.ingest.readers import iter_ingest
from kg.resolve.resolver import Resolver
from kg.types import Document

CORPUS = Path(__file__).parent / "samecorpus"

pytestmark = pytest.mark.slow


def _documents() -> list[Document]:
    cwd = os.getcwd()
    os.chdir(CORPUS.parent)  # the corpus given relatively, as on a command line
    try:
        return [d for d in iter_ingest([CORPUS.name]) if isinstance(d, Document)]
    finally:
        os.chdir(cwd)


DOCUMENTS = _documents()


def _graphs(ds: Dataset) -> dict[str, object]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.fixture(scope="module")
def full() -> dict[str, object]:
    """The reference: one build of the corpus in its reading order (sorted file names)."""
    return _graphs(build_documents(DOCUMENTS).full_dataset())


def _same(reference: dict[str, object], ds: Dataset) -> None:
    graphs = _graphs(ds)
    assert graphs.keys() == reference.keys()
    differ = [name for name in reference if not isomorphic(reference[name], graphs[name])]  # type: ignore[arg-type]
    assert not differ, differ


def _incremental(documents: list[Document], cuts: list[int], out: Path) -> Dataset:
    """Build ``documents`` in batches cut at ``cuts``, each a ``kg build --update`` of the saved
    registry and graph (written to ``out`` and read back, as the command does)."""
    bounds = [0, *sorted(set(cuts)), len(documents)]
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        registry = Resolver.load(out / "registry.json")
        dataset = load_dataset(out / "graph.nq") if (out / "graph.nq").exists() else None
        result = build_documents(documents[a:b], registry=registry, dataset=dataset)
        write_outputs(result, out, formats=("nquads",), html=False, answers=False)
    return load_dataset(out / "graph.nq")


def test_the_corpus_exercises_merges(full: dict[str, object]) -> None:
    """The test means something only if the corpus has cross-document merges and a duplicate."""
    ds = Dataset()
    for graph in full.values():
        for triple in graph:  # type: ignore[attr-defined]
            ds.add(triple)
    text = " ".join(str(o) for o in ds.objects(None, URIRef("https://w3id.org/newskg/ns#mergeEvidence")))
    assert "cross-document" in text
    assert any(name.endswith("/graph/syndication") for name in full)


@given(order=st.permutations(range(len(DOCUMENTS))), data=st.data())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_any_order_and_batches_give_the_full_graph(full: dict[str, object], tmp_path_factory, order: list[int], data) -> None:
    documents = [DOCUMENTS[i] for i in order]
    batches = data.draw(st.lists(st.integers(1, len(documents) - 1), max_size=3), label="cuts")
    if not batches:
        _same(full, build_documents(documents).full_dataset())
    else:
        _same(full, _incremental(documents, batches, tmp_path_factory.mktemp("update")))


def test_update_one_document_at_a_time(full: dict[str, object], tmp_path: Path) -> None:
    """Every document its own ``--update`` run, in reverse order."""
    documents = list(reversed(DOCUMENTS))
    _same(full, _incremental(documents, list(range(1, len(documents))), tmp_path))


def test_workers_give_the_full_graph(full: dict[str, object]) -> None:
    documents = DOCUMENTS[3:] + DOCUMENTS[:3]
    _same(full, build_documents(documents, workers=2).full_dataset())


def _merged_events(ds: Dataset) -> set[URIRef]:
    """The IRIs of events that several documents report (the mentions' own IRIs point to them)."""
    return {o for s, o in ds.subject_objects(OWL.sameAs) if isinstance(o, URIRef) and "/event/" in str(o)}


def test_an_earlier_document_renames_a_merged_event_and_keeps_the_old_iri(full: dict[str, object], tmp_path: Path) -> None:
    """Built without the first document, then updated with it: the merged event takes the IRI of
    its earliest mention, and the IRI the earlier build published is ``owl:sameAs`` the new one."""
    first, rest = DOCUMENTS[0], DOCUMENTS[1:]
    before = _merged_events(_incremental(rest, [], tmp_path))
    after_ds = _incremental([first], [], tmp_path)
    _same(full, after_ds)
    after = _merged_events(after_ds)
    renamed = before - after
    assert renamed, "the first document should take over the name of an event it reports"
    for old in renamed:
        targets = set(after_ds.objects(old, OWL.sameAs))
        assert len(targets) == 1 and f"/event/{first.id}/" in str(next(iter(targets))), (old, targets)
