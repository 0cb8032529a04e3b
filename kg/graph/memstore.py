"""An in-memory rdflib store made for kg's named graphs: the same answers as rdflib's ``Memory``,
with a cheaper ``add``.

rdflib's ``Memory`` store costs 6-8 µs per added triple, most of it bookkeeping that kg does not
need: an event dispatched per triple, the context turned into a string key on every call, and a
per-triple dictionary of contexts with a "quoted" flag (for N3 formulae). An in-memory build adds
about 290 triples per document, which made the store the largest single cost of a build outside
spaCy. :class:`GraphStore` keeps the same three indexes (subject, predicate and object first) and,
per triple, the identifier of its one graph (a set only for a triple in several graphs); each graph
lists its triples. It is context-aware and graph-aware like ``Memory`` and not formula-aware (kg
never writes N3 formulae): :func:`kg.graph.rdf.new_dataset` puts it behind the rdflib ``Dataset`` that
builds, queries and the API use, so SPARQL, serialisation and ``Graph`` methods are rdflib's own.

Semantics, as ``Memory``: ``context=None`` means every graph (the union; a triple is reported
once, with the graphs holding it); removing with ``context=None`` removes from every graph;
``remove_graph`` forgets a graph even when empty; ``add_graph`` makes an empty graph visible.

``GraphStore(lazy=True)`` (the store of :func:`kg.graph.rdf.new_dataset`, so of an in-memory
build) lists the triples of the graphs being written and indexes them only when something first
reads an index. The three indexes are about three quarters of the store's memory (0.65 of the 0.9 KB
a triple takes), and what a build writes next (its N-Quads, read with :meth:`GraphStore.graph_triples`)
never reads them: a long document of a million triples held them all at the peak of its build
(issue 18, goal 3). Every answer is the same, in the same order (see :meth:`GraphStore._index`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rdflib.store import Store

if TYPE_CHECKING:
    from rdflib.graph import Graph
    from rdflib.term import Node, URIRef

    Triple = tuple[Node, Node, Node]

__all__ = ["GraphListStore", "GraphStore"]

_NO_GRAPH = object()  # what the one-entry cache of the last graph holds before any graph


class GraphStore(Store):
    """A context-aware, graph-aware in-memory triple store (see the module docstring)."""

    context_aware = True
    formula_aware = False
    graph_aware = True
    transaction_aware = False

    def __init__(self, configuration: str | None = None, identifier: Node | None = None, *, lazy: bool = False) -> None:
        super().__init__(configuration)
        self.identifier = identifier
        # spo[s][p][o] = the graph identifier holding (s, p, o), or a set of them.
        self._spo: dict[Node, dict[Node, dict[Node, Any]]] = {}
        self._pos: dict[Node, dict[Node, dict[Node, None]]] = {}
        self._osp: dict[Node, dict[Node, dict[Node, None]]] = {}
        # Per graph identifier: its triples, in insertion order, and the Graph object to hand back.
        self._triples: dict[Node, dict[Triple, None]] = {}
        self._graphs: dict[Node, Graph] = {}
        self._count = 0
        self._namespace: dict[str, URIRef] = {}
        self._prefix: dict[URIRef, str] = {}
        self._last: tuple[Any, Node | None] = (_NO_GRAPH, None)
        # lazy: the graphs whose triples are listed but not indexed yet, in the order they were
        # made; only the last one is written to (see _index).
        self._lazy = lazy
        self._pending: dict[Node, None] = {}
        self._open: tuple[Node | None, dict[Triple, None] | None] = (None, None)  # the last pending graph
        self._indexing = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (and deep-copied) without the lock, which does not pickle: a dataset pickled as
        before the lazy store had one."""
        state = self.__dict__.copy()
        del state["_indexing"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._indexing = threading.Lock()

    # --- the lazy indexes -------------------------------------------------------------------------

    def _pending_graph(self, cid: Node) -> None:
        """Make the new graph ``cid``, listed and not indexed, the one being written."""
        bucket: dict[Triple, None] = {}
        self._triples[cid] = bucket
        self._pending[cid] = None
        self._open = (cid, bucket)

    def _index(self) -> None:
        """Index the triples of the pending graphs (``lazy``), as :meth:`add` would have when they
        were added. The same indexes, in the same order: the pending graphs were made after every
        indexed triple was added, one after the other, and each was written only while it was the
        last one made (:meth:`add` indexes them first otherwise), so their lists, one after the
        other, are the order in which the triples were added."""
        if not self._pending:
            return
        with self._indexing:  # a reader in another thread waits for the indexes, whole
            if not self._pending:
                return
            spo, pos, osp = self._spo, self._pos, self._osp
            added = 0
            for cid in self._pending:
                for s, p, o in self._triples.get(cid, ()):
                    objects = spo.setdefault(s, {}).setdefault(p, {})
                    info = objects.get(o)
                    if info is None:
                        objects[o] = cid
                        added += 1
                        pos.setdefault(p, {}).setdefault(o, {})[s] = None
                        osp.setdefault(o, {}).setdefault(s, {})[p] = None
                    elif isinstance(info, set):
                        info.add(cid)
                    elif info != cid:
                        objects[o] = {info, cid}
            self._count += added
            self._pending = {}
            self._open = (None, None)

    def _pending_count(self) -> int:
        """Distinct triples of the pending graphs that the indexes do not hold (their share of
        ``len``), without indexing them."""
        spo = self._spo
        if len(self._pending) == 1:
            bucket = self._triples.get(next(iter(self._pending)), {})
            if not spo:
                return len(bucket)
            return sum(1 for s, p, o in bucket if o not in spo.get(s, {}).get(p, ()))
        seen: set[Triple] = set()
        if not spo:
            # Nothing indexed yet (a build's dataset before anything reads it): the union of the
            # graphs' lists, each added with the hash its list keeps, so that no rdflib term is
            # hashed again (most of the count's CPU: 1.3 of 1.4 s on 200,000 triples, profiled).
            for cid in self._pending:
                seen.update(self._triples.get(cid, {}))
            return len(seen)
        for cid in self._pending:
            for triple in self._triples.get(cid, ()):
                s, p, o = triple
                if o not in spo.get(s, {}).get(p, ()):
                    seen.add(triple)
        return len(seen)

    # --- contexts ---------------------------------------------------------------------------------

    def _cid(self, context: Any) -> Node | None:
        """The identifier of ``context`` (a Graph, or an identifier); ``None`` for the union."""
        if context is None:
            return None
        last, cid = self._last
        if context is last:
            return cid
        cid = getattr(context, "identifier", context)
        if context is not cid:
            self._graphs.setdefault(cid, context)
        self._last = (context, cid)
        return cid

    def _graph(self, cid: Node) -> Any:
        return self._graphs.get(cid, cid)

    def _in(self, info: Any, cid: Node | None) -> bool:
        if cid is None:
            return True
        return info == cid if not isinstance(info, set) else cid in info

    def _contexts_of(self, info: Any) -> Iterator[Any]:
        if isinstance(info, set):
            return (self._graph(c) for c in sorted(info, key=str))
        return iter((self._graph(info),))

    # --- writing ----------------------------------------------------------------------------------

    def add(self, triple: Triple, context: Any, quoted: bool = False) -> None:
        """Add ``triple`` to the graph ``context`` (a no-op when it is there already)."""
        if quoted:
            raise NotImplementedError("GraphStore does not hold N3 formulae (quoted graphs)")
        last, cid = self._last
        if context is not last:
            if context is None:
                raise ValueError("GraphStore.add needs a graph: it is context-aware")
            cid = self._cid(context)
        if self._lazy:
            open_cid, open_bucket = self._open
            if cid is open_cid or (open_bucket is not None and cid == open_cid):
                open_bucket[triple if type(triple) is tuple else tuple(triple)] = None  # type: ignore[index]
                return
            if cid not in self._triples:  # a new graph: listed, not indexed, until something reads
                self._pending_graph(cid)
                self._open[1][triple if type(triple) is tuple else tuple(triple)] = None  # type: ignore[index]
                return
            self._index()  # an earlier graph written again: the pending ones are indexed first
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        info = objects.get(o)
        if info is None:
            objects[o] = cid
            self._count += 1
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
            self._osp.setdefault(o, {}).setdefault(s, {})[p] = None
        elif isinstance(info, set):
            if cid in info:
                return
            info.add(cid)
        elif info == cid:
            return
        else:
            objects[o] = {info, cid}
        bucket = self._triples.get(cid)
        if bucket is None:
            bucket = self._triples[cid] = {}
        bucket[triple if type(triple) is tuple else (s, p, o)] = None

    def add_union(self, source: GraphStore, context: Any) -> None:
        """Add every triple of every graph of ``source`` to the graph ``context``: what adding the
        triples of ``source.triples((None, None, None), None)`` one by one does, in the same order
        (so every pattern reads back in that order), without a call per triple."""
        cid = self._cid(context)
        if cid is None:
            raise ValueError("GraphStore.add_union needs a graph: it is context-aware")
        source._index()
        self._index()
        spo, pos, osp = self._spo, self._pos, self._osp
        bucket = self._triples.setdefault(cid, {})
        added = 0
        for s, po in source._spo.items():
            mine = spo.setdefault(s, {})
            for p, objects in po.items():
                held = mine.setdefault(p, {})
                by_object = pos.setdefault(p, {})
                for o in objects:
                    info = held.get(o)
                    if info is None:
                        held[o] = cid
                        added += 1
                        by_object.setdefault(o, {})[s] = None
                        osp.setdefault(o, {}).setdefault(s, {})[p] = None
                    elif info == cid or (isinstance(info, set) and cid in info):
                        continue
                    else:
                        held[o] = ({*info} if isinstance(info, set) else {info}) | {cid}
                    bucket[(s, p, o)] = None
        self._count += added

    def addN(self, quads: Iterable[tuple[Node, Node, Node, Any]]) -> None:
        for s, p, o, c in quads:
            self.add((s, p, o), c)

    def remove(self, triple_pattern: tuple[Any, Any, Any], context: Any = None) -> None:
        """Remove the matching triples from ``context``, or from every graph when it is None."""
        cid = self._cid(context)
        if self._pending:
            if cid is not None and triple_pattern == (None, None, None) and (
                cid not in self._triples or (cid in self._pending and (cid == self._open[0] or not self._triples[cid]))
            ):
                # A graph emptied that the indexes do not hold (as add_analysis empties a new
                # document's graph before writing it): nothing to unindex. Only the last graph made
                # (or an empty one): a triple of an earlier one also in a later one would otherwise
                # be indexed where the later one has it, not where it was first added (the order of
                # the union's patterns).
                bucket = self._triples.get(cid)
                if bucket:
                    bucket.clear()
                return
            self._index()
        if cid is not None and triple_pattern == (None, None, None):
            matches = list(self._triples.get(cid, ()))
        else:
            matches = [t for t, _ in self.triples(triple_pattern, context=context)]
        for s, p, o in matches:
            objects = self._spo[s][p]
            info = objects[o]
            if cid is None:
                left: Any = None
                gone = set(info) if isinstance(info, set) else {info}
            elif isinstance(info, set):
                rest = info - {cid}
                left = next(iter(rest)) if len(rest) == 1 else rest
                gone = {cid}
            else:
                left, gone = None, {cid}
            for g in gone:
                bucket = self._triples.get(g)
                if bucket is not None:
                    bucket.pop((s, p, o), None)
            if left is not None:
                objects[o] = left
                continue
            self._count -= 1
            _unindex(self._spo, s, p, o)
            _unindex(self._pos, p, o, s)
            _unindex(self._osp, o, s, p)

    def add_graph(self, graph: Graph) -> None:
        cid = self._cid(graph)
        if cid is not None and cid not in self._triples:
            if self._lazy:
                self._pending_graph(cid)
            else:
                self._triples[cid] = {}

    def remove_graph(self, graph: Graph) -> None:
        cid = self._cid(graph)
        if cid is None:
            return
        self.remove((None, None, None), graph)
        self._triples.pop(cid, None)
        self._graphs.pop(cid, None)
        self._last = (_NO_GRAPH, None)
        if self._pending.pop(cid, _NO_GRAPH) is not _NO_GRAPH and self._open[0] == cid:
            self._open = (None, None)

    # --- reading ----------------------------------------------------------------------------------

    def triples(  # type: ignore[override]
        self, triple_pattern: tuple[Any, Any, Any], context: Any = None
    ) -> Iterator[tuple[Triple, Iterator[Any]]]:
        """Each matching triple of ``context`` (of every graph when None) with the graphs holding it."""
        self._index()
        cid = self._cid(context)
        s, p, o = triple_pattern
        spo = self._spo
        if s is None and p is None and o is None:
            if cid is not None:
                for triple in list(self._triples.get(cid, ())):
                    ts, tp, to = triple
                    yield triple, self._contexts_of(spo[ts][tp][to])
                return
            for s1, po in list(spo.items()):
                for p1, objects in list(po.items()):
                    for o1, info in list(objects.items()):
                        yield (s1, p1, o1), self._contexts_of(info)
            return
        if s is not None:
            po = spo.get(s)
            if po is None:
                return
            for p1 in [p] if p is not None else list(po):
                objects = po.get(p1)
                if objects is None:
                    continue
                if o is not None:
                    info = objects.get(o)
                    if info is not None and self._in(info, cid):
                        yield (s, p1, o), self._contexts_of(info)
                    continue
                for o1, info in list(objects.items()):
                    if self._in(info, cid):
                        yield (s, p1, o1), self._contexts_of(info)
            return
        if p is not None:
            os_ = self._pos.get(p)
            if os_ is None:
                return
            for o1 in [o] if o is not None else list(os_):
                subjects = os_.get(o1)
                if subjects is None:
                    continue
                for s1 in list(subjects):
                    info = spo[s1][p][o1]
                    if self._in(info, cid):
                        yield (s1, p, o1), self._contexts_of(info)
            return
        sp = self._osp.get(o)
        if sp is None:
            return
        for s1, predicates in list(sp.items()):
            for p1 in list(predicates):
                info = spo[s1][p1][o]
                if self._in(info, cid):
                    yield (s1, p1, o), self._contexts_of(info)

    def subjects_of(self, predicate: Node, obj: Node) -> set[Node]:
        """The subjects of ``(?, predicate, obj)`` in any graph, as a set: what
        ``set(Dataset.subjects(predicate, obj))`` gives over the union, read from the graphs' lists
        while some are not indexed (``lazy``), without indexing them (the count of a build's
        documents before its outputs: indexing a graph of 200,000 triples took about a second of
        CPU that nothing after it needed). Terms are compared as text first (a C comparison), then
        as rdflib compares them (type, datatype, language)."""
        if not self._pending:
            return set(self._pos.get(predicate, {}).get(obj, {}))
        text_p, text_o = str(predicate), str(obj)
        same = str.__eq__
        return {
            s
            for bucket in self._triples.values()
            for s, p, o in bucket
            if same(p, text_p) and same(o, text_o) and p == predicate and o == obj
        }

    def graph_triples(self, identifier: Node) -> list[Triple]:
        """The triples of the graph named ``identifier``, in the order :meth:`triples` gives them
        for ``(None, None, None)`` in that graph, without a generator and a context list per triple
        (what :func:`kg.graph.oxio.dataset_quads` reads)."""
        return list(self._triples.get(identifier, ()))

    def listed(self) -> Iterator[list[Triple]]:
        """The triples of every graph, graph after graph in the order they were made, each as
        :meth:`graph_triples` lists it (a triple held by several graphs comes once per graph),
        without making the indexes: what reads the whole union once (the page's digest,
        :mod:`kg.explore.views`) takes it from here."""
        for identifier in list(self._triples):
            yield self.graph_triples(identifier)

    def __len__(self, context: Any = None) -> int:  # type: ignore[override]
        cid = self._cid(context)
        if cid is None:
            if not self._pending:
                return self._count
            # Counted under the lock: a reader indexing in another thread has added to the indexes
            # part of the pending triples and not yet to the count (they were counted twice or not
            # at all).
            with self._indexing:
                return self._count + self._pending_count() if self._pending else self._count
        return len(self._triples.get(cid, ()))

    def contexts(self, triple: Triple | None = None) -> Iterator[Any]:  # type: ignore[override]
        if triple is None or triple == (None, None, None):
            return (self._graph(c) for c in list(self._triples))
        self._index()
        s, p, o = triple
        info = self._spo.get(s, {}).get(p, {}).get(o)
        if info is None:
            return iter(())
        return self._contexts_of(info)

    # --- namespaces (as rdflib's Memory) ----------------------------------------------------------

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        bound_namespace = self._namespace.get(prefix)
        bound_prefix = self._prefix.get(namespace)
        if bound_prefix is None and bound_namespace is not None:
            bound_prefix = self._prefix.get(bound_namespace)
        if override:
            if bound_prefix is not None:
                del self._namespace[bound_prefix]
            if bound_namespace is not None:
                del self._prefix[bound_namespace]
            self._prefix[namespace] = prefix
            self._namespace[prefix] = namespace
        else:
            ns = bound_namespace if bound_namespace is not None else namespace
            pf = bound_prefix if bound_prefix is not None else prefix
            self._prefix[ns] = pf
            self._namespace[pf] = ns

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespace.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self._prefix.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._namespace.items())


def _unindex(index: dict[Any, dict[Any, dict[Any, Any]]], a: Any, b: Any, c: Any) -> None:
    """Delete ``index[a][b][c]``, then the inner dictionaries it leaves empty."""
    inner = index[a][b]
    del inner[c]
    if not inner:
        del index[a][b]
        if not index[a]:
            del index[a]


class GraphListStore(GraphStore):
    """A :class:`GraphStore` that only lists each graph's triples, for graphs written once and then
    read back whole with :meth:`~GraphStore.graph_triples` (a large new build's batches on their way
    to its temporary store): ``add`` keeps no index, which was most of its cost. Only ``add``,
    ``add_graph``, ``remove_graph``, ``graph_triples`` and the length of one graph may be asked of it; anything that
    would read an index raises."""

    def add(self, triple: Triple, context: Any, quoted: bool = False) -> None:
        """Add ``triple`` to the graph ``context`` (a no-op when it is there already: each graph
        keeps its triples in the order they were first added, as :meth:`GraphStore.add` does)."""
        if quoted:
            raise NotImplementedError("GraphStore does not hold N3 formulae (quoted graphs)")
        last, cid = self._last
        if context is not last:
            if context is None:
                raise ValueError("GraphStore.add needs a graph: it is context-aware")
            cid = self._cid(context)
        bucket = self._triples.get(cid)
        if bucket is None:
            bucket = self._triples[cid] = {}
        bucket.setdefault(triple if type(triple) is tuple else tuple(triple))

    def remove_graph(self, graph: Graph) -> None:
        """Forget the graph and its triples (which no other graph's list holds)."""
        cid = self._cid(graph)
        if cid is None:
            return
        self._triples.pop(cid, None)
        self._graphs.pop(cid, None)
        self._last = (_NO_GRAPH, None)

    def _unindexed(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("a GraphListStore keeps no index: only graph_triples reads it")

    remove = triples = add_union = contexts = subjects_of = _unindexed  # type: ignore[assignment]

    def __len__(self, context: Any = None) -> int:  # type: ignore[override]
        cid = self._cid(context)
        if cid is None:
            self._unindexed()
        return len(self._triples.get(cid, ()))
