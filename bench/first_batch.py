"""What a worker of ``kg build --workers N`` builds on its first batch that the fork server did not
build for it (issue 18, goal 4).

    python bench/first_batch.py              # 16 documents of the Wikinews FR sample, French
    python bench/first_batch.py --docs 32

In this process: what the fork server does before it forks (:func:`kg.analyse.preload.preload` and
the import of :data:`kg.analyse.preload.WORKER_MODULES`, then :func:`gc.freeze`), then the same
batch analysed twice as a worker does (:func:`kg.analyse.parallel.analyse_batch`, planned by the
driver). For each run: the modules of ``kg`` imported, the word lists read, the regular expressions
compiled (counts, the same on a loaded machine) and the CPU seconds. What the first run does beyond
the second is paid again by every worker. The last line is a JSON object.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import load_documents, sample_path  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=16, help="documents in the batch (default 16)")
    parser.add_argument("--sample", help="a JSONL file (default: the Wikinews FR sample)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import re._compiler as compiler

    import kg.analyse.preload as preload

    preload.preload(["fr"])
    for module in getattr(preload, "WORKER_MODULES", ("kg.analyse.parallel",)):
        import_module(module)
    gc.collect()
    gc.freeze()
    from kg.analyse.options import Options
    from kg.analyse.parallel import analyse_batch
    from kg.analyse.plan import plan_documents
    from kg.knowledge.words import rows

    compiled = [0]
    real = compiler.compile

    def counting(*a: object, **k: object) -> object:
        compiled[0] += 1
        return real(*a, **k)  # type: ignore[arg-type]

    compiler.compile = counting  # type: ignore[assignment]
    documents = load_documents(sample_path(args.sample), args.docs)
    options = Options()
    out: dict[str, dict[str, float]] = {}
    for run in ("first", "second"):
        modules, lists, regexes = set(sys.modules), rows.cache_info().currsize, compiled[0]
        plans = plan_documents(documents, options)
        t0 = time.process_time()
        analyse_batch(documents, options, plans=plans)
        out[run] = {
            "cpu_s": round(time.process_time() - t0, 3),
            "kg_modules": len([m for m in set(sys.modules) - modules if m.startswith("kg")]),
            "word_lists": rows.cache_info().currsize - lists,
            "regex_compiles": compiled[0] - regexes,
        }
        print(f"{run} batch: " + ", ".join(f"{k} {v}" for k, v in out[run].items()), flush=True)
    out["load"] = {"load": round(os.getloadavg()[0], 2)}
    print(json.dumps(out, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
