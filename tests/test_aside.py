"""A call run in a forked child while the process goes on (kg.aside): the same value, the same
exception, and the call run in the process itself when it cannot or should not fork."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from kg.aside import Aside, can_fork
from kg.errors import Errors, KGError

FORKS = can_fork()


def _write(path: Path) -> Path:
    path.write_text(f"drawn by {os.getpid()}", encoding="utf-8")
    return path


def _fail() -> Path:
    raise KGError(Errors.E404, value="x", choices="trig")


@pytest.mark.parametrize("fork", [True, False])
def test_the_value_comes_back(tmp_path: Path, fork: bool) -> None:
    if fork and not FORKS:
        pytest.skip("no fork here")
    aside = Aside(lambda: _write(tmp_path / "page.html"), fork=fork)
    assert aside.forked is fork
    assert aside.result() == tmp_path / "page.html"
    assert aside.result() == tmp_path / "page.html"  # asked twice: the same answer
    drawn_by = int((tmp_path / "page.html").read_text(encoding="utf-8").split()[-1])
    assert (drawn_by != os.getpid()) is fork


@pytest.mark.parametrize("fork", [True, False])
def test_the_exception_comes_back(fork: bool) -> None:
    if fork and not FORKS:
        pytest.skip("no fork here")
    aside = Aside(_fail, fork=fork)
    with pytest.raises(KGError) as caught:
        aside.result()
    assert caught.value.code == "E404"


def test_a_child_that_dies_without_an_answer_is_replaced_by_a_call_here() -> None:
    if not FORKS:
        pytest.skip("no fork here")
    parent = os.getpid()

    def dies_in_the_child() -> int:
        if os.getpid() != parent:
            os._exit(3)
        return 42

    assert Aside(dies_in_the_child, fork=True).result() == 42


@pytest.mark.parametrize("timeout", [0.0, 0.3])
def test_a_child_that_hangs_is_stopped_and_the_call_runs_here(timeout: float) -> None:
    if not FORKS:
        pytest.skip("no fork here")
    parent = os.getpid()

    def hangs_in_the_child() -> int:
        if os.getpid() != parent:
            time.sleep(60)
        return 7

    aside = Aside(hangs_in_the_child, fork=True)
    pid = aside._pid
    started = time.perf_counter()
    assert aside.result(timeout=timeout) == 7
    assert time.perf_counter() - started < 10 and not aside.forked
    assert pid is not None
    with pytest.raises(ChildProcessError):  # reaped
        os.waitpid(pid, os.WNOHANG)


def test_close_stops_a_child_still_running() -> None:
    if not FORKS:
        pytest.skip("no fork here")
    aside = Aside(lambda: time.sleep(60), fork=True)
    started = time.perf_counter()
    aside.close()
    assert not aside.forked and time.perf_counter() - started < 10


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        assert not Aside(lambda: 1).forked
    finally:
        stop.set()
        other.join()


def test_close_lets_a_stopped_child_clean_up(tmp_path: Path) -> None:
    """A child stopped in the middle of an atomic write (the page, when the build fails) removes
    its temporary file on the way out: nothing but the outputs is left in the folder."""
    if not FORKS:
        pytest.skip("no fork here")
    from kg.fileio import replace_atomically

    started = tmp_path / "started"

    def slow(tmp: Path) -> None:
        tmp.write_text("half a page", encoding="utf-8")
        started.touch()
        time.sleep(60)

    aside = Aside(lambda: replace_atomically(tmp_path / "graph.html", slow), fork=True)
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    aside.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["started"]


def test_close_kills_a_child_that_does_not_stop(tmp_path: Path) -> None:
    if not FORKS:
        pytest.skip("no fork here")
    import signal

    def deaf() -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        (tmp_path / "deaf").touch()
        time.sleep(60)

    aside = Aside(deaf, fork=True)
    deadline = time.monotonic() + 30
    while not (tmp_path / "deaf").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    pid = aside._pid
    started = time.perf_counter()
    aside.close(grace=0.2)
    assert time.perf_counter() - started < 10
    assert pid is not None
    with pytest.raises(ChildProcessError):  # reaped: no zombie left
        os.waitpid(pid, os.WNOHANG)


@pytest.mark.parametrize("fork", [True, False])
def test_the_page_is_the_same_drawn_in_a_child_or_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fork: bool, aside_forks: list[bool]
) -> None:
    """write_outputs draws the page of an in-memory build in a child when it can: the same bytes
    as in this process, and nothing else in the folder."""
    if fork and not FORKS:
        pytest.skip("no fork here")
    import kg.aside
    from kg.builder import BuildResult, write_outputs
    from kg.explore.viz import render_html
    from tests.explore.test_viz import build_dataset

    forked = aside_forks
    monkeypatch.setattr(kg.aside, "can_fork", lambda: fork)
    ds = build_dataset()
    written = write_outputs(BuildResult(dataset=ds), tmp_path / "out", formats=("nquads",), answers=False, title="t")
    assert forked == ([True] if fork else [])
    assert tmp_path / "out" / "graph.html" in written
    here = render_html(ds, tmp_path / "here.html", title="t")
    assert (tmp_path / "out" / "graph.html").read_bytes() == here.read_bytes()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.html", "graph.nq"]


_ONCE = """
import sys
from kg.aside import Aside
sys.stdout.write("said once")  # still in the buffer when the child is forked
aside = Aside(lambda: len(sys.argv), fork=True)
assert aside.forked and aside.result() == 1
"""


def test_the_child_flushes_nothing_of_the_parent() -> None:
    """The child ends with os._exit: the parent's unflushed output is written once, by the parent;
    no atexit function of the parent runs in the child."""
    if not FORKS:
        pytest.skip("no fork here")
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = "import atexit, sys\natexit.register(lambda: sys.stderr.write('exit work;'))\n" + _ONCE
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONPATH": str(ROOT)}
    ended = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert ended.returncode == 0, ended.stderr
    assert ended.stdout == "said once"
    assert ended.stderr == "exit work;"


@pytest.mark.parametrize("size", [0, 1, 200_000, 20_000_000])  # beyond a pipe's buffer: no deadlock
def test_a_large_answer_comes_back_whole_and_the_child_is_reaped(size: int) -> None:
    if not FORKS:
        pytest.skip("no fork here")
    aside = Aside(lambda: b"x" * size, fork=True)
    pid = aside._pid
    assert aside.result() == b"x" * size
    assert pid is not None
    with pytest.raises(ChildProcessError):  # reaped: no zombie left
        os.waitpid(pid, os.WNOHANG)


@pytest.mark.parametrize("fork", [True, False])
def test_the_registry_is_the_same_written_in_a_child_or_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fork: bool, aside_forks: list[bool]
) -> None:
    """write_outputs writes the registry and the archived analyses in a child when it can: the
    same bytes as in this process, and the analyses kept in the private file (read through the
    descriptor the child shared) are still read back right by this process afterwards."""
    if fork and not FORKS:
        pytest.skip("no fork here")
    import kg.aside
    from kg.builder import BuildResult, write_outputs
    from kg.graph.rdf import new_dataset
    from kg.resolve.archive import AnalysisArchive
    from kg.resolve.resolver import Resolver
    from tests.resolve.test_archive import _analysis

    forked = aside_forks
    monkeypatch.setattr(kg.aside, "can_fork", lambda: fork)
    resolver = Resolver()
    resolver.archive = AnalysisArchive(in_memory=1)  # doc-2 and doc-3 go to the private file
    analyses = [_analysis(f"doc-{k}") for k in (1, 2, 3)]
    for analysis in analyses:
        resolver.archive.put(analysis)
        resolver.archive.digests[analysis.document.id] = f"digest-{analysis.document.id}"
    written = write_outputs(BuildResult(dataset=new_dataset(), registry=resolver), tmp_path / "out", formats=("nquads",), html=False, answers=False)
    assert forked == ([True] if fork else [])
    assert written == [tmp_path / "out" / "graph.nq", tmp_path / "out" / "registry.json"]
    here = resolver.save(tmp_path / "here" / "registry.json")
    for name in ("registry.json", "analyses.jsonl.gz"):
        assert (tmp_path / "out" / name).read_bytes() == (here.parent / name).read_bytes(), name
    assert [resolver.archive.get(f"doc-{k}") for k in (3, 1, 2)] == [analyses[2], analyses[0], analyses[1]]


def test_a_registry_that_cannot_be_written_in_the_child_names_its_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The child's error comes back to write_outputs' caller, naming the file; the other outputs
    are written."""
    if not FORKS:
        pytest.skip("no fork here")
    from kg.builder import BuildResult, write_outputs
    from kg.graph.rdf import new_dataset
    from kg.resolve.resolver import Resolver

    def save(self: Resolver, path: Path) -> Path:
        raise OSError(f"disk full: {path}")

    monkeypatch.setattr(Resolver, "save", save)
    with pytest.raises(OSError, match=r"disk full: .*registry\.json"):
        write_outputs(BuildResult(dataset=new_dataset(), registry=Resolver()), tmp_path, formats=("nquads",), html=False, answers=False)
    assert (tmp_path / "graph.nq").exists()


def test_a_child_reading_the_spilled_analyses_leaves_this_process_s_file_whole(tmp_path: Path) -> None:
    """The archive's private file is shared with a forked child (offset and all), and its last
    puts may still sit in this process's write buffer: flushed before the fork, read at an offset
    (os.pread), the child writes nothing to it and moves nothing. Here the child's last read ends
    in the middle of the file (ids sorted: ``z-*`` put first), where this process's
    buffer would have been written before the fix, over the analyses read back afterwards."""
    if not FORKS:
        pytest.skip("no fork here")
    import gzip

    from kg.resolve.archive import AnalysisArchive
    from tests.resolve.test_archive import _analysis

    archive = AnalysisArchive(spill_dir=tmp_path, in_memory=0)  # every analysis in the file
    read = ["z-2", "z-1", *[f"d-{k}" for k in range(6)]]
    for doc_id in read:
        archive.put(_analysis(doc_id))
    assert [archive.get(d) for d in read] == [_analysis(d) for d in read]  # read back by this process
    ids = [*read, "a-1", "a-2"]
    for doc_id in ids[-2:]:
        archive.put(_analysis(doc_id))  # small: still in the write buffer at the fork
    saved = Aside(lambda: archive.save(tmp_path / "child.jsonl.gz"), fork=True)
    assert saved.forked
    saved.result()
    archive.put(_analysis("z-3"))  # appended after the child: at the end, not where it stopped
    assert [archive.get(d) for d in [*ids, "z-3"]] == [_analysis(d) for d in [*ids, "z-3"]]
    here = archive.save(tmp_path / "here.jsonl.gz")
    lines = gzip.open(here).read().splitlines()
    assert lines[1:-1] == gzip.open(tmp_path / "child.jsonl.gz").read().splitlines()[1:] and len(lines) == 12


@pytest.mark.parametrize("fork", [True, False])
def test_the_registry_is_written_when_something_else_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fork: bool) -> None:
    """The answers (or a graph file) fail while the child writes the registry: the child is
    waited for, not stopped, so the registry and the analyses are written as when this process
    wrote them before the rest; the error raised is the answers'."""
    if fork and not FORKS:
        pytest.skip("no fork here")
    import kg.aside
    import kg.explore.answers
    from kg.builder import BuildResult, write_outputs
    from kg.graph.rdf import new_dataset
    from kg.resolve.resolver import Resolver
    from tests.resolve.test_archive import _analysis

    monkeypatch.setattr(kg.aside, "can_fork", lambda: fork)
    slow = Resolver.save

    def save(self: Resolver, path: Path) -> Path:
        time.sleep(0.5)  # still writing when the answers fail
        return slow(self, path)

    def fail(store: object, path: Path) -> Path:
        raise OSError(f"cannot write {path}")

    monkeypatch.setattr(Resolver, "save", save)
    monkeypatch.setattr(kg.explore.answers, "write_answers", fail)
    resolver = Resolver()
    resolver.archive.put(_analysis("doc-1"))
    with pytest.raises(OSError, match=r"answers\.md"):
        write_outputs(BuildResult(dataset=new_dataset(), registry=resolver), tmp_path, formats=("nquads",), html=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["analyses.jsonl.gz", "graph.nq", "registry.json"]


@pytest.mark.parametrize("answers", [True, False])
@pytest.mark.parametrize("fork", [True, False])
def test_the_default_outputs_of_an_in_memory_build_make_no_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fork: bool, answers: bool
) -> None:
    """The documents counted, the page drawn (in a child or here) and the answers asked: kg's
    lazy store of an in-memory build is never indexed (issue 18, goal 3: 700 MB at a million
    triples), and the page and answers are those of the same graphs in rdflib's Memory."""
    if fork and not FORKS:
        pytest.skip("no fork here")
    import kg.aside
    from kg.builder import BuildResult, write_outputs
    from kg.graph.memstore import GraphStore
    from kg.graph.rdf import new_dataset
    from tests.explore.test_viz import build_dataset

    monkeypatch.setattr(kg.aside, "can_fork", lambda: fork)
    lazy = new_dataset()
    for graph in build_dataset().graphs():
        for triple in graph:
            lazy.graph(graph.identifier).add(triple)
    write_outputs(BuildResult(dataset=lazy), tmp_path / "lazy", formats=("nquads",), answers=answers, title="t")
    store = lazy.store
    assert isinstance(store, GraphStore) and not store._spo and not store._pos and not store._osp
    write_outputs(BuildResult(dataset=build_dataset()), tmp_path / "memory", formats=("nquads",), answers=answers, title="t")
    names = ["answers.md", "graph.html", "graph.nq"] if answers else ["graph.html", "graph.nq"]
    assert sorted(p.name for p in (tmp_path / "lazy").iterdir()) == names
    for name in names:
        ours, theirs = (tmp_path / "lazy" / name).read_bytes(), (tmp_path / "memory" / name).read_bytes()
        if name == "graph.nq":
            ours, theirs = b"\n".join(sorted(ours.splitlines())), b"\n".join(sorted(theirs.splitlines()))
        assert ours == theirs, name
