"""Speed-up of ``kg build --workers 2`` over the single-process build, on the same documents, in one run.

    python bench/workers.py              # 480 documents (the Wikinews FR sample repeated)
    python bench/workers.py --quick      # 96 documents
    python bench/workers.py --docs 1000 --workers 2

Both sides run :func:`kg.builder.build_documents` on the same in-memory documents (analysis,
resolution in input order, RDF into one in-memory dataset), with warm models: the single-process
side after a warm-up build in this process, the parallel side on a pool whose workers have already
loaded the models (:func:`kg.analyse.parallel.worker_pool`). The sides alternate ``--repeat`` times and the
fastest run of each is kept (the machine may be shared). The pool start-up (spawning the processes and
loading the models in each, a one-time cost per build) is timed separately. With ``--spacy``, the
same documents also go through raw spaCy alone, ``nlp.pipe(batch_size=64)`` in one process against
``n_process=--workers`` (alternated, best of ``--repeat``, spaCy's own process start included): the
speed-up spaCy itself gets from the machine's cores, which no pipeline built on it can exceed by
much. The last line of the output is a JSON object with every figure.

With ``--whole``, what goal 4 asks instead: the whole command on each side, as a user runs it.
Both sides are fresh ``python -m kg.cli build FILE --out DIR`` processes on the same JSONL file
(``--docs`` records of the sample, each repetition with its own ID; page and answers written as by
default), ``--workers 1`` against ``--workers N``, alternated, ``--repeat`` runs each (default 3):
the wall and CPU seconds (the whole process tree's, workers and fork server included) of each run,
the ratio of the best and of the median runs printed last but for the JSON line. Every run is
traced (``KG_TRACE``, :mod:`kg.trace`): the serial phases of the parallel side (``start``, from
the launch to the first parse, cut into imports, reading and the models' load; ``tail``, from the
last batch's end to the exit, cut into the last resolution, the outputs and the exit) are printed
as a timeline, their medians in the JSON. The graphs of the last runs of the two sides are
compared as sorted N-Quads.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import load_documents, sample_path  # noqa: E402

from kg.analyse.parallel import worker_pool  # noqa: E402
from kg.builder import build_documents  # noqa: E402

TARGET = 1.7


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=480, help="number of documents (default 480)")
    parser.add_argument("--quick", action="store_true", help="96 documents, for a fast check")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the parallel side (default 2)")
    parser.add_argument("--repeat", type=int, default=None, help="timed runs of each side, alternated (default 2; 3 with --whole)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    parser.add_argument("--spacy", action="store_true", help="also time raw spaCy with n_process=1 and =--workers")
    parser.add_argument("--whole", action="store_true", help="the whole command: fresh `kg build` processes, --workers 1 against --workers N")
    args = parser.parse_args(argv)
    if args.whole:
        return whole(args.docs if not args.quick else 96, args.workers, 3 if args.repeat is None else args.repeat, args.sample)
    args.repeat = 2 if args.repeat is None else args.repeat
    count = 96 if args.quick else args.docs
    path = sample_path(args.sample)
    documents = load_documents(path, count)
    print(f"sample: {path} ({count} documents); python {platform.python_version()}, {os.cpu_count()} CPU(s)")

    build_documents(documents[:16])  # warm-up: models, gazetteer, lexicons, ontology in this process
    t0 = time.perf_counter()
    pool = worker_pool(args.workers, warm=True)
    startup = time.perf_counter() - t0
    singles: list[float] = []
    parallels: list[float] = []
    try:
        # Alternate the sides so that other load on the machine hits both alike; keep the best runs.
        for run in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            single = build_documents(documents)
            singles.append(time.perf_counter() - t0)
            print(f"run {run + 1} 1 process : {singles[-1]:8.2f} s  ({count / singles[-1]:6.2f} docs/s)")
            t0 = time.perf_counter()
            parallel = build_documents(documents, workers=args.workers, executor=pool)
            parallels.append(time.perf_counter() - t0)
            print(f"run {run + 1} {args.workers} workers : {parallels[-1]:8.2f} s  ({count / parallels[-1]:6.2f} docs/s)")
    finally:
        pool.shutdown()
    one, many = min(singles), min(parallels)
    print(f"pool start-up (spawn {args.workers} processes, load the models): {startup:.1f} s; load average {os.getloadavg()[0]:.2f}")
    if parallel.documents != single.documents or len(parallel.dataset) != len(single.dataset):
        raise SystemExit("the parallel build differs from the single-process build")
    speedup = one / many
    with_startup = one / (many + startup)
    verdict = "meets" if speedup >= TARGET else "BELOW"
    print(f"speed-up: {speedup:.2f} ({verdict} the {TARGET} target); {with_startup:.2f} counting the pool start-up")
    summary = {
        "sample": str(path),
        "docs": count,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "repeat": max(1, args.repeat),
        "single_seconds": round(one, 2),
        "parallel_seconds": round(many, 2),
        "startup_seconds": round(startup, 2),
        "speedup": round(speedup, 3),
        "speedup_with_startup": round(with_startup, 3),
        "target": TARGET,
        "meets_target": speedup >= TARGET,
        "triples": len(single.dataset),
    }
    if args.spacy:
        summary.update(_spacy_scaling(documents, args.workers, max(1, args.repeat)))
    print(json.dumps(summary, sort_keys=True))
    return 0


def whole(docs: int, workers: int, repeat: int, sample: str | None) -> int:
    """Goal 4 as a user meets it: ``kg build FILE --out DIR --workers 1`` against ``--workers
    N``, fresh processes, alternated; the ratio of wall times (best and median) printed last."""
    import statistics
    import tempfile

    from command import precompile, run, write_corpus

    from kg.trace import TRACE_ENV, cpu_split, phases, read

    path = sample_path(sample)
    repeat = max(1, repeat)
    walls: dict[int, list[float]] = {1: [], workers: []}
    cpus: dict[int, list[float]] = {1: [], workers: []}
    timelines: dict[int, list[dict[str, float]]] = {1: [], workers: []}
    splits: dict[int, list[dict[str, float]]] = {1: [], workers: []}
    print(f"sample: {path} ({docs} documents); python {platform.python_version()}, {os.cpu_count()} CPU(s)")
    precompile()
    with tempfile.TemporaryDirectory(prefix="kg-workers-") as tmp:
        corpus = Path(tmp) / "docs.jsonl"
        write_corpus(path, docs, corpus)
        for run_ in range(repeat):
            for side in (1, workers):
                out = Path(tmp) / f"out-{side}"
                trace = Path(tmp) / f"trace-{side}-{run_}.jsonl"
                env = {**os.environ, TRACE_ENV: str(trace), "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
                command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--workers", str(side)]
                launched = time.time()
                wall = run(command, cpus[side], env=env)
                walls[side].append(wall)
                steps = read(trace)
                timelines[side].append(phases(steps, launched, launched + wall))
                splits[side].append(cpu_split(steps))
                print(f"run {run_ + 1} {side} process(es): {wall:8.2f} s wall, {cpus[side][-1]:8.2f} s CPU  " + _line(timelines[side][-1]), flush=True)
                print("      CPU s by process: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(splits[side][-1].items())), flush=True)
        same = _sorted_nquads(Path(tmp) / "out-1" / "graph.trig") == _sorted_nquads(Path(tmp) / f"out-{workers}" / "graph.trig")
    if not same:
        raise SystemExit("the parallel build's graph differs from the single-process build's")
    keys = sorted({key for timeline in timelines[workers] for key in timeline})
    medians = {key: round(statistics.median(t[key] for t in timelines[workers] if key in t), 3) for key in keys}
    print(f"timeline of the {workers}-worker build (median seconds): " + _line(medians))
    best = min(walls[1]) / min(walls[workers])
    median = statistics.median(walls[1]) / statistics.median(walls[workers])
    cpu = min(cpus[1]) / min(cpus[workers])
    summary = {
        "mode": "whole", "sample": str(path), "docs": docs, "workers": workers, "cpus": os.cpu_count(), "repeat": repeat,
        "single_s": [round(w, 2) for w in walls[1]], "parallel_s": [round(w, 2) for w in walls[workers]],
        "single_cpu_s": [round(c, 2) for c in cpus[1]], "parallel_cpu_s": [round(c, 2) for c in cpus[workers]],
        "speedup_best": round(best, 3), "speedup_median": round(median, 3), "cpu_ratio_best": round(cpu, 3),
        "parallel_phases": medians, "cpu_by_process": {str(side): splits[side] for side in splits}, "target": TARGET, "meets_target": median >= TARGET, "identical": same,
        "load": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(summary, sort_keys=True))
    verdict = "meets" if median >= TARGET else "BELOW"
    print(f"whole-process speed-up, {docs} documents, {workers} workers: best {best:.2f}, median {median:.2f} ({verdict} the {TARGET} target)")
    return 0


def _line(timeline: dict[str, float]) -> str:
    order = ("start", "imports", "read", "models", "analysis", "tail", "resolve", "outputs", "exit")
    return ", ".join(f"{key} {timeline[key]:.2f}" for key in order if key in timeline)


def _sorted_nquads(path: Path) -> list[str]:
    """The quads of a TriG file as sorted N-Quads lines (blank nodes as Oxigraph names them)."""
    import pyoxigraph

    quads = pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TRIG)
    return sorted(str(q) for q in quads)


def _spacy_scaling(documents: Sequence, workers: int, repeat: int) -> dict[str, float]:
    """Raw spaCy's own speed-up on these documents: ``nlp.pipe`` in one process against
    ``n_process=workers``, alternated, the best of ``repeat`` runs of each."""
    import spacy

    nlp = spacy.load("fr_core_news_md")  # as bench/command.py's raw side: the model alone
    texts = [d.text for d in documents]
    sum(len(doc) for doc in nlp.pipe(texts[:16], batch_size=64))  # warm-up
    ones: list[float] = []
    manys: list[float] = []
    for run in range(repeat):
        t0 = time.perf_counter()
        sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        ones.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        sum(len(doc) for doc in nlp.pipe(texts, batch_size=64, n_process=workers))
        manys.append(time.perf_counter() - t0)
        print(f"run {run + 1} raw spaCy: 1 process {ones[-1]:8.2f} s, n_process={workers} {manys[-1]:8.2f} s")
    ceiling = min(ones) / min(manys)
    print(f"raw spaCy's own speed-up with {workers} processes: {ceiling:.2f}")
    return {"spacy_single_seconds": round(min(ones), 2), "spacy_parallel_seconds": round(min(manys), 2),
            "spacy_speedup": round(ceiling, 3)}


if __name__ == "__main__":
    raise SystemExit(main())
