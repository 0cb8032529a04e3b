"""kg.builder: the order documents are analysed in, and the errors' order (no model loaded: every
analysis is stubbed or fails before spaCy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

import kg.analyse.parallel
import kg.builder
from kg.analyse.options import Options
from kg.builder import build_documents
from kg.errors import Errors, KGError
from kg.resolve.resolver import Resolver
from kg.types import Document


def _docs(ids: list[str]) -> list[Document]:
    return [Document(id=i, text="Texte.", source=f"{i}.txt", lang="de") for i in ids]


def _record(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stub the analysis: every document fails, in the order it was handed over (recorded)."""
    seen: list[str] = []

    def analyse_with(documents: Iterable[Document], **kwargs) -> Iterator[KGError]:
        for doc in documents:
            seen.append(doc.id)
            yield KGError(Errors.E014, path=doc.source, detail="stub")

    monkeypatch.setattr(kg.analyse.parallel, "analyse_with", analyse_with)
    return seen


@pytest.mark.parametrize(
    ("ids", "kwargs", "expected"),
    [
        (["c", "a", "b"], {}, ["a", "b", "c"]),  # a new build in memory: in document-id order
        (["b", "a"], {"stream_after": 5}, ["a", "b"]),
        (["c", "a", "c"], {}, ["c", "a", "c"]),  # the same id twice: input order and the replay
        (["c", "b", "a"], {"stream_after": 2}, ["a", "b", "c"]),  # more than the build keeps in memory: spooled
        (["c", "b", "a"], {"stream_after": 0}, ["a", "b", "c"]),
        (["c", "a", "b", "a"], {"stream_after": 2}, ["c", "a", "b", "a"]),  # spooled, the same id twice
        (["b", "a"], {"registry": "fresh"}, ["b", "a"]),  # a registry to continue: the replay
        (["b", "a"], {"prune": True}, ["b", "a"]),
    ],
)
def test_a_new_build_is_analysed_in_id_order(monkeypatch: pytest.MonkeyPatch, ids, kwargs, expected) -> None:
    seen = _record(monkeypatch)
    if kwargs.get("registry") == "fresh":
        kwargs = {**kwargs, "registry": Resolver()}
    result = build_documents(_docs(ids), **kwargs)
    assert seen == expected
    # The errors are reported in input order, whatever the order of analysis.
    assert [e.path for e in result.errors] == [f"{i}.txt" for i in ids]


def test_errors_keep_the_input_order_with_real_failures() -> None:
    """Unsupported languages fail before spaCy (E502): reported in input order."""
    docs = [*_docs(["z", "m"]), Document(id="a", text="Text.", source="a.txt", lang="xx")]
    result = build_documents(docs)
    assert [e.path for e in result.errors] == ["z.txt", "m.txt", "a.txt"]
    assert {e.code for e in result.errors} == {"E502"}
    assert result.documents == 0


@pytest.mark.slow
@pytest.mark.parametrize("stream_after", [None, 3, 0])
def test_resolving_as_analyses_come_gives_the_replayed_graph(stream_after: int | None) -> None:
    """A new build resolves and writes each document as its analysis comes back (id order); the
    replay (here forced by passing a registry, and kept in memory) gives the same quads and the
    same registry. Over ``stream_after`` documents, the new build reads its documents back from a
    temporary file in id order and writes its graphs to a temporary store as they come."""
    import itertools
    import json

    from kg.graph.oxio import QuadBuffer
    from kg.ingest.readers import iter_ingest
    from tests.conftest import DATA

    docs = [
        d
        for name in ("wikinews-fr/wikinews-fr-sample.jsonl", "meantime-en/meantime-en-dev-sample.jsonl")
        for d in itertools.islice(iter_ingest([DATA / name]), 4)
        if isinstance(d, Document)
    ]
    docs.reverse()  # not in id order
    eager = build_documents(docs, stream_after=stream_after)
    replayed = build_documents(docs, registry=Resolver())
    try:
        assert eager.streamed == (stream_after is not None and stream_after < len(docs))
        assert not replayed.streamed
        assert eager.documents == replayed.documents == len(docs)
        eager_quads = QuadBuffer(eager.full_dataset()).data.splitlines()
        assert sorted(eager_quads) == sorted(QuadBuffer(replayed.dataset).data.splitlines())
        # The same registry, in the same order (registry.json byte for byte: the syndication index
        # lists the documents in input order either way).
        assert json.dumps(eager.registry.as_dict()) == json.dumps(replayed.registry.as_dict())
        assert eager.registry.archive.digests == replayed.registry.archive.digests
    finally:
        eager.close()


def _stub_analyses(monkeypatch: pytest.MonkeyPatch, failing: set[str]) -> list[int]:
    """Stub the analysis with empty analyses (no model), whatever the number of workers (the
    builder sees the same stream of results, in input order); the documents of ``failing`` fail.
    Returns the sizes of the loads into the temporary store, in order."""
    from kg.graph.store import OxigraphStore
    from kg.types import Analysis

    def analyse_with(documents: Iterable[Document], **kwargs) -> Iterator[Analysis | KGError]:
        for doc in documents:
            if doc.id in failing:
                yield KGError(Errors.E014, path=doc.source, detail="worker failed: stub")
            else:
                yield Analysis(document=doc, segments=(), sentences=(), entities=(), timexes=())

    monkeypatch.setattr(kg.analyse.parallel, "analyse_with", analyse_with)
    loads: list[int] = []
    real = OxigraphStore.add_graphs

    def add_graphs(self, graphs):
        graphs = list(graphs)
        if graphs:  # (the build's last load may have nothing left to load)
            loads.append(len(graphs))
        return real(self, graphs)

    monkeypatch.setattr(OxigraphStore, "add_graphs", add_graphs)
    return loads


def _sorted_quads(result) -> list[str]:
    from kg.graph.oxio import QuadBuffer

    try:
        return sorted(QuadBuffer(result.full_dataset()).data.decode().splitlines())
    finally:
        result.close()


@pytest.mark.parametrize(
    ("count", "failing", "loads"),
    # --stream-after 4, batches of 2, 2 workers (the last 4 documents), loads of 4 batches (8 graphs)
    [
        (0, (), []),  # no document
        (1, (), []),  # one: in memory
        (4, (), []),  # --stream-after itself: in memory
        (5, (), [1, 4]),  # one more: streamed; the graph held when the last 4 are to come, then those
        (6, (), [2, 4]),  # the graphs held when the last 4 are to come, then those 4
        (7, (), [3, 4]),  # a last batch smaller than batch_size x workers
        (8, (), [8]),  # a full load at the very last document: no early one
        (9, (), [8, 1]),  # a full load, then one document: nothing to gain
        (12, (), [8, 4]),  # exactly a full load and batch_size x workers
        (13, (), [8, 1, 4]),
        (16, (), [8, 8]),  # exactly two full loads
        (7, ("d6",), [3, 3]),  # the very last document fails: the others' graphs are kept
        (7, ("d3", "d4"), [3, 2]),  # the first of the last 4 fails: loaded at the next one
        (7, ("d3", "d4", "d5", "d6"), [3]),  # every one of the last 4 fails: the end's load only
    ],
)
def test_a_streamed_build_with_workers_writes_the_one_process_graph(
    monkeypatch: pytest.MonkeyPatch, count: int, failing: tuple[str, ...], loads: list[int]
) -> None:
    """With workers, a streamed build loads the graphs held when only the last ``batch_size ×
    workers`` documents are still to come (kg.builder._flush_before_end): the same N-Quads as one
    process, around every threshold; a document that fails is named, the others are kept."""
    monkeypatch.setattr(kg.builder, "_BULK_BATCHES", 4)
    docs = [Document(id=f"d{n}", text="Texte.", source=f"d{n}.txt", lang="fr") for n in range(count)][::-1]
    found: dict[int, list[str]] = {}
    for workers in (1, 2):
        sizes = _stub_analyses(monkeypatch, set(failing))
        result = build_documents(docs, options=Options(batch_size=2), stream_after=4, workers=workers)
        assert result.documents == count - len(failing)
        assert sorted(e.path for e in result.errors) == sorted(f"{i}.txt" for i in failing)
        assert result.streamed == (count > 4)
        found[workers] = _sorted_quads(result)
        if workers == 2:
            assert sizes == loads
        else:  # one process: full loads of 8 graphs, and the rest at the end, as before
            assert all(size == 8 for size in sizes[:-1])
        assert sum(sizes) == (count - len(failing) if count > 4 else 0)  # every graph loaded once
    assert found[1] == found[2]
    assert all(f"d{n}" in "".join(found[2]) for n in range(count) if f"d{n}" not in failing)


@pytest.mark.parametrize("free", [True, False])
def test_closing_a_build_removes_its_temporary_store_and_may_leave_its_memory(tmp_path, free: bool) -> None:
    """``BuildResult.close`` removes the temporary store's folder either way; with ``free=False``
    (a command ending without its teardown) the in-memory copy of its union is left to the exit."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS

    import kg.graph.store as store_module
    from kg.builder import BuildResult, _spill
    from kg.graph.rdf import new_dataset

    result = BuildResult(new_dataset())
    _spill(result, tmp_path, union_in_memory=1000)
    assert result.store is not None and result.temporary is not None
    folder = result.temporary
    result.store.add_graphs([(URIRef("https://example.org/graph/a"), [(URIRef("https://example.org/x"), RDFS.label, Literal("Kestrel Air"))])])
    mirror = result.store._mirror
    assert mirror is not None
    left = list(store_module.LEFT_FOR_EXIT)
    try:
        result.close(free=free)
        assert not folder.exists() and result.store is None and result.temporary is None
        assert any(held is mirror for held in store_module.LEFT_FOR_EXIT) == (not free)
    finally:
        store_module.LEFT_FOR_EXIT[:] = left


# -- the documents of a large build's page, counted in its store ----------------------------------

_ARTICLE = "<https://schema.org/NewsArticle>"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _store_nquads(graphs: dict[str, list[str]]) -> bytes:
    """N-Quads of invented documents: graph IRI → the documents typed as articles in it."""
    lines = []
    for graph, docs in graphs.items():
        for doc in docs:
            lines.append(f"<urn:doc:{doc}> {_TYPE} {_ARTICLE} <urn:g:{graph}> .")
            lines.append(f'<urn:doc:{doc}> <https://schema.org/headline> "Harbour strike in {doc}" <urn:g:{graph}> .')
            # a mention of the dockers' union in it
            lines.append(f"<urn:m:{doc}> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <urn:e:union> <urn:g:{graph}> .")
            lines.append(f"<urn:e:union> {_TYPE} <https://schema.org/Organization> <urn:g:{graph}> .")
            lines.append(f'<urn:e:union> <http://www.w3.org/2000/01/rdf-schema#label> "Dockers\' Union" <urn:g:{graph}> .')
        lines.append(f"<urn:g:{graph}> {_TYPE} <https://schema.org/Dataset> <urn:g:{graph}> .")  # not an article
    return "\n".join(lines).encode("utf-8") + b"\n"


@pytest.mark.parametrize(
    ("graphs", "expected"),
    [
        ({}, 0),
        ({"a": ["brest"]}, 1),
        ({"a": ["brest", "lorient"], "b": ["quimper"]}, 3),
        ({"a": ["brest"], "b": ["brest", "vannes"]}, 2),  # one document typed in two graphs: once
    ],
)
@pytest.mark.parametrize("kind", ["oxigraph", "union-only", "memory"])
def test_the_documents_of_a_store_are_counted_without_rdflibs_parser(
    monkeypatch: pytest.MonkeyPatch, kind: str, graphs: dict[str, list[str]], expected: int
) -> None:
    """The page of a large build asks its store how many documents it holds: an Oxigraph store
    runs kg's own count without rdflib's SPARQL parse (about 0.1 s at the end of the build); the
    same count as the query a user would run (``kg query``), from any store."""
    import kg.graph.query
    from kg.graph.store import MemoryStore, OxigraphStore

    data = _store_nquads(graphs)
    if kind == "memory":
        from kg.graph.rdf import new_dataset

        dataset = new_dataset()
        if data.strip():
            dataset.parse(data=data, format="nquads")
        store = MemoryStore(dataset)
    else:
        store = OxigraphStore.from_nquads(data, union_only=kind == "union-only")
    asked = store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle }")
    assert int(next(iter(asked))[0]) == expected
    if kind != "memory":
        def parse(query: str) -> None:
            raise AssertionError(f"parsed by rdflib: {query}")

        monkeypatch.setattr(kg.graph.query, "prepare", parse)
    assert kg.builder._stored_documents(store) == expected
    if kind != "memory":
        with pytest.raises(AssertionError, match="parsed by rdflib"):  # a user's query still is
            store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle . }")


def test_the_page_of_a_large_build_parses_no_query_with_rdflib(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A build over the page's limit is drawn from its store's digest: the count of its documents
    that decides it and the entities of its search box are kg's own queries, run by Oxigraph
    without rdflib's SPARQL parser (never imported for them, nor run)."""
    import kg.graph.query
    from kg.builder import BuildResult, write_outputs
    from kg.graph.rdf import new_dataset
    from kg.graph.store import OxigraphStore

    store = OxigraphStore.from_nquads(_store_nquads({"a": ["brest", "lorient"], "b": ["quimper"]}))

    def parse(query: str) -> None:
        raise AssertionError(f"parsed by rdflib: {query}")

    monkeypatch.setattr(kg.graph.query, "prepare", parse)
    result = BuildResult(dataset=new_dataset(), documents=3, store=store)
    written = write_outputs(result, tmp_path, formats=("nquads",), answers=False, page_limit=1, top_k=5)
    assert {p.name for p in written} == {"graph.nq", "graph.html"}
    assert (tmp_path / "graph.nq").read_bytes().count(b"NewsArticle") == 3
    assert "Dockers" in (tmp_path / "graph.html").read_text(encoding="utf-8")  # drawn, and searchable


@pytest.mark.parametrize("name", ["COUNT_DOCUMENTS", "ENTITY_INDEX"])
def test_the_builders_own_queries_pass_the_checks_of_a_users(name: str) -> None:
    """kg's own queries, run by a store without parsing them (:func:`kg.graph.query.own_query`),
    parse and pass the checks that a user's query is given."""
    from kg.graph.query import known_text, own_query, prepare

    text = getattr(kg.builder, name)
    assert prepare(text) is not None
    assert known_text(own_query(text))
