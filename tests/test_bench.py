"""The benchmark scripts name functions that exist (they are not run by the suite: no timings)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def _module(name: str):
    path = ROOT / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def test_stages_names_the_extractors_the_pipeline_calls() -> None:
    stages = _module("stages")
    for owner, names in stages.EXTRACTORS.items():
        for name in names:
            assert callable(getattr(owner, name)), (owner, name)


def test_command_counts_the_cpu_of_the_whole_process_tree() -> None:
    """bench/command.py reads the CPU of the processes the command starts (kg build's workers and
    their fork server) in /proc, as well as the command's own."""
    import os
    import subprocess
    from pathlib import Path

    command = _module("command")
    if not Path("/proc/self/stat").exists():
        return
    child = subprocess.Popen([sys.executable, "-c", "import time; sum(range(10**6)); time.sleep(5)"])
    try:
        found = command._tree_cpu(os.getpid())
        assert os.getpid() in found and child.pid in found
        assert all(seconds >= 0 for seconds in found.values())
        assert command._tree_cpu(child.pid).keys() == {child.pid}
    finally:
        child.kill()
        child.wait()


def test_workers_whole_mode_names_what_it_runs(tmp_path) -> None:
    """bench/workers.py --whole: the timeline's line and the sorted N-Quads of a TriG file."""
    workers = _module("workers")
    assert callable(workers.whole)
    assert workers._line({"start": 1.0, "tail": 2.5, "other": 3.0}) == "start 1.00, tail 2.50"
    trig = tmp_path / "graph.trig"
    trig.write_text("<urn:g> { <urn:b> <urn:p> <urn:o> . <urn:a> <urn:p> \"x\" . }\n", encoding="utf-8")
    assert workers._sorted_nquads(trig) == [
        '<urn:a> <urn:p> "x" <urn:g>',
        "<urn:b> <urn:p> <urn:o> <urn:g>",
    ]


def test_every_option_of_every_script_is_in_the_readme() -> None:
    import re

    readme = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
    missing = [
        f"{script.name} {option}"
        for script in sorted((ROOT / "bench").glob("*.py"))
        for option in re.findall(r"add_argument\(\s*\"(--[a-z][a-z-]*)\"", script.read_text(encoding="utf-8"))
        if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", readme)
    ]
    assert not missing, f"bench/README.md does not document: {', '.join(missing)}"


_BURN = "import time; t = time.process_time()\nwhile time.process_time() - t < 1.0: pass"


@pytest.mark.parametrize(
    "parent",
    [
        # waits for its child (as kg build for its fork server, and the server for the workers):
        # getrusage counts the child, which the polled figures count too; once, not twice
        "import subprocess, sys; subprocess.run([sys.executable, '-c', sys.argv[1]], check=True)",
        # leaves its child running (not waited for): only the polled figures count it
        "import os, subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', sys.argv[1] + '\\nprint(flush=True); time.sleep(2)'], stdout=subprocess.PIPE)\n"
        "child.stdout.readline(); time.sleep(1); os._exit(0)  # (once the child has burnt its CPU)",
    ],
    ids=["child waited for", "child left"],
)
def test_command_counts_each_process_of_the_tree_once(parent: str) -> None:
    """bench/command.py's CPU of a process tree: the larger of getrusage (every process waited
    for) and the polled figures (every process seen), never their sum."""
    from pathlib import Path

    command = _module("command")
    if not Path("/proc/self/stat").exists():
        pytest.skip("reads /proc")
    cpu: list[float] = []
    command.run([sys.executable, "-c", parent, _BURN], cpu=cpu)
    assert 0.95 <= cpu[0] < 1.5, cpu  # the child's 1 s and two interpreters' start (counted twice: about 2)
