"""kg.graph.memstore.GraphStore answers as rdflib's Memory store does, behind the same Dataset API."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from rdflib.plugins.stores.memory import Memory

from kg.graph.memstore import GraphListStore, GraphStore
from kg.graph.rdf import new_dataset

EX = "http://example.org/"
S = [URIRef(EX + f"s{i}") for i in range(3)]
P = [URIRef(EX + f"p{i}") for i in range(2)]
O = [URIRef(EX + "s0"), Literal("x"), Literal("x", lang="fr"), Literal(1)]
G = [URIRef(EX + f"g{i}") for i in range(3)]


def _pair() -> tuple[Dataset, Dataset]:
    return Dataset(store=Memory(), default_union=True), Dataset(store=GraphStore(), default_union=True)


def _apply(ds: Dataset, op: tuple) -> None:
    kind, *args = op
    if kind == "add":
        s, p, o, g = args
        ds.graph(g).add((s, p, o))
    elif kind == "remove":
        s, p, o, g = args
        (ds.graph(g) if g is not None else ds).remove((s, p, o))
    elif kind == "remove_graph":
        ds.remove_graph(ds.graph(args[0]))
    elif kind == "add_graph":
        ds.graph(args[0])


def _state(ds: Dataset) -> dict:
    """Everything a caller can observe, in an order-free form."""
    store = ds.store
    out: dict = {
        "len": len(ds),
        "quads": {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads((None, None, None, None))},
        "graphs": {g.identifier for g in store.contexts()},
    }
    for s, p, o in itertools.product([None, *S], [None, *P], [None, *O]):
        for g in [None, *G]:
            ctx = ds.graph(g) if g is not None and g in out["graphs"] else None
            if g is not None and ctx is None:
                continue
            out[(s, p, o, g)] = {
                (t, frozenset(c.identifier for c in cs)) for t, cs in store.triples((s, p, o), context=ctx)
            }
    for g in out["graphs"]:
        out[("len", g)] = len(ds.graph(g))
    for t in {(s, p, o) for s, p, o, _ in out["quads"]}:
        out[("contexts", t)] = {c.identifier for c in store.contexts(t)}
    return out


CASES = [
    ("one triple", [("add", S[0], P[0], O[1], G[0])]),
    ("same triple twice in one graph", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[0])]),
    ("same triple in two graphs", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1])]),
    ("remove from one of two graphs", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1]), ("remove", S[0], None, None, G[0])]),
    ("remove from the union", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1]), ("add", S[1], P[1], O[0], G[2]),
        ("remove", None, P[0], None, None)]),
    ("remove a graph", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[0], O[1], G[1]), ("add", S[1], P[0], O[1], G[0]),
        ("remove_graph", G[0])]),
    ("an empty graph is listed", [("add_graph", G[2]), ("add", S[0], P[1], O[3], G[0])]),
    ("literals differ by language", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[2], G[0])]),
    ("remove by object", [
        ("add", S[0], P[0], O[0], G[0]), ("add", S[2], P[1], O[0], G[1]), ("remove", None, None, O[0], G[1])]),
]


@pytest.mark.parametrize(("name", "ops"), CASES, ids=[c[0] for c in CASES])
def test_same_observations_as_rdflib_memory(name: str, ops: list[tuple]) -> None:
    memory, ours = _pair()
    for op in ops:
        _apply(memory, op)
        _apply(ours, op)
        assert _state(ours) == _state(memory), (name, op)


_OP = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(S), st.sampled_from(P), st.sampled_from(O), st.sampled_from(G)),
    st.tuples(st.just("remove"), st.sampled_from([None, *S]), st.sampled_from([None, *P]),
              st.sampled_from([None, *O]), st.sampled_from([None, *G])),
    st.tuples(st.just("remove_graph"), st.sampled_from(G)),
    st.tuples(st.just("add_graph"), st.sampled_from(G)),
)


@settings(max_examples=60, deadline=None)
@given(ops=st.lists(_OP, max_size=25))
def test_any_sequence_of_changes_matches_rdflib_memory(ops: list[tuple]) -> None:
    memory, ours = _pair()
    for op in ops:
        _apply(memory, op)
        _apply(ours, op)
    assert _state(ours) == _state(memory)


def test_sparql_and_trig_round_trip() -> None:
    memory, ours = _pair()
    for k, (s, p, o) in enumerate(itertools.product(S, P, O)):
        for ds in (memory, ours):
            ds.graph(G[k % 3]).add((s, p, o))
    query = "SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://example.org/p1> ?o } } ORDER BY ?s ?o"
    assert [tuple(r) for r in ours.query(query)] == [tuple(r) for r in memory.query(query)]
    union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert [tuple(r) for r in ours.query(union)] == [tuple(r) for r in memory.query(union)]
    back = new_dataset()
    back.parse(data=ours.serialize(format="trig"), format="trig")
    for g in G:
        assert isomorphic(back.graph(g), memory.graph(g))


def test_quoted_graphs_and_graphless_adds_are_refused() -> None:
    store = GraphStore()
    with pytest.raises(NotImplementedError):
        store.add((S[0], P[0], O[0]), G[0], quoted=True)
    with pytest.raises(ValueError):
        store.add((S[0], P[0], O[0]), None)


def test_namespaces_bind_as_memory_does() -> None:
    memory, ours = Memory(), GraphStore()
    for store in (memory, ours):
        store.bind("ex", URIRef(EX))
        store.bind("ex2", URIRef(EX))
        store.bind("ex", URIRef(EX + "other/"), override=False)
    assert sorted(ours.namespaces()) == sorted(memory.namespaces())
    assert ours.prefix(URIRef(EX)) == memory.prefix(URIRef(EX))
    assert ours.namespace("ex2") == memory.namespace("ex2")


def _reads(graph) -> dict:
    """Every pattern's triples in the order they come back; a set for the whole graph (``Memory``
    lists a graph's triples from a set, in no particular order)."""
    reads: dict = {
        (s, p, o): [t for t, _ in graph.store.triples((s, p, o), context=graph)]
        for s, p, o in itertools.product([None, *S], [None, *P], [None, *O])
    }
    reads[(None, None, None)] = set(reads[(None, None, None)])
    return reads


@settings(max_examples=60, deadline=None)
@given(ops=st.lists(_OP, max_size=25))
def test_the_union_copy_reads_back_as_a_memory_copy_does(ops: list[tuple]) -> None:
    from rdflib import Graph

    from kg.explore.views import union_graph

    _, ours = _pair()
    for op in ops:
        _apply(ours, op)
    copy = Graph(store=Memory())  # what union_graph made before it used GraphStore.add_union
    for s, p, o, _g in ours.quads((None, None, None, None)):
        copy.add((s, p, o))
    union = union_graph(ours)
    assert isinstance(union.store, GraphStore)
    assert len(union) == len(copy) and _reads(union) == _reads(copy)


@settings(max_examples=40, deadline=None)
@given(ops=st.lists(_OP, max_size=25))
def test_graph_triples_are_the_graphs_triples_in_their_order(ops: list[tuple]) -> None:
    """What kg.graph.oxio.dataset_quads reads instead of Graph.triples: the same list."""
    _, ours = _pair()
    for op in ops:
        _apply(ours, op)
    for g in G:
        assert ours.store.graph_triples(g) == list(ours.graph(g).triples((None, None, None)))


@settings(max_examples=30, deadline=None)
@given(ops=st.lists(_OP, max_size=25))
def test_dataset_quads_read_from_the_store_are_memorys(ops: list[tuple]) -> None:
    """kg.graph.oxio.dataset_quads reads a GraphStore directly: the same quads as through rdflib,
    grouped by graph and subject in the same order."""
    from kg.graph.oxio import dataset_quads

    memory, ours = _pair()
    for op in ops:
        _apply(memory, op)
        _apply(ours, op)
    mine = [str(q) for q in dataset_quads(ours)]
    assert sorted(mine) == sorted(str(q) for q in dataset_quads(memory))
    keys = [(str(q.graph_name), str(q.subject)) for q in dataset_quads(ours)]
    assert keys == sorted(keys, key=lambda k: k[0]) and len(mine) == len(set(mine))


_WRITE_OP = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(S), st.sampled_from(P), st.sampled_from(O), st.sampled_from(G)),
    st.tuples(st.just("remove_graph"), st.sampled_from(G)),
    st.tuples(st.just("add_graph"), st.sampled_from(G)),
)

WRITE_CASES = [
    ("same triple twice in one graph", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[0])]),
    ("same triple in two graphs", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1])]),
    ("a graph replaced", [("add", S[0], P[0], O[1], G[0]), ("remove_graph", G[0]), ("add", S[1], P[1], O[2], G[0])]),
    ("literals differ by language", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[2], G[0])]),
    ("an empty graph", [("add_graph", G[2])]),
]


def _lists(ds: Dataset) -> dict:
    return {g: ds.store.graph_triples(g) for g in G} | {("len", g): len(ds.graph(g)) for g in G}


@pytest.mark.parametrize(("name", "ops"), WRITE_CASES, ids=[c[0] for c in WRITE_CASES])
def test_graph_list_store_lists_what_graph_store_lists(name: str, ops: list[tuple]) -> None:
    """A large build's batches (written, then read back whole): each graph's triples, in the order
    GraphStore gives them, without its indexes."""
    full, lists = Dataset(store=GraphStore()), Dataset(store=GraphListStore())
    for op in ops:
        _apply(full, op)
        _apply(lists, op)
    assert _lists(lists) == _lists(full)


@settings(max_examples=40, deadline=None)
@given(ops=st.lists(_WRITE_OP, max_size=25))
def test_graph_list_store_any_writes(ops: list[tuple]) -> None:
    full, lists = Dataset(store=GraphStore()), Dataset(store=GraphListStore())
    for op in ops:
        _apply(full, op)
        _apply(lists, op)
    assert _lists(lists) == _lists(full)


@pytest.mark.parametrize("read", ["triples", "union length", "remove", "contexts"])
def test_graph_list_store_refuses_what_needs_an_index(read: str) -> None:
    ds = Dataset(store=GraphListStore())
    ds.graph(G[0]).add((S[0], P[0], O[1]))
    with pytest.raises(NotImplementedError):
        if read == "triples":
            list(ds.graph(G[0]).triples((S[0], None, None)))
        elif read == "union length":
            len(ds.store)
        elif read == "remove":
            ds.graph(G[0]).remove((S[0], None, None))
        else:
            list(ds.store.contexts())


# --- the lazy store (new_dataset, an in-memory build): indexed when first read --------------------


def _ordered(ds: Dataset) -> dict:
    """What a caller observes, in the order it comes back (the lazy store must give the very order
    of the eager one: the page, the answers and the files read it in that order)."""
    store = ds.store
    graphs = [g.identifier for g in store.contexts()]
    out: dict = {"len": len(store), "graphs": graphs}
    for s, p, o in itertools.product([None, *S], [None, *P], [None, *O]):
        for g in [None, *graphs]:
            out[(s, p, o, g)] = [
                (t, [c.identifier for c in cs]) for t, cs in store.triples((s, p, o), context=ds.graph(g) if g is not None else None)
            ]
    for g in graphs:
        out[("list", g)] = store.graph_triples(g)
    return out


_LAZY_OP = st.one_of(_OP, st.tuples(st.just("read")), st.tuples(st.just("length")))


def _apply_both(eager: Dataset, lazy: Dataset, op: tuple) -> None:
    if op[0] == "read":
        assert _ordered(lazy) == _ordered(eager)
    elif op[0] == "length":
        assert len(lazy.store) == len(eager.store)  # (counted without indexing)
    elif op[0] == "subjects":
        pending = dict(lazy.store._pending)
        assert lazy.store.subjects_of(op[1], op[2]) == eager.store.subjects_of(op[1], op[2]) == set(eager.subjects(op[1], op[2]))
        assert lazy.store._pending == pending  # (read without indexing)
    else:
        _apply(eager, op)
        _apply(lazy, op)


LAZY_CASES = [
    ("one graph, read", [("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[0], O[1], G[0]), ("read",)]),
    ("two graphs one after the other", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[1], O[0], G[1]), ("add", S[0], P[0], O[1], G[1]), ("read",)]),
    ("an earlier graph written again", [
        ("add", S[1], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1]), ("add", S[0], P[1], O[2], G[0]),
        ("add", S[0], P[0], O[1], G[0]), ("read",)]),
    ("an empty graph made between two writes", [
        ("add", S[1], P[0], O[1], G[0]), ("add_graph", G[1]), ("add", S[0], P[0], O[3], G[0]), ("read",)]),
    ("written after a read", [
        ("add", S[0], P[0], O[1], G[0]), ("read",), ("add", S[2], P[0], O[1], G[1]), ("add", S[0], P[0], O[1], G[1]),
        ("length",), ("read",)]),
    ("a pending graph replaced", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[0], O[1], G[1]), ("remove_graph", G[0]),
        ("add", S[1], P[0], O[1], G[0]), ("length",), ("read",)]),
    ("an indexed graph replaced while another is pending", [
        ("add", S[0], P[0], O[1], G[0]), ("read",), ("add", S[0], P[0], O[1], G[1]), ("remove_graph", G[0]),
        ("length",), ("read",)]),
    ("counted across pending graphs", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1]), ("add", S[1], P[0], O[1], G[2]),
        ("add", S[1], P[0], O[1], G[2]), ("length",)]),
    ("an earlier pending graph removed, its triple in a later one (rv22f)", [
        ("add", S[0], P[0], O[0], G[2]), ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[0], G[0]),
        ("remove_graph", G[2]), ("read",)]),
    ("an earlier pending graph emptied, its triple in a later one (rv22f)", [
        ("add", S[0], P[0], O[0], G[2]), ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[0], G[0]),
        ("remove", None, None, None, G[2]), ("read",)]),
    ("removed from the union while pending", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[1], O[1], G[1]), ("remove", None, P[0], None, None), ("read",)]),
    ("subjects of a pending graph, a literal told from its tagged twin", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[0], O[2], G[0]), ("add", S[2], P[0], O[1], G[1]),
        ("subjects", P[0], O[1]), ("subjects", P[0], O[2]), ("subjects", P[1], O[1])]),
    ("subjects across indexed and pending graphs, one subject in two graphs", [
        ("add", S[0], P[0], O[0], G[0]), ("read",), ("add", S[1], P[0], O[0], G[1]), ("add", S[0], P[0], O[0], G[2]),
        ("subjects", P[0], O[0]), ("subjects", P[0], O[3])]),
    ("subjects after a pending graph is removed", [
        ("add", S[0], P[0], O[3], G[0]), ("add", S[1], P[0], O[3], G[1]), ("remove_graph", G[0]), ("subjects", P[0], O[3])]),
    ("subjects of an integer literal, not of its text", [
        ("add", S[0], P[1], O[3], G[0]), ("add", S[1], P[1], Literal("1"), G[0]), ("subjects", P[1], O[3]),
        ("subjects", P[1], Literal("1"))]),
]


def _assert_lazy_as_eager(ops: list[tuple]) -> None:
    """Replay ``ops`` on an eager and a lazy store; both end with the same quads in the same order."""
    eager, lazy = Dataset(store=GraphStore(), default_union=True), Dataset(store=GraphStore(lazy=True), default_union=True)
    for op in ops:
        _apply_both(eager, lazy, op)
    assert _ordered(lazy) == _ordered(eager)


@pytest.mark.parametrize(("name", "ops"), LAZY_CASES, ids=[c[0] for c in LAZY_CASES])
def test_a_lazy_store_answers_as_the_eager_one_in_the_same_order(name: str, ops: list[tuple]) -> None:
    _assert_lazy_as_eager(ops)


@settings(max_examples=80, deadline=None)
@given(ops=st.lists(_LAZY_OP, max_size=30))
def test_a_lazy_store_any_sequence_of_writes_and_reads(ops: list[tuple]) -> None:
    _assert_lazy_as_eager(ops)


@settings(max_examples=40, deadline=None)
@given(ops=st.lists(_OP, max_size=25))
def test_a_lazy_store_matches_rdflib_memory(ops: list[tuple]) -> None:
    memory, lazy = Dataset(store=Memory(), default_union=True), Dataset(store=GraphStore(lazy=True), default_union=True)
    for op in ops:
        _apply(memory, op)
        _apply(lazy, op)
    assert _state(lazy) == _state(memory)


def test_a_builds_graphs_are_written_out_without_their_indexes() -> None:
    """What an in-memory build does with its dataset (new_dataset): the graphs written, counted
    and converted to N-Quads; the three indexes (three quarters of the memory of a long
    document's graph) are never made, and the bytes are the eager store's."""
    from kg.graph.oxio import QuadBuffer

    def fill(ds: Dataset) -> Dataset:  # graph after graph, as a build writes its documents
        for g in G:
            for k, (s, p, o) in enumerate(itertools.product(S, P, O)):
                if k % 3 != G.index(g):
                    ds.graph(g).add((s, p, o))
        return ds

    lazy = fill(new_dataset())
    eager = fill(Dataset(store=GraphStore(), default_union=True))
    assert QuadBuffer(lazy).data == QuadBuffer(eager).data
    assert len(lazy) == len(eager) == len(S) * len(P) * len(O)  # (each triple in two graphs)
    assert [len(lazy.graph(g)) for g in G] == [len(eager.graph(g)) for g in G]
    store = lazy.store
    assert isinstance(store, GraphStore)
    assert not store._spo and not store._pos and not store._osp
    assert sorted(lazy.quads((None, None, None, None))) == sorted(eager.quads((None, None, None, None)))  # read: indexed now
    assert store._spo


# --- rv22f: the lazy store against the eager one and rdflib's Memory, one read at a time ----------


B = BNode("b0")
S2 = [*S, B]
O2 = [*O, B, Literal("1", datatype=XSD.string), Literal("1"), Literal("01", datatype=XSD.integer)]
G2 = [*G, None]  # None: the default graph (ds.add without a graph)

_WRITE2 = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(S2), st.sampled_from(P), st.sampled_from(O2), st.sampled_from(G2)),
    st.tuples(st.just("addN"), st.lists(st.tuples(st.sampled_from(S2), st.sampled_from(P), st.sampled_from(O2),
                                                   st.sampled_from(G)), max_size=4)),
    st.tuples(st.just("iadd"), st.sampled_from(G), st.lists(st.tuples(st.sampled_from(S2), st.sampled_from(P),
                                                                       st.sampled_from(O2)), max_size=4)),
    st.tuples(st.just("remove"), st.sampled_from([None, *S2]), st.sampled_from([None, *P]),
              st.sampled_from([None, *O2]), st.sampled_from([None, *G])),
    st.tuples(st.just("remove_graph"), st.sampled_from(G)),
    st.tuples(st.just("add_graph"), st.sampled_from(G)),
)
_READ2 = st.one_of(
    st.tuples(st.just("triples"), st.sampled_from([None, *S2]), st.sampled_from([None, *P]),
              st.sampled_from([None, *O2]), st.sampled_from(G2)),
    st.tuples(st.just("in"), st.sampled_from(S2), st.sampled_from(P), st.sampled_from(O2), st.sampled_from(G2)),
    st.tuples(st.just("len"), st.sampled_from(G2)),
    st.tuples(st.just("union_len"),),
    st.tuples(st.just("contexts"), st.sampled_from(S2), st.sampled_from(P), st.sampled_from(O2)),
    st.tuples(st.just("quads"), st.sampled_from([None, *S2]), st.sampled_from(G2)),
    st.tuples(st.just("helpers"), st.sampled_from(S2), st.sampled_from(P)),
    st.tuples(st.just("set"), st.sampled_from(G)),
    st.tuples(st.just("sparql"),),
    st.tuples(st.just("graphs"),),
)


def _graph_of(ds: Dataset, g: URIRef | None) -> Graph:
    return ds.graph(g) if g is not None else ds.default_context


def _write2(ds: Dataset, op: tuple) -> None:
    kind = op[0]
    if kind == "add" and op[4] is None:
        ds.add(op[1:4])
    elif kind == "addN":
        ds.addN((s, p, o, ds.graph(g)) for s, p, o, g in op[1])
    elif kind == "iadd":
        graph = ds.graph(op[1])
        graph += op[2]
    else:
        _apply(ds, op)


def _id(c: object) -> object:
    return getattr(c, "identifier", c)


def _read2(ds: Dataset, op: tuple, *, ordered: bool) -> object:
    """What ``op`` reads; a list in the order it came back (``ordered``), else a set."""
    kind = op[0]
    bag = list if ordered else set
    store = ds.store
    if kind == "triples":
        s, p, o, g = op[1:]
        return bag((t, tuple(sorted(str(_id(c)) for c in cs))) for t, cs in store.triples((s, p, o), context=_graph_of(ds, g) if g else None))
    if kind == "in":
        s, p, o, g = op[1:]
        return ((s, p, o) in ds, (s, p, o) in _graph_of(ds, g))
    if kind == "len":
        return len(_graph_of(ds, op[1]))
    if kind == "union_len":
        return (len(ds), len(store))
    if kind == "contexts":
        return bag(str(_id(c)) for c in store.contexts(op[1:4]))
    if kind == "quads":
        s, g = op[1:]
        return bag((a, b, c, _id(d)) for a, b, c, d in ds.quads((s, None, None, g)))
    if kind == "helpers":
        s, p = op[1:]
        return (bag(ds.objects(s, p)), bag(ds.subjects(p, None)), bag(ds.predicate_objects(s)))
    if kind == "set":
        return set(ds.graph(op[1]))
    if kind == "sparql":
        rows = ds.query(f"SELECT ?g ?s ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?p = <{P[0]}>) }}")
        return sorted((str(r[0]), r[1].n3(), r[2].n3()) for r in rows)
    if kind == "graphs":
        return bag(str(_id(c)) for c in store.contexts())
    raise AssertionError(op)


@settings(max_examples=150, deadline=None)
@given(ops=st.lists(st.one_of(_WRITE2, _WRITE2, _READ2), max_size=30))
def test_a_lazy_store_read_one_way_at_a_time_answers_as_eager_and_memory(ops: list[tuple]) -> None:
    """Each read alone (a pattern of each shape, in, len of a graph and of the union, contexts of a
    triple, quads, subjects/objects, set(), SPARQL) may be the first to index, between writes
    (default graph, addN, +=, duplicates, removals by pattern, graphs removed and made): the lazy
    store answers as the eager one, in the same order, and as rdflib's Memory."""
    memory = Dataset(store=Memory(), default_union=True)
    eager = Dataset(store=GraphStore(), default_union=True)
    lazy = Dataset(store=GraphStore(lazy=True), default_union=True)
    for op in ops:
        if op[0] in {"add", "addN", "iadd", "remove", "remove_graph", "add_graph"}:
            for ds in (memory, eager, lazy):
                _write2(ds, op)
        else:
            assert _read2(lazy, op, ordered=True) == _read2(eager, op, ordered=True), op
            assert _read2(lazy, op, ordered=False) == _read2(memory, op, ordered=False), op
    assert _state(lazy) == _state(memory)
    for fmt in ("nquads", "trig"):
        back_lazy, back_memory = Dataset(), Dataset()
        back_lazy.parse(data=lazy.serialize(format=fmt), format=fmt)
        back_memory.parse(data=memory.serialize(format=fmt), format=fmt)
        def plain(ds: Dataset) -> set:  # (blank nodes are renamed on parsing)
            return {tuple("_" if isinstance(t, BNode) else str(t) for t in q) for q in ds.quads()}

        assert plain(back_lazy) == plain(back_memory), fmt
    for g in G:
        assert isomorphic(lazy.graph(g), memory.graph(g))
        assert lazy.graph(g).serialize(format="turtle") == eager.graph(g).serialize(format="turtle")
    assert lazy.serialize(format="nquads") == eager.serialize(format="nquads")


@pytest.mark.parametrize(("name", "ops", "expected_len"), [
    ("duplicate adds in one new graph", [("add", S[0], P[0], O[1], G[0])] * 3, 1),
    ("one triple in two new graphs", [("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[0], O[1], G[1])], 1),
    ("removed by pattern before any read", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[0], O[1], G[0]), ("remove", S[0], None, None, G[0])], 1),
    ("a new graph emptied, then written", [
        ("add", S[0], P[0], O[1], G[0]), ("remove", None, None, None, G[0]), ("add", S[1], P[0], O[1], G[0])], 1),
    ("written into an older graph after a newer one", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[1], P[0], O[1], G[1]), ("add", S[1], P[0], O[1], G[0]),
        ("add", S[2], P[0], O[1], G[0])], 3),
])
def test_a_lazy_store_counts_set_semantics(name: str, ops: list[tuple], expected_len: int) -> None:
    lazy, memory = Dataset(store=GraphStore(lazy=True), default_union=True), Dataset(store=Memory(), default_union=True)
    for op in ops:
        _write2(lazy, op)
        _write2(memory, op)
    assert len(lazy) == len(memory) == expected_len
    assert [len(lazy.graph(g)) for g in G] == [len(memory.graph(g)) for g in G]
    assert _state(lazy) == _state(memory)


def test_a_conjunctive_graph_on_a_lazy_store() -> None:
    lazy, memory = ConjunctiveGraph(store=GraphStore(lazy=True)), ConjunctiveGraph(store=Memory())
    for cg in (lazy, memory):
        cg.get_context(G[0]).add((S[0], P[0], O[1]))
        cg.get_context(G[1]).add((S[0], P[0], O[1]))
        cg.get_context(G[1]).add((S[1], P[1], B))
    assert len(lazy) == len(memory) == 2
    assert set(lazy.quads((None, None, None))) == set(memory.quads((None, None, None)))
    lazy.remove_context(lazy.get_context(G[1]))
    memory.remove_context(memory.get_context(G[1]))
    assert set(lazy.quads((None, None, None))) == set(memory.quads((None, None, None)))
    assert len(lazy) == len(memory) == 1


def test_readers_in_threads_at_the_first_index_see_it_whole() -> None:
    """Threads that read a new lazy store at once (the first one indexes; the others wait for the
    whole indexes, and len of the union while it indexes counts each triple once)."""
    import threading

    def fill(ds: Dataset) -> Dataset:
        for k in range(3):
            graph = ds.graph(URIRef(EX + f"g{k}"))
            for i in range(20_000):
                graph.add((URIRef(EX + f"s{i % 997}"), P[i % 2], Literal(i // (k + 1))))
        return ds

    eager = fill(Dataset(store=GraphStore(), default_union=True))
    expected = (len(eager), sorted(eager.objects(URIRef(EX + "s5"), P[1])), len(list(eager.quads())))
    for _ in range(2):
        lazy = fill(Dataset(store=GraphStore(lazy=True), default_union=True))
        start = threading.Barrier(4)
        seen: list[object] = []

        def read(ds: Dataset = lazy, barrier: threading.Barrier = start) -> None:
            barrier.wait()
            lengths = {len(ds) for _ in range(20)}
            seen.append((lengths, sorted(ds.objects(URIRef(EX + "s5"), P[1])), len(list(ds.quads()))))

        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert seen == [({expected[0]}, expected[1], expected[2])] * 4


@pytest.mark.parametrize("lazy", [False, True])
@pytest.mark.parametrize("read_first", [False, True])
def test_a_dataset_pickles_and_copies(lazy: bool, read_first: bool) -> None:
    """The store's lock does not pickle: it is left out and made anew (pickle, copy.deepcopy)."""
    import copy
    import pickle

    ds = Dataset(store=GraphStore(lazy=lazy), default_union=True)
    for g in G:
        ds.graph(g).add((S[0], P[0], O[1]))
        ds.graph(g).add((S[G.index(g)], P[1], B))
    if read_first:
        assert len(list(ds.triples((S[0], None, None)))) == 2
    for back in (pickle.loads(pickle.dumps(ds)), copy.deepcopy(ds)):  # noqa: S301 - our own bytes
        assert _ordered(back) == _ordered(ds)
        back.graph(G[0]).add((S[2], P[0], O[0]))
        assert len(back) == len(ds) + 1


@settings(max_examples=40, deadline=None)
@given(source_ops=st.lists(_WRITE2, max_size=12), target_ops=st.lists(_WRITE2, max_size=8), into=st.sampled_from(G))
def test_add_union_of_lazy_stores_as_of_eager_ones(source_ops: list[tuple], target_ops: list[tuple], into: URIRef) -> None:
    """add_union from a lazy store not read yet into a lazy store with graphs not indexed yet."""
    def made(lazy: bool) -> Dataset:
        source = Dataset(store=GraphStore(lazy=lazy), default_union=True)
        target = Dataset(store=GraphStore(lazy=lazy), default_union=True)
        for op in source_ops:
            _write2(source, op)
        for op in target_ops:
            _write2(target, op)
        target.store.add_union(source.store, target.graph(into))
        target.graph(into).add((S[2], P[1], O[3]))
        return target

    assert _ordered(made(True)) == _ordered(made(False))
