"""Streaming builds: lazy ingest, graphs written batch by batch to a store (or spilled to a
temporary one), outputs made from the store, and the same graph as an in-memory build."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.analyse.pipeline import Options
from kg.builder import build_paths, page_dataset, write_outputs
from kg.cli import app
from kg.graph.store import OxigraphStore, open_store
from kg.ingest import readers as ingest_module
from kg.ingest.readers import ingest, iter_ingest
from kg.types import Document
from tests.analyse.test_parallel import assert_same_graphs
from tests.conftest import DATA, SEED

runner = CliRunner()


def test_lazy_jsonl_reader_gives_the_same_documents(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "a", "text": "Premier."}\n\n{"text": "Second.", "date": "2020-06"}\nnot json\n{"id": "a", "text": "Encore."}\n',
        encoding="utf-8",
    )
    eager = ingest([path])
    monkeypatch.setattr(ingest_module, "LAZY_JSONL_BYTES", 0)
    lazy = list(iter_ingest([path]))
    assert [d for d in lazy if isinstance(d, Document)] == list(eager.documents)
    assert [e.code for e in lazy if not isinstance(e, Document)] == [e.code for e in eager.errors] == ["E006"]


def test_iter_ingest_is_lazy(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Texte numéro {n}.", encoding="utf-8")
    items = iter_ingest([tmp_path])
    first = next(items)
    assert isinstance(first, Document) and first.id == "0"
    (tmp_path / "2.txt").unlink()  # not read yet
    assert [type(x).__name__ for x in items] == ["Document", "KGError"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stream-corpus")
    with open(DATA / "wikinews-fr" / "wikinews-fr-sample.jsonl", encoding="utf-8") as handle:
        lines = [line for line in itertools.islice(handle, 6) if line.strip()]
    (folder / "docs.jsonl").write_text("".join(lines), encoding="utf-8")
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def in_memory(corpus: Path):
    return build_paths([corpus], options=Options(batch_size=2))


@pytest.mark.slow
def test_store_build_writes_the_same_graphs_and_keeps_none_in_memory(corpus: Path, in_memory, tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        result = build_paths([corpus], options=Options(batch_size=2), store=store)
        assert result.streamed and len(result.dataset) == 0  # nothing held in memory
        assert result.documents == in_memory.documents == 7
        assert_same_graphs(in_memory.dataset, store.to_dataset())
        assert result.triples == len(in_memory.dataset)


@pytest.mark.slow
def test_spilled_build_writes_the_same_outputs(corpus: Path, in_memory, tmp_path: Path) -> None:
    result = build_paths([corpus], options=Options(batch_size=2), stream_after=2, spill_dir=tmp_path)
    try:
        assert result.temporary is not None and result.temporary.parent == tmp_path
        assert len(result.dataset) == 0
        written = write_outputs(result, tmp_path / "out", formats=("trig", "nquads"), page_limit=3, top_k=50)
    finally:
        result.close()
    assert not any(p.name.startswith(".kg-store-") for p in tmp_path.iterdir())  # the temporary store is gone
    names = {p.name for p in written}
    assert {"graph.trig", "graph.nq", "registry.json", "graph.html", "answers.md"} <= names
    from kg.graph.query import load_dataset

    assert_same_graphs(in_memory.dataset, load_dataset(tmp_path / "out" / "graph.trig"))
    assert_same_graphs(in_memory.dataset, load_dataset(tmp_path / "out" / "graph.nq"))
    assert "## Who did what" in (tmp_path / "out" / "answers.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("held", "remaining", "last", "expected"),
    [
        (156, 64, 64, True),  # 1,500 documents in 2 workers: 156 loaded beside the last batches
        (156, 65, 64, False),  # more than the last 64 still to come
        (236, 64, 64, False),  # a full load of 256 comes before the end anyway
        (192, 64, 64, False),  # ... at the very last document
        (10, 54, 64, False),  # no more than 64 held and to come: nothing to gain
        (100, 0, 64, False),  # the end: the build's own last load
        (156, 64, 0, False),  # one process: the loads as they were
    ],
)
def test_a_parallel_build_loads_before_its_last_batches(held: int, remaining: int, last: int, expected: bool) -> None:
    from kg.builder import _flush_before_end

    assert _flush_before_end(held, remaining, last=last, batch=32) is expected


@pytest.mark.parametrize(
    ("taken", "room", "done", "total", "expected"),
    [
        (310_000, 440_000, 1000, 3000, True),  # 930,000 projected of 750,000: more than 1.2 times
        (300_000, 450_000, 1000, 3000, False),  # 900,000: not above the margin, the copy is kept
        (200_000, 550_000, 600, 2000, False),  # 666,667: fits
        (100_000, 650_000, 200, 3000, False),  # too few documents yet to project
        (300_000, 450_000, 3000, 3000, False),  # every document is in: nothing left to project
        (0, 750_000, 500, 3000, False),  # nothing taken yet
        (700_000, 50_000, 2900, 3000, False),  # nearly full, the rest fits: the copy stays
    ],
)
def test_a_streamed_build_that_will_outgrow_its_union_copy_says_so(taken: int, room: int, done: int, total: int, expected: bool) -> None:
    from kg.builder import _outgrows

    assert _outgrows(taken, room, done=done, total=total) is expected


@pytest.mark.slow
@pytest.mark.parametrize("outgrown", [False, True])
def test_a_build_that_will_outgrow_its_union_copy_moves_it_at_once(
    corpus: Path, in_memory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outgrown: bool
) -> None:
    """A streamed build whose first documents project a union too large for its in-memory copy
    moves the copy into the store after its first load instead of when it fills (the named
    questions then run on their share, kept in memory): the same graph and the same answers."""
    from kg import builder

    monkeypatch.setattr(builder, "_BULK_BATCHES", 2)
    monkeypatch.setattr(builder, "_PROJECT_AFTER", 2)
    monkeypatch.setattr(builder, "UNION_IN_MEMORY", 10**6)  # never filled by these documents
    if outgrown:  # (any union projects past the copy: the move is what is tested here)
        monkeypatch.setattr(builder, "_OUTGROWN", (1, 10**4))
    settled: list[int] = []
    real = OxigraphStore.settle_union

    def spy(self):
        settled.append(self.mirrored()[0])
        return real(self)

    monkeypatch.setattr(OxigraphStore, "settle_union", spy)
    result = build_paths([corpus], options=Options(batch_size=1), stream_after=2, spill_dir=tmp_path)
    try:
        assert len(settled) == (1 if outgrown else 0)
        assert settled == [] or settled[0] > 0  # moved after the first load
        assert (result.store._questions is not None) is outgrown
        written = write_outputs(result, tmp_path / "out", formats=("nquads",), html=False)
        expected = write_outputs(in_memory, tmp_path / "expected", formats=("nquads",), html=False)
        assert [p.name for p in written] == [p.name for p in expected]
        answers = (tmp_path / "out" / "answers.md").read_text(encoding="utf-8")
        assert answers == (tmp_path / "expected" / "answers.md").read_text(encoding="utf-8")
        assert_same_graphs(in_memory.dataset, result.store.to_dataset())
    finally:
        result.close()


@pytest.mark.slow
@pytest.mark.parametrize(("workers", "loads"), [(1, [4, 3]), (2, [4, 1, 2])])
def test_a_spilled_build_with_workers_loads_its_last_graphs_early(
    corpus: Path, in_memory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, loads: list[int]
) -> None:
    """With workers, the graphs held when the last ``batch_size × workers`` documents are still to
    come are loaded then; the graph is the same either way."""
    from kg import builder

    monkeypatch.setattr(builder, "_BULK_BATCHES", 4)
    sizes: list[int] = []
    real = OxigraphStore.add_graphs

    def spy(self, graphs):
        graphs = list(graphs)
        sizes.append(len(graphs))
        return real(self, graphs)

    monkeypatch.setattr(OxigraphStore, "add_graphs", spy)
    result = build_paths([corpus], options=Options(batch_size=1), stream_after=2, spill_dir=tmp_path, workers=workers)
    try:
        assert result.documents == 7 and sizes == loads
        assert_same_graphs(in_memory.dataset, result.store.to_dataset())
    finally:
        result.close()


@pytest.mark.slow
def test_page_digest_is_bounded(corpus: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        build_paths([corpus], store=store)
        page = page_dataset(store, top_k=5)
        from rdflib import URIRef
        from rdflib.namespace import RDF, SDO

        from kg.graph.namespaces import SEM

        entities = {s for cls in (SDO.Person, SDO.Organization, SDO.Place) for s in page.subjects(RDF.type, cls)}
        assert 5 <= len(entities) <= 5 + 10 * 5  # the top 5, plus labels of their events' participants
        assert len(set(page.subjects(RDF.type, SEM.Event))) <= 5
        assert not list(page.objects(None, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")))
        from kg.explore.viz import render_html

        assert render_html(page, tmp_path / "page.html", max_nodes=5).stat().st_size > 0


@pytest.mark.slow
def test_cli_store_update_and_prune(corpus: Path, tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out"
    part = tmp_path / "part"
    part.mkdir()
    (part / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["--store", str(store), "--out", str(out), "--no-html"]
    result = runner.invoke(app, ["build", str(part), *args])
    assert result.exit_code == 0, result.output
    first = json.loads((out / "registry.json").read_text(encoding="utf-8"))
    # --update adds the other documents and keeps the seed's graph.
    result = runner.invoke(app, ["build", str(corpus / "docs.jsonl"), *args, "--update"])
    assert result.exit_code == 0, result.output
    with OxigraphStore(store, read_only=True) as oxi:
        graphs = {str(g).rsplit("/", 1)[1] for g in oxi.graphs()}
    assert "seed" in graphs and len(graphs) == 1 + 1 + 6  # ontology, seed, six articles
    assert json.loads((out / "registry.json").read_text(encoding="utf-8")) != first
    # A full rebuild (no --update) of the seed alone leaves only its graph.
    result = runner.invoke(app, ["build", str(part), *args])
    assert result.exit_code == 0, result.output
    with OxigraphStore(store, read_only=True) as oxi:
        assert {str(g).rsplit("/", 1)[1] for g in oxi.graphs()} == {"ontology", "seed"}
        assert len(oxi) == len(oxi.to_dataset())


def test_store_option_refuses_a_graph_folder(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEED), "--store", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "[E701]" in result.output


def test_build_hands_frozen_objects_back_to_the_collector(monkeypatch) -> None:
    import gc

    from kg import builder
    from kg.types import Document

    # Stand-ins for the analysis so that the test needs no model: what is checked is the
    # collector's bookkeeping around the build loop.
    monkeypatch.setattr(builder, "add_ontology", lambda *a, **k: None)
    documents = [Document(id=f"d{i}", source=f"d{i}", text="x", body_start=0) for i in range(3)]
    monkeypatch.setattr("kg.analyse.parallel.analyse_with", lambda docs, **k: iter(()))
    assert gc.get_freeze_count() == 0
    builder.build_documents(documents)
    assert gc.get_freeze_count() == 0
    gc.freeze()  # a caller that froze objects itself keeps them frozen
    try:
        frozen = gc.get_freeze_count()
        builder.build_documents(documents)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


@pytest.mark.slow
@pytest.mark.parametrize("streamed", [False, True])
def test_a_large_build_draws_its_top_k_and_searches_every_entity(corpus: Path, in_memory, tmp_path: Path, streamed: bool) -> None:
    """Above ``page_limit`` documents the page is the top-k digest, in memory as from a store, and
    its search box lists every entity; the four graph files and the answers come out as well."""
    from kg.builder import entity_index
    from kg.graph.query import load_dataset

    result = build_paths([corpus], options=Options(batch_size=2), stream_after=2, spill_dir=tmp_path) if streamed else in_memory
    out = tmp_path / "out"
    try:
        written = write_outputs(result, out, formats=("trig", "nquads", "turtle", "json-ld"), page_limit=3, top_k=5)
        index = entity_index(result.store) if streamed else None
    finally:
        if streamed:
            result.close()
    assert {"graph.trig", "graph.nq", "graph.ttl", "graph.jsonld", "graph.html", "answers.md"} <= {p.name for p in written}
    for name in ("graph.trig", "graph.nq", "graph.jsonld"):
        assert_same_graphs(in_memory.dataset, load_dataset(out / name))
    html = (out / "graph.html").read_text(encoding="utf-8")
    data = json.loads(html.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0])
    drawn = {n["id"] for n in data["nodes"]}
    assert len(drawn) <= 5
    labels = {label for _, label in in_memory.dataset.query(
        "SELECT ?e ?l WHERE { ?e a ?c ; rdfs:label ?l VALUES ?c { schema:Person schema:Organization schema:Place } }",
        initNs={"schema": "https://schema.org/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"})}
    found = {o[0] for o in data["others"]} | drawn
    entities = {str(e) for e, _ in in_memory.dataset.query(
        "SELECT ?e ?c WHERE { ?e a ?c VALUES ?c { schema:Person schema:Organization schema:Place } }",
        initNs={"schema": "https://schema.org/"})}
    assert entities <= found and labels
    if index is not None:
        assert {iri for iri, _, _ in index} == entities
    assert "## Who did what" in (out / "answers.md").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("page_limit", "per_document", "digest"),
    [
        (10, 1000, False),  # seven short documents under the limit: drawn whole
        (10, 1, True),  # as few documents, but more triples than the limit allows: one long text
        (3, 1000, True),  # more documents than the limit
    ],
)
def test_the_page_is_a_digest_above_the_limit_in_documents_or_triples(
    in_memory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page_limit: int, per_document: int, digest: bool
) -> None:
    import kg.builder

    monkeypatch.setattr(kg.builder, "PAGE_TRIPLES_PER_DOCUMENT", per_document)
    out = tmp_path / "out"
    write_outputs(in_memory, out, formats=("nquads",), answers=False, page_limit=page_limit, top_k=5)
    html = (out / "graph.html").read_text(encoding="utf-8")
    data = json.loads(html.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert (len(data["nodes"]) <= 5) is digest
