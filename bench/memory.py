"""Peak resident memory of ``kg build`` as the corpus grows: flat means streaming works.

    python bench/memory.py                      # 1,000 and 10,000 documents (about 10 minutes)
    python bench/memory.py --quick              # 100 and 400 documents
    python bench/memory.py --sizes 1000,10000 --mode spill

Each size is a JSONL corpus (the Wikinews FR sample repeated, each repetition with its own IDs)
built by a fresh ``kg build`` subprocess, whose peak RSS (``ru_maxrss`` from ``wait4``) is read when
it exits. ``--mode store`` (default) builds into an Oxigraph store (``--store``); ``--mode spill``
builds without one and lets ``--stream-after`` move the graphs to a temporary store. Both use
``--stream-after 0``, so every size runs the streaming path, and write every output: the graph
file (dumped from the store), the answers and the page (the ``--top-k`` digest). The last line of
the output is a JSON object with every figure; the ratio of the largest peak to the smallest should
stay close to 1 (flat) however many documents.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from throughput import sample_path  # noqa: E402


def write_corpus(sample: Path, count: int, target: Path) -> Path:
    """``count`` JSONL records: the sample's lines repeated, each repetition with distinct IDs."""
    base = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(target, "w", encoding="utf-8") as handle:
        for i in range(count):
            rep, k = divmod(i, len(base))
            record = dict(base[k])
            record["id"] = f"{record.get('id', k)}-r{rep}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def peak_rss(command: list[str]) -> tuple[float, float, int]:
    """Run ``command``; return its peak RSS in MB, its wall time in seconds and its exit status."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{out}\n{err[-3000:]}")
    summary = next((line for line in out.splitlines() if line.startswith("built ")), "")
    print(f"  {summary}")
    return usage.ru_maxrss / 1024, seconds, proc.returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--quick", action="store_true", help="sizes 100,400")
    parser.add_argument("--mode", choices=("store", "spill"), default="store", help="build into --store (default) or spill")
    parser.add_argument("--workers", type=int, default=1, help="kg build --workers (peak of the driver only)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    args = parser.parse_args(argv)
    sizes = [100, 400] if args.quick else [int(x) for x in args.sizes.split(",")]
    sample = sample_path(args.sample)
    kg = str(Path(sys.executable).parent / "kg")
    figures = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-memory-") as tmp:
        for size in sizes:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            corpus = write_corpus(sample, size, folder / "corpus.jsonl")
            command = [kg, "build", str(corpus), "--out", str(folder / "out"), "--stream-after", "0", "--top-k", "300"]
            if args.mode == "store":
                command += ["--store", str(folder / "store")]
            if args.workers > 1:
                command += ["--workers", str(args.workers)]
            print(f"{size} documents: {' '.join(command[1:])}")
            peak, seconds, status = peak_rss(command)
            print(f"  peak RSS {peak:.0f} MB, {seconds:.0f} s ({size / seconds:.1f} docs/s), exit {status}")
            figures.append({"docs": size, "peak_rss_mb": round(peak, 1), "seconds": round(seconds, 1)})
    ratio = figures[-1]["peak_rss_mb"] / figures[0]["peak_rss_mb"]
    print("peak RSS: " + ", ".join(f"{f['docs']} docs {f['peak_rss_mb']:.0f} MB" for f in figures))
    print(f"ratio {figures[-1]['docs']} / {figures[0]['docs']} documents: {ratio:.2f} (flat is about 1.0 to 1.3)")
    print(json.dumps({"sample": str(sample), "mode": args.mode, "workers": args.workers, "runs": figures, "ratio": round(ratio, 3)}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
