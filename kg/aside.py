"""One call run in a forked child process while this process goes on (``kg build``'s page).

After the last analysis, ``kg build`` writes its outputs on one core: the graph files in a thread
(Oxigraph, without Python's global lock), but the registry, the N-Quads of the dataset and the
page in the main thread, one after the other, while the other core waits. :class:`Aside` draws the
page in a child forked from this process instead: the child reads the dataset from the memory it
shares with this process (copy on write) and writes the file, this process writes the rest
meanwhile, and :meth:`Aside.result` collects the child's return value (or re-raises its
exception) through a pipe.

Forking is safe only in a process with a single thread (another thread's locks would be copied
held): :func:`can_fork` says whether the call may go to a child; when it may not (another thread
runs, no ``fork`` on this platform), or when the child dies without an answer, the call runs in
this process instead, so the result is the same either way.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["Aside", "can_fork"]


def can_fork() -> bool:
    """Whether this process may fork a child to run a call: Linux, and no thread but this one."""
    return hasattr(os, "fork") and sys.platform.startswith("linux") and threading.active_count() == 1


class Aside(Generic[T]):
    """``call()`` in a forked child when :func:`can_fork` (else in this process, at once); its
    value or exception from :meth:`result`. Its value and exceptions must pickle."""

    def __init__(self, call: Callable[[], T], *, fork: bool | None = None) -> None:
        self._call = call
        self._pid: int | None = None
        self._read: int | None = None
        self._outcome: tuple[bool, object] | None = None
        if fork if fork is not None else can_fork():
            self._start()
        else:
            self._outcome = _run(call)

    @property
    def forked(self) -> bool:
        """Whether the call went to a child process."""
        return self._pid is not None

    def _start(self) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run, answer through the pipe, end without any of the parent's exit work
            status = 1
            try:
                # Stopped by close() (SIGTERM), the call unwinds as on an error, so that what it
                # cleans up on the way (the temporary file of an atomic write) is cleaned up.
                signal.signal(signal.SIGTERM, _stop)
                os.close(read)
                ok, value = _run(self._call)
                try:
                    payload = pickle.dumps((ok, value), protocol=pickle.HIGHEST_PROTOCOL)
                except Exception as exc:  # noqa: BLE001 - an exception that does not pickle: said in words
                    payload = pickle.dumps((False, RuntimeError(f"{type(value).__name__}: {value} ({exc})")))
                with os.fdopen(write, "wb") as handle:
                    handle.write(payload)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self, *, timeout: float | None = None) -> T:
        """The call's value, once it has ended (its exception raised here). A child that has not
        answered within ``timeout`` seconds (hung on a lock some native thread held when it was
        forked) is stopped and the call runs in this process instead."""
        if self._outcome is None:
            self._outcome = self._collect(timeout)
        ok, value = self._outcome
        if not ok:
            assert isinstance(value, BaseException)
            raise value
        return value  # type: ignore[return-value]

    def _collect(self, timeout: float | None) -> tuple[bool, object]:
        assert self._pid is not None and self._read is not None
        deadline = None if timeout is None else time.monotonic() + timeout
        chunks: list[bytes] = []
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and (left <= 0 or not select.select([self._read], [], [], left)[0]):
                self.close()
                return _run(self._call)  # the child hung: the call is run here instead
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(self._read)
        self._read = None
        data = b"".join(chunks)
        os.waitpid(self._pid, 0)
        self._pid = None
        if data:
            try:
                outcome = pickle.loads(data)  # noqa: S301 - from our own child, through our own pipe
            except Exception:  # noqa: BLE001 - a broken answer: the call is run here instead
                outcome = None
            if isinstance(outcome, tuple) and len(outcome) == 2:
                return outcome
        return _run(self._call)  # the child died without an answer (killed, out of memory)

    def close(self, grace: float = 5.0) -> None:
        """Stop a child that is still running (its result no longer wanted) and reap it: asked to
        stop (SIGTERM, upon which the call unwinds and cleans up), killed after ``grace`` seconds."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGTERM)
                deadline = time.monotonic() + grace
                while os.waitpid(self._pid, os.WNOHANG) == (0, 0):
                    if time.monotonic() > deadline:
                        os.kill(self._pid, signal.SIGKILL)
                        os.waitpid(self._pid, 0)
                        break
                    time.sleep(0.01)
            except OSError:  # already gone (reaped)
                pass
            self._pid = None
        if self._read is not None:
            os.close(self._read)
            self._read = None


class _Stopped(BaseException):
    """Raised in the child by SIGTERM (:meth:`Aside.close`): not an ``Exception``, so that the
    call does not take it for one of its own errors."""


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


def _run(call: Callable[[], T]) -> tuple[bool, object]:
    try:
        return True, call()
    except Exception as exc:  # noqa: BLE001 - handed to result(), which raises it
        return False, exc
