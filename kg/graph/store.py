"""Where a graph lives: in memory (rdflib) or on disk (Oxigraph), behind one interface.

Both stores hold one named graph per document (plus the ontology graph), and both answer SPARQL over
the union of the named graphs, with the same prefixes, bindings, checks and timeout as
:func:`kg.graph.query.run_query`. Results are rdflib :class:`~rdflib.query.Result` objects whatever the
store, so :func:`kg.graph.query.format_result`, :func:`kg.graph.query.result_rows`, :mod:`kg.explore.stats`,
:mod:`kg.explore.answers` and :meth:`kg.api.KnowledgeGraph.query` work unchanged (``run_query`` hands a
store's query to the store).

>>> from kg.graph.store import open_store
>>> with open_store("out/store") as store:          # doctest: +SKIP
...     store.replace_graphs(dataset)               # every named graph of an rdflib Dataset
...     store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")

:func:`open_store` picks the implementation: a directory that holds (or will hold) an Oxigraph
database gives an :class:`OxigraphStore`; a graph file (``.trig``, ``.nq``, ``.ttl``, ``.jsonld``),
or a ``kg build`` output folder holding ``graph.trig``, gives a :class:`MemoryStore` loaded from it.
"""

from __future__ import annotations

import itertools
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result

from kg.errors import Errors, KGError
from kg.graph.oxio import RETYPED_PREDICATES, Terms, check_format, retype_ntriples, write_quads

UNION_BATCH = 20_000
"""Quads a union-only in-memory store (:meth:`OxigraphStore.from_nquads`) is bulk-loaded with at a time."""

if TYPE_CHECKING:
    import pyoxigraph

Triple = tuple[Any, Any, Any]
GraphSource = Graph | Iterable[Triple]

#: What kg's named questions (``queries/*.rq``: ``answers.md``) read of the union: the triples with
#: these predicates, and the ``rdf:type`` triples with these classes. A large build's temporary
#: store keeps that share of the union in memory once the union itself no longer fits there
#: (:meth:`OxigraphStore.keep_journal`), and runs the named questions on it: the same rows as on the
#: whole union, several times cheaper than out of RocksDB. ``tests/graph/test_store.py`` checks that
#: every named question reads nothing else.
QUESTION_PREDICATES: frozenset[str] = frozenset({
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2002/07/owl#sameAs",
    "http://www.w3.org/2005/11/its/rdf#taIdentRef",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext",
    "http://groundedannotationframework.org/gaf#denotedBy",
    "http://semanticweb.cs.vu.nl/2009/11/sem/eventType",
    "http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp",
    "https://schema.org/identifier",
    "https://schema.org/text",
    "https://schema.org/creator",
    "http://www.w3.org/ns/org#member",
    "http://www.w3.org/ns/org#organization",
    "http://www.w3.org/ns/org#role",
    "http://www.w3.org/ns/org#headOf",
    "https://w3id.org/newskg/ns#agent",
    "https://w3id.org/newskg/ns#patient",
    "https://w3id.org/newskg/ns#recipient",
    "https://w3id.org/newskg/ns#document",
    "https://w3id.org/newskg/ns#duplicateOf",
    "https://w3id.org/newskg/ns#sentence",
})
QUESTION_CLASSES: frozenset[str] = frozenset({
    "https://schema.org/Person",
    "https://schema.org/Organization",
    "https://schema.org/Place",
    "https://schema.org/Quotation",
    "http://semanticweb.cs.vu.nl/2009/11/sem/Event",
    "http://www.w3.org/ns/org#Membership",
})
#: Lines of the union the named questions' share (:data:`QUESTION_PREDICATES`) may hold in memory
#: (about 390 bytes a triple: at most about 750 MB, the questions of some 13,000 news articles);
#: beyond, the questions go back to the union in the store.
QUESTIONS_IN_MEMORY = 2_000_000
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_QUESTION_PREDICATES = frozenset(f"<{p}>".encode() for p in QUESTION_PREDICATES)
_QUESTION_CLASSES = frozenset(f"<{c}>".encode() for c in QUESTION_CLASSES)


def question_lines(data: bytes) -> bytes:
    """The lines of N-Triples (or N-Quads) ``data`` that the named questions read
    (:data:`QUESTION_PREDICATES`, :data:`QUESTION_CLASSES`). A line's subject (an IRI or a blank
    node) and predicate hold no space, so its predicate is its second word."""
    kept = []
    keep = kept.append
    predicates, classes, rdf_type = _QUESTION_PREDICATES, _QUESTION_CLASSES, _RDF_TYPE
    for line in data.split(b"\n"):
        words = line.split(b" ", 3)
        if len(words) > 2 and (words[1] in predicates or (words[1] == rdf_type and words[2] in classes)):
            keep(line)
    if not kept:
        return b""
    kept.append(b"")
    return b"\n".join(kept)


#: Files that mark a directory as an Oxigraph (RocksDB) database.
_OXIGRAPH_MARKERS: tuple[str, ...] = ("CURRENT", "IDENTITY")

def restore_datatypes(graph: Graph) -> Graph:
    """``graph`` with the contract's datatypes restored (see RETYPED_PREDICATES), in place: for
    triples read back from any Oxigraph (a ``kg serve`` endpoint, say)."""
    integer = XSD.integer
    for predicate, datatype in RETYPED_PREDICATES.items():
        for s, o in list(graph.subject_objects(URIRef(predicate))):
            if isinstance(o, Literal) and o.datatype == integer:
                graph.remove((s, URIRef(predicate), o))
                graph.add((s, URIRef(predicate), Literal(str(o), datatype=URIRef(datatype))))
    return graph


@runtime_checkable
class Store(Protocol):
    """What every store offers. Graph IRIs may be given as strings or :class:`~rdflib.URIRef`."""

    def replace_graph(self, graph_iri: str | URIRef, triples: GraphSource) -> int:
        """Replace the named graph ``graph_iri`` with ``triples``; returns the number of triples written."""
        ...

    def replace_graphs(self, dataset: Dataset) -> int:
        """Replace every named graph of ``dataset`` (in bulk); returns the number of triples written."""
        ...

    def remove_graph(self, graph_iri: str | URIRef) -> None:
        """Remove one named graph (no error if it is absent)."""
        ...

    def graphs(self) -> list[URIRef]:
        """The IRIs of the non-empty named graphs, sorted."""
        ...

    def graph(self, graph_iri: str | URIRef) -> Graph:
        """A copy of one named graph as an rdflib Graph (empty if absent)."""
        ...

    def ntriples(self, graph_iri: str | URIRef) -> bytes:
        """One named graph as N-Triples (UTF-8)."""
        ...

    def query(self, sparql: str, *, bindings: Mapping[str, object] | None = None, timeout: float | None = None) -> Result:
        """SPARQL over the union of the named graphs (prefixes declared, values bound; E402, E407, E408)."""
        ...

    def head(self, sparql: str, *, limit: int, timeout: float | None = None) -> tuple[list[str], list[list[str]], int]:
        """Column names, the first ``limit`` rows as strings (:func:`kg.graph.query.result_rows`) and the
        number of rows of a query."""
        ...

    def to_dataset(self) -> Dataset:
        """The whole store as an rdflib Dataset (the store's own for a MemoryStore, a copy otherwise)."""
        ...

    def dump(self, path: str | Path, fmt: str = "trig") -> Path:
        """Write every named graph to ``path`` (``trig``, ``nquads``, ``json-ld``; ``turtle``: their union), atomically."""
        ...

    def __len__(self) -> int:
        """The number of distinct triples in the union of the named graphs (what queries see)."""
        ...

    def close(self) -> None:
        """Release the store (flushes and unlocks an Oxigraph directory)."""
        ...


class _Base:
    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass


def _iri(value: str | URIRef) -> URIRef:
    return value if isinstance(value, URIRef) else URIRef(str(value))


def _atomic_write(path: Path, write) -> Path:
    from kg.fileio import replace_atomically

    return replace_atomically(path, write)


def _named_graphs(dataset: Dataset) -> list[Graph]:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return [g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID]


# --- in memory (rdflib) ---------------------------------------------------------------------------


class MemoryStore(_Base):
    """The rdflib ``Dataset(default_union=True)`` that ``kg build`` fills, behind the Store interface."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        from kg.graph.rdf import new_dataset

        self.dataset = dataset if dataset is not None else new_dataset()

    def __repr__(self) -> str:
        return f"<MemoryStore: {len(self.graphs())} graphs, {len(self)} quads>"

    def replace_graph(self, graph_iri: str | URIRef, triples: GraphSource) -> int:
        iri = _iri(graph_iri)
        items = list(triples)  # read first: ``triples`` may be this very graph
        self.dataset.remove_graph(iri)
        target = self.dataset.graph(iri)
        for triple in items:
            target.add(triple)
        return len(target)

    def replace_graphs(self, dataset: Dataset) -> int:
        if dataset is self.dataset:
            return len(self.dataset)
        return sum(self.replace_graph(g.identifier, g) for g in _named_graphs(dataset))

    def remove_graph(self, graph_iri: str | URIRef) -> None:
        self.dataset.remove_graph(_iri(graph_iri))

    def graphs(self) -> list[URIRef]:
        return sorted(g.identifier for g in _named_graphs(self.dataset) if len(g))  # type: ignore[misc]

    def graph(self, graph_iri: str | URIRef) -> Graph:
        copy = Graph(identifier=_iri(graph_iri))
        for triple in self.dataset.graph(_iri(graph_iri)):
            copy.add(triple)
        return copy

    def ntriples(self, graph_iri: str | URIRef) -> bytes:
        return self.graph(graph_iri).serialize(format="nt", encoding="utf-8")

    def query(self, sparql: str, *, bindings: Mapping[str, object] | None = None, timeout: float | None = None) -> Result:
        from kg.graph.query import run_query

        return run_query(self.dataset, sparql, bindings=bindings, timeout=timeout)

    def head(self, sparql: str, *, limit: int, timeout: float | None = None) -> tuple[list[str], list[list[str]], int]:
        from kg.graph.query import result_rows

        columns, rows = result_rows(self.query(sparql, timeout=timeout))
        return columns, rows[:limit], len(rows)

    def to_dataset(self) -> Dataset:
        return self.dataset

    def dump(self, path: str | Path, fmt: str = "trig") -> Path:
        from kg.graph.rdf import serialize

        check_format(fmt)
        return serialize(self.dataset, Path(path), fmt=fmt)

    def __len__(self) -> int:
        return len(self.dataset)


# --- on disk (Oxigraph) ---------------------------------------------------------------------------


def is_oxigraph_dir(path: str | Path) -> bool:
    """Whether ``path`` is a directory holding an Oxigraph database."""
    folder = Path(path)
    return folder.is_dir() and all((folder / name).exists() for name in _OXIGRAPH_MARKERS)


class _Cancelled(Exception):
    pass


#: In-memory Oxigraph stores that :meth:`OxigraphStore.close` was told not to free (``free=False``):
#: held here until the process ends.
LEFT_FOR_EXIT: list[Any] = []


class OxigraphStore(_Base):
    """A persistent Oxigraph database in a directory (``pyoxigraph.Store(path)``).

    Queries see the union of the named graphs as their default graph. The union is *materialised*:
    the store's default graph holds every distinct triple of the named graphs, kept up to date by
    every write through this class. (Oxigraph 0.5's own union default graph,
    ``use_default_graph_as_union``, repeats a triple once per graph holding it, so rows and counts
    would differ from rdflib's; upstream issue oxigraph#1919.) A database whose default graph is
    empty while it has named graphs (written by another tool) is queried with Oxigraph's union
    instead, and gets its union materialised the first time it is opened for writing.

    ``replace_graph`` and ``remove_graph`` are one transaction each (a single SPARQL UPDATE);
    ``replace_graphs`` and ``load_file`` use Oxigraph's bulk loader, much faster but not
    transactional. With ``read_only=True`` the directory is opened without taking its lock, so other
    read-only users (such as ``kg serve``) may share it; no other process may write it meanwhile.

    With ``path=None`` the store lives in memory (``pyoxigraph.Store()``), gone when closed: what
    ``kg build`` runs the named questions on, and what ``kg query FILE`` loads a graph file into
    (:meth:`from_quads`, :func:`query_store`).
    """

    #: What error messages name as the place of an in-memory store.
    MEMORY = "(in memory)"

    def __init__(self, path: str | Path | None, *, read_only: bool = False) -> None:
        import pyoxigraph as ox

        if path is None:
            self.path = Path(self.MEMORY)
            self.read_only = False
            self.in_memory = True
            self._store = ox.Store()
            self._terms = Terms()
            self._closed = False
            self.materialised = True
            self._journal: _Journal | None = None
            self._mirror: pyoxigraph.Store | None = None
            self._mirror_room = 0
            self._mirror_taken = 0
            self._questions: pyoxigraph.Store | None = None
            self._questions_wanted = False
            self._questions_room = 0
            return
        self.in_memory = False
        self.path = Path(path)
        self.read_only = read_only
        if self.path.exists() and not self.path.is_dir():
            raise KGError(Errors.E701, path=str(self.path), detail="not a directory")
        if read_only and not is_oxigraph_dir(self.path):
            raise KGError(Errors.E701, path=str(self.path), detail="no Oxigraph database in this directory")
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            detail = str(exc)
            if "lock" in detail.lower():
                detail = "it is in use by another process (a running `kg serve --writable`?): " + detail
            raise KGError(Errors.E701, path=str(self.path), detail=detail) from None
        self._terms = Terms()
        self._closed = False
        self._journal = None
        self._mirror = None  # the union in memory while a deferred journal is pending (keep_journal)
        self._mirror_room = 0  # union lines it may still take before it moves to the store
        self._mirror_taken = 0  # union lines it took from add_graphs
        self._questions = None  # what the named questions read of the union, once the copy moved (keep_journal)
        self._questions_wanted = False
        self._questions_room = 0  # lines it may still take (QUESTIONS_IN_MEMORY)
        self.materialised = self._has_union()
        if not self.materialised and not read_only:
            self.rebuild_union()

    def _has_union(self) -> bool:
        """Whether queries can use the default graph (the materialised union) as is."""
        ox = self._terms.ox
        has_default = next(iter(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
        return has_default or next(iter(self._store.named_graphs()), None) is None

    def rebuild_union(self) -> None:
        """Recompute the default graph as the union of the named graphs (one transaction)."""
        self._write_check()
        self._load_journal()
        self._drop_questions()
        try:
            self._store.update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        except OSError as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None
        self.materialised = True

    @classmethod
    def from_quads(cls, quads: Iterable[Any]) -> OxigraphStore:
        """A new in-memory store holding pyoxigraph ``quads`` (:func:`kg.graph.oxio.dataset_quads`), union materialised."""
        store = cls(None)
        store.add_quads(quads)
        return store

    @classmethod
    def from_nquads(cls, data: bytes, *, union_only: bool = False) -> OxigraphStore:
        """A new in-memory store of N-Quads bytes (:class:`kg.graph.oxio.QuadBuffer`), loaded by
        Oxigraph's bulk loader, union materialised.

        ``union_only``: the union alone, in the default graph (each distinct triple once), without
        the named graphs: a store for queries over the union (the named questions of ``kg
        build``), which answers them as the whole store does in half the memory (Oxigraph keeps
        about 360 bytes a quad: a million triples held twice, in their graph and in the union,
        took 700 MB). Its :meth:`graphs` are then empty."""
        store = cls(None)
        ox = store._terms.ox
        try:
            if union_only:
                quad, default = ox.Quad, ox.DefaultGraph()
                parsed = ox.parse(data, format=ox.RdfFormat.N_QUADS)
                triples = (quad(q.subject, q.predicate, q.object, default) for q in parsed)
                # In batches: one bulk load of them all held about 0.6 times the store's memory
                # more while loading (230 MB at a million triples), batches of 20,000 a few MB.
                while batch := list(itertools.islice(triples, UNION_BATCH)):
                    store._store.bulk_extend(batch)
            else:
                store._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                store.rebuild_union()
        except (OSError, SyntaxError, ValueError) as exc:
            store.close()
            raise KGError(Errors.E702, path=cls.MEMORY, detail=f"{type(exc).__name__}: {exc}") from None
        return store

    def add_quads(self, quads: Iterable[Any]) -> None:
        """Add pyoxigraph quads with the bulk loader (no graph is replaced: for a new store)."""
        self._write_check()
        self._touched(None)
        try:
            self._store.bulk_extend(self._with_union(quads))
        except (OSError, ValueError) as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None

    @staticmethod
    def _unlink_update(iri: str) -> str:
        # Take out of the union the triples only this graph holds, then drop the graph.
        return (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{iri}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{iri}>"
        )

    def __repr__(self) -> str:
        return f"<OxigraphStore {self.path}: {len(self)} quads>"

    @property
    def oxigraph(self) -> pyoxigraph.Store:
        """The underlying ``pyoxigraph.Store`` (every graph loaded: see :meth:`keep_journal`)."""
        self._load_journal()
        self._drop_questions()  # (written to directly, perhaps)
        return self._store

    @property
    def union_store(self) -> pyoxigraph.Store:
        """The ``pyoxigraph.Store`` to read the default graph (the materialised union) from, and
        nothing else: the underlying one, or the in-memory copy of the union that a deferred
        journal keeps (``keep_journal(union_in_memory=...)``); the named graphs that a deferred
        journal holds may be missing from either."""
        return self._mirror if self._mirror is not None else self._store

    def _write_check(self) -> None:
        if self.read_only:
            raise KGError(Errors.E702, path=str(self.path), detail="the store is opened read-only")

    def _quads(self, graph_iri: URIRef, triples: GraphSource):
        to_ox, g, quad = self._terms.to_ox, self._terms.named(str(graph_iri)), self._terms.ox.Quad
        for s, p, o in triples:
            yield quad(to_ox(s), to_ox(p), to_ox(o), g)

    def _triples(self, triples: GraphSource):
        to_ox, triple = self._terms.to_ox, self._terms.ox.Triple
        for s, p, o in triples:
            yield triple(to_ox(s), to_ox(p), to_ox(o))

    def keep_journal(self, path: Path, *, defer: bool = False, union_in_memory: int = 0) -> None:
        """Keep the N-Quads that :meth:`add_graphs` bulk-loads in the file ``path`` too, so that
        :meth:`dump` writes those graphs from it rather than decoding them out of the store (most
        of a large build's writing: about 10 µs a quad). Only while no journaled graph is replaced
        or removed (and every load goes through the text path): else the store is dumped as before.

        With ``defer`` (a materialised store), :meth:`add_graphs` bulk-loads only the union's share
        of the graphs it journals; their quads stay in the journal alone until something reads or
        changes a named graph of the store (:meth:`_load_journal`: a query that names a graph,
        :meth:`graph`, :meth:`graphs`, replacing or removing one...), which loads them first. What
        reads only the union (kg's named questions, the page's digest, :meth:`__len__`) and the
        files written (from the journal) never need them: a new large build then bulk-loads a
        third of the index entries it loaded before (2.5 against 8.5 s of CPU for the 563,229
        quads of 1,500 documents).

        ``union_in_memory`` (with ``defer``): the union's share of the graphs journaled goes to an
        in-memory Oxigraph store instead (its copy of the default graph, :attr:`union_store`), up to
        that many lines; the questions that read only the union run there, about five times
        cheaper than out of RocksDB (the named questions of a 1,500-document build: 0.6 against
        3.0 s of CPU), for about 340 bytes a triple. Anything else that reads or changes the
        default graph (loading the journal, replacing a graph the store holds, more lines than
        allowed) first moves the copy into the store (:meth:`_settle_mirror`), which then goes on
        as without it. Like the deferred quads, the copy is lost if the store is closed before: for
        a build's temporary store.

        When the copy moves into the store, the share of the union that kg's named questions read
        (:func:`question_lines`, about half of it) stays in memory, in a store of its own that the
        graphs added from then on (:meth:`add_graphs`) feed too: the named questions run there
        (10x cheaper than out of RocksDB, and linear in the corpus), until anything else changes the
        union (replacing or removing a graph, loading a file), which drops it."""
        self._journal = _Journal(path)
        self._journal.split = defer and self.materialised
        self._journal.pending = self._journal.split
        if self._journal.split and union_in_memory > 0 and self._mirror is None:
            ox = self._terms.ox
            mirror = ox.Store()
            held = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
            if held:
                mirror.bulk_load(held, format=ox.RdfFormat.N_TRIPLES)
            self._mirror, self._mirror_room, self._mirror_taken = mirror, union_in_memory, 0
            self._questions_wanted, self._questions_room = True, QUESTIONS_IN_MEMORY

    def _settle_mirror(self) -> None:
        """Move the in-memory copy of the union (:meth:`keep_journal`) into the store's default
        graph, through a file next to the journal, and stop keeping it."""
        mirror = self._mirror
        if mirror is None:
            return
        ox = self._terms.ox
        journal = self._journal
        scratch = journal.path.with_name(journal.path.name + ".union") if journal is not None else self.path / "union-mirror.nq"
        try:
            mirror.dump(str(scratch), format=ox.RdfFormat.N_QUADS)
            self._store.bulk_load(path=str(scratch), format=ox.RdfFormat.N_QUADS)
            if self._questions_wanted and journal is not None and journal.pending:
                self._questions = ox.Store()
                with scratch.open("rb") as lines:
                    while self._questions is not None and (chunk := lines.read(1 << 24) + lines.readline()):
                        self._add_questions(chunk)
        except (OSError, SyntaxError, ValueError) as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None
        finally:
            scratch.unlink(missing_ok=True)
        self._mirror, self._mirror_room, self._mirror_taken = None, 0, 0

    def mirrored(self) -> tuple[int, int] | None:
        """The union lines the in-memory copy of the union (:meth:`keep_journal`) took from
        :meth:`add_graphs` so far, and how many more it may take; None when no copy is kept."""
        if self._mirror is None:
            return None
        return self._mirror_taken, self._mirror_room

    def settle_union(self) -> None:
        """Move the in-memory copy of the union (:meth:`keep_journal`) into the store now, as when
        it fills: for a build that knows it will outgrow it (the named questions' share of the
        union is then kept in memory from here on, as after). The copy is loaded and dumped
        again for nothing otherwise: about 4 s of CPU at 3,000 news articles (750,000 lines).
        The same store, and the same answers to any question, as when the copy fills."""
        journal = self._journal
        if self._mirror is None or journal is None:
            return
        with journal.lock:
            self._settle_mirror()

    def _load_journal(self) -> None:
        """Bulk-load the quads that only the journal holds yet (``keep_journal(defer=True)``), once:
        before anything reads or changes the store's named graphs."""
        journal = self._journal
        if journal is None or not journal.pending:
            return
        with journal.lock:
            if not journal.pending:
                return
            self._settle_mirror()  # (the union, whole, beside the graphs loaded now)
            try:
                for chunk in journal.read():
                    self._store.bulk_load(chunk, format=self._terms.ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as exc:
                raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None
            journal.pending = False

    def _drop_questions(self) -> None:
        """The union changes otherwise than by :meth:`add_graphs`: the named questions go back to it."""
        self._questions, self._questions_wanted, self._questions_room = None, False, 0

    def _add_questions(self, data: bytes) -> None:
        """Add the named questions' share of union lines (N-Triples) to their store, or drop it
        once it would hold more than QUESTIONS_IN_MEMORY lines."""
        kept = question_lines(data)
        lines = kept.count(b"\n")
        if lines > self._questions_room:
            self._drop_questions()
        elif lines and self._questions is not None:
            self._questions.bulk_load(kept, format=self._terms.ox.RdfFormat.N_TRIPLES)
            self._questions_room -= lines

    def _load_journal_of(self, graph_iri: str | URIRef) -> None:
        if self._journal is not None and str(graph_iri) in self._journal.graphs:
            self._load_journal()

    def _touched(self, graph_iri: str | URIRef | None) -> None:
        """A graph (None: any) is replaced or removed: a journal holding it is no longer the store
        (the quads it alone holds are loaded first). A graph that neither holds is new: the union
        only gains its triples, which :meth:`replace_graph` gives the named questions' share too."""
        journal = self._journal
        if self._questions is not None and (
            graph_iri is None
            or (journal is not None and str(graph_iri) in journal.graphs)
            or self._store.contains_named_graph(self._terms.named(str(_iri(graph_iri))))
        ):
            self._drop_questions()
        if journal is not None and (graph_iri is None or str(graph_iri) in journal.graphs):
            self._load_journal()
            journal.close()
            self._journal = None

    def replace_graph(self, graph_iri: str | URIRef, triples: GraphSource) -> int:
        """Replace one named graph, and its share of the union, in one transaction (one SPARQL UPDATE)."""
        self._write_check()
        iri = _iri(graph_iri)
        self._touched(iri)
        self._before_unlink(iri)
        ox = self._terms.ox
        items = set(self._triples(triples))
        # Serialised by Oxigraph itself, so the escaping is its own; N-Triples is valid INSERT DATA syntax.
        body = (ox.serialize(list(items), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8") if items else ""
        update = self._unlink_update(str(iri)) + f" ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{body}}} }}"
        # With the union in memory, the graph is new here (one the store or the journal held would
        # have moved the copy into the store just above, to be unlinked from the union there).
        mirror = self._mirror
        if self.materialised and mirror is None:
            update += f" ;\nINSERT DATA {{\n{body}}}"
        try:
            self._store.update(update)
            if mirror is not None and body:
                mirror.update(f"INSERT DATA {{\n{body}}}")
            if self._questions is not None:
                self._add_questions(body.encode("utf-8"))
        except (OSError, SyntaxError, ValueError) as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None
        return len(items)

    def replace_graphs(self, dataset: Dataset) -> int:
        """Replace every named graph of ``dataset`` with Oxigraph's bulk loader (not transactional)."""
        self._write_check()
        graphs = _named_graphs(dataset)
        try:
            self._settle_mirror()  # (their union's share goes to the store's default graph)
            for g in graphs:
                self._touched(g.identifier)  # (first: a graph only journaled is loaded, then unlinked)
                self._unlink(g.identifier)
            # One bulk load for all graphs: each call writes and ingests its own files.
            self._store.bulk_extend(self._with_union(q for g in graphs for q in self._quads(_iri(g.identifier), g)))
            written = sum(len(g) for g in graphs)
            self._store.flush()
        except (OSError, ValueError) as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None
        return written

    def add_graphs(self, graphs: Iterable[tuple[URIRef, GraphSource]]) -> int:
        """Add named graphs that the store does not hold yet (with their share of the union) with
        Oxigraph's bulk loader, in one call: not transactional, and no graph is replaced, so only
        for graphs known to be new (a new build's document graphs, in its temporary store); much
        cheaper than :meth:`replace_graph`, which parses each graph again as a SPARQL update.
        Returns the number of triples written.

        The quads are handed to Oxigraph as N-Quads text (:func:`kg.graph.oxio.nquads_text`),
        which its parser reads natively: about four times cheaper in Python than a pyoxigraph term
        per rdflib term, and the same terms in the store (graphs holding other terms than IRIs and
        literals, or an IRI with a backslash, are converted term by term as before)."""
        self._write_check()
        from kg.graph.oxio import nquads_text, nquads_trig_texts

        held = [(iri, triples if isinstance(triples, list) else list(triples)) for iri, triples in graphs]
        try:
            journal = self._journal
            if journal is not None and journal.split and self.materialised:
                texts = nquads_trig_texts(held)
                if texts is not None:
                    named, union, blocks = texts
                    # Deferred (keep_journal): only the union's share goes to the store for now.
                    # (under the lock: a load in another thread reads the journal whole, or waits)
                    with journal.lock:
                        lines = union.count(b"\n")
                        if journal.pending and self._mirror is not None and lines <= self._mirror_room:
                            self._mirror.bulk_load(union, format=self._terms.ox.RdfFormat.N_QUADS)
                            self._mirror_room -= lines
                            self._mirror_taken += lines
                        else:
                            self._settle_mirror()
                            self._store.bulk_load(union if journal.pending else named + union, format=self._terms.ox.RdfFormat.N_QUADS)
                            if self._questions is not None:
                                self._add_questions(union)
                        journal.add([str(iri) for iri, _ in held], named, union=False, blocks=blocks)
                    return sum(len(triples) for _, triples in held)
            self._drop_questions()
            text = nquads_text(held, union=self.materialised)
            if text is not None:
                self._store.bulk_load(text, format=self._terms.ox.RdfFormat.N_QUADS)
                if self._journal is not None:
                    # As it is: the union's lines are left out when it is read (in the writing
                    # thread), not here, where the driver shares the cores with the workers.
                    self._journal.add([str(iri) for iri, _ in held], text, union=self.materialised)
                return sum(len(triples) for _, triples in held)
            self._touched(None)
            return self._add_graphs_terms(held)
        except (OSError, SyntaxError, ValueError) as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None

    def _add_graphs_terms(self, graphs: list[tuple[URIRef, list]]) -> int:
        """:meth:`add_graphs` with each rdflib term converted to a pyoxigraph term."""
        ox = self._terms.ox
        to_ox, named, quad, default, union = self._terms.to_ox, self._terms.named, ox.Quad, ox.DefaultGraph(), self.materialised
        written = 0

        def quads():  # what _with_union(_quads(...)) gives, in one loop
            nonlocal written
            for iri, triples in graphs:
                graph = named(str(iri))
                for s, p, o in triples:
                    s, p, o = to_ox(s), to_ox(p), to_ox(o)
                    written += 1
                    yield quad(s, p, o, graph)
                    if union:
                        yield quad(s, p, o, default)

        self._store.bulk_extend(quads())
        return written

    def _unlink(self, graph_iri: str | URIRef) -> None:
        node = self._terms.named(str(_iri(graph_iri)))
        if self._store.contains_named_graph(node):
            self._before_unlink(graph_iri)
            self._store.update(self._unlink_update(node.value))

    def _before_unlink(self, graph_iri: str | URIRef) -> None:
        """Load a deferred journal before a graph of the store is taken out of the union: the
        update keeps the union triples that another graph holds, and the journaled graphs are
        among those (a graph the store does not hold yet, as the syndication graph at the end of
        a build, loads nothing)."""
        journal = self._journal
        if journal is not None and journal.pending and self._store.contains_named_graph(self._terms.named(str(_iri(graph_iri)))):
            self._load_journal()

    def _with_union(self, quads):
        """Each quad, followed by its triple in the default graph when the union is materialised."""
        ox = self._terms.ox
        default = ox.DefaultGraph()
        for quad in quads:
            yield quad
            if self.materialised and not isinstance(quad.graph_name, ox.DefaultGraph):
                yield ox.Quad(quad.subject, quad.predicate, quad.object, default)

    def load_file(self, path: str | Path) -> int:
        """Bulk-load a graph file written by ``kg build`` (or its folder), replacing the named graphs
        it holds; TriG and N-Quads go straight to Oxigraph's parser. Returns the quads in the store."""
        self._write_check()
        self._touched(None)
        from kg.graph.query import load_dataset

        file = Path(path)
        if file.is_dir():
            file = file / "graph.trig"
        suffix = file.suffix.lower()
        if suffix not in (".trig", ".nq", ".nquads"):
            self.replace_graphs(load_dataset(file))
            return len(self)
        if not file.exists():
            raise KGError(Errors.E401, path=str(file), detail="no such file")
        ox = self._terms.ox
        fmt = ox.RdfFormat.TRIG if suffix == ".trig" else ox.RdfFormat.N_QUADS
        try:
            if next(iter(self._store.named_graphs()), None) is not None:  # else nothing to replace
                names = {q.graph_name for q in ox.parse(path=str(file), format=fmt)}
                for name in names:
                    if isinstance(name, ox.NamedNode):
                        self._unlink(name.value)
            self._store.bulk_extend(self._with_union(ox.parse(path=str(file), format=fmt)))
            self._store.flush()
        except (SyntaxError, ValueError) as exc:
            raise KGError(Errors.E401, path=str(file), detail=f"{type(exc).__name__}: {exc}") from None
        except OSError as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None
        return len(self)

    def remove_graph(self, graph_iri: str | URIRef) -> None:
        self._write_check()
        self._touched(graph_iri)
        try:
            self._unlink(graph_iri)
        except OSError as exc:
            raise KGError(Errors.E702, path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from None

    def graphs(self) -> list[URIRef]:
        self._load_journal()
        ox = self._terms.ox
        found = []
        for g in self._store.named_graphs():
            if isinstance(g, ox.NamedNode) and next(iter(self._store.quads_for_pattern(None, None, None, g)), None) is not None:
                found.append(URIRef(g.value))
        return sorted(found)

    def _retyped(self, quads):
        """Quads with the contract's datatypes restored (see RETYPED_PREDICATES)."""
        ox = self._terms.ox
        integer = str(XSD.integer)
        for q in quads:
            target = RETYPED_PREDICATES.get(q.predicate.value)
            if target is not None and isinstance(q.object, ox.Literal) and q.object.datatype.value == integer:
                q = ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value, datatype=self._terms.named(target)), q.graph_name)
            yield q

    def graph(self, graph_iri: str | URIRef) -> Graph:
        iri = _iri(graph_iri)
        self._load_journal_of(iri)
        out = Graph(identifier=iri)
        conv = self._terms.to_rdflib
        for q in self._retyped(self._store.quads_for_pattern(None, None, None, self._terms.named(str(iri)))):
            out.add((conv(q.subject), conv(q.predicate), conv(q.object)))
        return out

    def ntriples(self, graph_iri: str | URIRef) -> bytes:
        self._load_journal_of(graph_iri)
        ox = self._terms.ox
        quads = self._retyped(self._store.quads_for_pattern(None, None, None, self._terms.named(str(_iri(graph_iri)))))
        return ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""

    def query(self, sparql: str, *, bindings: Mapping[str, object] | None = None, timeout: float | None = None) -> Result:
        return self._run(sparql, bindings=bindings, timeout=timeout, convert=self._to_result)

    def head(self, sparql: str, *, limit: int, timeout: float | None = None) -> tuple[list[str], list[list[str]], int]:
        """Column names, the first ``limit`` rows as strings and the number of rows of a query,
        reading the rows as Oxigraph streams them: only ``limit`` rows are ever held (the named
        questions of a large corpus have 10^5 rows and more)."""
        return self._run(sparql, bindings=None, timeout=timeout, convert=lambda answer, cancelled: self._head(answer, cancelled, limit))

    def _run(self, sparql: str, *, bindings: Mapping[str, object] | None, timeout: float | None, convert: Any) -> Any:
        from kg.graph.query import _with_prologue, known_text, library_texts, prepare

        # The same checks as in memory: E402 for a syntax error, E408 for SERVICE or FROM (kg never
        # makes network requests on behalf of a query), so both stores accept the same queries.
        # kg's own named questions and queries pass them (tests/graph/test_store.py,
        # tests/graph/test_query.py): not parsed again here.
        if not known_text(sparql):
            prepare(sparql)
        journal = self._journal
        if journal is not None and journal.pending and _NAMES_GRAPHS.search(sparql):
            self._load_journal()  # (the word anywhere, a comment's too: loading is never wrong)
        ox, terms = self._terms.ox, self._terms
        subs = {}
        for key, value in (bindings or {}).items():
            term = value if isinstance(value, (URIRef, Literal, BNode)) else Literal(value)
            subs[ox.Variable(key)] = terms.to_ox(term)
        text = _with_prologue(sparql)
        outcome: dict[str, object] = {}
        cancelled = threading.Event()

        # (a query that names no graph reads the union only: the in-memory copy, if one is kept; a
        # named question, what it reads of the union, if that is kept: see keep_journal)
        source = self._mirror if self._mirror is not None else self._store
        if self._questions is not None and sparql in library_texts():
            source = self._questions

        def run(query_text: str, substitutions: dict | None):
            return source.query(query_text, use_default_graph_as_union=not self.materialised, substitutions=substitutions)

        def work() -> None:
            try:
                try:
                    answer = run(text, subs or None)
                except RuntimeError as exc:
                    # Oxigraph substitutes only projected variables; rdflib binds any. Then bind the
                    # others with a VALUES block at the head of the WHERE group (terms serialised by
                    # Oxigraph, so still never pasted as text the user wrote).
                    if not subs or "projection" not in str(exc):
                        raise
                    answer = run(_inject_values(text, subs), None)
                outcome["result"] = convert(answer, cancelled)
            except SyntaxError as exc:
                outcome["error"] = KGError(Errors.E402, detail=str(exc))
            except _Cancelled:
                pass
            except (OSError, ValueError, TypeError, RuntimeError) as exc:
                outcome["error"] = KGError(Errors.E402, detail=f"{type(exc).__name__}: {exc}")

        from kg.graph.query import call_with_timeout

        # A streaming Oxigraph query stops at its next row once cancelled; an aggregate finishes
        # in the background and its answer is dropped.
        call_with_timeout(work, timeout, on_timeout=cancelled.set)
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]  # type: ignore[return-value]

    def _head(self, answer: Any, cancelled: threading.Event, limit: int) -> tuple[list[str], list[list[str]], int]:
        from kg.graph.query import _cell, result_rows

        ox, conv = self._terms.ox, self._terms.to_rdflib
        if not isinstance(answer, ox.QuerySolutions):
            columns, rows = result_rows(self._to_result(answer, cancelled))
            return columns, rows[:limit], len(rows)
        names = [v.value for v in answer.variables]
        rows: list[list[str]] = []
        total = 0
        for solution in answer:
            if cancelled.is_set():
                raise _Cancelled
            total += 1
            if total <= limit:
                rows.append([_cell(conv(solution[name])) for name in names])
        return names, rows, total

    def _to_result(self, answer: Any, cancelled: threading.Event) -> Result:
        ox, conv = self._terms.ox, self._terms.to_rdflib
        if isinstance(answer, ox.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
            return result
        if isinstance(answer, ox.QueryTriples):
            result = Result("CONSTRUCT")
            graph = Graph()
            for t in answer:
                if cancelled.is_set():
                    raise _Cancelled
                graph.add((conv(t.subject), conv(t.predicate), conv(t.object)))
            result.graph = graph
            return result
        names = [v.value for v in answer.variables]
        variables = [Variable(n) for n in names]
        rows = []
        for solution in answer:
            if cancelled.is_set():
                raise _Cancelled
            row = {}
            for var, name in zip(variables, names):
                value = solution[name]
                if value is not None:
                    row[var] = conv(value)
            rows.append(row)
        result = Result("SELECT")
        result.vars = variables
        result.bindings = rows
        return result

    def to_dataset(self) -> Dataset:
        from kg.graph.rdf import new_dataset

        dataset = new_dataset()
        data = b"".join(self.nquads_chunks())
        if data:
            dataset.parse(data=data.decode("utf-8"), format="nquads")
        return dataset

    def _named_quads(self):
        """Every quad of the named graphs (not the materialised union)."""
        self._load_journal()
        ox = self._terms.ox
        quads = self._store.quads_for_pattern(None, None, None, None)
        yield from self._retyped(q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))

    def nquads_chunks(self) -> Iterator[bytes]:
        """The named graphs as N-Quads, one chunk per graph (graphs sorted), dumped by Oxigraph
        itself (no Python object per quad) with the contract's datatypes restored."""
        for name, data in self._ntriples_chunks():
            # N-Triples escapes line breaks in literals: every line, and only a line, ends in " .\n".
            yield data.replace(b" .\n", b" " + name + b" .\n")
        if self._journal is not None:
            yield from self._journal.read()

    def _ntriples_chunks(self) -> Iterator[tuple[bytes, bytes]]:
        """(graph name as an N-Quads term, its triples as N-Triples) of each non-empty named
        graph, graphs sorted, dumped by Oxigraph with the contract's datatypes restored; the graphs
        of the journal (:meth:`keep_journal`) are left to it."""
        ox = self._terms.ox
        journaled = self._journal.graphs if self._journal is not None else set()
        for name in sorted(self._store.named_graphs(), key=str):
            if journaled and isinstance(name, ox.NamedNode) and name.value in journaled:
                continue
            data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name) or b""
            if data:
                yield str(name).encode("utf-8"), retype_ntriples(data)

    def _trig_chunks(self) -> Iterator[bytes]:
        """The named graphs as TriG: kg's prefixes, then each graph's N-Triples in a block."""
        from kg.graph.oxio import trig_block, trig_from_nquads, trig_prefixes

        yield trig_prefixes()
        for name, data in self._ntriples_chunks():
            yield trig_block(name, data)
        if self._journal is not None:
            blocks = self._journal.trig_blocks()
            if blocks is not None:
                yield from blocks
                return
            chunks = trig_from_nquads(line for chunk in self._journal.read() for line in chunk.splitlines(keepends=True))
            next(chunks)  # the prefixes, written already
            yield from chunks

    def union_ntriples(self) -> bytes:
        """The materialised union (the default graph) as N-Triples, datatypes restored."""
        ox = self._terms.ox
        return retype_ntriples(self.union_store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")

    def dump(self, path: str | Path, fmt: str = "trig", *, nquads: Path | None = None) -> Path:
        """Write the named graphs (``trig``, ``nquads``, ``json-ld``) or their union (``turtle``),
        with the contract's datatypes restored. N-Quads are dumped graph by graph by Oxigraph
        (:meth:`nquads_chunks`); TriG is the same lines, each graph in its block, with kg's prefixes
        declared (from ``nquads``, this store's N-Quads already written, regrouped in one pass);
        JSON-LD is Oxigraph's serialiser reading them back (from ``nquads``, else a temporary file
        next to ``path``, removed after)."""
        check_format(fmt)
        ox = self._terms.ox
        target = Path(path)
        if fmt == "trig":
            from kg.graph.oxio import trig_from_nquads, write_trig

            if nquads is None:
                return write_trig(self._trig_chunks(), target)
            try:
                with Path(nquads).open("rb") as lines:
                    return write_trig(trig_from_nquads(lines), target)
            except ValueError:  # a graph named by a blank node: Oxigraph's serialiser, as before
                pass
        if fmt == "nquads":

            def write(tmp: Path) -> None:
                with tmp.open("wb") as handle:
                    for chunk in self.nquads_chunks():
                        handle.write(chunk)
                    handle.flush()
                    os.fsync(handle.fileno())

            return _atomic_write(target, write)
        if fmt == "turtle" and self.materialised:
            # The union is already distinct and grouped by subject: no Python sort needed.
            triples = ox.parse(self.union_ntriples(), format=ox.RdfFormat.N_TRIPLES)
            return write_quads(triples, target, fmt, grouped=True)
        if nquads is not None:
            return write_quads(ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS), target, fmt)
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".nq")
        os.close(fd)
        scratch = Path(name)
        try:
            with scratch.open("wb") as handle:
                for chunk in self.nquads_chunks():
                    handle.write(chunk)
            return write_quads(ox.parse(path=str(scratch), format=ox.RdfFormat.N_QUADS), target, fmt)
        finally:
            scratch.unlink(missing_ok=True)

    def __len__(self) -> int:
        """Distinct triples in the union of the named graphs (what queries see; rdflib's ``len``)."""
        if self.materialised:
            if self._mirror is not None:
                # The in-memory copy holds the default graph alone: its quads are the union's
                # triples, counted without a query (about 2.5 times cheaper).
                return len(self._mirror)
            sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        else:
            sparql = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
        row = next(iter(self.union_store.query(sparql)))
        return int(row[0].value)

    def quad_count(self) -> int:
        """Quads in the named graphs (a triple counts once per graph holding it)."""
        return sum(1 for _ in self._named_quads())

    def close(self, *, flush: bool = True, free: bool = True) -> None:
        """Release the store. ``flush=False`` for a store removed right after (a build's
        temporary store, :meth:`kg.builder.BuildResult.close`): what RocksDB still holds in memory
        is not written out and synced first, only to be deleted. ``free=False`` for a process
        about to end without its teardown (``kg build``): the in-memory copies of the union
        (:meth:`keep_journal`) are left to the process's end (:data:`LEFT_FOR_EXIT`) rather than
        freed one allocation at a time (about 0.2 s of CPU at 1,500 documents)."""
        if self._closed:
            return
        self._closed = True
        if self._journal is not None:  # (its quads are not loaded: the store is closed)
            self._journal.close()
            self._journal = None
        if not free:
            LEFT_FOR_EXIT.extend(held for held in (self._mirror, self._questions) if held is not None)
        self._mirror = None  # (nor the union's copy)
        self._drop_questions()
        if flush and not self.read_only:
            try:
                self._store.flush()
            except OSError:
                pass
        # pyoxigraph releases the database (and its lock) when the object is freed.
        del self._store


#: A query that may read a named graph (``GRAPH``, ``FROM NAMED``): the words anywhere, whatever
#: their case, or any ``\u``/``\U`` escape (SPARQL allows them anywhere in a query; Oxigraph
#: refuses them outside strings and IRIs today, a parser that reads them could see ``\u0047RAPH``
#: as ``GRAPH``); see :meth:`OxigraphStore.keep_journal`. A false positive only costs the load.
_NAMES_GRAPHS = re.compile(r"(?i)graph|named|\\u")


class _Journal:
    """The N-Quads of the graphs a store bulk-loaded (:meth:`OxigraphStore.keep_journal`), appended
    to a file as they come (graphs whole, one after the other)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.graphs: set[str] = set()
        self._handle = path.open("ab")
        self._union: bool | None = None  # each quad's line followed by its union triple's
        self.split = False  # the store was given only the union's lines (keep_journal(defer=True))
        self.pending = False  # ... and has not loaded the quads since (OxigraphStore._load_journal)
        self.lock = threading.Lock()
        self.block = 1 << 24  # bytes read at a time
        # The same graphs as TriG blocks, while every add gave them and no graph came twice
        # (:meth:`trig_blocks`): the TriG file is then copied from it, not regrouped line by line.
        self._trig_path = path.with_name(path.name + ".trig")
        self._trig: Any = None
        self._trig_ok = True

    def add(self, graphs: list[str], data: bytes, *, union: bool, blocks: bytes | None = None) -> None:
        if self._union is None:
            self._union = union
        if union != self._union:
            raise ValueError("a journal holds N-Quads with the union lines or without, not both")
        if self._trig_ok:
            if blocks is None or len(set(graphs)) != len(graphs) or not self.graphs.isdisjoint(graphs):
                self._drop_trig()
            else:
                if self._trig is None:
                    self._trig = self._trig_path.open("wb")
                self._trig.write(blocks)
        self.graphs.update(graphs)
        self._handle.write(data)

    def _drop_trig(self) -> None:
        self._trig_ok = False
        if self._trig is not None:
            self._trig.close()
            self._trig = None
        self._trig_path.unlink(missing_ok=True)

    def trig_blocks(self) -> Iterator[bytes] | None:
        """The journal's graphs as TriG blocks, in chunks of about 16 MiB (None when some add
        gave none, or a graph came twice: :func:`kg.graph.oxio.trig_from_nquads` then)."""
        if not self._trig_ok:
            return None
        if self._trig is None:
            return iter(())
        self._trig.flush()
        path, size = self._trig_path, self.block

        def chunks() -> Iterator[bytes]:
            with path.open("rb") as handle:
                while block := handle.read(size):
                    yield block

        return chunks()

    def read(self) -> Iterator[bytes]:
        """The named graphs' N-Quads lines, in chunks of about 16 MiB ending at a line's end."""
        self._handle.flush()
        lines = 0  # lines read so far: with the union, the even ones are the quads
        with self.path.open("rb") as handle:
            rest = b""
            while block := handle.read(self.block):
                block = rest + block
                cut = block.rfind(b"\n") + 1
                rest = block[cut:]
                if cut:
                    if self._union:
                        # No raw line break inside a line (nquads_text escapes them).
                        part = block[:cut].splitlines(keepends=True)
                        yield b"".join(part[lines % 2 :: 2])
                        lines += len(part)
                    else:
                        yield block[:cut]
            if rest:
                yield rest if not self._union or lines % 2 == 0 else b""

    def close(self) -> None:
        self._handle.close()
        self.path.unlink(missing_ok=True)
        self._drop_trig()


def _where_brace(query: str) -> int:
    """Index of the ``{`` opening the outer WHERE group (after ``WHERE``, else the first ``{``),
    skipping strings, IRIs and comments; -1 if none."""
    i, n, first, after_where = 0, len(query), -1, -1
    upper = query.upper()
    while i < n:
        ch = query[i]
        if ch == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else ch
            i += len(quote)
            while i < n and not query.startswith(quote, i):
                i += 2 if query[i] == "\\" else 1
            i += len(quote)
            continue
        if ch == "<" and i + 1 < n and not query[i + 1].isspace() and query[i + 1] not in "=<":
            end = query.find(">", i)
            if end > 0 and not any(c.isspace() for c in query[i:end]):
                i = end + 1
                continue
        if ch == "{":
            if first < 0:
                first = i
            if after_where >= 0:
                return i
        if upper.startswith("WHERE", i) and (i == 0 or not (query[i - 1].isalnum() or query[i - 1] in "_?$:")):
            after_where = i
        i += 1
    return first


def _inject_values(query: str, subs: dict) -> str:
    at = _where_brace(query)
    if at < 0:
        raise SyntaxError("no WHERE group to bind values in")
    names = list(subs)
    block = "VALUES (" + " ".join(f"?{v.value}" for v in names) + ") { (" + " ".join(str(subs[v]) for v in names) + ") } "
    return query[: at + 1] + " " + block + query[at + 1 :]


# --- choosing a store -----------------------------------------------------------------------------

_GRAPH_SUFFIXES = (".trig", ".nq", ".nquads", ".ttl", ".jsonld", ".json", ".nt")


def open_store(path: str | Path | None = None, *, read_only: bool = False, create: bool = True) -> Store:
    """The store for ``path``.

    - ``None``: a new, empty :class:`MemoryStore`;
    - a graph file (``.trig``, ``.nq``, ``.ttl``, ``.jsonld`` …): a :class:`MemoryStore` loaded from it
      (E401 if it is missing or unreadable);
    - a directory holding an Oxigraph database: an :class:`OxigraphStore` on it (``read_only``: shared);
    - a ``kg build`` output folder (``graph.trig`` and no database): a :class:`MemoryStore` of that file;
    - an empty directory, or a missing path with no graph-file suffix: a new :class:`OxigraphStore`
      there (with ``create=False`` or ``read_only=True``: E401 for a missing path, E701 otherwise);
    - any other directory: E701.
    """
    from kg.graph.query import load_dataset

    if path is None:
        return MemoryStore()
    target = Path(path)
    if target.suffix.lower() in _GRAPH_SUFFIXES and not target.is_dir():
        return MemoryStore(load_dataset(target))
    if is_oxigraph_dir(target):
        return OxigraphStore(target, read_only=read_only)
    if target.is_dir() and (target / "graph.trig").exists():
        return MemoryStore(load_dataset(target))
    if target.exists() and not target.is_dir():
        raise KGError(Errors.E701, path=str(target), detail="not a directory nor a graph file (.trig, .nq, .ttl, .jsonld)")
    if target.is_dir() and any(target.iterdir()):
        raise KGError(Errors.E701, path=str(target), detail="the directory is neither an Oxigraph database nor a kg build folder")
    if read_only or not create:
        if not target.exists():
            raise KGError(Errors.E401, path=str(target), detail="no such file or store")
        raise KGError(Errors.E701, path=str(target), detail="no Oxigraph database in this directory")
    return OxigraphStore(target)


def query_store(path: str | Path) -> Store:
    """A store that answers SPARQL over ``path`` with Oxigraph: an Oxigraph store folder opened
    read-only, in place; a graph file (or a ``kg build`` folder's ``graph.trig``) loaded into an
    in-memory :class:`OxigraphStore` (TriG and N-Quads by Oxigraph's parser, other formats through
    rdflib). What ``kg query`` runs on; E401 for a missing or unreadable file, E701 as
    :func:`open_store`."""
    target = Path(path)
    if is_oxigraph_dir(target):
        return OxigraphStore(target, read_only=True)
    file = target / "graph.trig" if target.is_dir() and (target / "graph.trig").exists() else target
    if file.suffix.lower() not in _GRAPH_SUFFIXES or file.is_dir():
        return open_store(target, read_only=True, create=False)  # its errors (E401, E701)
    if not file.exists():
        raise KGError(Errors.E401, path=str(path), detail="no such file")
    store = OxigraphStore(None)
    try:
        store.load_file(file)
    except KGError as exc:
        store.close()
        if exc.code == "E702":  # a parse error surfaces from the bulk loader as an OSError
            raise KGError(Errors.E401, path=str(file), detail=str(exc)) from None
        raise
    return store


def copy_store(source: Store, target: Store) -> int:
    """Copy every named graph of ``source`` into ``target`` (replacing graphs of the same name)."""
    dataset = source.dataset if isinstance(source, MemoryStore) else source.to_dataset()
    return target.replace_graphs(dataset)


def head_rows(dataset: Dataset | Store, query: str, *, limit: int) -> tuple[list[str], list[list[str]], int]:
    """Column names, the first ``limit`` rows (as :func:`result_rows` gives them) and the number of
    rows of ``query``. ``dataset`` may be a :class:`kg.graph.store.Store`: an Oxigraph store streams its
    answers and never holds more than ``limit`` rows."""
    store = MemoryStore(dataset) if isinstance(dataset, (Dataset, Graph)) else dataset
    return store.head(query, limit=limit)
