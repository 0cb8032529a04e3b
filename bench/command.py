"""The whole command against raw spaCy as a whole process (issue 18, goal 1).

    python bench/command.py                  # 300 documents, best and median of 3
    python bench/command.py --docs 3000 --repeat 3
    python bench/command.py --docs 300 -- --no-html --no-answers   # extra options for kg build

A user runs ``kg build docs.jsonl --out out``: a fresh process that imports kg, loads the models,
reads the file, builds, writes the graph, the page and the answers. The floor is a fresh process
that imports spaCy, loads ``fr_core_news_md``, reads the same file and runs ``nlp.pipe`` (batch 64)
over the texts (from 200 documents on, ``kg build`` analyses in one worker process per core by
default). Both sides run as subprocesses, alternated (raw, kg, raw, kg, ...), on the Wikinews
FR sample repeated to ``--docs`` documents (each repetition with its own ID). The ratio printed last
is raw time / kg time (1.0: kg costs nothing over spaCy; the goal is at least 0.85), for the best
and for the median run of each side; the CPU seconds of each run (user + system of the child's whole process tree,
workers included) and their best ratio are printed too, the fairer figure on a shared machine. ``bench/throughput.py`` gives the in-process figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_SAMPLE = ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl"
REPO_SAMPLE = ROOT / "data" / "wikinews-fr" / "wikinews-fr-sample.jsonl"

RAW = """
import json, sys
import spacy
nlp = spacy.load("fr_core_news_md")
with open(sys.argv[1], encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle if line.strip()]
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
print(tokens)
"""


def write_corpus(sample: Path, count: int, target: Path) -> int:
    """``count`` JSONL records: the sample repeated, each repetition with its own ID."""
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    with target.open("w", encoding="utf-8") as handle:
        for n in range(count):
            record = dict(records[n % len(records)])
            record["id"] = f"{record.get('id', 'doc')}-r{n // len(records)}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


def _tree_cpu(root: int) -> dict[int, float]:
    """CPU seconds (user + system) of ``root`` and every process under it, read from ``/proc``
    (empty where there is none)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        pid = int(entry.parent.name)
        parents[pid] = int(fields[1])
        used[pid] = (int(fields[11]) + int(fields[12])) / ticks
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return {pid: used[pid] for pid in tree if pid in used}


def run(command: list[str], cpu: list[float] | None = None, env: dict[str, str] | None = None) -> float:
    """Wall seconds of ``command``; its CPU seconds are appended to ``cpu``: on a shared machine,
    the fairer figure. They are those of the whole process tree, the larger of two figures, never
    their sum: ``getrusage`` (exact: the command and every process it waited for, and those these
    waited for...) and the CPU of every process of the tree polled in ``/proc`` every 0.2 s (each
    may lose its last 0.2 s; it sees the processes nobody waits for). ``kg build`` waits for its
    fork server as it exits, and the server for the workers, so ``getrusage`` counts them all, and
    adding the polled figures counted the workers twice (a two-worker build showed about twice the
    CPU of one process); a command that leaves its children running is counted by the polls. (A
    command that waits for some children and not for others loses the latter's, here tens of
    milliseconds: multiprocessing's resource tracker.) ``env``: the child's
    environment (default this process's). The wall time ends when the child does (waited for,
    not polled)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    seen: dict[int, float] = {}
    while True:
        for pid, seconds in _tree_cpu(child.pid).items():
            seen[pid] = max(seen.get(pid, 0.0), seconds)
        try:
            child.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            continue
    wall = time.perf_counter() - started
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(max(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, sum(seen.values())))
    return wall


def precompile() -> None:
    """Compile kg's modules to bytecode before measuring, as installing a wheel (and ``make
    install``) does: where ``PYTHONDONTWRITEBYTECODE`` is set, an editable install's every fresh
    process would compile kg's source again (about 0.9 s of CPU on the development machine), a cost
    no installed user pays and the raw spaCy side, installed from wheels, never pays."""
    import compileall

    import kg

    compileall.compile_dir(str(Path(kg.__file__).parent), quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", default=None, help="a JSONL file (default: the Wikinews FR sample)")
    parser.add_argument("kg_options", nargs="*", help="extra options for kg build, after --")
    args = parser.parse_args()
    sample = Path(args.sample) if args.sample else (SHARED_SAMPLE if SHARED_SAMPLE.exists() else REPO_SAMPLE)
    kg = Path(sys.executable).parent / "kg"
    kg_command = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    raw_times: list[float] = []
    kg_times: list[float] = []
    raw_cpu: list[float] = []
    kg_cpu: list[float] = []
    precompile()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "docs.jsonl"
        write_corpus(sample, args.docs, corpus)
        for round_ in range(args.repeat):
            raw_times.append(run([sys.executable, "-c", RAW, str(corpus)], raw_cpu))
            kg_times.append(run([*kg_command, "build", str(corpus), "--out", str(Path(tmp) / f"out{round_}"), *args.kg_options], kg_cpu))
            print(
                f"round {round_ + 1}: raw spaCy {raw_times[-1]:.1f} s ({raw_cpu[-1]:.1f} s CPU), "
                f"kg build {kg_times[-1]:.1f} s ({kg_cpu[-1]:.1f} s CPU), ratio {raw_times[-1] / kg_times[-1]:.3f} "
                f"(CPU {raw_cpu[-1] / kg_cpu[-1]:.3f})",
                flush=True,
            )
    best = min(raw_times) / min(kg_times)
    median = statistics.median(raw_times) / statistics.median(kg_times)
    figures = {
        "docs": args.docs, "kg_options": args.kg_options, "raw_s": raw_times, "kg_s": kg_times,
        "ratio_best": round(best, 3), "ratio_median": round(median, 3),
        "raw_cpu_s": raw_cpu, "kg_cpu_s": kg_cpu, "cpu_ratio_best": round(min(raw_cpu) / min(kg_cpu), 3),
    }
    print(json.dumps(figures))
    print(f"whole command / raw spaCy, {args.docs} documents: best {best:.3f}, median {median:.3f} (goal: at least 0.85)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
