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
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each side, alternated (default 2)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    parser.add_argument("--spacy", action="store_true", help="also time raw spaCy with n_process=1 and =--workers")
    args = parser.parse_args(argv)
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
