"""A second process that parses windows of long documents with spaCy (:mod:`kg.analyse.windows`),
while the process that runs the extractors reads the windows parsed before
(:func:`kg.analyse.pipeline._parse_windows_shared`).

One long document is analysed by one process, whose extractors (pure Python, under the global lock)
would otherwise wait for each window's parse, or share a core with it in a thread. This process is
forked from the one that runs the extractors when the first document of enough windows is met,
once the models of that document's languages are loaded there: it starts with them loaded and
shares their memory with its parent (copy on write; a process of its own that loads the French
model costs about 580 MB more), and sends each Doc back serialized (``Doc.to_bytes``, a few
megabytes a window), with what the extractors read from that window alone
(:func:`parse_window_extracts`: its entity mentions, memberships and coreference cues,
:mod:`kg.analyse.windowlocal`), which the other process then does not compute. Forking is safe only when no other thread may hold a lock: it is done only
when every other thread of the process is an idle background parser of the pipeline (``kg-parse``,
waiting while a windowed document is read); otherwise there is no second process and the windows
are parsed as without it, with the same results.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.analyse.windowlocal import WindowExtracts
    from kg.knowledge.gazetteer import Gazetteer

__all__ = ["PARSER_THREAD", "ParseHelper", "can_fork_helper", "parse_window_bytes", "parse_window_extracts"]

#: The name prefix of the pipeline's background parse thread (:func:`kg.analyse.pipeline.analyse_planned`),
#: which is idle while a windowed document is read: the only other thread a fork may leave behind.
PARSER_THREAD = "kg-parse"


def can_fork_helper() -> bool:
    """Whether a parse helper may be forked from this process now: Linux with ``fork``, and no
    thread but this one and the pipeline's (idle) background parser."""
    if not (hasattr(os, "fork") and sys.platform.startswith("linux")):
        return False
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    me = threading.current_thread()
    return all(t is me or t.name.startswith(PARSER_THREAD) for t in threading.enumerate())


class ParseHelper:
    """The second process, forked by the first call of :meth:`pool` (None when it cannot be: the
    windows are then parsed as without it) and stopped by :meth:`close`. ``gazetteer``: the one the
    entity mentions of :func:`parse_window_extracts` are read with (the process's own, as forked;
    default: :func:`kg.knowledge.gazetteer.default_gazetteer`). ``warm_up``: called in the second
    process as its first task, with the languages and ``gazetteer=`` the gazetteer, while the first
    process parses its first window (:func:`kg.analyse.pipeline.warm_up_extractors`: what the
    extractors build on their first use, built before the second process's first window instead of
    during it); a module-level function, as it is sent to that process by name."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, warm_up: Callable[..., object] | None = None) -> None:
        self._pool: Executor | None = None
        self._failed = False
        self._gazetteer = gazetteer
        self._warm_up = warm_up

    def pool(self, langs: Sequence[str]) -> Executor | None:
        if self._pool is None and not self._failed:
            if not can_fork_helper():
                self._failed = True
                return None
            try:
                from concurrent.futures import ProcessPoolExecutor

                from kg.nlp.models import load_model

                for lang in langs:  # loaded before the fork: the child shares them
                    load_model(lang)
                pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"), initializer=_forked, initargs=(os.getpid(), self._gazetteer))
                pool.submit(int).result()  # forked now, while no other thread runs
                if self._warm_up is not None:
                    # not waited for: the second process warms up while this one parses its first window
                    pool.submit(_warm_up, self._warm_up, list(langs))
                self._pool = pool
            except Exception:  # noqa: BLE001 - no second process: parsed here, the same Docs
                self._failed = True
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


#: The gazetteer of the build that forked this process (:class:`ParseHelper`), in the second process.
_GAZETTEER: Gazetteer | None = None


def _forked(parent: int, gazetteer: Gazetteer | None = None) -> None:
    """Start the second process: the objects it was forked with go to the permanent generation of
    the garbage collector, whose collections then neither walk them nor copy their pages. It is
    ended with ``parent``, the process that forked it (:func:`_end_with_parent`). Ctrl-C (SIGINT,
    sent to the whole foreground group) ends it at once and quietly: Python's KeyboardInterrupt
    printed a traceback of the waiting process on the terminal, or was sent back to the parent as
    the result of a window. The parent sees a lost process: it parses the windows left itself.
    (Left ignored when the parent ignores it, as in a background job.)"""
    global _GAZETTEER
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    _GAZETTEER = gazetteer  # (inherited as forked: the fork context pickles no argument)
    gc.freeze()
    _end_with_parent(parent)


def _warm_up(warm_up: Callable[..., object], langs: list[str]) -> None:
    """The second process's first task (:class:`ParseHelper`): ``warm_up`` for ``langs`` with the
    gazetteer it was forked with. A failure is its own: a window then builds what is missing."""
    try:
        warm_up(langs, gazetteer=_GAZETTEER)
    except Exception:  # noqa: BLE001 - a warm-up never fails the windows
        pass


#: prctl(2)'s option that gives a process the signal it gets when the thread that forked it ends.
_PR_SET_PDEATHSIG = 1


def _end_with_parent(parent: int) -> None:
    """Have Linux kill this process when its parent ends, even by SIGKILL (the OOM killer, ``kill -9``),
    when the parent cannot stop it: it would otherwise wait for windows forever, an orphan holding
    its memory and the build's standard output and error (a ``kg build | tee`` would never end).
    The parent forks it from its main thread, which lives as long as the process."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # (not Linux's C library: nothing more to do)
        return
    if os.getppid() != parent:  # the parent ended before the call: no signal will come
        os._exit(0)


def parse_window_bytes(window: str, lang: str) -> bytes:
    """The second process's task: ``window`` parsed, serialized without ``user_data`` (which holds
    only caches and the text, remembered again by the reader)."""
    from kg.nlp.models import load_model

    doc = load_model(lang)(window)
    return bytes(doc.to_bytes(exclude=["user_data"]))


def parse_window_extracts(window: str, lang: str, offset: int) -> tuple[bytes, WindowExtracts]:
    """The second process's task: ``window`` (the piece of the document that starts at ``offset``)
    parsed and serialized as by :func:`parse_window_bytes`, and its window-local extractions
    (:func:`kg.analyse.windowlocal.window_extracts`, in document coordinates), read from the Doc
    before it is serialized: the same as the process that reads the Doc back would find."""
    from kg.analyse.windowlocal import window_extracts
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    doc = load_model(lang)(window)
    remember_text(doc, window)
    extracts = window_extracts(doc, lang=lang, offset=offset, gazetteer=default_gazetteer() if _GAZETTEER is None else _GAZETTEER)
    return bytes(doc.to_bytes(exclude=["user_data"])), extracts
