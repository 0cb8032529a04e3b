"""Parallel extraction: the same analyses as :func:`kg.analyse.pipeline.analyse`, computed elsewhere.

The driver (``kg build``) cuts the documents into batches of ``Options.batch_size`` and sends them
to workers, which only *analyse* (language routing, spaCy, every extractor): each worker loads the
spaCy models and the gazetteer once and returns one :class:`~kg.types.Analysis` (a picklable frozen
dataclass) or one coded :class:`~kg.errors.KGError` per document. Results come back to the driver
**in input order**, where the corpus-level registry (:mod:`kg.resolve.resolver`) resolves them one by one and
the RDF is written, so the graph is the same as a single-process build's whatever the number of
workers. Batches are those of a single-process build, but for the last ones, which get smaller so
that the workers end together (:func:`batches`, ``taper``): an analysis does not depend on the
other documents of its batch (spaCy's ``nlp.pipe`` gives each document the same parse whatever
its group; ``tests/analyse/test_parallel.py`` checks it).

Two back ends:

* ``workers=N`` (:func:`analyse_parallel`): N local processes (``multiprocessing`` with the
  ``forkserver`` start method where available, else ``spawn``; never ``fork``, which is unsafe with
  threads and duplicates the driver's memory). The fork server loads the spaCy models of the
  languages of the first batch, the gazetteer and the lexicons once, before it forks any worker
  (:mod:`kg.analyse.preload`): the workers start with them loaded and share their memory, instead
  of each paying the models' load (6-8 s of CPU for ``fr_core_news_md``). The driver plans each
  batch (languages, segments, windows: :mod:`kg.analyse.plan`) and sends the plans with it, so no
  worker needs the language detector; while the server still loads, the driver plans documents
  ahead and finds the dates of their text too (:class:`_Planner`), on the core that would wait;
* ``scheduler="tcp://HOST:PORT"`` or ``"local"`` (:func:`analyse_dask`): a Dask distributed cluster
  (an existing one, or a :class:`distributed.LocalCluster` on this machine). A worker plugin loads
  the models when each worker starts. Needs the ``cluster`` extra (``pip install kg-news[cluster]``).

Only a bounded number of batches is in flight at once (``window``, default two per worker), so the
driver's memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol

from kg.analyse.options import Options
from kg.analyse.plan import Plan, plan_documents
from kg.analyse.preload import PRELOAD_ENV, READY_ENV, warm_up
from kg.errors import Errors, KGError
from kg.ingest.language import SUPPORTED, by_function_words
from kg.trace import mark
from kg.types import Analysis, Document

Result = Analysis | KGError

__all__ = [
    "AUTO_WORKERS_MIN_DOCS",
    "ModelPlugin",
    "analyse_batch",
    "analyse_dask",
    "analyse_parallel",
    "analyse_with",
    "auto_workers",
    "batches",
    "cores",
    "end_forkserver",
    "end_with_pool",
    "estimate_documents",
    "guess_languages",
    "pickled",
    "prestart",
    "server_ready",
    "stop_forkserver",
    "unpickled",
    "warm_up",
    "worker_pool",
]


def batches(documents: Iterable[Document], size: int, *, taper: int = 0) -> Iterator[list[Document]]:
    """``documents`` in lists of ``size`` (the last one shorter), read lazily.

    With ``taper`` (the number of workers), the batches get smaller at the end: once the input is
    read to its end, each batch takes ``2 * taper``-th of the documents left (at most ``size``, at
    least an eighth of it), so that the workers end within a small batch of each other instead of
    one waiting, alone on its core, for the other's last full batch (about 1.5 s of a build's wall
    clock at 32 documents a batch). ``2 * taper * size`` documents are read ahead for it. (An
    eighth, not a quarter: 1,500 documents in two workers end with batches of 7, 6, 4, 4 and 7
    documents rather than 8, 8 and 12, so the workers' last batches end fewer documents apart, at
    about 60 ms of CPU a document, for two batches more, some milliseconds each.)"""
    if taper <= 0:
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch
        return
    source = iter(documents)
    horizon = 2 * taper * size
    ahead: deque[Document] = deque(itertools.islice(source, horizon + size))
    exhausted = len(ahead) < horizon + size
    smallest = max(1, size // 8)
    while ahead:
        if exhausted:
            take = min(size, max(smallest, -(-len(ahead) // (2 * taper))))
            if len(ahead) - take < smallest and len(ahead) <= size:
                take = len(ahead)  # no last crumb of a batch
        else:
            take = size
            more = list(itertools.islice(source, size))
            ahead.extend(more)
            exhausted = len(more) < size
        yield [ahead.popleft() for _ in range(min(take, len(ahead)))]


def analyse_batch(
    documents: Sequence[Document],
    options: Options | None = None,
    plans: Sequence[Plan | KGError] | None = None,
    timexes: Dates | None = None,
) -> list[Result]:
    """Analyse one batch in this process (the task each worker runs): one result per document.
    ``plans``: the documents' plans made by the driver (:func:`kg.analyse.plan.plan_documents`),
    read instead of planning them again here; ``timexes``: the dates the driver found in some of
    their pieces, read instead of scanning those pieces again. The same results."""
    from kg.analyse.pipeline import analyse, analyse_planned  # here: the driver of the workers never needs it

    mark("parse")
    if plans is None:
        results = list(analyse(documents, options=options))
    else:
        primed = False
        if timexes:
            from kg.extract.temporal import prime_timexes

            found = []
            for d, k, candidates in timexes:
                plan = plans[d]
                if not isinstance(plan, KGError):
                    piece = plan[3][k]
                    found.append((plan[0].text[piece.start : piece.end], piece.lang, candidates))
            prime_timexes(found)
            primed = True
        try:
            results = list(analyse_planned([plans], prefetch=(options or Options()).prefetch))
        finally:
            if primed:
                from kg.extract.temporal import clear_primed

                clear_primed()
    mark("parsed")
    return results


def pickled(task: Callable[..., Any], /, *args: Any, **kwargs: Any) -> bytes:
    """``task(*args, **kwargs)`` pickled (the task a local worker runs: :func:`analyse_batch`):
    read back by :func:`unpickled` in the driver's own thread."""
    return pickle.dumps(task(*args, **kwargs), protocol=pickle.HIGHEST_PROTOCOL)


def unpickled(data: bytes) -> Any:
    """What :func:`pickled` sent, with Python's cyclic garbage collector held off meanwhile.

    A batch's results are some 800 new objects a document (spans, mentions, references: no
    cycle among them); read with the collector on, they start collections that walk the young
    objects again and again, about a fifth of the read (0.47-0.62 against 0.38 ms a document,
    docs/PERFORMANCE.md). The collector's state is given back as it was before the first of the
    reads running at once (the state is the process's: two threads reading at once, or one read
    inside another, must not leave it off, nor turn it on under one still reading)."""
    global _READING, _COLLECTING
    with _READS:
        if _READING == 0:
            _COLLECTING = gc.isenabled()
            gc.disable()
        _READING += 1
    try:
        return pickle.loads(data)  # noqa: S301 - from this build's own worker processes
    finally:
        # (the lock released by its method, not by ``with``: the exit of a ``with`` makes a tuple,
        # an allocation that would start a collection the moment the collector is back on)
        _READS.acquire()
        try:
            _READING -= 1
            if _READING == 0 and _COLLECTING:
                gc.enable()
        finally:
            _READS.release()


#: The reads of :func:`unpickled` running at once (threads, or one inside another), under
#: ``_READS``: the first holds the collector off and records its state, the last gives it back.
#: Each read testing and restoring the state alone left it off for good when another thread's
#: read, begun meanwhile, saw it off and turned it off again after the first read's end.
_READS = threading.Lock()
_READING = 0
_COLLECTING = False


def _init_worker(langs: Sequence[str] | None = ("fr", "en")) -> None:
    """Start a worker: one BLAS thread, and the models of ``langs`` loaded now (``None``: none,
    each model is then loaded by the first batch that needs it, so a French corpus never pays
    for the English model in every worker; the gazetteer and the lexicons are loaded either way)."""
    # One BLAS/OpenMP thread per worker process: the processes are the parallelism.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    warm_up(() if langs is None else langs)


class _Submitter(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...


class _Refused:
    """A batch the pool would not take (:func:`_ordered`): it fails as the lost worker's did."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def _ordered(
    submit: Callable[[list[Document]], Any],
    result_of: Callable[[Any], list[Result]],
    documents: Iterable[Document],
    *,
    batch_size: int,
    window: int,
    taper: int = 0,
    finished: Callable[[], None] | None = None,
) -> Iterator[Result]:
    """Submit batches with at most ``window`` in flight; yield their results in input order
    (``taper``: see :func:`batches`). ``finished`` is called once the last batch's results are
    in, before they are yielded: nothing more will be submitted. A batch whose worker is lost, or
    that the pool refuses (broken by a worker lost earlier), gives one E014 per document: the
    build goes on and names each document not analysed."""
    pending: deque[tuple[list[Document], Any]] = deque()
    source = batches(documents, batch_size, taper=taper)
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            batch = next(source, None)
            if batch is None:
                exhausted = True
                break
            try:
                future = submit(batch)
            except Exception as exc:  # noqa: BLE001 - a pool broken by a lost worker refuses the batches after it
                future = _Refused(exc)
            pending.append((batch, future))
        if not pending:
            return
        batch, future = pending.popleft()
        try:
            if isinstance(future, _Refused):
                raise future.error
            results = result_of(future)
        except Exception as exc:  # noqa: BLE001 - a lost worker fails its batch, not the build
            detail = f"worker failed: {type(exc).__name__}: {exc}"
            results = [KGError(Errors.E014, path=doc.source, detail=detail) for doc in batch]
        if exhausted and not pending and finished is not None:
            finished()
        yield from results


def analyse_parallel(
    documents: Iterable[Document],
    *,
    workers: int,
    options: Options | None = None,
    window: int | None = None,
    start_method: str | None = None,
    executor: ProcessPoolExecutor | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[Result]:
    """Analyse ``documents`` in ``workers`` local processes; results in input order.

    ``workers <= 1`` analyses in this process (:func:`kg.analyse.pipeline.analyse`). The pool starts when
    the iterator is first advanced and stops when it is exhausted or closed; pass ``executor``
    (from :func:`worker_pool`) to reuse a running, warmed-up pool instead. ``meanwhile`` is called
    once the pool of its own is starting, before the first batch is sent: the caller's work done
    while the fork server loads the models (seconds in which this process would only wait).
    """
    opts = options or Options()
    if executor is None and workers <= 1:
        from kg.analyse.pipeline import analyse

        yield from analyse(documents, options=opts)
        return
    pool = executor
    if pool is None:
        # A pool of its own: its fork server loads the models of the first batch's languages
        # before forking the workers, which load any other model when a batch first needs it.
        source = iter(documents)
        first = list(itertools.islice(source, opts.batch_size))
        if not first:
            return  # no document (all read failed, or none new): no pool, no models loaded for nothing
        documents = itertools.chain(first, source)
        mark("pool")
        pool = worker_pool(workers, start_method=start_method, models=False, preload=guess_languages(first))

    # The driver plans each batch (languages, segments, windows: kg.analyse.plan) and sends the
    # plans with it; while a fork server of its own still loads the models, it plans ahead, on a
    # core that would otherwise wait (about 0.7 ms of CPU a document taken off the workers).
    planner = _Planner(documents, opts)
    documents = planner.documents()

    def submit(batch: list[Document]) -> Future:
        plans, dates = planner.plans(batch)
        # The results come back pickled by the worker (``pickled``) and are read here, where the
        # collector can be held off while they are (``unpickled``), not in the pool's thread.
        if dates:
            return pool.submit(pickled, analyse_batch, batch, opts, plans=plans, timexes=dates)
        return pool.submit(pickled, analyse_batch, batch, opts, plans=plans)

    ending: list[Any] = []  # the pool's manager thread, once the pool is told to end (below)

    def finished() -> None:
        # Every batch is analysed: the workers are told to exit now, and end while this process
        # resolves the last batch, instead of being waited for after it (0.1-0.2 s at the end of a
        # build, when the other core has nothing to do). Joined in ``finally``, so no thread or
        # process of the pool outlives the analyses (a forked child needs a single thread).
        manager = getattr(pool, "_executor_manager_thread", None)  # no public handle on it
        pool.shutdown(wait=False)
        if manager is not None:
            ending.append(manager)

    try:
        # (inside the try: a failing or interrupted warm-up still shuts the pool down)
        if executor is None and meanwhile is not None:
            meanwhile()
        if executor is None:
            planner.ahead(server_ready, limit=PLAN_AHEAD_BATCHES * opts.batch_size)
            mark("planned")
        yield from _ordered(
            submit,
            lambda future: unpickled(future.result()),
            documents,
            batch_size=opts.batch_size,
            window=window or 2 * max(workers, 1),
            taper=max(workers, 1),
            finished=finished if executor is None else None,
        )
    finally:
        if executor is None:
            pool.shutdown(wait=True, cancel_futures=True)
            for manager in ending:
                manager.join()
            if _end_with_pool:
                # Every worker is joined (its exit read from the server): nothing will ask the
                # server for a fork again in this command, so it ends now, beside the build's
                # last steps and the outputs, instead of being ended and waited for at the exit.
                end_with_pool(False)
                end_forkserver()


#: At most this many batches of documents are planned ahead while the fork server loads the models
#: (their documents held in memory until sent): about 2,000 documents, 1.5 s of CPU.
PLAN_AHEAD_BATCHES = 64


#: The dates found by the driver ahead of a batch: (document's index in the batch, piece's index in
#: its plan, what :func:`kg.extract.temporal.find_timexes` returned for that piece).
Dates = list[tuple[int, int, list[Any]]]


class _Planner:
    """The plans of the documents a pool analyses, made in the driver (:mod:`kg.analyse.plan`):
    some ahead of the batches, with the dates of their text (:meth:`ahead`), the rest batch by
    batch as they are sent."""

    def __init__(self, documents: Iterable[Document], options: Options) -> None:
        self._source = iter(documents)
        self._options = options
        self._held: deque[Document] = deque()  # planned ahead, not yet handed on by documents()
        # by id() of the document (kept alive here): its plan, and the dates of its pieces if found
        self._plans: dict[int, tuple[Document, Plan | KGError, list[Any] | None]] = {}

    def ahead(self, done: Callable[[], bool], *, limit: int) -> None:
        """Plan the next documents and find the dates of their text, one document at a time, until
        ``done()`` or ``limit`` documents are held: work taken off the workers, done while this
        process would wait for them to start."""
        if done():
            return
        from kg.extract.temporal import find_timexes  # (the rules compile here, once)

        while len(self._held) < limit and not done():
            document = next(self._source, None)
            if document is None:
                return
            plan = plan_documents([document], self._options)[0]
            dates: list[Any] | None = None
            if not isinstance(plan, KGError):
                try:
                    dates = [find_timexes(document.text[p.start : p.end], lang=p.lang) for p in plan[3]]
                except Exception:  # noqa: BLE001 - the worker finds them, and reports what fails
                    dates = None
            self._held.append(document)
            self._plans[id(document)] = (document, plan, dates)

    def documents(self) -> Iterator[Document]:
        """The documents, in input order: those planned ahead, then the rest."""
        while self._held:
            yield self._held.popleft()
        yield from self._source

    def plans(self, batch: Sequence[Document]) -> tuple[list[Plan | KGError], Dates]:
        """The plans of ``batch``, in its order (those made ahead, the others made now), and the
        dates found ahead."""
        made = [self._plans.pop(id(doc), None) for doc in batch]
        missing = [doc for doc, entry in zip(batch, made) if entry is None or entry[0] is not doc]
        fresh = iter(plan_documents(missing, self._options))
        plans = [entry[1] if entry is not None and entry[0] is doc else next(fresh) for doc, entry in zip(batch, made)]
        dates: Dates = []
        for d, (doc, entry) in enumerate(zip(batch, made)):
            if entry is not None and entry[0] is doc and entry[2] is not None:
                dates += [(d, k, found) for k, found in enumerate(entry[2])]
        return plans, dates


def guess_languages(documents: Sequence[Document]) -> tuple[str, ...]:
    """The languages of ``documents`` as far as a cheap look tells (their ``lang``, else their
    function words, :func:`kg.ingest.language.by_function_words`): the models a fork server
    loads for its workers. The first supported language when nothing is told."""
    found = {doc.lang or by_function_words(doc.text[doc.body_start :]) for doc in documents}
    langs = tuple(lang for lang in SUPPORTED if lang in found)
    return langs or SUPPORTED[:1]


def start_forkserver(langs: Sequence[str]) -> bool:
    """Start this process's ``multiprocessing`` fork server, having it load the models of
    ``langs`` and the rest of what a worker needs (:mod:`kg.analyse.preload`) before it forks any
    worker. Does nothing (returns False) when the fork server is already running (it keeps what
    it loaded) or the platform has none."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    # No public way to ask whether the server runs: its pid, None until it is started.
    running = getattr(forkserver._forkserver, "_forkserver_pid", None)  # noqa: SLF001
    if running is not None:
        if running != _ending:
            pid, _ = os.waitpid(running, os.WNOHANG)
            if not pid:
                return False
        # Told to end (end_forkserver) or dead: waited for and forgotten first, or multiprocessing
        # would wait for it again (a second wait on the pid it no longer has fails).
        stop_forkserver()
    forkserver.set_forkserver_preload(["kg.analyse.preload"])
    _forget_ready()
    ready = _ready_file()
    given = {PRELOAD_ENV: ",".join(langs), READY_ENV: ready}  # read by the server as it starts, then given back
    before = {name: os.environ.get(name) for name in given}
    for name, value in given.items():
        if value is not None:
            os.environ[name] = value
    try:
        _uninterrupted(forkserver.ensure_running)
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    global _ready
    _ready = ready
    return True


def _uninterrupted(start: Callable[[], None]) -> None:
    """``start()`` with Ctrl-C held until it returns (then raised): a KeyboardInterrupt raised
    between the server's spawn and multiprocessing's noting its pid left the server running, its
    pid unknown to :func:`stop_forkserver` (seen on a loaded machine, where the spawn waits for the
    exec). Only in the main thread, where Python runs signal handlers; elsewhere as it is."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        start()
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        start()
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        if callable(previous):
            previous(signal.SIGINT, None)
        else:
            raise KeyboardInterrupt


#: The file the fork server started by this process appends a byte to once it can fork
#: (:data:`kg.analyse.preload.READY_ENV`); None when there is none to wait for.
_ready: str | None = None


def _ready_file() -> str | None:
    """A new private empty file (mode 0600) for the fork server to mark ready, removed at exit."""
    import atexit
    import tempfile

    try:
        fd, path = tempfile.mkstemp(prefix="kg-ready-")
    except OSError:
        return None
    os.close(fd)
    atexit.register(_unlink, path)
    return path


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _forget_ready() -> None:
    global _ready
    if _ready is not None:
        _unlink(_ready)
    _ready = None


def server_ready() -> bool:
    """Whether the fork server started by this process has loaded everything and can fork workers
    (True when there is none to wait for, or its file is gone): the driver plans ahead until then."""
    if _ready is None:
        return True
    try:
        if os.stat(_ready).st_size == 0:
            return False
    except OSError:
        pass
    _forget_ready()
    return True


#: Whether the fork server ends with the first pool of its own that stops (:func:`end_with_pool`).
_end_with_pool = False

#: The pid of the fork server :func:`end_forkserver` told to end, until it is waited for.
_ending: int | None = None


def end_with_pool(enabled: bool = True) -> None:
    """Declare that the next pool of its own this process runs is its last (``kg build``, until
    its build returns; ``enabled=False`` takes it back): when that pool has stopped, its fork
    server is told to end at once (:func:`end_forkserver`) rather than at the process's exit.
    Otherwise (the API, tests, a notebook building again and again) the server stays, with what
    it loaded, for the next pool."""
    global _end_with_pool
    _end_with_pool = enabled


def end_forkserver() -> None:
    """Tell this process's fork server to end (SIGTERM) without waiting for it: its end (the
    models' memory given back, 0.1-0.2 s of wall clock) then runs beside what this process does
    next. Only once every worker it forked has been joined: a worker's exit status is read from
    the server, and a pool whose server is gone takes a running worker for a dead one.
    :func:`stop_forkserver` later finds it ended and only waits for it; :func:`start_forkserver`
    starts a new one."""
    global _ending
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    import signal
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)  # noqa: SLF001 - no public handle
    if pid is None or pid == _ending:
        return
    _forget_ready()
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    _ending = pid


def stop_forkserver() -> None:
    """Stop this process's fork server, if it runs: ``kg build`` calls it as it exits, so that no
    server is left behind, still loading models, by a build that failed or was interrupted before
    its pool used it (:func:`prestart`). The workers it forked are the pool's to stop (and stop
    when this process goes); the server is ended (SIGTERM, as it may be in the middle of its
    imports), then waited for, and a later pool starts another."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    import signal
    from multiprocessing import forkserver

    global _ending
    _forget_ready()
    _ending = None
    server: Any = forkserver._forkserver  # noqa: SLF001 - no public way to stop it
    pid = getattr(server, "_forkserver_pid", None)
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        server._stop()  # noqa: SLF001 - closes its pipe, waits for it, removes its socket
    except OSError:  # (reaped already: ChildProcessError; its socket gone)
        server._forkserver_pid = None  # noqa: SLF001
        server._forkserver_alive_fd = None  # noqa: SLF001
        server._forkserver_address = None  # noqa: SLF001


def worker_pool(
    workers: int,
    *,
    start_method: str | None = None,
    warm: bool = False,
    models: bool = True,
    preload: Sequence[str] | None = None,
) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes that load the models when they start (``forkserver`` where
    available, else ``spawn``); with ``models=False``, each worker loads a model when a batch first
    needs it instead. With the fork server, the models of ``preload`` (default: every model when
    ``models``, else none) are loaded once by the server before it forks the workers
    (:func:`start_forkserver`). With ``warm=True``, returns once every worker has started."""
    if start_method is None:
        start_method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        start_forkserver(tuple(preload) if preload is not None else (SUPPORTED if models else ()))
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(("fr", "en") if models else None,)
    )
    if warm:
        barrier = context.Manager().Barrier(workers) if workers > 1 else None
        for future in [pool.submit(_wait, barrier) for _ in range(workers)]:
            future.result()
    return pool


def _wait(barrier: Any) -> None:
    if barrier is not None:
        barrier.wait(timeout=600)


# --- how many workers, and starting them early ----------------------------------------------------

#: ``--workers auto`` starts worker processes from this many documents on. The pool's fork server
#: loads the models once and forks warm workers (:mod:`kg.analyse.preload`), so two workers start in
#: about the time one process takes to load the model; what the pool adds is a second interpreter's
#: imports (about 0.5 s) and its first-document set-up, and each document is analysed with the two
#: cores at about 45 ms against 55 ms in one process, which already parses in a second thread
#: (docs/PERFORMANCE.md): a gain from about 100 documents, a clear one from 200.
AUTO_WORKERS_MIN_DOCS = 200


def cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def auto_workers(spec: str | int, paths: Iterable[str | Path]) -> int:
    """The number of worker processes for ``--workers SPEC``: a positive number as given, or for
    ``auto`` every core when the input is large enough to pay for the start-up, else 1 (E503)."""
    text = str(spec).strip().lower()
    if text != "auto":
        if not text.isdigit() or int(text) < 1:
            raise KGError(Errors.E503, detail=f"--workers takes a positive number or 'auto', not {spec!r}")
        return int(text)
    available = cores()
    if available < 2:
        return 1
    return available if estimate_documents(paths) >= AUTO_WORKERS_MIN_DOCS else 1


def estimate_documents(paths: Iterable[str | Path]) -> int:
    """A quick count of the documents under ``paths`` (files, plus non-blank JSONL lines), for
    progress bars; reading the files is not needed."""
    from kg.ingest.readers import input_kind, is_url, iter_input_files

    total = 0
    for raw in paths:
        if is_url(raw):
            total += 1
            continue
        root = Path(raw)
        if not root.exists() or (root.is_file() and input_kind(root) is None):
            continue
        for file in iter_input_files(root):
            if input_kind(file) != "jsonl":  # an archive or a feed counts as one
                total += 1
                continue
            try:
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                pass
    return total


def prestart(paths: Sequence[str | Path], workers: int, *, batch_size: int, max_chars: int | None = None) -> bool:
    """Start the fork server of a build's worker pool now (:func:`start_forkserver`), loading the
    models of the languages of the first ``batch_size`` documents of ``paths`` in input order,
    before the build imports its writers and reads, spools and sorts its input: the server's load
    (3-4 s of CPU) then runs on the other core beside that (about 0.4 s of CPU at 1,500
    documents), instead of after it. :func:`analyse_parallel` later finds the server running and
    forks its workers from it. Nothing is done (False) for one worker, for input fetched from the
    web (not read twice) or when there is no document; a model the first documents do not call
    for is loaded by the workers when a batch needs it, as when the server starts later."""
    from kg.ingest.readers import DEFAULT_MAX_CHARS, is_url, iter_ingest

    if workers <= 1 or not paths or any(is_url(raw) for raw in paths):
        return False
    head = [
        doc
        for doc in itertools.islice(iter_ingest(paths, max_chars=max_chars or DEFAULT_MAX_CHARS), batch_size)
        if isinstance(doc, Document)
    ]
    if not head:
        return False
    mark("pool")
    return start_forkserver(guess_languages(head))


# --- Dask distributed -----------------------------------------------------------------------------


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise KGError(Errors.E503, detail="Dask is not installed: pip install 'kg-news[cluster]'") from None
    return distributed


class ModelPlugin:
    """A Dask worker plugin that loads the models once, when each worker starts.

    (Duck-typed as a :class:`distributed.diagnostics.plugin.WorkerPlugin`: only ``setup`` and
    ``teardown`` are needed.)
    """

    name = "kg-models"

    def setup(self, worker: Any) -> None:  # noqa: ARG002 - the plugin interface
        _init_worker()

    def teardown(self, worker: Any) -> None:  # noqa: ARG002
        pass


def _worker_plugin() -> Any:
    distributed = _distributed()
    base = distributed.diagnostics.plugin.WorkerPlugin

    class _Plugin(ModelPlugin, base):  # type: ignore[misc, valid-type]
        pass

    return _Plugin()


def analyse_dask(
    documents: Iterable[Document],
    *,
    scheduler: str,
    options: Options | None = None,
    workers: int | None = None,
    window: int | None = None,
    connect_timeout: float = 30.0,
) -> Iterator[Result]:
    """Analyse ``documents`` on a Dask cluster; results in input order.

    ``scheduler`` is the address of a running scheduler (``tcp://HOST:PORT``) or ``"local"`` for a
    :class:`distributed.LocalCluster` of ``workers`` processes (default: the CPU count) with one
    thread each, started here and stopped at the end. Raises E503 when Dask is missing, E504 when the
    scheduler cannot be reached.
    """
    distributed = _distributed()
    opts = options or Options()
    cluster = None
    try:
        if scheduler == "local":
            cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout=connect_timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise KGError(Errors.E504, scheduler=scheduler, detail=f"{type(exc).__name__}: {exc}") from None
    try:
        client.register_plugin(_worker_plugin())
        count = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: list[Document]) -> Any:
            return client.submit(analyse_batch, batch, opts, pure=False)

        yield from _ordered(
            submit,
            lambda future: future.result(),
            documents,
            batch_size=opts.batch_size,
            window=window or 2 * count,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def analyse_with(
    documents: Iterable[Document],
    *,
    options: Options | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    executor: ProcessPoolExecutor | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[Result]:
    """The analyses of ``documents`` in input order: in this process, in ``workers`` local
    processes (or the running pool ``executor``), or on the Dask ``scheduler`` (see the module
    docstring). ``meanwhile``: see :func:`analyse_parallel`."""
    if scheduler:
        return analyse_dask(documents, scheduler=scheduler, options=options, workers=workers if workers > 1 else None)
    return analyse_parallel(documents, workers=workers, options=options, executor=executor, meanwhile=meanwhile)
