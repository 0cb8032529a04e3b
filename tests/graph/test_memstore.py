"""kg.graph.memstore.GraphStore answers as rdflib's Memory store does, behind the same Dataset API."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic
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
    ("removed from the union while pending", [
        ("add", S[0], P[0], O[1], G[0]), ("add", S[0], P[1], O[1], G[1]), ("remove", None, P[0], None, None), ("read",)]),
]


@pytest.mark.parametrize(("name", "ops"), LAZY_CASES, ids=[c[0] for c in LAZY_CASES])
def test_a_lazy_store_answers_as_the_eager_one_in_the_same_order(name: str, ops: list[tuple]) -> None:
    eager, lazy = Dataset(store=GraphStore(), default_union=True), Dataset(store=GraphStore(lazy=True), default_union=True)
    for op in ops:
        _apply_both(eager, lazy, op)
    assert _ordered(lazy) == _ordered(eager)


@settings(max_examples=80, deadline=None)
@given(ops=st.lists(_LAZY_OP, max_size=30))
def test_a_lazy_store_any_sequence_of_writes_and_reads(ops: list[tuple]) -> None:
    eager, lazy = Dataset(store=GraphStore(), default_union=True), Dataset(store=GraphStore(lazy=True), default_union=True)
    for op in ops:
        _apply_both(eager, lazy, op)
    assert _ordered(lazy) == _ordered(eager)


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
