"""The end-to-end build: ingest → analyse → resolve → RDF, with per-document error isolation.

Documents flow through in batches and are never all held at once: they are read lazily
(:func:`kg.ingest.readers.iter_ingest`), analysed in this process, in local worker processes or on a Dask
cluster (:mod:`kg.analyse.parallel`, results back in input order), resolved one by one by the corpus-level
registry (:mod:`kg.resolve.resolver`), and written to a *sink*:

* in memory (the default, what small builds and the Python API use): one rdflib ``Dataset``;
* a store (``store=``, ``kg build --store DIR``): each batch's document graphs are written to the
  Oxigraph store, each document's named graph replaced in its own transaction
  (:meth:`kg.graph.store.OxigraphStore.replace_graph`), then dropped from memory; a build killed halfway
  leaves whole document graphs only, and re-running it converges to the clean result;
* in memory until ``stream_after`` documents, then a temporary Oxigraph store (``kg build`` without
  ``--store`` on a large corpus): a new build of more documents writes its graphs there from the
  first one, batch by batch as their analyses come; a build that continues a registry moves the
  graphs built so far there and goes on as with a store. :func:`write_outputs` then writes the
  graph files from the store, the page from a bounded digest (:func:`page_dataset`) and the
  answers with SPARQL run by the store.
"""

from __future__ import annotations

import gc
import itertools
import pickle
import shutil
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from kg.analyse.options import Options
from kg.analyse.parallel import AUTO_WORKERS_MIN_DOCS, auto_workers, cores, estimate_documents  # noqa: F401 - kg.builder's API
from kg.errors import Errors, KGError
from kg.graph.memstore import GraphListStore, GraphStore
from kg.graph.rdf import IRIs, Links, add_analysis, add_ontology, new_dataset, ontology_graph, syndication_graph
from kg.graph.store import OxigraphStore, Store
from kg.ingest.readers import DEFAULT_MAX_CHARS, iter_ingest
from kg.resolve.resolver import Resolver, SyndicationEntry
from kg.trace import mark
from kg.types import Analysis, Document

#: ``kg build`` keeps the graph in memory up to this many documents, then streams it to a store.
DEFAULT_STREAM_AFTER = 1000
#: A new build streamed to its temporary store bulk-loads the graphs of this many batches at once:
#: each load writes and ingests files of its own, so fewer, larger loads cost less (at 1,200
#: documents, 8 batches of 32 took about half the CPU of one load per batch).
_BULK_BATCHES = 8
#: Union lines of a new streamed build's graphs kept in an in-memory Oxigraph store beside its
#: temporary store (:meth:`kg.graph.store.OxigraphStore.keep_journal`): about 340 bytes a triple,
#: so at most about 250 MB (a build of some 2,000 news articles); the rest goes to the store.
UNION_IN_MEMORY = 750_000
#: A new streamed build moves that in-memory copy of its union into the store as soon as its
#: documents so far (at least ``_PROJECT_AFTER``) project a union this many times larger than the
#: copy may hold (their union lines per document times all the documents): kept, the copy would
#: only be loaded, then dumped and loaded again into the store when it fills (about 4 s of CPU at
#: 3,000 news articles). A projection too low costs that as before; one too high, the page's digest
#: read out of the store instead of the copy, so the margin. Either way the same graph and answers.
_OUTGROWN = (6, 5)
_PROJECT_AFTER = 256
#: Nodes on the page of a build too large to draw whole (``kg build --top-k``).
DEFAULT_PAGE_TOP_K = 500
#: Above this many documents, ``kg build`` draws its page from the ``top_k`` best connected nodes
#: (:func:`page_dataset`), with every entity still found by the page's search (``kg build --page-limit``).
DEFAULT_PAGE_LIMIT = 300
#: A graph drawn whole holds at most this many triples per document of ``page_limit`` (a news
#: article makes about 400): one very long document counts for its size, not as one document.
PAGE_TRIPLES_PER_DOCUMENT = 1000


@dataclass
class BuildResult:
    """What a build produced: the graphs (in ``dataset``, or in ``store`` when they were streamed
    out of memory), per-document counts and every error met."""

    dataset: Dataset
    documents: int = 0
    errors: list[KGError] = field(default_factory=list)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    # The corpus-level registry (kg.resolve.resolver) after the build: save it to continue with --update.
    registry: Resolver | None = None
    # Where the graphs went when they were not kept in memory (then ``dataset`` is empty).
    store: Store | None = None
    # A temporary store made by ``stream_after``: removed by :meth:`close`.
    temporary: Path | None = None
    # Documents read (analysed or failed in analysis; ingest errors not counted).
    read: int = 0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def streamed(self) -> bool:
        """Whether the graphs are in :attr:`store` rather than in :attr:`dataset`."""
        return self.store is not None

    @property
    def triples(self) -> int:
        """Distinct triples in the union of the graphs built (and, with a store, kept)."""
        return len(self.store) if self.store is not None else len(self.dataset)

    def full_dataset(self) -> Dataset:
        """Every graph as one rdflib Dataset (a copy of the store: memory grows with the corpus)."""
        return self.store.to_dataset() if self.store is not None else self.dataset

    def close(self, *, free: bool = True) -> None:
        """Close and remove the temporary store, if the build made one. ``free=False`` for a
        process that ends right after without its teardown: the store's in-memory parts are left
        to the process's end (:meth:`kg.graph.store.OxigraphStore.close`); its files are removed."""
        if self.temporary is not None and self.store is not None:
            if isinstance(self.store, OxigraphStore):
                self.store.close(flush=False, free=free)  # removed next: nothing of it is written out first
            else:
                self.store.close()
            shutil.rmtree(self.temporary, ignore_errors=True)
            self.store = None
            self.temporary = None


# A page drawn in a forked child that has not answered by then is drawn here instead (the child
# may hang on a lock a native thread held at the fork); drawing one takes seconds.
PAGE_CHILD_TIMEOUT = 300.0

def _named(dataset: Dataset, order: Sequence[URIRef]) -> Iterator[tuple[URIRef, Graph]]:
    for iri in order:
        yield iri, dataset.graph(iri)


class _Collector:
    """Keeps Python's cyclic garbage collector from re-reading what the build keeps.

    A full collection walks every tracked object, and an in-memory build adds some 10^3 objects per
    document that live until the end, on top of the models: without help, full collections come
    back as the heap grows and take several per cent of the build. The objects alive when the
    build starts, and (in memory) each finished batch after one collection of its own garbage, go
    to the permanent generation (:func:`gc.freeze`), which collections skip; the build gives them
    back (:func:`gc.unfreeze`) when it ends. Nothing is done when the caller froze objects itself.
    """

    def __init__(self) -> None:
        self.owned = gc.get_freeze_count() == 0
        if self.owned:
            gc.freeze()

    def settle(self) -> None:
        """Collect the garbage of the last batch, then freeze what survives (kept until the end)."""
        if self.owned:
            gc.collect()
            gc.freeze()

    def release(self) -> None:
        """Hand every frozen object back to the collector."""
        if self.owned:
            gc.unfreeze()
            self.owned = False


class _Spool:
    """Documents kept in a private temporary file (compressed pickles, unlinked at once, written
    and read by this process only), to be read back in another order; only their ids and places
    stay in memory."""

    def __init__(self, spill_dir: Path | None = None) -> None:
        if spill_dir is not None:
            spill_dir.mkdir(parents=True, exist_ok=True)
        self._file = tempfile.TemporaryFile(prefix=".kg-documents-", dir=spill_dir)
        self._end = 0
        self.ids: list[str] = []  # in the order added
        self._places: list[tuple[int, int]] = []

    def add(self, document: Document) -> None:
        blob = zlib.compress(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._file.seek(self._end)
        self._file.write(blob)
        self._places.append((self._end, len(blob)))
        self._end += len(blob)
        self.ids.append(document.id)

    def get(self, k: int) -> Document:
        """The ``k``-th document added."""
        offset, size = self._places[k]
        self._file.seek(offset)
        document = pickle.loads(zlib.decompress(self._file.read(size)))  # noqa: S301 - our own private file
        assert isinstance(document, Document)
        return document

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def build_documents(
    documents: Iterable[Document | KGError],
    *,
    dataset: Dataset | None = None,
    options: Options | None = None,
    iris: IRIs | None = None,
    progress: Callable[[int], None] | None = None,
    keep: Callable[[Analysis], None] | None = None,
    registry: Resolver | None = None,
    store: Store | None = None,
    stream_after: int | None = None,
    spill_dir: Path | None = None,
    prune: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
    executor: ProcessPoolExecutor | None = None,
) -> BuildResult:
    """Analyse documents and add one named graph per document to ``dataset`` (a new one by default).

    Between analysis and RDF, ``registry`` (a fresh :class:`kg.resolve.resolver.Resolver` by default; pass a
    loaded one to continue an earlier build) gives each entity its corpus-level key and merges
    events reported by several documents. ``keep`` receives each analysis with canonical keys.
    ``documents`` is read lazily and may hold ingest errors (:func:`kg.ingest.readers.iter_ingest`): they are
    reported first in ``errors``.

    Scaling options (see the module docstring): ``store`` writes the graphs batch by batch into a
    store instead of ``dataset``; ``stream_after`` moves them into a temporary store (made in
    ``spill_dir``, default the system's) once more than that many documents are built; ``prune``
    removes, at the end, the store's document graphs that this build did not write (a full rebuild
    into an existing store); ``workers`` and ``scheduler`` analyse in other processes
    (:func:`kg.analyse.parallel.analyse_with`; ``executor``: a running pool from
    :func:`kg.analyse.parallel.worker_pool`). The graphs are the same whatever these options.

    A new build (no ``registry``, ``dataset`` or ``store`` given, no ``prune``, distinct ids)
    analyses the documents in document-id order and resolves and writes each one as its analysis
    comes back, beside the analysis of the next ones; over ``stream_after`` documents (1,000 when
    not given) it first reads them all into a private temporary file (in ``spill_dir``) to read
    them back in that order, and (with ``stream_after``) writes its graphs to the temporary store
    batch by batch. Other builds resolve the whole corpus again after the last analysis (the
    replay). Both make the same decisions in the same order; ``errors`` are in input order either way.
    """
    from kg.analyse.parallel import analyse_with

    started = time.perf_counter()
    opts = options or Options()
    ids = iris or IRIs()
    ds = dataset if dataset is not None else new_dataset()
    resolver = registry if registry is not None else Resolver()
    result = BuildResult(ds, registry=resolver, store=store)
    if store is None:
        add_ontology(ds, iris=ids)
    else:
        store.replace_graph(ids.ontology_graph(), ontology_graph())
    counts = {"entities": 0, "events": 0, "timexes": 0, "quotes": 0, "memberships": 0}
    ingest_errors: list[KGError] = []
    read = [0]
    previous = set(store.graphs()) if store is not None and prune else set()
    written: set[URIRef] = set()

    def only_documents() -> Iterator[Document]:
        for item in documents:
            if isinstance(item, KGError):
                ingest_errors.append(item)
            else:
                read[0] += 1
                yield item

    # A new build (no registry, dataset or store to continue, distinct ids) is analysed in
    # document-id order, and each document is resolved and written as soon as its analysis comes
    # back, beside the analysis of the next ones (spaCy's thread, or the workers), instead of in a
    # replay after the last one: the registry then makes the same decisions in the same order as
    # the replay would (it is fresh, and resolution reads nothing the later documents add), so the
    # graph is the same. Up to ``limit`` documents are sorted in memory; a larger build first
    # writes its documents to a private temporary file (:class:`_Spool`), reads them back in id
    # order and, with ``stream_after``, writes its graphs to the temporary store from the start.
    # Other builds (a registry or a dataset to continue, a store, repeated ids) keep the input
    # order and the replay.
    limit = stream_after if stream_after is not None else DEFAULT_STREAM_AFTER
    eager = registry is None and dataset is None and store is None and not prune
    spooled = False  # the documents went through a _Spool: more than ``limit`` of them
    positions: list[int] = []  # the input position of each document analysed, in analysis order

    def in_order() -> Iterator[Document]:
        nonlocal eager, spooled
        source = only_documents()
        if not eager:
            yield from source
            return
        ahead = list(itertools.islice(source, limit + 1))
        if len(ahead) <= limit:
            if len({doc.id for doc in ahead}) != len(ahead):
                eager = False
                positions.extend(range(len(ahead)))
                yield from ahead
                return
            order = sorted(range(len(ahead)), key=lambda k: ahead[k].id)
            positions.extend(order)
            for k in order:
                yield ahead[k]
            return
        spooled = True
        with _Spool(spill_dir) as spool:
            for doc in itertools.chain(ahead, source):
                spool.add(doc)
            ahead.clear()  # the documents are in the spool now
            keys = spool.ids
            if len(set(keys)) != len(keys):
                eager = False
                order = list(range(len(keys)))
            else:
                order = sorted(range(len(keys)), key=keys.__getitem__)
            positions.extend(order)
            for k in order:
                yield spool.get(k)

    # With worker processes, the graphs held when only the last ``last`` documents are still to
    # come are loaded then, beside the workers' last batches, rather than all after the last
    # analysis, when the workers are done and the load runs alone (_flush_before_end). In one
    # process the load costs the main thread the same either way: the batches stay as they were.
    parallel = scheduler is not None or executor is not None or workers > 1
    last = opts.batch_size * max(workers, 2) if parallel else 0
    collector = _Collector()  # before the first batch, which becomes garbage after its flush
    batch = Dataset(store=GraphStore())
    order: list[URIRef] = []

    def flush() -> None:
        nonlocal batch, order
        assert result.store is not None
        if eager and result.temporary is not None and isinstance(result.store, OxigraphStore):
            # A new build's graphs in the store it made for them: new graphs, bulk-loaded.
            # (each graph's triples read straight from the batch's GraphStore, as dataset_quads does)
            held = batch.store
            assert isinstance(held, GraphStore)
            result.store.add_graphs((iri, held.graph_triples(iri)) for iri in order)
            batch, order = Dataset(store=GraphListStore()), []
            # A build that will outgrow the union's in-memory copy moves it into the store now,
            # instead of loading it and moving it when it fills (the same store either way).
            mirrored = result.store.mirrored()
            if mirrored is not None and _outgrows(*mirrored, done=built, total=len(positions)):
                result.store.settle_union()
            return
        for iri, graph in _named(batch, order):
            result.store.replace_graph(iri, graph)  # one transaction per document graph
        batch, order = Dataset(store=GraphStore()), []
        # RocksDB keeps writes in memory tables until they fill: flush them so memory stays flat.
        raw = getattr(result.store, "oxigraph", None)
        if raw is not None:
            raw.flush()

    try:
        # 1. Analyse (in input order, in this process or in workers); keep each analysis.
        fresh: list[str] = []
        failed: list[tuple[int, KGError]] = []
        # (input position, syndication entry) of each analysis kept
        arrived: list[tuple[int, SyndicationEntry]] = []
        built = 0
        analysed = 0
        stream = analyse_with(
            in_order(), options=opts, workers=workers, scheduler=scheduler, executor=executor, meanwhile=_import_writers
        )
        for item in stream:
            analysed += 1
            if isinstance(item, KGError):
                failed.append((positions[analysed - 1] if analysed <= len(positions) else analysed, item))
            else:
                if eager:  # in document-id order, from a fresh registry (see in_order)
                    resolver.archive.put(item)
                    # Indexed for syndication at the end, in input order: the registry lists the
                    # copies in the order they were indexed. What it indexes (the signature of the
                    # text) is computed now, so the analyses are not read back for it.
                    arrived.append((positions[analysed - 1], resolver.syndication_entry(item)))
                    resolved = resolver.resolve(item, index=False)
                    resolver.archive.digests[item.document.id] = resolved.digest()
                    if spooled and stream_after is not None and result.store is None:
                        # More than ``stream_after`` documents: the graphs go to a temporary store
                        # from the first one (the ontology moves there now).
                        _spill(result, spill_dir, union_in_memory=UNION_IN_MEMORY)
                        ds = result.dataset
                        # Its batches are only read back whole (flush): lists of triples, no index.
                        batch = Dataset(store=GraphListStore())
                    links = Links(events=resolved.events, same_as=resolved.same_as)
                    if result.store is None:
                        add_analysis(ds, resolved.analysis, iris=ids, links=links)
                    else:
                        order.append(add_analysis(batch, resolved.analysis, iris=ids, links=links))
                    if keep is not None:
                        keep(resolved.analysis)
                    built += 1
                    if result.store is not None and (
                        len(order) >= opts.batch_size * _BULK_BATCHES or _flush_before_end(len(order), len(positions) - analysed, last=last, batch=opts.batch_size)
                    ):
                        flush()
                        collector.settle()  # after the flush: the graphs written are garbage, not frozen
                    elif result.store is None and built % opts.batch_size == 0:
                        collector.settle()
                else:
                    resolver.observe(item)
                fresh.append(item.document.id)
                result.documents += 1
                counts["entities"] += len(item.entities)
                counts["events"] += len(item.events)
                counts["timexes"] += len(item.timexes)
                counts["quotes"] += len(item.quotes)
                counts["memberships"] += len(item.memberships)
            if progress is not None:
                progress(1)
        mark("analysed")
        # The errors in input order, whatever the order of analysis; the same for the syndication index.
        result.errors += [error for _, error in sorted(failed, key=lambda pair: pair[0])]
        for _, entry in sorted(arrived, key=lambda pair: pair[0]):
            resolver.index(entry)
        arrived.clear()
        # 2. Resolve the whole corpus again in document-id order, from a fresh registry, so the
        # graph does not depend on the order of arrival, the batches or the --update runs
        # (kg.resolve.resolver). A registry saved without its analyses cannot be replayed: the new
        # documents are then resolved after the old ones, in id order. (Done already, document
        # by document, by a new build analysed in id order: see in_order.)
        new = set(fresh)
        if eager:
            replay = []  # every document was resolved and written as it came
        elif resolver.replayable():
            resolver.restart()
            replay = resolver.archive.ids()
        else:
            replay = sorted(new)
        # (only for a replay: listing a store's graphs would load those a deferred journal holds)
        if not replay:
            present: set[URIRef] = set()
        elif result.store is not None:
            present = set(result.store.graphs())
        else:
            present = {g.identifier for g in ds.graphs() if len(g)}
        for doc_id in replay:
            item = resolver.archive.get(doc_id)
            resolved = resolver.resolve(item, index=False)
            stamp = resolved.digest()
            unchanged = resolver.archive.digests.get(doc_id) == stamp and ids.graph(doc_id) in present
            if doc_id not in new and unchanged:
                if previous:
                    written.add(ids.graph(doc_id))
                continue  # an earlier document that resolution leaves as it was: its graph stays
            resolver.archive.digests[doc_id] = stamp
            item = resolved.analysis
            links = Links(events=resolved.events, same_as=resolved.same_as)
            if result.store is None:
                add_analysis(ds, item, iris=ids, links=links)
            else:
                iri = add_analysis(batch, item, iris=ids, links=links)
                order.append(iri)
                if previous:
                    written.add(iri)
            if keep is not None and doc_id in new:
                keep(item)
            built += 1
            if result.store is not None and len(order) >= opts.batch_size:
                flush()
            elif result.store is None and stream_after is not None and built > stream_after:
                collector.release()  # the in-memory graphs become garbage once spilled
                _spill(result, spill_dir)
                ds = result.dataset
            elif result.store is None and built % opts.batch_size == 0:
                collector.settle()
        if result.store is not None:
            flush()
            for iri in previous - written - {ids.ontology_graph(), ids.syndication_graph()}:
                result.store.remove_graph(iri)
        _write_syndication(result, resolver, ids)
    except BaseException:
        result.close()
        raise
    finally:
        collector.release()
    result.errors[:0] = ingest_errors
    result.counts = counts
    result.seconds = time.perf_counter() - started
    result.read = read[0]
    mark("built")
    return result


def _outgrows(taken: int, room: int, *, done: int, total: int) -> bool:
    """Whether a streamed build of ``total`` documents will outgrow the in-memory copy of its union
    (:meth:`kg.graph.store.OxigraphStore.mirrored`: ``taken`` lines so far, ``room`` more), from
    the union lines of its first ``done`` documents (:data:`_OUTGROWN`, :data:`_PROJECT_AFTER`)."""
    if done < _PROJECT_AFTER or done >= total or taken <= 0:
        return False
    times, over = _OUTGROWN
    return taken * total * over > times * (taken + room) * done


def _flush_before_end(held: int, remaining: int, *, last: int, batch: int) -> bool:
    """Whether a streamed build loads the ``held`` graphs now, ahead of its loads of
    ``_BULK_BATCHES`` batches of ``batch``: when only ``last`` documents or fewer are still to come
    (``remaining``) and no full load would come before the end, so that the load after the last
    analysis holds at most ``last`` documents' graphs (at 1,500 documents in 2 workers: 64 instead
    of 220). Once: after it, ``held`` + ``remaining`` is at most ``last``. ``last=0``: never."""
    return last > 0 and 0 < remaining <= last < held + remaining < batch * _BULK_BATCHES


def _write_syndication(result: BuildResult, resolver: Resolver, ids: IRIs) -> None:
    """(Re)write the corpus graph of syndicated copies from the whole registry, so it holds the
    same pairs whatever the order, batches or ``--update`` runs; no graph when there is no copy."""
    graph = syndication_graph(resolver.syndication.groups(), iris=ids)
    iri = ids.syndication_graph()
    if result.store is not None:
        if len(graph):
            result.store.replace_graph(iri, graph)
        else:
            result.store.remove_graph(iri)
        return
    result.dataset.remove_graph(iri)
    if len(graph):
        target = result.dataset.graph(iri)
        for triple in graph:
            target.add(triple)


def _spill(result: BuildResult, spill_dir: Path | None, *, union_in_memory: int = 0) -> None:
    """Move the graphs built so far into a new temporary Oxigraph store; go on streaming there
    (the union of up to ``union_in_memory`` triples kept in memory: see ``keep_journal``)."""
    if spill_dir is not None:
        spill_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=spill_dir))
    store = OxigraphStore(folder)
    store.replace_graphs(result.dataset)
    # The graphs bulk-loaded from here on are written out of this journal, not decoded back out of
    # the store, which gets only their union's share (deferred: the outputs read nothing else;
    # kg.graph.store.OxigraphStore.keep_journal); removed with the folder.
    # A new build's graphs (bulk-loaded, never replaced) keep their union in memory up to
    # UNION_IN_MEMORY triples: the named questions and the page's digest read it there at the end.
    store.keep_journal(folder / "journal.nq", defer=True, union_in_memory=union_in_memory)
    result.store, result.temporary = store, folder
    result.dataset = new_dataset()


def build_paths(
    paths: Iterable[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    options: Options | None = None,
    iris: IRIs | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    dataset: Dataset | None = None,
    registry: Resolver | None = None,
    store: Store | None = None,
    stream_after: int | None = None,
    spill_dir: Path | None = None,
    prune: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
    fetcher: Any = None,
    counts: Counter[str] | None = None,
) -> BuildResult:
    """Read every input path (lazily) and build the graph; input errors are collected, not raised.

    URLs among ``paths`` are fetched with ``fetcher`` (:class:`kg.ingest.fetch.Fetcher`); ``counts``
    receives the web-archive records skipped, by reason (:func:`kg.ingest.iter_ingest`).

    ``dataset`` and ``registry`` continue an earlier build (``kg build --update``): the named
    graphs of the documents read are replaced, every other graph is kept. The scaling options are
    those of :func:`build_documents`. ``on_total`` receives a quick estimate of the number of
    documents (:func:`estimate_documents`) before the build starts.
    Raises E013 only when there was input and every document failed; its ``causes`` are the errors
    of every input, in order (an over-long document's E010, a broken line's E006...).
    """
    paths = list(paths)
    if on_total is not None:
        on_total(estimate_documents(paths))
    result = build_documents(
        iter_ingest(paths, max_chars=max_chars, fetcher=fetcher, counts=counts),
        options=options,
        iris=iris,
        progress=progress,
        dataset=dataset,
        registry=registry,
        store=store,
        stream_after=stream_after,
        spill_dir=spill_dir,
        prune=prune,
        workers=workers,
        scheduler=scheduler,
    )
    if result.documents == 0 and result.errors and not result.read:
        first = result.errors[0]
        if first.code in ("E001", "E002", "E003"):
            result.close()
            raise first
    if result.documents == 0:
        result.close()
        raise KGError(Errors.E013, causes=result.errors)
    return result


# --- outputs --------------------------------------------------------------------------------------


def page_dataset(store: Store, *, top_k: int = DEFAULT_PAGE_TOP_K, evidence: int = 3) -> Dataset:
    """A small dataset to draw a large graph from: the ``top_k`` most mentioned entities, up to
    ``top_k`` events and quotations they take part in, the labels and types of their other
    participants, ``evidence`` mentions per node with their documents (not their full texts), and
    the ontology. Memory depends on ``top_k``, not on the size of the store.
    """
    from rdflib.namespace import RDF, RDFS

    from kg.graph.namespaces import GAF, ITSRDF, NIF, SEM
    from kg.graph.vocab import KG

    if not isinstance(store, OxigraphStore):
        return store.to_dataset()
    from rdflib.namespace import SDO

    ox = store._terms.ox  # noqa: SLF001 - same package
    conv, to_ox = store._terms.to_rdflib, store._terms.to_ox  # noqa: SLF001
    raw = store.union_store  # (the union only: the named graphs a deferred journal holds are not needed)
    scope = ox.DefaultGraph() if store.materialised else None
    values = lambda nodes: " ".join(f"<{n}>" for n in nodes)  # noqa: E731 - IRIs from the store

    def select(sparql: str) -> list[URIRef]:
        return [URIRef(row[0].value) for row in raw.query(sparql, use_default_graph_as_union=not store.materialised)]

    entities = select(
        f"SELECT ?e WHERE {{ ?m <{ITSRDF.taIdentRef}> ?e }} GROUP BY ?e ORDER BY DESC(COUNT(?m)) STR(?e) LIMIT {int(top_k)}"
    )
    nodes: list[URIRef] = list(entities)
    if entities:
        nodes += select(
            f"SELECT DISTINCT ?v WHERE {{ VALUES ?e {{ {values(entities)} }} ?v <{SEM.hasActor}> ?e }} ORDER BY ?v LIMIT {int(top_k)}"
        )
        nodes += select(
            f"SELECT DISTINCT ?q WHERE {{ VALUES ?e {{ {values(entities)} }} ?q <{SDO.creator}> ?e }} ORDER BY ?q LIMIT {int(top_k)}"
        )
    out = new_dataset()
    graph = out.graph(URIRef("urn:kg:page"))
    add_ontology(out)

    # Each Oxigraph term converted once (the same IRIs come back in every copy: about a third of
    # the digest's CPU), and the triples added to the store as Graph.add does, without its checks
    # of terms made here.
    converted: dict[Any, Any] = {}
    add = out.store.add

    def term(node: Any) -> Any:
        found = converted.get(node)
        if found is None:
            found = converted[node] = conv(node)
        return found

    def copy(subject: URIRef, predicate: URIRef | None = None, *, skip: frozenset = frozenset()) -> list:
        found = []
        pattern = raw.quads_for_pattern(to_ox(subject), to_ox(predicate) if predicate is not None else None, None, scope)
        for q in pattern:
            if q.predicate.value in skip:
                continue
            triple = (term(q.subject), term(q.predicate), term(q.object))
            add(triple, graph, quoted=False)
            found.append(triple)
        return found

    mentions: set[URIRef] = set()
    described: set[URIRef] = set(nodes)
    participants, denoted_by = (SEM.hasActor, SEM.hasPlace, SDO.creator), GAF.denotedBy
    # The evidence is chosen in a fixed order (each node's triples and mentions sorted), not in
    # the order a store lists them: RocksDB and Oxigraph's in-memory store list them differently.
    for node in nodes:
        denoted = 0
        for _, p, o in sorted(copy(node), key=lambda t: (str(t[1]), str(t[2]))):
            if isinstance(o, URIRef) and p in participants and o not in described:
                described.add(o)
                copy(o, RDF.type)
                copy(o, RDFS.label)
            if p == denoted_by and isinstance(o, URIRef) and denoted < evidence:
                mentions.add(o)
                denoted += 1
        sample = sorted(q.subject.value for q in raw.quads_for_pattern(None, to_ox(ITSRDF.taIdentRef), to_ox(node), scope))
        mentions.update(URIRef(value) for value in sample[:evidence])
    contexts: set[URIRef] = set()
    for mention in sorted(mentions):
        for _, p, o in copy(mention):
            if p == NIF.referenceContext and isinstance(o, URIRef):
                contexts.add(o)
    for context in sorted(contexts):
        for _, _, doc in copy(context, KG.document):
            if isinstance(doc, URIRef):
                copy(doc)
    return out


#: kg's own queries of the page of a large build: its documents (how many), and the entities of
#: its search box. Run by a store without rdflib's parse (:func:`kg.graph.query.own_query`): the
#: first parse of a process, about 0.1 s of CPU with the parser's imports, was paid at the end of
#: every large build, on the one thread its last step waits for.
COUNT_DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle }"
ENTITY_INDEX = (
    "SELECT ?e (MIN(STR(?l)) AS ?label) (MIN(STR(?c)) AS ?class) WHERE { "
    "VALUES ?c { schema:Person schema:Organization schema:Place } ?e a ?c ; rdfs:label ?l } GROUP BY ?e ORDER BY ?e"
)


def entity_index(store: Store) -> list[tuple[str, str, str]]:
    """``(IRI, label, kind)`` of every person, organisation and place of ``store``, for the search
    box of a page that draws only part of the graph (one label per entity: the smallest)."""
    from kg.graph.query import own_query

    kinds = {f"https://schema.org/{k}": k for k in ("Person", "Organization", "Place")}
    _, rows, _ = store.head(own_query(ENTITY_INDEX), limit=1 << 62)
    return [(iri, label, kinds.get(cls, "Entity")) for iri, label, cls in rows]


def _documents_in(dataset: Dataset) -> int:
    """How many documents (``schema:NewsArticle``) ``dataset`` holds, without indexing an in-memory
    build's graphs for it (:meth:`GraphStore.subjects_of`): of a build of more than ``page_limit``
    documents, the page and the answers are drawn from Oxigraph and nothing else reads the indexes;
    of a smaller one, the page's child makes them, on the other core."""
    from rdflib.namespace import RDF, SDO

    store = dataset.store
    if type(store) is GraphStore:
        return len(store.subjects_of(RDF.type, SDO.NewsArticle))
    return len(set(dataset.subjects(RDF.type, SDO.NewsArticle)))


def _stored_documents(store: Store) -> int:
    """How many documents (``schema:NewsArticle``) ``store`` holds (kg's own query, run without
    rdflib's parse: :func:`kg.graph.query.own_query`)."""
    from kg.graph.query import own_query

    rows = store.query(own_query(COUNT_DOCUMENTS))
    return int(next(iter(rows))[0])


def _import_writers() -> None:
    """Import what :func:`write_outputs` imports (about 0.2 s of CPU): called while the workers'
    fork server loads the models, when this process would only wait, instead of after the last
    analysis, when everything else waits for the outputs."""
    import pyoxigraph  # noqa: F401

    import kg.explore.answers  # noqa: F401
    import kg.explore.viz  # noqa: F401
    import kg.graph.oxio  # noqa: F401


def write_outputs(
    result: BuildResult,
    out_dir: Path,
    *,
    formats: Sequence[str] = ("trig",),
    html: bool = True,
    answers: bool = True,
    title: str = "kg graph",
    top_k: int = DEFAULT_PAGE_TOP_K,
    page_limit: int = DEFAULT_PAGE_LIMIT,
    warn: Callable[[KGError], None] | None = None,
    phase: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write the graph files, the registry, the page and the answers of a build, each atomically;
    returns the paths written. ``phase`` is told each step's name (for a progress display).

    The graph files are written from N-Quads: from a build kept in memory, its dataset is
    converted to N-Quads once (:class:`kg.graph.oxio.QuadBuffer`), written as they are, regrouped
    graph by graph as TriG in one pass (:func:`kg.graph.oxio.trig_from_nquads`) and read back by
    Oxigraph for Turtle and JSON-LD; from a store, they are dumped out of it graph by graph
    (:meth:`kg.graph.store.OxigraphStore.dump`). The named questions (``answers.md``) are
    run by Oxigraph: by the build's store, or by an in-memory store loaded from those quads. The
    page shows the whole graph up to ``page_limit`` documents (and ``page_limit`` times
    :data:`PAGE_TRIPLES_PER_DOCUMENT` triples); above, the digest of
    :func:`page_dataset` cut to the ``top_k`` best connected nodes, its search box finding every
    entity (:func:`entity_index`). A page that cannot be drawn goes to ``warn``.
    """
    from kg.aside import Aside, can_fork
    from kg.explore.answers import write_answers
    from kg.explore.viz import render_html
    from kg.graph.oxio import QuadBuffer
    from kg.graph.rdf import FORMATS

    written: list[Path] = []
    full: Dataset | None = None if result.store is not None else result.dataset
    say = phase or (lambda name: None)
    # The build (its dataset, registry and archive) and the models only grow from here on: frozen,
    # the collections that the writing's allocations start do not walk them again (twice on 300
    # documents, about a second of CPU). Given back at the end.
    collector = _Collector()
    buffer: QuadBuffer | None = None  # the in-memory dataset as N-Quads, converted once
    mem: Future[OxigraphStore] | None = None  # the same quads in an in-memory Oxigraph store, for SPARQL
    # Oxigraph's parsers, serialisers and loader run without Python's global lock: the graph files
    # (and, for a build kept in memory, the store of the named questions) are made in a background
    # thread while this one writes the registry and draws the page.
    background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-write")

    def quads() -> QuadBuffer:
        nonlocal buffer
        if buffer is None:
            assert full is not None
            buffer = QuadBuffer(full)
        return buffer

    def load_store() -> OxigraphStore:
        nonlocal buffer
        # The union alone: the named questions and the digest of a large page read nothing else.
        store = OxigraphStore.from_nquads(quads().data, union_only=True)
        # Loaded in the writing thread after the graph files (submitted first, written one after
        # the other): nothing reads the N-Quads again, and the questions run without them (214 MB
        # at a million triples).
        buffer = None
        return store

    def sparql_store() -> OxigraphStore | Store:
        nonlocal mem
        if result.store is not None:
            return result.store
        if mem is None:
            mem = background.submit(load_store)
        return mem.result()

    mark("write")
    drawn: Aside[Path] | None = None  # the page of a build kept in memory, drawn in a child process
    saved: Aside[Path] | None = None  # the registry and the archived analyses, written by a child
    asked: Future[Path] | None = None  # the answers of a build in a store, asked beside the page
    give_up = threading.Event()  # set when the writing fails: the answers' thread stops at its next question
    try:
        for fmt in formats:
            if fmt not in FORMATS:
                raise KGError(Errors.E404, value=fmt, choices=", ".join(FORMATS))
        if result.registry is not None and can_fork():
            # The registry and the analyses are pure Python (JSON, gzip: about 2 s of CPU at 1,500
            # documents) and read nothing that the rest of the writing touches: a child forked now,
            # before the writing thread starts, writes them on the other core while this process
            # writes the graph, the page and the answers (kg.aside). The same files either way.
            registry_of = result.registry
            saved = Aside(lambda: registry_of.save(out_dir / "registry.json"), fork=True)
        if html and full is not None and can_fork():
            # Drawn whole (up to page_limit documents), the page is pure Python (about a second of
            # CPU at 300 documents): a child forked now, before the writing thread starts, draws
            # it from the memory it shares with this process while this one converts the quads
            # and writes the registry and the answers (kg.aside). The same file either way.
            if _documents_in(full) <= page_limit and result.triples <= page_limit * PAGE_TRIPLES_PER_DOCUMENT:
                whole = full
                drawn = Aside(lambda: render_html(whole, out_dir / "graph.html", title=title), fork=True)
        if answers and result.store is not None:
            # From a store (a large build), the named questions are Oxigraph's work, run without
            # Python's global lock (about 2 s of CPU at 1,500 documents): asked in a thread of their
            # own from the start, beside the page drawn here (Python, 2 s) and the graph files written
            # by the other thread, instead of after the page. Started after the forks above.
            store_of = result.store
            asking = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-answers")
            try:
                asked = asking.submit(write_answers, store_of, out_dir / "answers.md", stop=give_up)
            finally:
                asking.shutdown(wait=False)  # its one task still runs; nothing more to submit
        say("writing the graph")
        files: dict[str, Path] = {}
        pending: dict[str, Future[Path]] = {}
        dumped: dict[str, Path] = {}  # filled by the background thread, one format after the other

        def dump(store: Store, path: Path, fmt: str) -> Path:
            if isinstance(store, OxigraphStore):
                dumped[fmt] = store.dump(path, fmt=fmt, nquads=dumped.get("nquads"))
            else:
                dumped[fmt] = store.dump(path, fmt=fmt)
            return dumped[fmt]

        # From a store, N-Quads first: the other formats read them back instead of dumping again.
        for fmt in sorted(formats, key=lambda f: f != "nquads"):
            path = out_dir / f"graph{FORMATS[fmt][1]}"
            if result.store is None:
                pending[fmt] = background.submit(quads().write, path, fmt)
            else:
                pending[fmt] = background.submit(dump, result.store, path, fmt)
        if full is not None and answers:
            quads()  # converted here, where the page reads the same dataset, not in the background
            mem = background.submit(load_store)  # after the files: they are written first
        registry = None
        if result.registry is not None and saved is None:
            registry = result.registry.save(out_dir / "registry.json")
        if html:
            say("drawing the page")
            try:
                store = result.store
                if drawn is not None:
                    written.append(drawn.result(timeout=PAGE_CHILD_TIMEOUT))
                else:
                    if full is not None:
                        documents = _documents_in(full)
                    else:
                        assert store is not None
                        documents = _stored_documents(store)
                    if documents <= page_limit and result.triples <= page_limit * PAGE_TRIPLES_PER_DOCUMENT:
                        whole = full if full is not None else store.to_dataset()  # type: ignore[union-attr]
                        written.append(render_html(whole, out_dir / "graph.html", title=title))
                    else:
                        # A large graph: the best connected top-k, drawn from a digest the store
                        # makes; the search box still finds every entity.
                        source = sparql_store()
                        page = page_dataset(source, top_k=top_k)
                        index = entity_index(source)
                        written.append(render_html(page, out_dir / "graph.html", title=title, max_nodes=top_k, index=index))
            except KGError as exc:
                if warn is None:
                    raise
                warn(exc)
        if answers:
            say("answering the named questions")
            # The named questions run by Oxigraph: the build's store (asked since the start, above),
            # or its quads loaded in memory. Collected before waiting for the graph files.
            written.append(asked.result() if asked is not None else write_answers(sparql_store(), out_dir / "answers.md"))
        for fmt, future in pending.items():
            files[fmt] = future.result()
        if saved is not None:
            registry = saved.result(timeout=PAGE_CHILD_TIMEOUT)
        written[:0] = [files[fmt] for fmt in dict.fromkeys(formats)] + ([registry] if registry is not None else [])
    except Exception:
        # Something else failed (a graph file, the answers): the registry and the analyses are
        # still written, as when this process wrote them before the rest. Their own error, if
        # any, gives way to the first one. (On Ctrl-C, close() below stops the child instead.)
        if saved is not None:
            try:
                saved.result(timeout=PAGE_CHILD_TIMEOUT)
            except Exception:  # noqa: BLE001, S110 - the error raised is the one that came first
                pass
        raise
    finally:
        if drawn is not None:
            drawn.close()  # (a child still drawing when something failed here)
        if saved is not None:
            saved.close()  # (a child still writing when something failed here)
        if asked is not None:
            # Still asking when something failed here (Ctrl-C too): stopped at its next question,
            # and waited for, as the store is closed next. Its own error gives way to the first.
            give_up.set()
            wait([asked])
        background.shutdown(wait=True)
        if mem is not None and mem.done() and mem.exception() is None:
            mem.result().close()
        collector.release()
    mark("written")
    return written

