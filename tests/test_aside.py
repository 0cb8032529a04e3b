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
