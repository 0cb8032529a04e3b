"""The steps of a build across its processes (kg.trace), read by ``bench/workers.py --whole``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.trace import STEPS, TRACE_ENV, cpu_split, mark, phases, read


def test_mark_writes_nothing_without_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(TRACE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    mark("cli")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("steps", [["cli"], ["cli", "pool", "exit"], list(STEPS)])
def test_mark_appends_one_line_per_step(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, steps: list[str]) -> None:
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv(TRACE_ENV, str(trace))
    for step in steps:
        mark(step)
    found = read(trace)
    assert [item["step"] for item in found] == steps
    assert {item["pid"] for item in found} == {os.getpid()}
    assert [item["t"] for item in found] == sorted(item["t"] for item in found)
    # the process's and the thread's CPU seconds so far: where a parallel build's CPU goes
    assert all(0 <= item["thread"] <= item["cpu"] + 0.01 for item in found)


@pytest.mark.parametrize(
    "where",
    [
        "missing/trace.jsonl",  # a folder that does not exist: nothing written, nothing raised
        ".",  # a folder
        "/dev/full",  # a full disk: opened, but the write fails
        "fifo",  # a FIFO nobody reads: opening it would wait for a reader for ever
        "link",  # a symbolic link (planted in a shared /tmp): not followed
    ],
)
def test_mark_never_fails_nor_stalls_the_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str) -> None:
    if where == "/dev/full" and not Path(where).exists():
        pytest.skip("no /dev/full here")
    if where == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFO here")
        os.mkfifo(tmp_path / "fifo")
    if where == "link":
        (tmp_path / "victim").write_text("kept\n", encoding="utf-8")
        (tmp_path / "link").symlink_to(tmp_path / "victim")
    monkeypatch.setenv(TRACE_ENV, str(tmp_path / where))
    mark("cli")
    if where == "link":
        assert (tmp_path / "victim").read_text(encoding="utf-8") == "kept\n"


def test_the_trace_file_is_not_inherited(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each mark opens and closes the file: no descriptor left open in the process."""
    monkeypatch.setenv(TRACE_ENV, str(tmp_path / "trace.jsonl"))
    before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else None
    mark("cli")
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before
    assert [item["step"] for item in read(tmp_path / "trace.jsonl")] == ["cli"]


def test_read_sorts_by_time_and_skips_what_does_not_parse(tmp_path: Path) -> None:
    trace = tmp_path / "trace.jsonl"
    lines = [
        json.dumps({"t": 2.0, "pid": 2, "step": "parse"}),
        "not json",
        json.dumps({"t": 1.0, "pid": 1, "step": "cli"}),
        json.dumps({"t": 3.0, "step": "no pid"}),
        json.dumps([1, 2]),
    ]
    trace.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [item["step"] for item in read(trace)] == ["cli", "parse"]


def _steps(*pairs: tuple[str, float]) -> list[dict]:
    return [{"t": t, "pid": 1, "step": step} for step, t in pairs]


PARALLEL = _steps(
    ("cli", 0.5), ("pool", 0.7), ("preload", 0.8), ("preloaded", 6.0), ("parse", 6.5), ("parse", 6.6),
    ("parsed", 8.0), ("parse", 8.1), ("parsed", 12.0), ("parsed", 14.0), ("analysed", 14.2), ("built", 14.3),
    ("write", 14.3), ("written", 15.5), ("exit", 15.6),
)  # fmt: skip


@pytest.mark.parametrize(
    ("steps", "ended", "expected"),
    [
        (
            PARALLEL,
            16.0,
            {
                "start": 6.5, "analysis": 7.5, "tail": 2.0, "imports": 0.5, "read": 0.2, "models": 5.8,
                "preload": 5.2, "resolve": 0.3, "outputs": 1.2, "exit": 0.5, "total": 16.0,
            },
        ),
        # one process: no batch marked, so neither start nor analysis; the tail from the last analysis
        (
            _steps(("cli", 0.5), ("analysed", 20.0), ("built", 20.1), ("write", 20.1), ("written", 21.0)),
            21.5,
            {"tail": 1.5, "imports": 0.5, "resolve": 0.1, "outputs": 0.9, "exit": 0.5, "total": 21.5},
        ),
        ([], 3.0, {"total": 3.0}),
    ],
)  # fmt: skip
def test_phases_cut_the_timeline(steps: list[dict], ended: float, expected: dict[str, float]) -> None:
    assert phases(steps, 0.0, ended) == pytest.approx(expected)


def _cpu(pid: int, step: str, cpu: float, thread: float | None = None) -> dict:
    return {"t": 0.0, "pid": pid, "step": step, "cpu": cpu, "thread": cpu if thread is None else thread}


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (  # a driver, its fork server and two workers: each process's last mark, by role
            [_cpu(1, "cli", 0.2), _cpu(1, "pool", 0.5), _cpu(2, "preload", 0.05), _cpu(2, "preloaded", 3.9),
             _cpu(3, "parse", 0.2), _cpu(4, "parse", 0.2), _cpu(3, "parsed", 40.0), _cpu(4, "parsed", 41.5),
             _cpu(1, "analysed", 14.0, 8.0), _cpu(1, "written", 20.0, 12.0)],
            {"driver": 20.0, "driver_main": 12.0, "driver_analysis": 14.0, "server": 3.9, "workers": 81.5},
        ),
        (  # one process: the parse thread's CPU is the process's less its main thread's
            [_cpu(1, "cli", 0.2), _cpu(1, "analysed", 25.0, 7.8), _cpu(1, "exit", 26.5, 8.4)],
            {"driver": 26.5, "driver_main": 8.4, "driver_analysis": 25.0},
        ),
        (_steps(("cli", 0.5), ("parse", 1.0)), {}),  # a trace written before the CPU was recorded
    ],
)  # fmt: skip
def test_cpu_split_by_role(steps: list[dict], expected: dict[str, float]) -> None:
    assert cpu_split(steps) == pytest.approx(expected)
