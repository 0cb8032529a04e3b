"""Parallel extraction (kg.analyse.parallel): worker processes and a Dask LocalCluster give the very graph
of a single-process build (isomorphic per named graph), because the registry resolves in input order."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.analyse.parallel import analyse_dask, analyse_parallel, batches
from kg.analyse.pipeline import Options
from kg.builder import build_paths
from kg.errors import KGError
from kg.ingest.readers import iter_ingest
from kg.types import Document
from tests.conftest import DATA, SEED


def named_graphs(dataset: Dataset) -> dict:
    return {g.identifier: g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)}


def assert_same_graphs(one: Dataset, two: Dataset) -> None:
    a, b = named_graphs(one), named_graphs(two)
    assert set(a) == set(b)
    different = [iri for iri in a if not isomorphic(a[iri], b[iri])]
    assert not different, different


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A handful of documents in both languages, with a shared entity so that resolution matters."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = []
    for name in ("wikinews-fr/wikinews-fr-sample.jsonl", "meantime-en/meantime-en-dev-sample.jsonl"):
        with open(DATA / name, encoding="utf-8") as handle:
            lines += [line for line in itertools.islice(handle, 4) if line.strip()]
    (folder / "docs.jsonl").write_text("".join(lines), encoding="utf-8")
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def single(corpus: Path):
    return build_paths([corpus], options=Options(batch_size=3))


def test_batches_are_lazy_and_complete() -> None:
    def numbers():
        for n in range(7):
            yield Document(id=str(n), text="x", source=str(n))

    sizes = [len(b) for b in batches(numbers(), 3)]
    assert sizes == [3, 3, 1]


@pytest.mark.parametrize(
    ("count", "size", "taper", "expected"),
    [
        (7, 3, 0, [3, 3, 1]),  # no taper: the batches of a single-process build
        (0, 32, 2, []),
        (5, 32, 2, [5]),  # fewer than a quarter of a batch: one batch
        (3, 32, 2, [3]),  # fewer than an eighth: one batch
        (40, 32, 2, [10, 8, 6, 4, 4, 4, 4]),  # a fourth of what is left, at least an eighth of a batch
        (41, 32, 2, [11, 8, 6, 4, 4, 4, 4]),
        (42, 32, 2, [11, 8, 6, 5, 4, 4, 4]),
        (35, 32, 2, [9, 7, 5, 4, 4, 6]),  # no last crumb of fewer than an eighth of a batch
        (300, 32, 2, [32] * 6 + [27, 21, 15, 12, 9, 6, 5, 4, 4, 5]),
        (300, 32, 1, [32] * 8 + [22, 11, 6, 5]),
        (1000, 32, 4, [32] * 24 + [29, 26, 23, 20, 17, 15, 13, 12, 10, 9, 8, 7, 6, 5] + [4] * 8),
        (9, 1, 2, [1] * 9),
    ],
)
def test_batches_taper_at_the_end(count: int, size: int, taper: int, expected: list[int]) -> None:
    """The workers end together: the last batches get smaller, every document once, in order."""
    documents = [Document(id=str(n), text="x", source=str(n)) for n in range(count)]
    found = list(batches(iter(documents), size, taper=taper))
    assert [len(b) for b in found] == expected
    assert [d.id for b in found for d in b] == [d.id for d in documents]


@pytest.mark.parametrize(
    ("count", "size", "window", "failing"),
    [
        (7, 3, 2, None),  # three batches, two in flight
        (7, 3, 4, None),  # every batch in flight from the start
        (3, 3, 2, None),  # one batch
        (7, 3, 2, 2),  # the last batch's worker is lost: its errors come last, after the call too
        (0, 3, 2, None),  # no batch: nothing to end
    ],
)
def test_ordered_says_when_the_last_results_are_in(count: int, size: int, window: int, failing: int | None) -> None:
    """``finished`` is called once, when the last batch's results are in and before they are
    yielded (the pool is then told to end while the driver resolves them); results in order."""
    from concurrent.futures import Future

    from kg.analyse.parallel import _ordered

    documents = [Document(id=str(n), text="x", source=str(n)) for n in range(count)]
    submitted: list[int] = []
    events: list[str] = []

    def submit(batch: list[Document]) -> Future:
        submitted.append(len(batch))
        future: Future = Future()
        if failing is not None and len(submitted) - 1 == failing:
            future.set_exception(RuntimeError("lost"))
        else:
            future.set_result([d.id for d in batch])
        return future

    out = []
    for item in _ordered(submit, lambda f: f.result(), documents, batch_size=size, window=window, finished=lambda: events.append("finished")):
        events.append("item")
        out.append(item)
    assert events.count("finished") == (1 if count else 0)
    if count:
        last = submitted[-1]
        assert events[-last - 1] == "finished" and "finished" not in events[-last:]
    ids = [o if isinstance(o, str) else o.path for o in out]
    assert ids == [d.id for d in documents]



@pytest.mark.parametrize(("count", "broken"), [(7, 1), (7, 3), (7, 0)])
def test_a_pool_broken_by_a_lost_worker_fails_the_batches_it_refuses(count: int, broken: int) -> None:
    """Once a worker is lost, the pool refuses every batch (BrokenProcessPool from ``submit``):
    those batches' documents fail one by one (E014, each named), in order; the build goes on."""
    from concurrent.futures import Future

    from kg.analyse.parallel import _ordered

    documents = [Document(id=str(n), text="x", source=str(n)) for n in range(count)]
    submitted: list[int] = []

    def submit(batch: list[Document]) -> Future:
        if len(submitted) >= broken:
            raise RuntimeError("A child process terminated abruptly")
        submitted.append(len(batch))
        future: Future = Future()
        future.set_result([d.id for d in batch])
        return future

    finished: list[bool] = []
    out = list(_ordered(submit, lambda f: f.result(), documents, batch_size=2, window=2, finished=lambda: finished.append(True)))
    done = sum(submitted)
    assert out[:done] == [d.id for d in documents[:done]]
    assert [(e.code, e.path) for e in out[done:]] == [("E014", d.source) for d in documents[done:]]
    assert all("worker failed: RuntimeError" in str(e) for e in out[done:])
    assert finished == [True]

@pytest.mark.slow
def test_the_workers_are_gone_when_the_analyses_are(corpus: Path) -> None:
    """The pool is told to end with the last results, and waited for when the iterator ends: no
    worker process is left, and no thread of the pool (the outputs fork children)."""
    import threading

    from kg.analyse import parallel

    docs = [d for d in iter_ingest([corpus]) if isinstance(d, Document)]
    seen: list[object] = []
    real = parallel.worker_pool

    def spy(*args, **kwargs):
        pool = real(*args, **kwargs)
        seen.append(pool)
        return pool

    import unittest.mock

    with unittest.mock.patch.object(parallel, "worker_pool", spy):
        out = list(analyse_parallel(docs, workers=2, options=Options(batch_size=2)))
    assert len(out) == len(docs)
    assert seen and getattr(seen[0], "_processes", None) is None  # shut down
    assert threading.active_count() == 1
    import multiprocessing

    assert not multiprocessing.active_children()  # every worker joined


def _ended(pid: int, seconds: float = 60.0) -> bool:
    """Whether process ``pid`` (a child of this one) has ended within ``seconds``: gone, or a
    zombie nobody has waited for yet."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_fork_server_ends_with_the_pool_of_a_build(corpus: Path) -> None:
    """``kg build`` runs one pool (end_with_pool): its fork server is told to end as soon as the
    pool has stopped, not at the exit, and the analyses are those of a server kept. A pool
    started after it gets a new server, which stays (the declaration holds for one pool)."""
    from multiprocessing import forkserver

    from kg.analyse import parallel

    docs = [d for d in iter_ingest([corpus]) if isinstance(d, Document)]
    options = Options(batch_size=2)
    try:
        parallel.end_with_pool()
        ended = list(analyse_parallel(docs, workers=2, options=options))
        first = forkserver._forkserver._forkserver_pid
        assert first is not None and parallel._ending == first
        assert parallel._end_with_pool is False  # taken back once used
        assert _ended(first)
        kept = list(analyse_parallel(docs, workers=2, options=options))
        second = forkserver._forkserver._forkserver_pid
        assert second is not None and second != first and parallel._ending is None
        assert not _ended(second, seconds=0.5)  # this one stays for a next pool
        assert ended == kept and len(ended) == len(docs)
        assert all(not isinstance(item, KGError) for item in ended)
    finally:
        parallel.end_with_pool(False)
        parallel.stop_forkserver()
    assert forkserver._forkserver._forkserver_pid is None and parallel._ending is None


@pytest.mark.parametrize("ending", [True, False])
def test_a_server_told_to_end_is_waited_for_before_a_new_one(monkeypatch: pytest.MonkeyPatch, ending: bool) -> None:
    """end_forkserver sends the server SIGTERM once, without waiting; start_forkserver then waits
    for that server (stop_forkserver) and starts a new one, never asking the dying pid whether it
    runs. A server not told to end and still running is kept, as before."""
    import os
    import signal
    import types
    from multiprocessing import forkserver

    import kg.analyse.parallel as parallel

    events: list[object] = []
    fake = types.SimpleNamespace(_forkserver_pid=4242, _stop=lambda: events.append("waited"))
    monkeypatch.setattr(forkserver, "_forkserver", fake)
    monkeypatch.setattr(forkserver, "ensure_running", lambda: events.append("started"))
    monkeypatch.setattr(forkserver, "set_forkserver_preload", lambda modules: None)
    monkeypatch.setattr(os, "kill", lambda pid, sig: events.append((pid, sig)))
    monkeypatch.setattr(os, "waitpid", lambda pid, flags: events.append(("asked", pid)) or (0, 0))
    monkeypatch.setattr(parallel, "_ready", None)
    monkeypatch.setattr(parallel, "_ending", None)
    monkeypatch.setattr(parallel, "_ready_file", lambda: None)
    if ending:
        parallel.end_forkserver()
        parallel.end_forkserver()  # (once only)
        assert events == [(4242, signal.SIGTERM)] and parallel._ending == 4242
        events.clear()
        assert parallel.start_forkserver(("fr",)) is True
        assert events == [(4242, signal.SIGTERM), "waited", "started"]
    else:
        assert parallel.start_forkserver(("fr",)) is False
        assert events == [("asked", 4242)]
    assert parallel._ending is None


def _ids_or_lost(documents: list[Document], options: Options | None = None, plans: object = None) -> list[str]:  # noqa: ARG001
    """A worker's task in the tests (imported by name in the worker): the documents' ids, or the
    worker lost at once (ended without a word) on a document whose text is ``lost``."""
    import os

    if any(doc.text == "lost" for doc in documents):
        os._exit(1)
    return [doc.id for doc in documents]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("count", "lost", "interrupt"),
    [
        (7, 6, None),  # the last document's worker is lost: its batch fails, the others are kept
        (7, 0, None),  # the first batch's: the batches after it fail too, the build goes on
        (7, None, 6),  # Ctrl-C as the driver resolves the last batch (the pool told to end)
        (7, None, 2),  # ... or an earlier one
        (1, None, None),  # one document
    ],
)
def test_a_lost_worker_or_ctrl_c_leaves_no_worker(monkeypatch: pytest.MonkeyPatch, count: int, lost: int | None, interrupt: int | None) -> None:
    """The pool is told to end with the last results (analyse_parallel's ``finished``): a worker
    lost in a batch fails that batch's documents (E014, each named), not the build, and neither
    that nor an interruption while the driver resolves leaves a worker process or a pool thread."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    import kg.analyse.parallel as parallel

    pools: list[ProcessPoolExecutor] = []

    def pool(workers: int, **kwargs) -> ProcessPoolExecutor:  # no fork server, no model: a bare pool
        pools.append(ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")))
        return pools[-1]

    monkeypatch.setattr(parallel, "worker_pool", pool)
    monkeypatch.setattr(parallel, "analyse_batch", _ids_or_lost)
    threads = set(threading.enumerate())  # (those of earlier tests, if any, are not the pool's)
    docs = [Document(id=f"d{n}", text="lost" if n == lost else "x", source=f"d{n}.txt", lang="fr") for n in range(count)]
    out: list[object] = []
    stream = parallel.analyse_parallel(docs, workers=2, options=Options(batch_size=2))
    try:
        for item in stream:
            if len(out) == interrupt:
                raise KeyboardInterrupt
            out.append(item)
    except KeyboardInterrupt:
        assert interrupt is not None
        stream.close()  # what the interpreter does to the abandoned iterator
    else:
        assert interrupt is None
        assert len(out) == count
        # In input order: each document's result, or its error (the lost batch's, and those the
        # broken pool refused after it; batches in flight beside it may still come back)
        for doc, item in zip(docs, out):
            assert item == doc.id or (isinstance(item, KGError) and item.path == doc.source), (doc, item)
        failed = [o for o in out if isinstance(o, KGError)]
        assert all(e.code == "E014" and "worker failed" in str(e) for e in failed)
        assert (lost is None) == (not failed)
        assert lost is None or isinstance(out[lost], KGError)
    assert pools and getattr(pools[0], "_processes", None) is None  # shut down
    assert not multiprocessing.active_children()  # every worker joined
    assert set(threading.enumerate()) <= threads  # no thread of the pool


@pytest.mark.slow
@pytest.mark.parametrize("size", [1, 9])
def test_an_analysis_does_not_depend_on_its_batch(corpus: Path, single, size: int) -> None:
    """What lets the workers' last batches be smaller than a single-process build's."""
    other = build_paths([corpus], options=Options(batch_size=size))
    assert other.counts == single.counts
    assert_same_graphs(single.dataset, other.dataset)


@pytest.mark.slow
def test_two_workers_build_the_same_graph(corpus: Path, single) -> None:
    parallel = build_paths([corpus], options=Options(batch_size=3), workers=2)
    assert parallel.documents == single.documents == 9
    assert parallel.counts == single.counts
    assert_same_graphs(single.dataset, parallel.dataset)
    assert json.dumps(parallel.registry.as_dict(), sort_keys=True) == json.dumps(single.registry.as_dict(), sort_keys=True)


@pytest.mark.slow
def test_worker_results_come_back_in_input_order_with_errors(corpus: Path) -> None:
    docs = [d for d in iter_ingest([corpus]) if isinstance(d, Document)]
    docs.insert(2, Document(id="bad", text="Hallo Welt, wie geht es?", source="bad.txt", lang="de"))
    out = list(analyse_parallel(docs, workers=2, options=Options(batch_size=2)))
    assert len(out) == len(docs)
    assert isinstance(out[2], KGError) and out[2].code == "E502"
    assert [o.document.id for o in out if not isinstance(o, KGError)] == [d.id for d in docs if d.id != "bad"]


@pytest.mark.slow
def test_dask_local_cluster_builds_the_same_graph(corpus: Path, single) -> None:
    pytest.importorskip("distributed")
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build_paths([corpus], options=Options(batch_size=3), scheduler=cluster.scheduler_address)
    assert result.documents == single.documents
    assert_same_graphs(single.dataset, result.dataset)


def test_unreachable_scheduler_is_a_coded_error() -> None:
    pytest.importorskip("distributed")
    doc = Document(id="a", text="Paris est une ville.", source="a.txt")
    with pytest.raises(KGError) as info:
        list(analyse_dask([doc], scheduler="tcp://127.0.0.1:9", connect_timeout=2))
    assert info.value.code == "E504"


def test_missing_dask_is_a_coded_error(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    doc = Document(id="a", text="Paris est une ville.", source="a.txt")
    with pytest.raises(KGError) as info:
        list(analyse_dask([doc], scheduler="local"))
    assert info.value.code == "E503"


@pytest.mark.parametrize(
    ("spec", "cores", "documents", "expected"),
    [
        ("auto", 2, 199, 1),  # too small to pay for the pool's start-up
        ("auto", 2, 200, 2),
        ("auto", 8, 5000, 8),
        ("auto", 1, 5000, 1),  # one core: no pool
        ("3", 2, 10, 3),  # a number is taken as given
        (2, 4, 10, 2),
    ],
)
def test_workers_auto(monkeypatch: pytest.MonkeyPatch, spec: str | int, cores: int, documents: int, expected: int) -> None:
    import kg.analyse.parallel
    import kg.builder

    monkeypatch.setattr(kg.analyse.parallel, "cores", lambda: cores)
    monkeypatch.setattr(kg.analyse.parallel, "estimate_documents", lambda paths: documents)
    assert kg.builder.auto_workers(spec, ["corpus"]) == expected  # (kg.builder's name for it)


@pytest.mark.parametrize("spec", ["0", "-2", "many", ""])
def test_workers_refuses_other_values(spec: str) -> None:
    from kg.builder import auto_workers

    with pytest.raises(KGError) as info:
        auto_workers(spec, [])
    assert info.value.code == "E503"


@pytest.mark.parametrize(("langs", "expected"), [(None, ()), (("fr",), ("fr",)), (("fr", "en"), ("fr", "en"))])
def test_a_worker_loads_only_the_models_asked_for(monkeypatch: pytest.MonkeyPatch, langs, expected) -> None:
    """A pool of analyse_parallel starts its workers without models (each is loaded by the first
    batch needing it: a French corpus never loads the English model); a warm pool loads both."""
    import kg.analyse.parallel as parallel

    loaded: list[tuple[str, ...]] = []
    monkeypatch.setattr(parallel, "warm_up", lambda langs=("fr", "en"): loaded.append(tuple(langs)))
    parallel._init_worker(langs)
    assert loaded == [expected]


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        ([("Le président a annoncé que les élections auront lieu dans le pays.", None)], ("fr",)),
        ([("The president said that the elections will be held in the country.", None)], ("en",)),
        ([("Texte quelconque.", "en")], ("en",)),  # the metadata's language is taken as given
        (
            [
                ("Le président a annoncé que les élections auront lieu dans le pays.", None),
                ("The president said that the elections will be held in the country.", None),
            ],
            ("fr", "en"),
        ),
        ([("12 34 56", None)], ("fr",)),  # nothing told: the first supported language
        ([("Hallo Welt, wie geht es?", "de")], ("fr",)),  # an unsupported language loads nothing of its own
    ],
)
def test_guess_languages_names_the_models_to_preload(docs: list[tuple[str, str | None]], expected: tuple[str, ...]) -> None:
    from kg.analyse.parallel import guess_languages

    documents = [Document(id=str(n), text=text, source=str(n), lang=lang) for n, (text, lang) in enumerate(docs)]
    assert guess_languages(documents) == expected


@pytest.mark.parametrize(("spec", "expected"), [(None, None), ("", []), ("fr", ["fr"]), ("fr,en", ["fr", "en"])])
def test_the_fork_server_preloads_only_when_asked(monkeypatch: pytest.MonkeyPatch, spec: str | None, expected) -> None:
    """kg.analyse.preload loads the languages its environment variable names, and nothing when the
    variable is unset (the module imported by anything else than a fork server)."""
    import gc

    import kg.analyse.preload as preload

    calls: list[list[str]] = []
    imported: list[str] = []
    monkeypatch.setattr(preload, "preload", calls.append)
    monkeypatch.setattr(preload, "import_module", imported.append)
    if spec is None:
        monkeypatch.delenv(preload.PRELOAD_ENV, raising=False)
    else:
        monkeypatch.setenv(preload.PRELOAD_ENV, spec)
    frozen = gc.get_freeze_count()
    try:
        preload._run()
        assert calls == ([] if expected is None else [expected])
        # The workers' task module too, so that no worker imports it again.
        assert imported == ([] if expected is None else list(preload.WORKER_MODULES))
        if expected is None:
            assert gc.get_freeze_count() == frozen  # nothing collected or frozen either
        else:
            assert gc.get_freeze_count() > frozen  # what was loaded is out of the workers' collections
    finally:
        if gc.get_freeze_count() > frozen:
            gc.unfreeze()


def test_a_failing_preload_leaves_the_workers_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import kg.analyse.preload as preload

    def broken(langs: list[str]) -> None:
        raise OSError("no model")

    monkeypatch.setattr(preload, "preload", broken)
    monkeypatch.setenv(preload.PRELOAD_ENV, "fr")
    preload._run()  # does not raise: the fork server must start anyway
    gc.unfreeze()


@pytest.mark.parametrize(("running", "langs"), [(False, ("fr",)), (False, ("fr", "en")), (True, ("fr",))])
def test_start_forkserver_names_the_models_for_the_server_only(
    monkeypatch: pytest.MonkeyPatch, running: bool, langs: tuple[str, ...]
) -> None:
    """The server is started with the languages in its environment, which is given back at once;
    a server already running is left as it is (it keeps what it loaded)."""
    import os
    import types
    from multiprocessing import forkserver

    import kg.analyse.parallel as parallel
    from kg.analyse.preload import PRELOAD_ENV, READY_ENV

    seen: list[str | None] = []
    ready: list[str | None] = []

    def ensure_running() -> None:
        seen.append(os.environ.get(PRELOAD_ENV))
        ready.append(os.environ.get(READY_ENV))

    fake = types.SimpleNamespace(_forkserver_pid=os.getpid() if running else None)
    monkeypatch.setattr(forkserver, "_forkserver", fake)
    monkeypatch.setattr(forkserver, "ensure_running", ensure_running)
    monkeypatch.setattr(forkserver, "set_forkserver_preload", lambda modules: seen.append(",".join(modules)))
    monkeypatch.setattr(os, "waitpid", lambda pid, flags: (0, 0))
    monkeypatch.delenv(PRELOAD_ENV, raising=False)
    monkeypatch.delenv(READY_ENV, raising=False)
    monkeypatch.setattr(parallel, "_ready", None)
    assert parallel.start_forkserver(langs) is not running
    assert seen == ([] if running else ["kg.analyse.preload", ",".join(langs)])
    assert PRELOAD_ENV not in os.environ
    assert READY_ENV not in os.environ
    if running:
        assert ready == [] and parallel._ready is None
    else:
        # The server is given a private empty file of the driver's, to mark when it can fork.
        (path,) = ready
        assert path is not None and path == parallel._ready
        assert os.stat(path).st_size == 0 and os.stat(path).st_mode & 0o077 == 0
        assert parallel.server_ready() is False
        parallel._forget_ready()
        assert not os.path.exists(path)


_FR = "Le président a annoncé que les élections auront lieu dans le pays."
_EN = "The president said that the elections will be held in the country."


@pytest.mark.parametrize(
    ("lines", "workers", "batch", "expected"),
    [
        ([_FR, _FR], 2, 32, ("fr",)),  # the server loads the first documents' model, in input order
        ([_FR, _EN], 2, 32, ("fr", "en")),
        ([_FR, _EN], 2, 1, ("fr",)),  # only the first batch is read: English is loaded when needed
        ([_EN], 3, 32, ("en",)),
        ([_FR], 1, 32, None),  # one worker: no pool, no server
        ([], 2, 32, None),  # no document: nothing to load for
        (["{not json"], 2, 32, None),  # only errors: likewise
    ],
)
def test_prestart_starts_the_fork_server_with_the_first_documents_models(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lines: list[str], workers: int, batch: int, expected: tuple[str, ...] | None
) -> None:
    """``kg build`` starts the workers' fork server before it imports its writers and reads its
    input (kg.analyse.parallel.prestart), with the models of the first documents' languages."""
    import kg.analyse.parallel as parallel

    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        "".join((line if line.startswith("{") else json.dumps({"id": f"d{n}", "text": line})) + "\n" for n, line in enumerate(lines)),
        encoding="utf-8",
    )
    started: list[tuple[str, ...]] = []
    monkeypatch.setattr(parallel, "start_forkserver", lambda langs: started.append(tuple(langs)) or True)
    assert parallel.prestart([str(corpus)], workers, batch_size=batch) is (expected is not None)
    assert started == ([] if expected is None else [expected])


def test_prestart_never_fetches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Input from the web is not read twice: the pool starts with the build, as before."""
    import kg.analyse.parallel as parallel

    monkeypatch.setattr(parallel, "start_forkserver", lambda langs: pytest.fail("started"))
    assert parallel.prestart(["https://example.org/a.html"], 2, batch_size=32) is False

def test_the_driver_of_the_workers_imports_no_extractor() -> None:
    """kg build with workers sends the settings and reads the analyses back: its imports (the
    command, the builder, the pool) leave the pipeline and the extractors to the fork server,
    which loads them once for every worker."""
    import subprocess
    import sys

    code = (
        "import sys, kg.cli, kg.builder, kg.analyse.parallel; from kg.analyse.options import Options; "
        "print(sorted(m for m in sys.modules if m == 'kg.analyse.pipeline' or m.startswith(('kg.extract', 'spacy'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_meanwhile_runs_once_while_the_pool_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The driver's own work (the writers' imports) is done after the pool is started and before
    the first batch is sent, whose sending waits for the fork server's models; once per pool."""
    from concurrent.futures import Future

    import kg.analyse.parallel as parallel

    events: list[str] = []

    class FakePool:
        def submit(self, fn, task, batch, options, plans=None, **kwargs):
            import pickle

            events.append("submit")
            future: Future = Future()
            # each batch goes with its documents' plans, made in the driver; the results come back pickled
            future.set_result(pickle.dumps([doc.id if plan[0] is doc else "unplanned" for doc, plan in zip(batch, plans)]))
            return future

        def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
            events.append("shutdown")

    monkeypatch.setattr(parallel, "worker_pool", lambda *args, **kwargs: events.append("pool") or FakePool())
    docs = [Document(id=str(n), text="x", source=str(n)) for n in range(5)]
    out = list(parallel.analyse_parallel(docs, workers=2, options=Options(batch_size=2), meanwhile=lambda: events.append("meanwhile")))
    assert out == [doc.id for doc in docs]
    assert events[:3] == ["pool", "meanwhile", "submit"] and events.count("meanwhile") == 1


def test_kg_build_with_workers_starts_its_pool_early_and_builds_the_same_graph(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``kg build --workers 2`` asks for its fork server before reading its input (prestart), and
    its graph is the one-process build's."""
    from typer.testing import CliRunner

    import kg.analyse.parallel as parallel
    from kg.cli import app
    from kg.graph.query import load_dataset

    asked: list[int] = []
    real = parallel.prestart
    monkeypatch.setattr(parallel, "prestart", lambda paths, workers, **kw: asked.append(workers) or real(paths, workers, **kw))
    for workers in ("1", "2"):
        out = tmp_path / workers
        result = CliRunner().invoke(app, ["build", str(SEED.parent), "--out", str(out), "--workers", workers, "--no-html", "--no-answers"])
        assert result.exit_code == 0, result.output
    assert asked == [1, 2]
    assert parallel._end_with_pool is False  # the build's one pool has gone: a later one keeps its server
    assert_same_graphs(load_dataset(tmp_path / "1" / "graph.trig"), load_dataset(tmp_path / "2" / "graph.trig"))


def _assert_none_left(marker: str) -> None:
    """No fork server with ``marker`` in its environment is left once the command has returned,
    and every other process there ends by itself within seconds (the resource tracker that
    multiprocessing starts beside a fork server ends once it reads the command's exit)."""
    import time

    def command_line(pid: int) -> str:
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return ""

    assert [c for c in map(command_line, _processes_with(marker)) if "forkserver" in c] == []
    deadline = time.monotonic() + 5
    while (left := _processes_with(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [command_line(pid) for pid in left] == []


def _interruptible() -> None:
    """In the child, before exec: Ctrl-C handled by default. A shell starts background jobs (a
    test run launched with ``&``) with SIGINT ignored, the child inherits it, and Python then
    installs no KeyboardInterrupt: the command would not notice the test's Ctrl-C at all."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _processes_with(marker: str) -> list[int]:
    """The processes whose environment holds ``marker`` (what a command and its children inherit)."""
    import os

    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as handle:
                if marker.encode() in handle.read():
                    found.append(int(entry))
        except OSError:  # gone, or not ours
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
@pytest.mark.parametrize(
    ("extra", "lines", "code"),
    [
        (["--format", "nope"], [_FR, _EN], 2),  # the server is asked for, then the build stops (E404)
        (["--max-chars", "10"], [_FR, _EN], 2),  # E013: every document failed (no server asked for)
        ([], ["{not json", "[]"], 2),  # E013 again, from input that reads as no document
    ],
    ids=["wrong format", "every document too long", "bad input"],
)
def test_a_failing_kg_build_with_workers_leaves_no_process(tmp_path: Path, extra: list[str], lines: list[str], code: int) -> None:
    """``kg build --workers 2`` on input it cannot build from stops every process it started,
    among them the fork server that prestart may have started early (still loading its models)."""
    import os
    import subprocess
    import sys
    import uuid

    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        "".join((line if line[:1] in "{[" else json.dumps({"id": f"d{n}", "text": line})) + "\n" for n, line in enumerate(lines)),
        encoding="utf-8",
    )
    marker = f"KG_TEST_ORPHAN={uuid.uuid4().hex}"
    env = {**os.environ, "KG_TEST_ORPHAN": marker.split("=", 1)[1], "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    # (its output to a file: a pipe would be held open by a server left behind, and the wait last
    # until that server ended by itself)
    with (tmp_path / "stderr.txt").open("wb") as stderr:
        done = subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2", "--no-html", *extra],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            timeout=300,
        )
    assert done.returncode == code, (tmp_path / "stderr.txt").read_text(errors="replace")[-2000:]
    _assert_none_left(marker)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
def test_an_interrupted_kg_build_with_workers_leaves_no_process(tmp_path: Path) -> None:
    """Ctrl-C while the early fork server loads its models: the command ends, and so does the server."""
    import os
    import signal
    import subprocess
    import sys
    import time
    import uuid

    corpus = tmp_path / "docs.jsonl"
    # (enough documents that the build cannot end between the server's sighting and the signal on a
    # loaded machine: with four, a CI run saw the command exit 0 before Ctrl-C reached it)
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": _FR}) + "\n" for n in range(200)), encoding="utf-8")
    marker = uuid.uuid4().hex
    env = {**os.environ, "KG_TEST_ORPHAN": marker, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    command = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2", "--no-html"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_interruptible,
    )
    try:
        deadline = time.monotonic() + 120
        while len(_processes_with(marker)) < 2 and time.monotonic() < deadline and command.poll() is None:
            time.sleep(0.05)  # until the fork server runs beside the command
        assert command.poll() is None, "the build ended before its fork server was seen"
        command.send_signal(signal.SIGINT)  # (to the command alone: a terminal would signal the server too)
        command.wait(timeout=120)
    finally:
        if command.poll() is None:
            command.kill()
            command.wait()
    assert command.returncode != 0
    _assert_none_left(marker)



_AT_THE_LAST = """
import os, sys, time
from pathlib import Path

import kg.resolve.resolver as resolver

real = resolver.Resolver.resolve


def resolve(self, item, **kwargs):
    if item.document.id == os.environ["KG_TEST_LAST"]:  # the driver resolves the last document
        Path(os.environ["KG_TEST_FLAG"]).write_text("resolving", encoding="utf-8")
        time.sleep(60)
    return real(self, item, **kwargs)


if __name__ == "__main__":  # (not in the fork server, which imports this module as its main)
    resolver.Resolver.resolve = resolve
    from kg.cli import main

    sys.argv = ["kg", *sys.argv[1:]]
    main()
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
@pytest.mark.parametrize("group", [False, True], ids=["the command", "its process group"])
def test_ctrl_c_in_the_last_batch_leaves_no_process(tmp_path: Path, group: bool) -> None:
    """Ctrl-C while a streamed ``kg build --workers 2`` resolves its last document, when its pool
    has been told to end (kg.analyse.parallel, ``finished``): no worker, fork server or helper is
    left. Sent to the command alone, or to its process group (as a terminal does)."""
    import os
    import signal
    import subprocess
    import sys
    import time
    import uuid

    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": _FR}) + "\n" for n in range(6)), encoding="utf-8")
    script = tmp_path / "at_the_last.py"
    script.write_text(_AT_THE_LAST, encoding="utf-8")
    flag = tmp_path / "flag"
    marker = uuid.uuid4().hex
    env = {
        **os.environ,
        "KG_TEST_ORPHAN": marker,
        "KG_TEST_LAST": "d5",
        "KG_TEST_FLAG": str(flag),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    arguments = ["build", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2", "--no-html", "--stream-after", "2", "--batch-size", "1"]
    with (tmp_path / "stderr.txt").open("wb") as stderr:
        command = subprocess.Popen([sys.executable, str(script), *arguments], env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=group, preexec_fn=_interruptible)
        try:
            deadline = time.monotonic() + 180
            while not flag.exists() and time.monotonic() < deadline and command.poll() is None:
                time.sleep(0.05)
            assert flag.exists(), (tmp_path / "stderr.txt").read_text(errors="replace")[-2000:]
            if group:
                os.killpg(command.pid, signal.SIGINT)
            else:
                command.send_signal(signal.SIGINT)
            command.wait(timeout=120)
        finally:
            if command.poll() is None:
                command.kill()
                command.wait()
    assert command.returncode != 0
    _assert_none_left(marker)

def test_no_document_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing to analyse (every input failed to read, or an --update with nothing new): no
    worker pool, so no fork server loading a model for nothing."""
    import kg.analyse.parallel as parallel

    monkeypatch.setattr(parallel, "worker_pool", lambda *a, **k: pytest.fail("a pool was started"))
    called: list[str] = []
    assert list(parallel.analyse_parallel([], workers=2, meanwhile=lambda: called.append("meanwhile"))) == []
    assert called == []


_PLANNED = [
    ("d0", "Le ministre de la Santé a présenté mardi un plan contre la grippe saisonnière.", None),
    ("d1", "The port authority said on Monday that the new ferry terminal would open in spring.", None),
    ("d2", "Die Regierung hat am Dienstag einen neuen Haushalt vorgelegt.", "de"),  # unsupported: E502
    ("d3", "La mairie de Lyon a inauguré le pont. The mayor said the bridge cost 40 million euros.", None),
    ("d4", "Les pompiers ont maîtrisé l'incendie de la forêt des Landes dans la nuit.", "fr"),
]


def _plan_key(plan: object) -> object:
    return (plan.code, plan.path) if isinstance(plan, KGError) else plan


@pytest.mark.parametrize(
    ("count", "size", "ready_after", "limit", "ahead"),
    [
        (5, 2, None, 100, 5),  # the server never says it is ready: every document planned ahead
        (5, 2, None, 3, 3),  # ... up to the limit
        (5, 2, 0, 100, 0),  # ready at once: nothing planned ahead, every plan made batch by batch
        (5, 2, 2, 100, 2),  # ready after two documents
        (10, 3, 7, 100, 7),
        (0, 2, None, 100, 0),  # no document
    ],
)
def test_the_driver_plans_ahead_until_the_server_is_ready(count: int, size: int, ready_after: int | None, limit: int, ahead: int) -> None:
    """While the fork server loads the models, the driver plans documents ahead (their languages,
    segments and windows); the documents then go out in input order, each batch with the plans
    its documents would have been given in the worker."""
    import kg.analyse.parallel as parallel
    from kg.analyse.plan import plan_documents
    from kg.extract.temporal import find_timexes

    docs = [
        Document(id=f"{doc_id}-{n}", text=text, source=f"{doc_id}-{n}.txt", lang=lang)
        for n, (doc_id, text, lang) in zip(range(count), itertools.cycle(_PLANNED))
    ]
    opts = Options(batch_size=size)
    planner = parallel._Planner(iter(docs), opts)
    planner.ahead(lambda: ready_after is not None and len(planner._held) >= ready_after, limit=limit)
    assert len(planner._held) == ahead
    sent = list(planner.documents())
    assert sent == docs
    plans: list[object] = []
    dated: list[tuple[int, int]] = []
    for batch in batches(sent, size, taper=2):
        made, dates = planner.plans(batch)
        for d, k, found in dates:
            # the dates found ahead are those the worker would find in the same piece
            document, _, _, pieces = made[d]  # type: ignore[misc]
            assert found == find_timexes(document.text[pieces[k].start : pieces[k].end], lang=pieces[k].lang)
            dated.append((len(plans) + d, k))
        plans += made
    assert [_plan_key(p) for p in plans] == [_plan_key(p) for p in plan_documents(docs, opts)]
    # dates found for every piece of each document planned ahead, none for the others
    assert sorted({d for d, _ in dated}) == [n for n in range(ahead) if not isinstance(plans[n], KGError)]
    assert planner._plans == {}  # nothing left behind


@pytest.mark.parametrize("kind", ["empty", "missing", "link", "unset"])
def test_the_fork_server_marks_only_the_drivers_own_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str) -> None:
    """The server appends one byte to the file the driver made for it once it can fork; it never
    creates a file, nor writes through a symbolic link."""
    import kg.analyse.preload as preload

    other = tmp_path / "other"
    other.write_bytes(b"")
    path = tmp_path / "ready"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "link":
        path.symlink_to(other)
    monkeypatch.setattr(preload, "preload", lambda langs: None)
    monkeypatch.setattr(preload, "import_module", lambda name: None)
    monkeypatch.setenv(preload.PRELOAD_ENV, "fr")
    if kind == "unset":
        monkeypatch.delenv(preload.READY_ENV, raising=False)
    else:
        monkeypatch.setenv(preload.READY_ENV, str(path))
    import gc

    try:
        preload._run()
    finally:
        gc.unfreeze()
    assert other.read_bytes() == b""
    if kind == "empty":
        assert path.read_bytes() == b"1"
    elif kind in ("missing", "unset"):
        assert not path.exists()


@pytest.mark.parametrize(("content", "expected"), [(None, True), (b"", False), (b"1", True), ("gone", True)])
def test_server_ready_reads_the_servers_mark(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes | str | None, expected: bool) -> None:
    """Ready when the server marked its file, when it has none (a server started elsewhere) and
    when the file is gone (nothing more to wait for); the file is removed once it is read ready."""
    import kg.analyse.parallel as parallel

    path = tmp_path / "ready"
    if isinstance(content, bytes):
        path.write_bytes(content)
    monkeypatch.setattr(parallel, "_ready", None if content is None else str(path))
    assert parallel.server_ready() is expected
    if expected:
        assert parallel._ready is None and not path.exists()
    else:
        assert parallel._ready == str(path) and path.exists()


def test_find_timexes_returns_what_was_primed_for_that_text_only() -> None:
    """A worker given the dates the driver found reads them instead of scanning the text again;
    another text, or the same text in another language, is scanned as before."""
    from kg.extract.temporal import clear_primed, find_timexes, prime_timexes

    text = "La digue sera rehaussée en mars 2027, a annoncé jeudi la préfecture."
    scanned = find_timexes(text, lang="fr")
    in_english = find_timexes(text, lang="en")
    days = frozenset({"fr_date"})
    days_only = find_timexes(text, lang="fr", only=days)
    assert scanned
    marker = scanned[:1]
    try:
        prime_timexes([(text, "fr", marker)])
        assert find_timexes(text, lang="fr") == marker
        assert find_timexes(text, lang="fr") is not marker  # a copy: the caller may change it
        assert find_timexes(text, lang="en") == in_english  # another language: scanned
        assert find_timexes(text + " ", lang="fr") == scanned  # another text: scanned
        assert find_timexes(text, lang="fr", only=days) == days_only  # some rules only: scanned
    finally:
        clear_primed()
    assert find_timexes(text, lang="fr") == scanned


_DATED = [
    "Le conseil municipal de Brest a voté lundi 3 février le budget de la piscine, qui rouvrira en septembre.",
    "The regional library will close for two weeks from March 12, the council said on Tuesday.",
    "La course cycliste partira de Rennes le 14 juin 2026. The organisers expect 20,000 visitors next summer.",
    # words that look like dates and are not: a street, a name, a number of seats
    "La manifestation est partie de la rue du 8 Mai 1945 vers la place du Marché, selon la police.",
    "April Jones, the club's new coach, said the team would train in May. Sunday Mills closed in 1998.",
    "Le théâtre de 1 200 places a accueilli la troupe ; la pièce dure deux heures et quinze minutes.",
    # several paragraphs: read in windows below
    "Le fleuve a débordé dans la nuit de samedi à dimanche.\n\nLes secours ont évacué 300 habitants "
    "le lendemain matin.\n\nLe préfet a annoncé mercredi un plan d'aide de 2 millions d'euros.",
    "The mine reopened in 2019.\n\nWorkers struck for three days last month.\n\nTalks resume on Friday at 9 a.m.",
    "",  # no text at all
    "Die Brücke wurde am Montag eröffnet.",  # a language no model reads (told): its coded error
]


@pytest.mark.parametrize(("primed", "window"), [(False, 50_000), (True, 50_000), (True, 60)])
def test_a_batch_planned_and_dated_by_the_driver_is_analysed_the_same(primed: bool, window: int) -> None:
    """What a worker returns for a batch whose plans (and dates) the driver made is what it returns
    for the bare documents, documents read in windows included."""
    import kg.analyse.parallel as parallel
    from kg.analyse.plan import plan_documents
    from kg.extract.temporal import find_timexes

    docs = [
        Document(id=f"p{n}", text=text, source=f"p{n}.txt", lang="de" if text.startswith("Die ") else None)
        for n, text in enumerate(_DATED)
    ]
    opts = Options(batch_size=16, window_chars=window)
    plans = plan_documents(docs, opts)
    assert window > 100 or any(len(plan[3]) > len(plan[2]) for plan in plans if not isinstance(plan, KGError))
    dates = None
    if primed:
        dates = [
            (d, k, find_timexes(plan[0].text[piece.start : piece.end], lang=piece.lang))
            for d, plan in enumerate(plans)
            if not isinstance(plan, KGError)
            for k, piece in enumerate(plan[3])
        ]
    got = parallel.analyse_batch(docs, opts, plans=plans, timexes=dates)
    bare = parallel.analyse_batch(docs, opts)
    assert [_plan_key(r) for r in got] == [_plan_key(r) for r in bare]


# --- the results sent back pickled, read with the collector held off (pw33a) -----------------------


@pytest.mark.parametrize("collecting", [True, False])
def test_results_read_back_pickled_are_the_same_and_leave_the_collector_as_it_was(collecting: bool) -> None:
    """``pickled`` (what a worker returns) read by ``unpickled`` gives the task's results back
    equal, errors included; no collection runs during the read, and the collector is on or off
    after it as it was before."""
    import gc

    from kg.analyse.parallel import pickled, unpickled
    from kg.errors import Errors

    doc = Document(id="d1", text="Kestrel Air opened a route to Lyon on Monday.", source="d1.txt", lang="en")
    # (many small containers, as a batch's spans and mentions: enough to start collections)
    results = [doc, KGError(Errors.E014, path="d2.txt", detail="worker failed: x"), ("span", 3, 9), [{"at": [n]} for n in range(20_000)]]
    data = pickled(list, results)
    runs: list[str] = []

    def noted(phase: str, info: dict) -> None:
        runs.append(phase)

    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    gc.callbacks.append(noted)
    try:
        got = unpickled(data)
        assert gc.isenabled() == collecting
    finally:
        gc.callbacks.remove(noted)
        (gc.enable if was else gc.disable)()
    assert got[0] == doc and got[2] == ("span", 3, 9) and got[3] == results[3]
    assert isinstance(got[1], KGError) and got[1].code == "E014" and got[1].path == "d2.txt"
    assert runs == []


#: (rvp33) Events that the reads below wait on, set by each test.
_STEPS: dict = {}


def _held_read(value: int) -> int:
    """Unpickled in place of a ``_Held``: tells it is being read, then waits to be let go."""
    _STEPS["inside"].set()
    _STEPS["go"].wait(5)
    return value


def _inner_read(data: bytes) -> bool:
    """Unpickled in place of a ``_Nested``: reads ``data`` with ``unpickled`` (a read inside a read)
    and tells whether the collector is still held off after that inner read."""
    import gc

    from kg.analyse.parallel import unpickled

    unpickled(data)
    return not gc.isenabled()


def _interrupted_read() -> None:
    raise KeyboardInterrupt


class _Held:
    def __reduce__(self):
        return (_held_read, (7,))


class _Nested:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def __reduce__(self):
        return (_inner_read, (self.data,))


class _Interrupted:
    def __reduce__(self):
        return (_interrupted_read, ())


def test_reads_in_two_threads_at_once_give_the_collector_back_on(monkeypatch) -> None:
    """(rvp33) The collector's state is the process's: a read begun in another thread while the
    first holds the collector off (it sees it off) must not turn it off again once the first has
    given it back, leaving it off for good."""
    import gc
    import threading

    from kg.analyse import parallel

    class Stepped:
        """``gc`` as ``unpickled`` sees it: the second thread's look at the collector's state
        waits until the first read has ended (the order two threads may run in)."""

        def isenabled(self) -> bool:
            state = gc.isenabled()
            if threading.current_thread().name == "second":
                _STEPS["go"].set()
                _STEPS["first done"].wait(5)
            return state

        def disable(self) -> None:
            gc.disable()

        def enable(self) -> None:
            gc.enable()

    _STEPS.update({name: threading.Event() for name in ("inside", "go", "first done")})
    monkeypatch.setattr(parallel, "gc", Stepped())
    was = gc.isenabled()
    gc.enable()
    try:
        held, plain = parallel.pickled(_Held), parallel.pickled(list, [1, 2])
        got: dict = {}
        first = threading.Thread(target=lambda: got.update(first=parallel.unpickled(held)), name="first")
        second = threading.Thread(target=lambda: got.update(second=parallel.unpickled(plain)), name="second")
        first.start()
        assert _STEPS["inside"].wait(5)
        second.start()
        second.join(1)  # (ends here unless it waits for the first read's end)
        _STEPS["go"].set()
        first.join(5)
        _STEPS["first done"].set()
        second.join(5)
        assert got == {"first": 7, "second": [1, 2]}
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("collecting", [True, False])
def test_a_read_inside_a_read_or_interrupted_gives_the_collector_back(collecting: bool) -> None:
    """(rvp33) A read inside another (an object whose unpickling reads more results) leaves the
    collector off until the outer read ends; a read interrupted (Ctrl-C while the batch is read)
    gives it back as it was, on or off."""
    import gc

    from kg.analyse.parallel import pickled, unpickled

    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        assert unpickled(pickled(_Nested, pickled(list, [1]))) is True
        assert gc.isenabled() == collecting
        with pytest.raises(KeyboardInterrupt):
            unpickled(pickled(_Interrupted))
        assert gc.isenabled() == collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_a_failing_task_fails_its_pickled_call() -> None:
    """A task that raises raises through ``pickled`` (the worker's batch fails as before: E014)."""
    from kg.analyse.parallel import pickled

    def fails() -> list:
        raise ValueError("no model")

    with pytest.raises(ValueError, match="no model"):
        pickled(fails)
