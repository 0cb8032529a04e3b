"""CPU per document of the two halves of a build: analysis (what a worker does) and resolution + RDF
(what the driver does), as used by docs/SCALING.md.

    python bench/steps.py               # 200 documents of the Wikinews FR sample, repeated
    python bench/steps.py --docs 1000

``time.process_time()`` around each step of one in-process build into an in-memory dataset, after a
warm-up build of 16 documents. The last line of the output is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import load_documents, sample_path  # noqa: E402

from kg.analyse.pipeline import analyse  # noqa: E402
from kg.builder import build_documents  # noqa: E402
from kg.graph.rdf import IRIs, Links, add_analysis, add_ontology, new_dataset  # noqa: E402
from kg.resolve.resolver import Resolver  # noqa: E402
from kg.types import Analysis  # noqa: E402

WARMUP = 16


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="number of documents (default 200)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    args = parser.parse_args(argv)
    documents = load_documents(sample_path(args.sample), args.docs + WARMUP)
    build_documents(documents[:WARMUP])
    documents = documents[WARMUP:]
    gc.collect()
    dataset, iris, registry = new_dataset(), IRIs(), Resolver()
    add_ontology(dataset, iris=iris)
    analysis_cpu = driver_cpu = 0.0
    results = analyse(documents)
    while True:
        started = time.process_time()
        item = next(results, None)
        analysis_cpu += time.process_time() - started
        if item is None:
            break
        if not isinstance(item, Analysis):
            raise SystemExit(f"the build reported an error: {item}")
        started = time.process_time()
        resolved = registry.resolve(item)
        add_analysis(dataset, resolved.analysis, iris=iris, links=Links(events=resolved.events, same_as=resolved.same_as))
        driver_cpu += time.process_time() - started
    count = len(documents)
    figures = {
        "docs": count,
        "analysis_ms_per_doc": round(1000 * analysis_cpu / count, 2),
        "resolution_rdf_ms_per_doc": round(1000 * driver_cpu / count, 2),
        "quads_per_doc": round(len(dataset) / count, 1),
    }
    print(
        f"analysis {figures['analysis_ms_per_doc']} ms/document, resolution + RDF "
        f"{figures['resolution_rdf_ms_per_doc']} ms/document, {figures['quads_per_doc']} quads/document"
    )
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
