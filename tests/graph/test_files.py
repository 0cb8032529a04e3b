"""Graph files written by Oxigraph's serialisers (issue 18): the same graph as rdflib's, every format.

The in-memory path (:func:`kg.graph.rdf.serialize`, what ``kg build`` and ``KnowledgeGraph.save``
write) and the store path (:meth:`kg.graph.store.OxigraphStore.dump`, builds streamed to a store)
must give files that parse back to the same graphs, with the contract's datatypes, the language
tags and kg's prefixes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from kg.builder import page_dataset
from kg.errors import KGError
from kg.graph.oxio import dataset_quads, trig_prefixes, write_quads
from kg.graph.query import load_dataset
from kg.graph.rdf import FORMATS, PREFIXES, new_dataset, serialize
from kg.graph.store import OxigraphStore

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
EX = "https://example.org/"


def named(dataset: Dataset) -> dict[URIRef, Graph]:
    return {
        g.identifier: g  # type: ignore[misc]
        for g in dataset.graphs()
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)
    }


def union(dataset: Dataset) -> Graph:
    out = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def assert_same_graphs(back: Dataset, original: Dataset, fmt: str) -> None:
    if fmt == "turtle":  # the union graph, in one graph named after the file
        assert isomorphic(union(back), union(original))
        return
    got, want = named(back), named(original)
    assert sorted(got) == sorted(want)
    for iri, graph in want.items():
        assert isomorphic(got[iri], graph), iri


def tricky_dataset() -> Dataset:
    """Language tags, typed literals (integer subtypes Oxigraph would normalise in a store),
    escapes, a triple shared by two graphs."""
    ds = new_dataset()
    for name in ("a", "b"):
        g = ds.graph(URIRef(f"{EX}graph/{name}"))
        m = URIRef(f"{EX}text/{name}#char=0,3")
        g.add((m, URIRef(NIF + "beginIndex"), Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((m, URIRef(NIF + "endIndex"), Literal(12, datatype=XSD.nonNegativeInteger)))
        g.add((m, URIRef(NIF + "anchorOf"), Literal('tab\there, "quote", \\ back\nslash é \u2028')))
        # Looks like a retyped line of N-Triples: kg.graph.oxio.retype_ntriples must leave it alone.
        fake = f'<{NIF}beginIndex> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .'
        g.add((m, URIRef(NIF + "isString"), Literal(fake + "\n" + fake)))
        g.add((URIRef(EX + "entity/ibm"), URIRef(EX + "label"), Literal("IBM", lang="fr")))
        g.add((URIRef(EX + "entity/ibm"), URIRef(EX + "count"), Literal(3, datatype=XSD.int)))
        g.add((URIRef(EX + "doc/" + name), URIRef(EX + "date"), Literal("2020-06", datatype=XSD.gYearMonth)))
        g.add((URIRef(EX + "doc/" + name), URIRef(EX + "flag"), Literal(True)))
    return ds


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_files_parse_back_to_the_same_graphs(tmp_path: Path, fmt: str) -> None:
    ds = tricky_dataset()
    path = serialize(ds, tmp_path / f"graph{FORMATS[fmt][1]}", fmt=fmt)
    back = load_dataset(path)
    assert_same_graphs(back, ds, fmt)
    # The datatypes are the dataset's own, not Oxigraph's normalised xsd:integer.
    types = {o.datatype for o in back.objects(None, URIRef(NIF + "beginIndex"))}
    assert types == {XSD.nonNegativeInteger}
    assert {o.datatype for o in back.objects(None, URIRef(EX + "count"))} == {XSD.int}
    assert {o.language for o in back.objects(None, URIRef(EX + "label"))} == {"fr"}


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_trig_and_turtle_declare_kg_prefixes(tmp_path: Path, fmt: str) -> None:
    text = serialize(tricky_dataset(), tmp_path / f"g{FORMATS[fmt][1]}", fmt=fmt).read_text(encoding="utf-8")
    for prefix, ns in PREFIXES.items():
        assert f"@prefix {prefix}: <{ns}> ." in text


def test_nquads_are_rdflibs_lines(tmp_path: Path) -> None:
    """Byte for byte (sorted, blank lines aside), what rdflib's N-Quads writer gave before."""
    ds = tricky_dataset()
    ours = serialize(ds, tmp_path / "g.nq", fmt="nquads").read_text(encoding="utf-8")
    theirs = ds.serialize(format="nquads")
    # rdflib leaves tabs raw where Oxigraph writes \t, and writes U+2028 raw too: compare parsed.
    assert sorted(line for line in ours.splitlines() if line) == sorted(
        line.replace("\t", "\\t") for line in theirs.splitlines() if line
    )


def test_the_files_are_the_same_bytes_each_time(tmp_path: Path) -> None:
    ds = tricky_dataset()
    for fmt in FORMATS:
        first = serialize(ds, tmp_path / f"1{FORMATS[fmt][1]}", fmt=fmt).read_bytes()
        again = serialize(tricky_dataset(), tmp_path / f"2{FORMATS[fmt][1]}", fmt=fmt).read_bytes()
        assert first == again, fmt


def as_stored(ds: Dataset) -> Dataset:
    """``ds`` as an Oxigraph store gives it back: xsd:integer for the integer subtypes (xsd:int
    here) but on the contract's predicates, which get theirs back (RETYPED_PREDICATES)."""
    for g in named(ds).values():
        for s, p, o in list(g):
            if isinstance(o, Literal) and o.datatype == XSD.int:
                g.remove((s, p, o))
                g.add((s, p, Literal(str(o), datatype=XSD.integer)))
    return ds


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_store_dump_parses_back_with_the_contract_datatypes(tmp_path: Path, fmt: str) -> None:
    ds = tricky_dataset()
    with OxigraphStore(tmp_path / "store") as store:
        store.replace_graphs(ds)
        path = store.dump(tmp_path / f"graph{FORMATS[fmt][1]}", fmt=fmt)
    back = load_dataset(path)
    assert_same_graphs(back, as_stored(ds), fmt)
    assert {o.datatype for o in back.objects(None, URIRef(NIF + "beginIndex"))} == {XSD.nonNegativeInteger}


def test_an_in_memory_store_from_the_writer_quads(tmp_path: Path) -> None:
    ds = tricky_dataset()
    with OxigraphStore.from_quads(dataset_quads(ds)) as store:
        assert store.in_memory and store.materialised
        assert store.graphs() == sorted(named(ds))
        assert len(store) == len(union(ds))
        assert store.head("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", limit=1)[1] == [[str(len(union(ds)))]]
        path = store.dump(tmp_path / "g.trig")
    assert_same_graphs(load_dataset(path), as_stored(ds), "trig")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_build_files_are_isomorphic_per_graph(seed_build, tmp_path: Path, fmt: str) -> None:
    ds = seed_build.dataset
    path = write_quads(dataset_quads(ds), tmp_path / f"graph{FORMATS[fmt][1]}", fmt)
    assert_same_graphs(load_dataset(path), ds, fmt)


def test_quad_buffer_writes_the_same_files_and_store(tmp_path: Path) -> None:
    """What write_outputs uses for an in-memory build: one conversion, read back for each use."""
    from kg.graph.oxio import QuadBuffer

    ds = tricky_dataset()
    buffer = QuadBuffer(ds)
    for fmt in FORMATS:
        ours = buffer.write(tmp_path / f"b{FORMATS[fmt][1]}", fmt).read_bytes()
        assert ours == serialize(ds, tmp_path / f"s{FORMATS[fmt][1]}", fmt=fmt).read_bytes(), fmt
    with OxigraphStore.from_nquads(buffer.data) as store:
        assert store.in_memory and store.graphs() == sorted(named(ds)) and len(store) == len(union(ds))


def test_a_failing_background_write_is_raised_after_the_other_files(tmp_path: Path, monkeypatch) -> None:
    """write_outputs writes the graph files in a background thread: one that fails is raised in
    the caller's thread (no hang), once the files before it and the registry are written."""
    from kg.builder import BuildResult, write_outputs
    from kg.graph.oxio import QuadBuffer

    real = QuadBuffer.write

    def write(self, path, fmt="trig"):
        if fmt == "turtle":
            raise OSError(f"disk full: {path}")
        return real(self, path, fmt)

    monkeypatch.setattr(QuadBuffer, "write", write)
    result = BuildResult(dataset=tricky_dataset())
    with pytest.raises(OSError, match=r"disk full: .*graph\.ttl"):
        write_outputs(result, tmp_path, formats=("nquads", "turtle"), html=False, answers=True)
    assert (tmp_path / "graph.nq").exists() and not (tmp_path / "graph.ttl").exists()


NQ_LITERALS = [
    Literal('say "hi"'), Literal("back\\slash \\u0041"), Literal("two\nlines\r\nend"), Literal("tab\there\x08\x0c"),
    Literal("controls \x00\x01\x1f\x7f end"), Literal("été ☃ 𝄞 \u2028 \ufeff"), Literal(""), Literal("x", lang="fr"),
    Literal("x", lang="en-gb"), Literal("7", datatype=XSD.nonNegativeInteger), Literal("plain", datatype=XSD.string),
    Literal("2020-06", datatype=XSD.gYearMonth), URIRef(EX + "entity/été#1"),
]


@pytest.mark.parametrize("obj", NQ_LITERALS, ids=lambda o: repr(o)[:40])
def test_dataset_nquads_gives_oxigraphs_bytes(obj) -> None:
    """The N-Quads an in-memory build's QuadBuffer writes itself are the bytes Oxigraph's
    serialiser writes for the converted quads: escapes, languages, datatypes, IRIs beyond ASCII,
    the order of dataset_quads (graphs by IRI, subjects sorted)."""
    import pyoxigraph as ox

    from kg.graph.oxio import QuadBuffer, dataset_nquads

    ds = new_dataset()
    for name in ("b", "a"):
        g = ds.graph(URIRef(f"{EX}graph/{name}"))
        g.add((URIRef(EX + "z"), URIRef(EX + "p"), obj))
        g.add((URIRef(EX + "s"), URIRef(EX + "p"), obj))
        g.add((URIRef(EX + "s"), URIRef(EX + "q"), Literal(name)))
    expected = ox.serialize(dataset_quads(ds), format=ox.RdfFormat.N_QUADS)
    assert dataset_nquads(ds) == expected
    assert QuadBuffer(ds).data == expected
    assert dataset_nquads(tricky_dataset()) == ox.serialize(dataset_quads(tricky_dataset()), format=ox.RdfFormat.N_QUADS)


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 20_000])
def test_dataset_nquads_encoded_chunk_by_chunk(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines encoded a few at a time (rv18h: a long document's text was held three times over)
    are the same bytes, characters beyond ASCII at the chunks' edges too; a term met after some
    chunks were written still leaves the whole dataset to the term conversion."""
    import pyoxigraph as ox

    import kg.graph.oxio as oxio

    monkeypatch.setattr(oxio, "_NQUADS_CHUNK_LINES", chunk)
    ds = new_dataset()
    for name in ("b", "a"):
        g = ds.graph(URIRef(f"{EX}graph/{name}"))
        for k, obj in enumerate(NQ_LITERALS):
            g.add((URIRef(f"{EX}s{k % 3}"), URIRef(f"{EX}p{k}"), obj))
    assert oxio.dataset_nquads(ds) == ox.serialize(dataset_quads(ds), format=ox.RdfFormat.N_QUADS)
    ds.graph(URIRef(EX + "graph/c")).add((URIRef(EX + "z"), URIRef(EX + "p"), BNode("b1")))  # read last
    assert oxio.dataset_nquads(ds) is None


@pytest.mark.parametrize(
    "triple",
    [
        (URIRef(EX + "s"), URIRef(EX + "p"), BNode("b1")),  # a blank node
        (URIRef(EX + "s"), URIRef(EX + "p"), Literal("x", lang="en-GB")),  # a tag Oxigraph writes in small letters
        (URIRef(EX + "s a"), URIRef(EX + "p"), Literal("x")),  # an IRI Oxigraph refuses
        (URIRef(EX + "s"), URIRef(EX + "p"), Literal("x", datatype=URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"))),
    ],
    ids=["blank", "upper-language", "bad-iri", "langstring-without-language"],
)
def test_dataset_nquads_leaves_other_terms_to_the_term_conversion(triple) -> None:
    """What the text does not write exactly is left to dataset_quads (None), which converts it
    (or refuses it) as before."""
    from kg.graph.oxio import dataset_nquads

    ds = new_dataset()
    ds.graph(URIRef(EX + "graph/a")).add(triple)
    assert dataset_nquads(ds) is None
    default = new_dataset()
    default.default_context.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("x")))  # the default graph
    assert dataset_nquads(default) is None


# --- TriG written as N-Triples blocks (issue 18): hostile literals round-trip on every path ------

HOSTILE = ['}', '{ "a" }', "back\\slash\\", 'quote " }\n', "line\r\nbreak", "\x00\x07\x7f", "é \u2028 𝔘", "@prefix x: <y> .", "> .\n<a> <b> <c> .", ""]


def literal_dataset(values: list[str], langs: list[str | None]) -> Dataset:
    ds = new_dataset()
    for k, (value, lang) in enumerate(zip(values, langs)):
        g = ds.graph(URIRef(f"{EX}graph/{k % 3}"))
        m = URIRef(f"{EX}text/{k}#char=0,3")
        g.add((m, URIRef(NIF + "anchorOf"), Literal(value, lang=lang)))
        g.add((m, URIRef(NIF + "beginIndex"), Literal(k, datatype=XSD.nonNegativeInteger)))
        g.add((m, URIRef(EX + "typed"), Literal(value, datatype=XSD.token)))
    return ds


def trig_paths(ds: Dataset, tmp_path: Path) -> list[Path]:
    """The TriG of ``ds`` from memory, from a store and from a store's N-Quads file; the same
    from a store that keeps a journal (and its N-Quads)."""
    memory = serialize(ds, tmp_path / "m.trig", fmt="trig")
    with OxigraphStore(tmp_path / "store") as store:
        store.replace_graphs(ds)
        direct = store.dump(tmp_path / "s.trig", fmt="trig")
        nquads = store.dump(tmp_path / "s.nq", fmt="nquads")
        regrouped = store.dump(tmp_path / "r.trig", fmt="trig", nquads=nquads)
    with OxigraphStore(tmp_path / "journaled") as store:
        store.keep_journal(tmp_path / "journal.nq")
        store.add_graphs((iri, list(g)) for iri, g in sorted(named(ds).items()))
        journaled = store.dump(tmp_path / "j.trig", fmt="trig")
        journaled_nq = store.dump(tmp_path / "j.nq", fmt="nquads")
        from_file = store.dump(tmp_path / "jr.trig", fmt="trig", nquads=journaled_nq)
    with OxigraphStore(tmp_path / "deferred") as store:  # the store holds only the union
        store.keep_journal(tmp_path / "journal-d.nq", defer=True)
        store.add_graphs((iri, list(g)) for iri, g in sorted(named(ds).items()))
        deferred = store.dump(tmp_path / "d.trig", fmt="trig")
        deferred_nq = store.dump(tmp_path / "d.nq", fmt="nquads")
        assert store._journal is not None and store._journal.pending  # noqa: SLF001 - written without loading
    return [memory, direct, regrouped, journaled, journaled_nq, from_file, deferred, deferred_nq]


@pytest.mark.parametrize("value", HOSTILE)
def test_trig_blocks_keep_hostile_literals(tmp_path: Path, value: str) -> None:
    ds = literal_dataset([value, value], [None, "fr-ca"])
    for path in trig_paths(ds, tmp_path):
        assert_same_graphs(load_dataset(path), ds, "trig")
        if path.suffix == ".trig":
            text = path.read_text(encoding="utf-8")
            for prefix, ns in PREFIXES.items():
                assert f"@prefix {prefix}: <{ns}> ." in text


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.text(), st.sampled_from([None, "fr", "en-gb"])), min_size=1, max_size=6))
def test_trig_round_trips_any_literal(tmp_path_factory, rows: list[tuple[str, str | None]]) -> None:
    ds = literal_dataset([v for v, _ in rows], [lang for _, lang in rows])
    tmp = tmp_path_factory.mktemp("trig")
    for path in trig_paths(ds, tmp):
        assert_same_graphs(load_dataset(path), ds, "trig")


def test_trig_from_nquads_refuses_default_graph_lines() -> None:
    from kg.graph.oxio import trig_from_nquads

    with pytest.raises(ValueError):
        list(trig_from_nquads(b'<a:s> <a:p> "o" .\n'))
    with pytest.raises(ValueError):
        list(trig_from_nquads(b"<a:s> <a:p> <a:o> _:g .\n"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("touch", [None, "replace", "remove", "other"])
@pytest.mark.parametrize("defer", [False, True])
def test_a_journaled_store_dumps_what_it_holds(tmp_path: Path, fmt: str, touch: str | None, defer: bool) -> None:
    """Graphs bulk-loaded with a journal are written from it (the dataset's own terms); replacing
    or removing one of them drops the journal, and the store is dumped as before. Deferred, the
    store holds only the union of those graphs until one is replaced or removed (loaded first)."""
    ds = tricky_dataset()
    ds.graph(URIRef(f"{EX}graph/b")).add((URIRef(EX + "x"), URIRef(EX + "y"), Literal('} "z"\n')))
    with OxigraphStore(tmp_path / "store") as store:
        store.keep_journal(tmp_path / "journal.nq", defer=defer)
        store.add_graphs((iri, list(g)) for iri, g in sorted(named(ds).items()))
        want = ds
        if touch == "replace":
            store.replace_graph(URIRef(f"{EX}graph/a"), list(named(ds)[URIRef(f"{EX}graph/a")]))
            want = as_stored(tricky_dataset())
            want.graph(URIRef(f"{EX}graph/b")).add((URIRef(EX + "x"), URIRef(EX + "y"), Literal('} "z"\n')))
        elif touch == "remove":
            store.remove_graph(URIRef(f"{EX}graph/a"))
            want = as_stored(tricky_dataset())
            want.remove_graph(URIRef(f"{EX}graph/a"))
            want.graph(URIRef(f"{EX}graph/b")).add((URIRef(EX + "x"), URIRef(EX + "y"), Literal('} "z"\n')))
        elif touch == "other":  # a graph outside the journal: dumped from the store, the journal kept
            store.replace_graph(URIRef(f"{EX}graph/c"), [(URIRef(EX + "c"), URIRef(EX + "p"), Literal("c"))])
            want = tricky_dataset()
            want.graph(URIRef(f"{EX}graph/b")).add((URIRef(EX + "x"), URIRef(EX + "y"), Literal('} "z"\n')))
            want.graph(URIRef(f"{EX}graph/c")).add((URIRef(EX + "c"), URIRef(EX + "p"), Literal("c")))
        assert (store._journal is not None) == (touch in (None, "other"))  # noqa: SLF001
        if fmt == "turtle":  # the union is the store's own (datatypes as Oxigraph keeps them)
            want = as_stored(want)
        path = store.dump(tmp_path / f"g{FORMATS[fmt][1]}", fmt=fmt)
        assert_same_graphs(load_dataset(path), want, fmt)
        if fmt == "nquads":
            again = store.dump(tmp_path / "g.trig", fmt="trig", nquads=path)
            assert_same_graphs(load_dataset(again), want, "trig")
    assert not (tmp_path / "journal.nq").exists()


@pytest.mark.parametrize("block", [1, 7, 50, 1 << 24])
@pytest.mark.parametrize("union", [True, False])
def test_the_journal_reads_back_the_named_lines_whatever_the_blocks(tmp_path: Path, block: int, union: bool) -> None:
    from kg.graph.oxio import nquads_text
    from kg.graph.store import _Journal

    graphs = [(URIRef(f"{EX}g/{k}"), [(URIRef(f"{EX}s{j}"), URIRef(EX + "p"), Literal(f"v{j} }}\n\\ \"{k}\"")) for j in range(k + 1)]) for k in range(4)]
    journal = _Journal(tmp_path / "j.nq")
    journal.block = block
    for name, triples in graphs:
        journal.add([str(name)], nquads_text([(name, triples)], union=union) or b"", union=union)
    assert b"".join(journal.read()) == nquads_text(graphs)
    journal.close()
    assert not (tmp_path / "j.nq").exists()


def _error_code(call) -> str | None:
    try:
        call()
    except KGError as exc:
        return exc.code
    return None


# A store whose journal is deferred answers every read as the store loaded in full does; only the
# reads that may see a named graph load the quads that the journal alone holds.
_DEFERRED_READS = [
    ("len", lambda store: len(store), False),
    ("union query", lambda store: sorted(map(str, store.head("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o", limit=100)[1])), False),
    ("count", lambda store: str(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))), False),
    ("union N-Triples", lambda store: sorted(store.union_ntriples().splitlines()), False),
    ("graphs", lambda store: store.graphs(), True),
    ("graph", lambda store: sorted(store.graph(URIRef(f"{EX}graph/a"))), True),
    ("graph outside", lambda store: sorted(store.graph(URIRef(f"{EX}graph/none"))), False),
    ("ntriples", lambda store: sorted(store.ntriples(URIRef(f"{EX}graph/b")).splitlines()), True),
    ("GRAPH query", lambda store: sorted(map(str, store.head("SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }", limit=100)[1])), True),
    ("graph in lower case", lambda store: sorted(map(str, store.head("select ?g where { graph ?g { ?s ?p ?o } }", limit=100)[1])), True),
    ("quad count", lambda store: store.quad_count(), True),
    ("GRAPH in mixed case", lambda store: sorted(map(str, store.head("SELECT ?g WHERE { GrApH ?g { ?s ?p ?o } }", limit=100)[1])), True),
    ("ASK a named graph", lambda store: store.query(f"ASK {{ GRAPH <{EX}graph/a> {{ ?s ?p ?o }} }}").askAnswer, True),
    ("GRAPH bound", lambda store: sorted(map(str, store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", bindings={"g": URIRef(f"{EX}graph/a")}))), True),
    ("a unicode escape", lambda store: _error_code(lambda: store.query(r"SELECT ?g WHERE { \u0047RAPH ?g { ?s ?p ?o } }")), True),
    ("the word in a comment", lambda store: len(store.query("SELECT ?s WHERE { ?s ?p ?o } # named").bindings), True),
    ("dataset", lambda store: sorted(store.to_dataset().quads((None, None, None, None))), False),
    ("raw store", lambda store: len(list(store.oxigraph.quads_for_pattern(None, None, None, None))), True),
]


@pytest.mark.parametrize(("read", "loads"), [(r, loads) for _, r, loads in _DEFERRED_READS], ids=[name for name, _, _ in _DEFERRED_READS])
def test_a_deferred_journal_reads_as_the_full_store(tmp_path: Path, read, loads: bool) -> None:
    ds = tricky_dataset()
    ds.graph(URIRef(f"{EX}graph/b")).add((URIRef(EX + "x"), URIRef(EX + "y"), Literal('} "z"\n')))
    graphs = sorted(named(ds).items())
    with OxigraphStore(tmp_path / "full") as full, OxigraphStore(tmp_path / "deferred") as deferred:
        full.keep_journal(tmp_path / "journal-full.nq")  # (the files of both: from their journal)
        full.add_graphs((iri, list(g)) for iri, g in graphs)
        deferred.keep_journal(tmp_path / "journal.nq", defer=True)
        deferred.add_graphs((iri, list(g)) for iri, g in graphs)
        journal = deferred._journal  # noqa: SLF001
        assert journal is not None and journal.pending
        assert read(deferred) == read(full)
        assert journal.pending is not loads
        # Graphs added after a load go to the store whole, and still to the journal.
        more = [(URIRef(f"{EX}graph/c"), [(URIRef(EX + "c"), URIRef(EX + "p"), Literal("c"))])]
        full.add_graphs(more)
        deferred.add_graphs(more)
        assert read(deferred) == read(full)
        assert sorted(deferred.graph(URIRef(f"{EX}graph/c"))) == sorted(full.graph(URIRef(f"{EX}graph/c")))
        assert_same_graphs(load_dataset(deferred.dump(tmp_path / "d.trig", fmt="trig")), load_dataset(full.dump(tmp_path / "f.trig", fmt="trig")), "trig")


def test_a_deferred_journal_is_not_loaded_when_the_store_closes(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        store.keep_journal(tmp_path / "journal.nq", defer=True)
        store.add_graphs([(URIRef(f"{EX}graph/a"), [(URIRef(EX + "a"), URIRef(EX + "p"), Literal("a"))])])
    assert not (tmp_path / "journal.nq").exists()
    with OxigraphStore(tmp_path / "store") as store:
        assert store.graphs() == [] and len(store) == 1  # only the union was ever written


def test_a_deferred_journal_is_loaded_before_a_graph_it_cannot_hold(tmp_path: Path) -> None:
    """A graph with a blank node is converted term by term: the journal is loaded, then dropped."""
    a = (URIRef(f"{EX}graph/a"), [(URIRef(EX + "a"), URIRef(EX + "p"), Literal("a"))])
    b = (URIRef(f"{EX}graph/b"), [(URIRef(EX + "b"), URIRef(EX + "p"), BNode("x"))])
    with OxigraphStore(tmp_path / "store") as store:
        store.keep_journal(tmp_path / "journal.nq", defer=True)
        store.add_graphs([a])
        store.add_graphs([b])
        assert store._journal is None  # noqa: SLF001
        assert store.graphs() == [a[0], b[0]] and len(store) == 2
        assert sorted(store.graph(a[0])) == a[1]


# Taking a graph of the store out of the union keeps the union triples another graph holds: with a
# deferred journal, the journaled graphs are loaded first, or their share of the union was lost.
_UNLINKS = [
    ("remove", lambda store, iri, t: store.remove_graph(iri)),
    ("replace", lambda store, iri, t: store.replace_graph(iri, [(URIRef(EX + "z"), URIRef(EX + "p"), Literal("z"))])),
    ("replace graphs", lambda store, iri, t: store.replace_graphs(_one_graph(iri, [(URIRef(EX + "z"), URIRef(EX + "p"), Literal("z"))]))),
]


def _one_graph(iri: URIRef, triples) -> Dataset:
    ds = new_dataset()
    for triple in triples:
        ds.graph(iri).add(triple)
    return ds


@pytest.mark.parametrize("change", [c for _, c in _UNLINKS], ids=[name for name, _ in _UNLINKS])
def test_a_deferred_journal_keeps_the_union_a_graph_outside_it_shares(tmp_path: Path, change) -> None:
    shared = (URIRef(EX + "a"), URIRef(EX + "p"), Literal("shared"))
    outside, journaled = URIRef(f"{EX}graph/ontology"), URIRef(f"{EX}graph/doc")
    ends = []
    for defer in (False, True):
        with OxigraphStore(tmp_path / f"store-{defer}") as store:
            store.replace_graphs(_one_graph(outside, [shared]))  # before the journal, as a build's spill
            store.keep_journal(tmp_path / f"journal-{defer}.nq", defer=defer)
            store.add_graphs([(journaled, [shared])])
            change(store, outside, shared)
            ends.append((len(store), sorted(store.union_ntriples().splitlines()), store.graphs(), sorted(store.graph(journaled))))
    assert ends[0] == ends[1]
    assert ends[1][0] >= 1 and ends[1][3] == [shared]


def test_a_new_graph_outside_a_deferred_journal_leaves_it_deferred(tmp_path: Path) -> None:
    """The syndication graph written at the end of a build: not in the store yet, nothing to keep."""
    with OxigraphStore(tmp_path / "store") as store:
        store.keep_journal(tmp_path / "journal.nq", defer=True)
        store.add_graphs([(URIRef(f"{EX}graph/a"), [(URIRef(EX + "a"), URIRef(EX + "p"), Literal("a"))])])
        store.replace_graph(URIRef(f"{EX}graph/new"), [(URIRef(EX + "n"), URIRef(EX + "p"), Literal("n"))])
        store.remove_graph(URIRef(f"{EX}graph/none"))
        journal = store._journal  # noqa: SLF001
        assert journal is not None and journal.pending
        assert len(store) == 2


# The union kept in memory beside a deferred journal (keep_journal(union_in_memory=...)): every read
# and change gives what the store without it gives, whether the copy stays in memory (room for
# every line), moves to the store after the first graphs (room for 2 lines) or at once (room 1).
_MIRROR_STEPS = [
    *[(name, lambda store, read=read: read(store)) for name, read, _ in _DEFERRED_READS],
    ("replace new", lambda store: store.replace_graph(URIRef(f"{EX}graph/new"), [(URIRef(EX + "n"), URIRef(EX + "p"), Literal("n"))]) and len(store)),
    ("replace held", lambda store: store.replace_graph(URIRef(f"{EX}graph/a"), [(URIRef(EX + "z"), URIRef(EX + "p"), Literal("z"))]) and len(store)),
    ("remove held", lambda store: store.remove_graph(URIRef(f"{EX}graph/a")) or sorted(store.union_ntriples().splitlines())),
    ("remove absent", lambda store: store.remove_graph(URIRef(f"{EX}graph/none")) or len(store)),
    ("replace graphs", lambda store: store.replace_graphs(_one_graph(URIRef(f"{EX}graph/d"), [(URIRef(EX + "d"), URIRef(EX + "p"), Literal("d"))])) and len(store)),
    ("page digest", lambda store: sorted(page_dataset(store, top_k=5).quads((None, None, None, None)))),
]


@pytest.mark.parametrize("room", [1, 2, 10_000])
@pytest.mark.parametrize("step", [step for _, step in _MIRROR_STEPS], ids=[name for name, _ in _MIRROR_STEPS])
def test_the_union_in_memory_reads_and_changes_as_the_store(tmp_path: Path, step, room: int) -> None:
    ds = tricky_dataset()
    ds.graph(URIRef(f"{EX}graph/b")).add((URIRef(EX + "x"), URIRef(EX + "y"), Literal('} "z"\n')))
    graphs = sorted(named(ds).items())
    outside = _one_graph(URIRef(f"{EX}graph/ontology"), [(URIRef(EX + "o"), URIRef(EX + "p"), Literal("o"))])
    ends = []
    for mirror in (0, room):
        with OxigraphStore(tmp_path / f"store-{mirror}") as store:
            store.replace_graphs(outside)  # before the journal, as a build's spill
            store.keep_journal(tmp_path / f"journal-{mirror}.nq", defer=True, union_in_memory=mirror)
            store.add_graphs((iri, list(g)) for iri, g in graphs[:1])
            store.add_graphs((iri, list(g)) for iri, g in graphs[1:])
            if mirror > 2:
                assert store.union_store is not store._store  # noqa: SLF001 - every line in memory
            first = step(store)
            store.add_graphs([(URIRef(f"{EX}graph/c"), [(URIRef(EX + "c"), URIRef(EX + "p"), Literal("c"))])])
            ends.append((first, len(store), sorted(store.union_ntriples().splitlines()), step(store), store.graphs()))
            assert store._mirror is None or mirror > 2  # noqa: SLF001 - too many lines: moved to the store
    assert ends[1] == ends[0]


# A deferred journal keeps its graphs as TriG blocks too, joined from the union's lines, so the TriG
# file is copied from them: the same bytes as its N-Quads regrouped line by line, or, when a graph
# comes twice (or an add gave no blocks), no blocks and the regrouping as before.
_G = [URIRef(f"{EX}graph/{n}") for n in "abc"]
_T = [(URIRef(EX + n), URIRef(EX + "p"), Literal(f'{n} "x"\n')) for n in "xyz"]
_TRIG_ADDS = [
    ("two adds", [[(_G[0], _T[:2])], [(_G[1], _T[1:]), (_G[2], _T[:1])]], True),
    ("an empty graph", [[(_G[0], []), (_G[1], _T)], [(_G[2], _T[:1])]], True),
    ("one add", [[(_G[2], _T), (_G[0], _T[:1])]], True),
    ("a graph twice", [[(_G[0], _T[:1])], [(_G[0], _T[1:])]], False),
    ("twice in one add", [[(_G[0], _T[:1]), (_G[0], _T[1:])]], False),
]


@pytest.mark.parametrize(("adds", "copied"), [(a, c) for _, a, c in _TRIG_ADDS], ids=[name for name, _, _ in _TRIG_ADDS])
def test_a_deferred_journal_gives_its_trig_blocks(tmp_path: Path, adds, copied: bool) -> None:
    from kg.graph.oxio import trig_from_nquads

    with OxigraphStore(tmp_path / "store") as store:
        store.keep_journal(tmp_path / "journal.nq", defer=True)
        for graphs in adds:
            store.add_graphs(graphs)
        journal = store._journal  # noqa: SLF001
        assert journal is not None
        blocks = journal.trig_blocks()
        assert (blocks is not None) is copied
        regrouped = b"".join(trig_from_nquads(line for chunk in journal.read() for line in chunk.splitlines(keepends=True)))
        if blocks is not None:
            assert trig_prefixes() + b"".join(blocks) == regrouped
        text = store.dump(tmp_path / "graph.trig", fmt="trig").read_bytes()
        assert text.endswith(regrouped[len(trig_prefixes()):])
    assert not list(tmp_path.glob("journal.nq*"))  # both files removed with the store


def test_a_deferred_journal_is_loaded_once_by_two_threads(tmp_path: Path, monkeypatch) -> None:
    """The answers' thread and the page's may both need the named graphs: one load, both see them."""
    import threading
    import time

    from kg.graph import store as store_module

    graphs = [(URIRef(f"{EX}graph/{n}"), [(URIRef(EX + n), URIRef(EX + "p"), Literal(n))]) for n in "abc"]
    reads = []
    real_read = store_module._Journal.read  # noqa: SLF001

    def slow_read(self):
        reads.append(threading.current_thread().name)
        time.sleep(0.2)  # the other thread asks meanwhile
        yield from real_read(self)

    monkeypatch.setattr(store_module._Journal, "read", slow_read)  # noqa: SLF001
    with OxigraphStore(tmp_path / "store") as store:
        store.keep_journal(tmp_path / "journal.nq", defer=True)
        store.add_graphs(graphs)
        seen: dict[str, object] = {}

        def ask(name: str) -> None:
            seen[name] = sorted(map(str, store.head("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", limit=10)[1]))

        threads = [threading.Thread(target=ask, args=(n,), name=n) for n in ("one", "two")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(reads) == 1
        assert seen["one"] == seen["two"] and len(seen["one"]) == 3  # type: ignore[arg-type]


def _store_build(tmp_path: Path):
    """A build whose graphs are in a store (as a large build's): its answers are asked in a thread."""
    from kg.builder import BuildResult

    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs(tricky_dataset())
    return BuildResult(dataset=new_dataset(), store=store)


def test_a_failing_question_asked_beside_the_page_is_raised(tmp_path: Path, monkeypatch) -> None:
    """The named questions of a build in a store run in a thread of their own: a question that
    fails there is raised by write_outputs, not lost."""
    import kg.explore.answers as answers
    from kg.builder import write_outputs
    from kg.errors import Errors

    asked: list[str] = []

    def head_rows(dataset, query, *, limit):
        asked.append(query)
        if len(asked) == 2:
            raise KGError(Errors.E402, detail="the second question")
        return [], [], 0

    monkeypatch.setattr(answers, "head_rows", head_rows)
    result = _store_build(tmp_path)
    try:
        with pytest.raises(KGError, match="the second question"):
            write_outputs(result, tmp_path / "out", formats=("nquads",), html=False, answers=True)
    finally:
        result.store.close()
    assert not (tmp_path / "out" / "answers.md").exists()


def test_ctrl_c_beside_the_questions_stops_them(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C in the main thread (here while the page is drawn) while the questions are asked in
    their thread: write_outputs raises it once the question under way is answered, without
    asking the others (the store is closed next), and writes no answers.md."""
    import time

    import kg.explore.answers as answers
    import kg.explore.viz as viz
    from kg.builder import write_outputs
    from kg.graph.query import named_queries

    asked: list[str] = []

    def head_rows(dataset, query, *, limit):
        asked.append(query)
        time.sleep(0.3)
        return [], [], 0

    def render_html(*args, **kwargs):
        time.sleep(0.05)  # (the first question under way)
        raise KeyboardInterrupt

    monkeypatch.setattr(answers, "head_rows", head_rows)
    monkeypatch.setattr(viz, "render_html", render_html)
    result = _store_build(tmp_path)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_outputs(result, tmp_path / "out", formats=("nquads",), html=True, answers=True)
    finally:
        result.store.close()
    assert 1 <= len(asked) < len(named_queries())
    assert not (tmp_path / "out" / "answers.md").exists()
