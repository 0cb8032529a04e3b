"""Timestamps of a build's steps across its processes, for benchmarks (``KG_TRACE=FILE``).

With the environment variable :data:`TRACE_ENV` naming a file, :func:`mark` appends one JSON line
per call to it: the wall-clock time (``time.time()``, comparable between processes), the process
id, the step's name and the CPU seconds used so far by the process (``cpu``) and by the calling
thread (``thread``). The driver (``kg build``), the fork server of its worker pool and the
workers inherit the variable, so one file holds the timeline of the whole process tree:
``bench/workers.py --whole`` reads it (:func:`read`) and cuts it into the serial phases of a
parallel build (:func:`phases`). Without the variable :func:`mark` costs one dictionary look-up.

Each line is written with one ``write`` on a file opened in append mode, so the lines of several
processes never mix. A file that cannot be opened or written (a missing folder, a full disk, a
FIFO nobody reads, a symbolic link) loses the step, silently: a benchmark's aid never fails nor
stalls a build.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: The environment variable naming the file the steps are appended to.
TRACE_ENV = "KG_TRACE"

#: The steps marked, in the order of a build (``bench/README.md`` explains each):
#: the driver's ``cli`` (the command starts, its imports done), ``pool`` (the worker pool's fork
#: server is asked to start), ``preload`` and ``preloaded`` (the fork server loads the models and
#: the data, then forks), ``planned`` (the driver has planned documents ahead while the server
#: loaded), ``parse`` and ``parsed`` (a worker starts and ends a batch), ``analysed``
#: (the driver has resolved the last analysis), ``built`` (the build returns, syndication written),
#: ``write`` (the outputs start), ``written`` (they are written) and ``exit`` (the command ends).
STEPS = ("cli", "pool", "preload", "preloaded", "planned", "parse", "parsed", "analysed", "built", "write", "written", "exit")


def mark(step: str) -> None:
    """Append ``step`` with the time and this process's id to the file of :data:`TRACE_ENV`, if set."""
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    # The process's CPU seconds so far and the calling thread's: where a parallel build's CPU goes.
    line = json.dumps({"t": time.time(), "pid": os.getpid(), "step": step,
                       "cpu": round(time.process_time(), 3), "thread": round(time.thread_time(), 3)}) + "\n"
    # Never blocking (a FIFO nobody reads fails at once instead of hanging the build), never the
    # process's terminal, never inherited by a program the build starts, never through a symbolic
    # link (planted in a shared /tmp, it would have the build append to another file of the user).
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_NOFOLLOW"):
        flags |= getattr(os, name, 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError:  # a benchmark's aid never fails a build
        return
    try:
        os.write(fd, line.encode("utf-8"))
    except OSError:  # a full disk, a full pipe, /dev/full: the step is lost, the build goes on
        pass
    finally:
        os.close(fd)


def read(path: str | Path) -> list[dict[str, Any]]:
    """The steps written to ``path``, in time order (lines that do not parse are skipped)."""
    found: list[dict[str, Any]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and {"t", "pid", "step"} <= item.keys():
            found.append(item)
    return sorted(found, key=lambda item: float(item["t"]))


def phases(steps: Iterable[dict[str, Any]], launched: float, ended: float) -> dict[str, float]:
    """The serial phases of a build, in seconds, from its ``steps`` (:func:`read`), the time its
    process was launched and the time it ended (``time.time()`` both, taken by the caller).

    ``start`` runs from the launch to the first parse (``parse``: a worker's batch; a build in one
    process marks none, and has neither ``start`` nor ``analysis``), ``analysis`` from there to the
    last batch's end (``parsed``), ``tail`` from there (else from ``analysed``) to the end. ``start`` is cut into ``imports`` (to ``cli``),
    ``read`` (to ``pool``: reading the input before the fork server starts) and ``models`` (to the
    first parse); ``tail`` into ``resolve`` (to ``built``: the last results resolved, the RDF and the
    syndication graph), ``outputs`` (``write`` to ``written``) and ``exit`` (from ``written``, the
    interpreter's shutdown included). A step not marked leaves out the phases that need it.
    """
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for item in steps:
        step, t = str(item["step"]), float(item["t"])
        first.setdefault(step, t)
        last[step] = t
    out: dict[str, float] = {}

    def span(name: str, begin: float | None, end: float | None) -> None:
        if begin is not None and end is not None:
            out[name] = round(end - begin, 3)

    parse = first.get("parse")
    parsed = last.get("parsed", last.get("analysed"))
    span("start", launched, parse)
    span("analysis", parse, parsed)
    span("tail", parsed, ended)
    span("imports", launched, first.get("cli"))
    span("read", first.get("cli"), first.get("pool"))
    span("models", first.get("pool"), first.get("parse"))
    span("preload", first.get("preload"), last.get("preloaded"))
    span("resolve", parsed, last.get("built"))
    span("outputs", first.get("write"), last.get("written"))
    span("exit", last.get("written"), ended)
    span("total", launched, ended)
    return out


def cpu_split(steps: Iterable[dict[str, Any]]) -> dict[str, float]:
    """The CPU seconds of a build by role, from its ``steps`` (:func:`read`; lines without ``cpu``
    are skipped), each process's last mark: ``driver`` (the process that marked ``cli``; with
    ``driver_main``, its main thread, and ``driver_analysis``, the process up to ``analysed``),
    ``server`` (``preload``: the fork server's model load) and ``workers`` (those that marked
    ``parse``, summed). A build's CPU that no mark follows (its last outputs, its exit) is left
    out: the figures say who is busy during the analysis, not the whole process tree's total."""
    last: dict[Any, dict[str, Any]] = {}
    roles: dict[Any, str] = {}
    analysed: float | None = None
    for item in steps:
        if "cpu" not in item:
            continue
        pid, step = item["pid"], str(item["step"])
        last[pid] = item
        role = {"cli": "driver", "preload": "server", "parse": "workers"}.get(step)
        if role is not None:
            roles.setdefault(pid, role)
        if step == "analysed":
            analysed = float(item["cpu"])
    out: dict[str, float] = {}
    for pid, role in roles.items():
        out[role] = round(out.get(role, 0.0) + float(last[pid]["cpu"]), 3)
        if role == "driver":
            out["driver_main"] = round(float(last[pid].get("thread", 0.0)), 3)
    if analysed is not None and "driver" in out:
        out["driver_analysis"] = round(analysed, 3)
    return out
