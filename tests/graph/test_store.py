"""The two stores behind one interface: same answers, same errors, graphs replaced whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib.namespace as ns
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg.errors import KGError
from kg.graph.query import format_result, load_dataset, named_queries, result_rows, run_query
from kg.graph.rdf import new_dataset
from kg.graph.store import MemoryStore, OxigraphStore, Store, copy_store, is_oxigraph_dir, open_store

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
EX = "https://example.org/"
G1, G2 = URIRef(EX + "graph/a"), URIRef(EX + "graph/b")


def small_dataset() -> Dataset:
    """Two documents' graphs that share one entity (its type and label are in both)."""
    ds = new_dataset()
    ibm = URIRef(EX + "entity/ibm")
    for graph, doc, text in ((G1, "a", "IBM quits"), (G2, "b", "IBM est partie")):
        g = ds.graph(graph)
        g.add((ibm, RDF.type, ns.SDO.Organization))
        g.add((ibm, RDFS.label, Literal("IBM")))
        mention = URIRef(f"{EX}text/{doc}#char=0,3")
        g.add((mention, URIRef(NIF + "beginIndex"), Literal(0, datatype=ns.XSD.nonNegativeInteger)))
        g.add((mention, URIRef(NIF + "anchorOf"), Literal(text[:3])))
        g.add((URIRef(EX + "doc/" + doc), ns.SDO.text, Literal(text, lang="fr" if doc == "b" else "en")))
        g.add((URIRef(EX + "doc/" + doc), ns.SDO.datePublished, Literal("2020-06", datatype=ns.XSD.gYearMonth)))
    return ds


def normalised(result) -> tuple[list[str], list[tuple[str, ...]]]:
    columns, rows = result_rows(result)
    return columns, sorted(tuple(r) for r in rows)


@pytest.fixture
def stores(tmp_path: Path):
    mem = MemoryStore(small_dataset())
    ox = OxigraphStore(tmp_path / "store")
    ox.replace_graphs(mem.dataset)
    yield mem, ox
    ox.close()


def test_both_implement_the_protocol(stores) -> None:
    mem, ox = stores
    assert isinstance(mem, Store) and isinstance(ox, Store)
    assert mem.graphs() == ox.graphs() == [G1, G2]
    # len is the number of distinct triples of the union (the shared entity counts once), as rdflib's.
    assert len(mem) == len(ox) == len(mem.dataset) == 10
    assert ox.quad_count() == 12


QUERIES = [
        ("SELECT ?e ?n WHERE { ?e a schema:Organization ; rdfs:label ?n }", {}),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {}),
        ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", {}),
        ("SELECT ?d ?t WHERE { ?d schema:text ?t }", {}),
        ("SELECT ?d WHERE { ?d schema:text ?t FILTER (lang(?t) = ?l) }", {"l": "fr"}),
        ("SELECT ?e WHERE { ?e rdfs:label ?name }", {"name": "IBM"}),
        ("SELECT ?m ?b WHERE { ?m nif:beginIndex ?b }", {}),
        ("ASK { ?e rdfs:label ?name }", {"name": "IBM"}),
        ("ASK { ?e rdfs:label ?name }", {"name": "Renault"}),
        ("CONSTRUCT { ?e rdfs:label ?n } WHERE { ?e rdfs:label ?n }", {}),
]


@pytest.mark.parametrize(("sparql", "bindings"), QUERIES)
def test_same_answers_in_memory_and_in_oxigraph(stores, sparql: str, bindings: dict) -> None:
    mem, ox = stores
    assert normalised(mem.query(sparql, bindings=bindings)) == normalised(ox.query(sparql, bindings=bindings))
    assert format_result(run_query(ox, sparql, bindings=bindings), fmt="json")


def test_replace_graph_replaces_and_keeps_shared_triples(stores) -> None:
    mem, ox = stores
    new = Graph()
    new.add((URIRef(EX + "doc/a"), RDFS.label, Literal("replaced")))
    for store in (mem, ox):
        assert store.replace_graph(G1, new) == 1
        assert isomorphic(store.graph(G1), new)
        # The entity is still in document b's graph, so still in the union.
        assert store.query("ASK { ?e rdfs:label 'IBM' }").askAnswer
        assert not store.query("ASK { ?m nif:anchorOf 'IBM' ; nif:beginIndex ?b FILTER (?m = <https://example.org/text/a#char=0,3>) }").askAnswer
        store.remove_graph(G2)
        assert not store.query("ASK { ?e rdfs:label 'IBM' }").askAnswer
        assert store.graphs() == [G1] and len(store) == 1


@pytest.mark.parametrize("in_memory", [False, True])
def test_add_graphs_writes_what_replace_graph_writes(tmp_path: Path, in_memory: bool) -> None:
    """New graphs bulk-loaded in one call (a new build's temporary store) give the same quads,
    the union's included, as one transaction per graph."""
    ds = small_dataset()
    replaced = OxigraphStore(None if in_memory else tmp_path / "replaced")
    added = OxigraphStore(None if in_memory else tmp_path / "added")
    try:
        for g in (G1, G2):
            replaced.replace_graph(g, ds.graph(g))
        assert added.add_graphs((g, ds.graph(g)) for g in (G1, G2)) == 12
        quads = lambda store: sorted(map(str, store.oxigraph.quads_for_pattern(None, None, None, None)))  # noqa: E731
        assert quads(added) == quads(replaced)
        assert len(added) == len(replaced) == 10
        assert added.graphs() == [G1, G2]
    finally:
        replaced.close()
        added.close()


def test_oxigraph_restores_the_contract_datatypes(stores) -> None:
    # Oxigraph keeps every integer type as xsd:integer; the contract says nonNegativeInteger.
    mem, ox = stores
    for graph in (G1, G2):
        assert isomorphic(ox.graph(graph), mem.graph(graph))
        assert isomorphic(Graph().parse(data=ox.ntriples(graph), format="nt"), mem.graph(graph))
    back = ox.to_dataset()
    assert isomorphic(back.graph(G1), mem.graph(G1))


def test_dump_and_load_round_trip(stores, tmp_path: Path) -> None:
    mem, ox = stores
    for fmt, name in (("trig", "a.trig"), ("nquads", "a.nq")):
        path = ox.dump(tmp_path / name, fmt)
        copy = open_store(path)
        assert isinstance(copy, MemoryStore) and copy.graphs() == [G1, G2]
        assert all(isomorphic(copy.graph(g), mem.graph(g)) for g in (G1, G2))
        again = OxigraphStore(tmp_path / f"again-{fmt}")
        again.load_file(path)
        again.load_file(path)  # loading twice replaces, never duplicates
        assert len(again) == len(mem) and again.quad_count() == 12
        again.close()
    # Turtle (the union) and JSON-LD are streamed out of the store too (issue 18).
    turtle = load_dataset(ox.dump(tmp_path / "x.ttl", "turtle"))
    assert len(turtle) == len(mem)
    jsonld = open_store(ox.dump(tmp_path / "x.jsonld", "json-ld"))
    assert all(isomorphic(jsonld.graph(g), mem.graph(g)) for g in (G1, G2))
    with pytest.raises(KGError) as info:
        ox.dump(tmp_path / "x.rdf", "rdf-xml")
    assert info.value.code == "E404"


def test_persistent_and_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path) as store:
        assert isinstance(store, OxigraphStore)
        copy_store(MemoryStore(small_dataset()), store)
    assert is_oxigraph_dir(path)
    with open_store(path, read_only=True) as reader:
        assert len(reader) == 10 and reader.graphs() == [G1, G2]
        with pytest.raises(KGError) as info:
            reader.remove_graph(G1)
        assert info.value.code == "E702"


def test_open_store_picks_the_implementation(tmp_path: Path) -> None:
    assert isinstance(open_store(None), MemoryStore)
    trig = tmp_path / "build" / "graph.trig"
    MemoryStore(small_dataset()).dump(trig)
    assert isinstance(open_store(trig), MemoryStore)
    assert isinstance(open_store(trig.parent), MemoryStore)  # a kg build folder
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for bad, code in ((tmp_path / "junk", "E701"), (tmp_path / "file", "E701"), (tmp_path / "missing", "E401")):
        with pytest.raises(KGError) as info:
            open_store(bad, read_only=True)
        assert info.value.code == code, bad


def test_a_locked_store_is_coded(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store"):
        with pytest.raises(KGError) as info:
            OxigraphStore(tmp_path / "store")
        assert info.value.code == "E701" and "in use" in str(info.value)


def test_query_errors_are_the_same_codes(stores) -> None:
    mem, ox = stores
    for store in (mem, ox):
        with pytest.raises(KGError) as info:
            store.query("SELECT ?x WHERE { ?x ?y }")
        assert info.value.code == "E402"
        with pytest.raises(KGError) as info:
            store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
        assert info.value.code == "E408"


def test_oxigraph_query_timeout_is_coded(tmp_path: Path) -> None:
    ds = new_dataset()
    g = ds.graph(G1)
    for i in range(120):
        g.add((URIRef(f"{EX}s{i}"), RDFS.label, Literal(f"n{i}")))
    with OxigraphStore(tmp_path / "store") as ox:
        ox.replace_graphs(ds)
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER (?c != ?f) }"
        with pytest.raises(KGError) as info:
            ox.query(heavy, timeout=0.01)
        assert info.value.code == "E407"


def test_a_foreign_store_uses_oxigraph_union(tmp_path: Path) -> None:
    """A database written by another tool (no materialised union) is still queried over the union,
    and gets its union materialised when kg opens it for writing."""
    import pyoxigraph as ox

    path = tmp_path / "foreign"
    raw = ox.Store(str(path))
    raw.load(MemoryStore(small_dataset()).dataset.serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS)
    del raw
    with OxigraphStore(path, read_only=True) as reader:
        assert not reader.materialised
        assert reader.query("ASK { ?e rdfs:label 'IBM' }").askAnswer
    with OxigraphStore(path) as writer:
        assert writer.materialised and len(writer) == 10


# --- the named questions on a real build, in both stores ------------------------------------------


@pytest.fixture(scope="module")
def seed_stores(seed_build, tmp_path_factory):
    mem = MemoryStore(seed_build.dataset)
    path = tmp_path_factory.mktemp("seed") / "store"
    ox = OxigraphStore(path)
    ox.replace_graphs(seed_build.dataset)
    yield mem, ox
    ox.close()
    shutil.rmtree(path, ignore_errors=True)


CHECKS = [
    ("ASK { ?e rdfs:label ?name ; a schema:Organization }", {"name": "IBM"}),
    ("SELECT ?t WHERE { ?e rdfs:label ?name . ?ev kg:agent ?e ; sem:eventType/rdfs:label ?t FILTER (lang(?t) = 'en') }", {"name": "IBM"}),
    ("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }", {}),
    ("SELECT ?b ?e ?a WHERE { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a }", {}),
    ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", {}),
]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_questions_agree(seed_stores, name: str) -> None:
    mem, ox = seed_stores
    text = named_queries()[name].text
    bindings = {"name": "IBM"} if name == "entity-events" else {}
    expected = normalised(mem.query(text, bindings=bindings))
    assert expected[1], f"{name} has no answer on the seed"
    assert normalised(ox.query(text, bindings=bindings)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sparql", "bindings"), CHECKS)
def test_checks_agree(seed_stores, sparql: str, bindings: dict) -> None:
    mem, ox = seed_stores
    assert normalised(ox.query(sparql, bindings=bindings)) == normalised(mem.query(sparql, bindings=bindings))


@pytest.mark.slow
def test_seed_store_counts_and_graphs_agree(seed_stores) -> None:
    from kg.explore.stats import graph_stats

    mem, ox = seed_stores
    assert mem.graphs() == ox.graphs()
    assert graph_stats(ox) == graph_stats(mem)
    assert all(isomorphic(ox.graph(g), mem.graph(g)) for g in mem.graphs())


def test_cli_commands_read_a_store_folder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    path = tmp_path / "store"
    with OxigraphStore(path) as store:
        store.replace_graphs(small_dataset())
    result = runner.invoke(app, ["query", str(path), "SELECT DISTINCT ?n WHERE { ?e rdfs:label ?n }", "--format", "csv"])
    assert result.exit_code == 0 and result.stdout == "n\nIBM\n", result.output
    result = runner.invoke(app, ["query", str(path), "--name", "entity-events", "--bind", "name=IBM", "--format", "json"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["stats", str(path)])
    assert result.exit_code == 0 and "triples" in result.stdout and "10" in result.stdout
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code in (0, 1) and "conform" in result.stdout
    result = runner.invoke(app, ["query", str(tmp_path), "ASK {}"])  # a folder that is neither
    assert result.exit_code == 2 and "[E701]" in result.output


@pytest.mark.slow
@pytest.mark.parametrize("limit", [0, 2, 10_000])
def test_head_rows_streams_the_same_rows(seed_stores, limit: int) -> None:
    from kg.graph.query import result_rows
    from kg.graph.store import head_rows

    mem, ox = seed_stores
    for item in named_queries().values():
        columns, rows = result_rows(ox.query(item.text))
        assert head_rows(ox, item.text, limit=limit) == (columns, rows[:limit], len(rows)), item.name
        mem_columns, mem_rows, mem_total = head_rows(mem, item.text, limit=limit)
        assert (mem_columns, mem_total) == (columns, len(rows)), item.name
        assert len(mem_rows) == min(limit, len(rows))



# --- Oxigraph in memory: the build's answers and `kg query FILE` (issue 18) -------------------------


@pytest.mark.slow
def test_answers_are_the_same_with_oxigraph_as_with_rdflib(seed_build) -> None:
    """answers.md, what `kg build` writes, is the same text whichever engine runs the questions
    (the named questions order their rows completely, so even the first rows agree)."""
    from kg.explore.answers import answers_markdown
    from kg.graph.oxio import dataset_quads

    with OxigraphStore.from_quads(dataset_quads(seed_build.dataset)) as ox:
        assert answers_markdown(ox) == answers_markdown(seed_build.dataset)


def test_query_store_loads_a_graph_file_into_oxigraph(tmp_path: Path) -> None:
    from kg.graph.rdf import serialize
    from kg.graph.store import query_store

    mem = MemoryStore(small_dataset())
    for name, fmt in (("g.trig", "trig"), ("g.nq", "nquads"), ("g.jsonld", "json-ld")):
        path = serialize(mem.dataset, tmp_path / name, fmt=fmt)
        store = query_store(path)
        assert isinstance(store, OxigraphStore) and store.in_memory
        assert store.graphs() == [G1, G2] and len(store) == len(mem)
        for sparql, bindings in QUERIES:
            assert normalised(store.query(sparql, bindings=bindings)) == normalised(mem.query(sparql, bindings=bindings))
        for bad, code in (("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "E408"),
                          ("SELECT * FROM <http://x/> WHERE { ?s ?p ?o }", "E408"),
                          ("SELECT WHERE", "E402")):
            with pytest.raises(KGError) as info:
                store.query(bad)
            assert info.value.code == code
        store.close()
    folder = tmp_path / "out"
    serialize(mem.dataset, folder / "graph.trig")
    assert query_store(folder).graphs() == [G1, G2]  # a kg build folder
    with pytest.raises(KGError) as info:
        query_store(tmp_path / "missing.trig")
    assert info.value.code == "E401"
    (tmp_path / "broken.nq").write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(KGError) as info:
        query_store(tmp_path / "broken.nq")
    assert info.value.code == "E401"


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_questions_pass_the_checks_a_store_skips(name: str) -> None:
    """An Oxigraph store runs kg's own named questions without rdflib's parse (library_texts):
    each must pass :func:`kg.graph.query.prepare` (no syntax error, no SERVICE, no FROM)."""
    from kg.graph.query import library_texts, prepare

    text = named_queries()[name].text
    assert text in library_texts()
    prepare(text)


def test_a_query_outside_the_library_is_still_checked(tmp_path: Path) -> None:
    from kg.graph.store import OxigraphStore

    store = OxigraphStore(tmp_path / "s")
    try:
        with pytest.raises(KGError) as caught:
            store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
        assert caught.value.code == "E408"
    finally:
        store.close()


TRICKY = [
    Literal('say "hi"'), Literal("back\\slash \\u0041"), Literal("two\nlines\r\nend"), Literal("été ☃ 𝄞"),
    Literal(""), Literal("tab\there"), Literal("x", lang="fr"), Literal("7", datatype=ns.XSD.nonNegativeInteger),
    Literal("plain", datatype=ns.XSD.string), Literal("2020-06", datatype=ns.XSD.gYearMonth), URIRef(EX + "entity/été#1"),
]


@pytest.mark.parametrize("union", [True, False])
@pytest.mark.parametrize("obj", TRICKY, ids=lambda o: repr(o)[:40])
def test_nquads_text_gives_the_quads_of_the_term_conversion(obj, union: bool) -> None:
    """The N-Quads text add_graphs hands to Oxigraph parses to the quads of Terms.to_ox: escapes,
    languages, datatypes (xsd:string a plain literal), IRIs beyond ASCII; with ``union``, each
    triple in the default graph too."""
    import pyoxigraph as ox

    from kg.graph.oxio import Terms, nquads_text

    triples = [(URIRef(EX + "s"), URIRef(EX + "p"), obj), (URIRef(EX + "s"), RDFS.label, Literal("s"))]
    text = nquads_text([(G1, triples)], union=union)
    assert text is not None
    terms = Terms()
    expected = []
    for s, p, o in triples:
        expected.append(ox.Quad(terms.to_ox(s), terms.to_ox(p), terms.to_ox(o), ox.NamedNode(str(G1))))
        if union:
            expected.append(ox.Quad(terms.to_ox(s), terms.to_ox(p), terms.to_ox(o), ox.DefaultGraph()))
    assert list(ox.parse(text, format=ox.RdfFormat.N_QUADS)) == expected


@pytest.mark.parametrize(
    "triples",
    [
        # One IRI as subject, predicate and object, in two graphs: each time the same text.
        [(URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "a")), (URIRef(EX + "b"), URIRef(EX + "a"), URIRef(EX + "b"))],
        # An IRI met as an object, then as a subject; a literal of the same text stays a literal.
        [(URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "o")), (URIRef(EX + "o"), URIRef(EX + "p"), Literal(EX + "o"))],
    ],
    ids=["iri-in-every-position", "object-then-subject"],
)
def test_nquads_text_writes_each_iri_the_same_wherever_it_comes(triples) -> None:
    """The text of an IRI is made once per call and given again (subject, predicate, object, in
    any graph): the quads parse back as the term conversion gives them."""
    import pyoxigraph as ox

    from kg.graph.oxio import Terms, nquads_texts

    graphs = [(G1, triples), (URIRef(EX + "g2"), triples)]
    texts = nquads_texts(graphs)
    assert texts is not None
    terms = Terms()
    named = [ox.Quad(terms.to_ox(s), terms.to_ox(p), terms.to_ox(o), ox.NamedNode(str(g))) for g, ts in graphs for s, p, o in ts]
    union = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in named]
    assert list(ox.parse(texts[0], format=ox.RdfFormat.N_QUADS)) == named
    assert list(ox.parse(texts[1], format=ox.RdfFormat.N_QUADS)) == union


@pytest.mark.parametrize(
    "triples",
    [
        [(URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "o\\u0041")), (URIRef(EX + "o\\u0041"), URIRef(EX + "p"), Literal("x"))],
        [(URIRef(EX + "s"), URIRef(EX + "p"), Literal("x")), (URIRef(EX + "s"), URIRef(EX + "p\\u0041"), Literal("y"))],
    ],
    ids=["backslash-object-then-subject", "backslash-predicate-later"],
)
def test_nquads_text_refuses_a_backslash_iri_wherever_it_comes(triples) -> None:
    """An IRI N-Quads would unescape is refused in any position, also after other IRIs were written."""
    from kg.graph.oxio import nquads_text, nquads_texts

    assert nquads_text([(G1, triples)]) is None
    assert nquads_texts([(G1, triples)]) is None


@pytest.mark.parametrize(
    ("triple", "writable"),
    [
        ((URIRef(EX + "s"), URIRef(EX + "p"), BNode("b1")), True),  # a blank node
        ((BNode("b1"), URIRef(EX + "p"), Literal("x")), True),
        ((URIRef(EX + "s"), URIRef(EX + "p"), Literal("x", lang="en-GB")), True),  # a language tag not in small letters
        # An IRI N-Quads would unescape ("\\u0041" is "A" there): refused, as the term conversion refuses it.
        ((URIRef(EX + "s\\u0041"), URIRef(EX + "p"), Literal("x")), False),
    ],
    ids=["blank-object", "blank-subject", "upper-language", "backslash-iri"],
)
def test_nquads_text_leaves_other_terms_to_the_term_conversion(triple, writable: bool, tmp_path: Path) -> None:
    """Terms the text does not write are converted one by one, as before: add_graphs writes them
    (or refuses them with E702, as it did)."""
    from kg.graph.oxio import nquads_text

    assert nquads_text([(G1, [triple])]) is None
    store = OxigraphStore(tmp_path / "s")
    try:
        if writable:
            assert store.add_graphs([(G1, [triple])]) == 1
            assert len(list(store.oxigraph.quads_for_pattern(None, None, None, None))) == 2  # the graph and the union
        else:
            with pytest.raises(KGError) as err:
                store.add_graphs([(G1, [triple])])
            assert err.value.code == "E702"
    finally:
        store.close()


@pytest.mark.parametrize("in_memory", [False, True])
def test_add_graphs_text_and_terms_write_the_same_store(tmp_path: Path, in_memory: bool) -> None:
    ds = small_dataset()
    g = ds.graph(G2)
    for k, o in enumerate(TRICKY):
        g.add((URIRef(f"{EX}x/{k}"), RDFS.comment, o))
    text = OxigraphStore(None if in_memory else tmp_path / "text")
    terms = OxigraphStore(None if in_memory else tmp_path / "terms")
    try:
        assert text.add_graphs((n, ds.graph(n)) for n in (G1, G2)) == 12 + len(TRICKY)
        assert terms._add_graphs_terms([(n, list(ds.graph(n))) for n in (G1, G2)]) == 12 + len(TRICKY)  # noqa: SLF001
        quads = lambda store: sorted(map(str, store.oxigraph.quads_for_pattern(None, None, None, None)))  # noqa: E731
        assert quads(text) == quads(terms)
    finally:
        text.close()
        terms.close()


def test_add_graphs_refuses_a_bad_iri_with_e702(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    try:
        with pytest.raises(KGError) as err:
            store.add_graphs([(G1, [(URIRef(EX + "a b"), RDFS.label, Literal("x"))])])
        assert err.value.code == "E702"
    finally:
        store.close()


# --- the union alone: the store of kg build's named questions (issue 18, goal 3) -----------------

UNION_QUERIES = [(sparql, bindings) for sparql, bindings in QUERIES if "GRAPH" not in sparql]


@pytest.mark.parametrize(("sparql", "bindings"), UNION_QUERIES)
def test_a_union_only_store_answers_as_the_whole_store(sparql: str, bindings: dict) -> None:
    """Loaded with ``union_only`` (each distinct triple once, in the default graph; no named
    graphs: half the memory), a store answers every question over the union as the whole store."""
    from kg.graph.oxio import QuadBuffer

    data = QuadBuffer(small_dataset()).data
    with OxigraphStore.from_nquads(data) as whole, OxigraphStore.from_nquads(data, union_only=True) as union:
        assert union.in_memory and union.materialised and union.graphs() == []
        assert len(union) == len(whole) == len(MemoryStore(small_dataset()))
        assert union.quad_count() == 0 < whole.quad_count()  # (no named graph)
        assert normalised(union.query(sparql, bindings=bindings)) == normalised(whole.query(sparql, bindings=bindings))


@pytest.mark.slow
def test_the_answers_of_a_union_only_store_are_the_whole_stores(seed_build) -> None:
    """answers.md, what `kg build` writes from its union-only store, is the text the whole store
    (named graphs and union) gives."""
    from kg.explore.answers import answers_markdown
    from kg.graph.oxio import QuadBuffer

    data = QuadBuffer(seed_build.dataset).data
    with OxigraphStore.from_nquads(data) as whole, OxigraphStore.from_nquads(data, union_only=True) as union:
        assert answers_markdown(union) == answers_markdown(whole)


# --- the named questions' share of a large build's union (keep_journal) ----------------------------


def _question_iris(text: str) -> tuple[set[str], set[str], set[str]]:
    """The predicates a query's patterns name, the classes of its ``rdf:type`` patterns and the IRIs
    of its VALUES blocks; ``rdf:type`` with a variable class counts as the class ``?``."""
    from rdflib.paths import Path as RDFPath
    from rdflib.plugins.sparql.parserutils import CompValue

    from kg.graph.query import _walk, prepare

    predicates: set[str] = set()
    classes: set[str] = set()
    values: set[str] = set()

    def predicate_iris(p) -> list[str]:
        if isinstance(p, URIRef):
            return [str(p)]
        if isinstance(p, RDFPath):
            parts = getattr(p, "args", None) or [getattr(p, "path", None) or getattr(p, "arg", None)]
            return [iri for part in parts for iri in predicate_iris(part)]
        raise AssertionError(f"a variable or unknown predicate: {p!r}")

    for node in _walk(prepare(text).algebra):
        if isinstance(node, CompValue) and node.name == "BGP":
            for s, p, o in node["triples"]:
                if p == RDF.type:
                    classes.add(str(o) if isinstance(o, URIRef) else "?")
                else:
                    predicates.update(predicate_iris(p))
        if isinstance(node, CompValue) and node.name == "values":
            values.update(str(v) for row in node["res"] for v in row.values() if isinstance(v, URIRef))
    return predicates, classes, values


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_questions_read_only_their_share_of_the_union(name: str) -> None:
    """What a large build keeps in memory for ``answers.md`` (QUESTION_PREDICATES, QUESTION_CLASSES)
    covers every pattern of every named question: their rows there are those of the whole union."""
    from kg.graph.store import QUESTION_CLASSES, QUESTION_PREDICATES

    predicates, classes, values = _question_iris(named_queries()[name].text)
    assert predicates and predicates <= QUESTION_PREDICATES
    if "?" in classes:  # (entities: a class bound by VALUES to the types it counts)
        classes = (classes - {"?"}) | (values & {str(ns.SDO.Person), str(ns.SDO.Organization), str(ns.SDO.Place)})
        assert values & QUESTION_CLASSES
    assert classes <= QUESTION_CLASSES


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        (b'<s> <http://www.w3.org/2000/01/rdf-schema#label> "a b" .\n', 1),
        (b'<s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\n', 1),
        (b'<s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase> .\n', 0),
        (b'<s> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> "0" <g> .\n', 0),
        (b'_:b1 <https://w3id.org/newskg/ns#sentence> "x <http://www.w3.org/2000/01/rdf-schema#label> y" .\n', 1),
        (b'<s> <https://w3id.org/newskg/ns#polarity> "<https://w3id.org/newskg/ns#agent>" .\n<s> <https://w3id.org/newskg/ns#agent> <o> .\n', 1),
    ],
)
def test_question_lines_keep_what_the_questions_read(data: bytes, kept: int) -> None:
    from kg.graph.store import question_lines

    out = question_lines(data)
    assert out.count(b"\n") == kept
    assert all(line + b"\n" in data for line in out.splitlines())


@pytest.mark.slow
@pytest.mark.parametrize("change", ["none", "new graph", "replaced graph", "removed graph", "too many lines"])
def test_a_large_builds_questions_run_on_their_share_of_the_union(seed_build, tmp_path: Path, change: str, monkeypatch) -> None:
    """A build's temporary store whose union outgrew its in-memory copy keeps what the named
    questions read in memory and answers them there, row for row as the whole union; a graph
    added after keeps it, one replaced or removed sends the questions back to the union, as does
    a share larger than QUESTIONS_IN_MEMORY lines."""
    import kg.graph.store as store_module

    if change == "too many lines":
        monkeypatch.setattr(store_module, "QUESTIONS_IN_MEMORY", 50)
    full = seed_build.dataset
    graphs = [g for g in full.graphs() if g.identifier != URIRef("urn:x-rdflib:default") and len(g)]
    expected = {g.identifier: list(g) for g in graphs}
    store = OxigraphStore(tmp_path / "store")
    try:
        store.replace_graphs(new_dataset())
        store.keep_journal(tmp_path / "store" / "journal.nq", defer=True, union_in_memory=10)
        for g in graphs:
            store.add_graphs([(g.identifier, list(g))])
        assert (store._questions is not None) == (change != "too many lines")  # the union went to the store, the questions' share stayed
        # (the ontology's labels name the event types: taking them out changes the answers)
        changed = next((g.identifier for g in graphs if "ontology" in str(g.identifier)), graphs[0].identifier)
        if change == "new graph":
            doc = next(full.subjects(ns.SDO.identifier, None))
            expected[URIRef(EX + "graph/extra")] = [(doc, URIRef("https://w3id.org/newskg/ns#duplicateOf"), doc)]
            store.replace_graph(URIRef(EX + "graph/extra"), expected[URIRef(EX + "graph/extra")])
        elif change == "replaced graph":
            expected[changed] = []
            store.replace_graph(changed, [])
        elif change == "removed graph":
            del expected[changed]
            store.remove_graph(changed)
        assert (store._questions is not None) == (change in ("none", "new graph"))
        reference = OxigraphStore(None)  # the whole union, as before
        reference.add_graphs(expected.items())
        for item in named_queries().values():
            assert store.head(item.text, limit=25) == reference.head(item.text, limit=25), item.name
        reference.close()
    finally:
        store.close()


# --- a build's temporary store, closed as the command ends (pw33a) ---------------------------------


class _Spy:
    """A pyoxigraph store seen through a proxy that notes the methods called on it."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> object:
        self.calls.append(name)
        return getattr(self.inner, name)

    def __len__(self) -> int:
        self.calls.append("__len__")
        return len(self.inner)  # type: ignore[arg-type]


def _journaled_store(folder: Path, graphs: dict[URIRef, list]) -> OxigraphStore:
    """A store as a large new build fills its temporary store: a deferred journal, the union in memory."""
    store = OxigraphStore(folder)
    store.replace_graphs(new_dataset())
    store.keep_journal(folder / "journal.nq", defer=True, union_in_memory=1000)
    store.add_graphs(list(graphs.items()))
    return store


_TRIPLES = {
    URIRef(EX + "graph/a"): [(URIRef(EX + "x"), RDFS.label, Literal("Kestrel Air")), (URIRef(EX + "x"), RDF.type, URIRef(EX + "Org"))],
    URIRef(EX + "graph/b"): [(URIRef(EX + "x"), RDFS.label, Literal("Kestrel Air")), (URIRef(EX + "y"), RDFS.label, Literal("Lyon", lang="fr"))],
}


@pytest.mark.parametrize(
    ("graphs", "expected"),
    [
        (_TRIPLES, 3),  # a triple in two graphs counts once
        ({URIRef(EX + "graph/a"): _TRIPLES[URIRef(EX + "graph/a")]}, 2),
        ({}, 0),
    ],
)
def test_len_of_a_union_kept_in_memory_is_counted_without_a_query(tmp_path: Path, graphs: dict, expected: int) -> None:
    """The distinct triples of the union, read from its in-memory copy's size (it holds the
    default graph alone), not from a COUNT query; the same figure as the query over the store."""
    store = _journaled_store(tmp_path / "store", graphs)
    try:
        assert store.mirrored() is not None
        spy = _Spy(store._mirror)
        store._mirror = spy  # type: ignore[assignment]
        assert len(store) == expected
        assert "query" not in spy.calls and "__len__" in spy.calls
        store._mirror = spy.inner  # type: ignore[assignment]
        store.settle_union()  # the copy moved into the store: counted by the query again
        assert store.mirrored() is None
        assert len(store) == expected
    finally:
        store.close()


@pytest.mark.parametrize(("flush", "free"), [(True, True), (False, True), (False, False)])
def test_closing_a_store_removed_next_neither_flushes_nor_frees(tmp_path: Path, flush: bool, free: bool) -> None:
    """``close(flush=False)`` does not write RocksDB's memory out (the store is removed next);
    ``close(free=False)`` leaves the in-memory copy of the union to the process's end; the
    journal's files are removed either way."""
    import kg.graph.store as store_module

    folder = tmp_path / "store"
    store = _journaled_store(folder, _TRIPLES)
    mirror = store._mirror
    spy = _Spy(store._store)
    store._store = spy  # type: ignore[assignment]
    left = list(store_module.LEFT_FOR_EXIT)
    try:
        store.close(flush=flush, free=free)
        assert ("flush" in spy.calls) == flush
        assert not (folder / "journal.nq").exists() and not (folder / "journal.nq.trig").exists()
        assert store._mirror is None
        assert any(held is mirror for held in store_module.LEFT_FOR_EXIT) == (not free)
        store.close(flush=flush, free=free)  # a second close does nothing
    finally:
        store_module.LEFT_FOR_EXIT[:] = left
