"""Memory the corpus-level registry (``kg.resolve.resolver.Resolver``) holds as documents are added.

    python bench/registry.py                 # 3,000 documents
    python bench/registry.py --docs 1000

The Wikinews FR sample is analysed once; its analyses are then resolved again and again under new
document IDs (as ``bench/memory.py`` repeats the sample), and ``tracemalloc`` gives the Python
memory allocated since the registry was created, after a collection, at a few corpus sizes. With
the same documents repeated, the canonical entities stop growing after the first pass, so the
growth per document that remains is what the registry keeps for each document (its part of each
entity: aliases, mention count, context, local keys; its assignments, evidence and redirects),
which lets ``kg build --update`` replace a document's contribution exactly.

The last line of the output is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tracemalloc
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import load_documents, sample_path  # noqa: E402

from kg.analyse.pipeline import analyse  # noqa: E402
from kg.resolve.resolver import Resolver  # noqa: E402
from kg.types import Analysis  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=3000, help="documents to resolve (default 3000)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    args = parser.parse_args(argv)
    base = [a for a in analyse(load_documents(sample_path(args.sample), 100)) if isinstance(a, Analysis)]
    if not base:
        raise SystemExit("no documents analysed")
    checkpoints = sorted({min(args.docs, n) for n in (len(base), 5 * len(base), 10 * len(base), args.docs // 2, args.docs)})

    gc.collect()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    resolver = Resolver()
    figures: list[dict] = []
    for n in range(args.docs):
        rep, k = divmod(n, len(base))
        item = base[k]
        if rep:
            doc = item.document
            item = replace(item, document=replace(doc, id=f"{doc.id}-r{rep}", source=f"{doc.source}#r{rep}"))
        resolver.resolve(item)
        if n + 1 in checkpoints:
            gc.collect()
            mb = (tracemalloc.get_traced_memory()[0] - start) / 1e6
            entities = len(resolver.entities.canonicals)
            figures.append({"docs": n + 1, "registry_mb": round(mb, 2), "canonical_entities": entities})
            print(f"{n + 1:7d} documents: {mb:7.1f} MB, {entities} canonical entities")
    tracemalloc.stop()
    first, last = figures[0], figures[-1]
    per_doc_kb = None
    if last["docs"] > first["docs"]:
        per_doc_kb = round((last["registry_mb"] - first["registry_mb"]) * 1000 / (last["docs"] - first["docs"]), 2)
        print(f"growth after the first pass: {per_doc_kb} KB per document")
    print(json.dumps({"figures": figures, "kb_per_document": per_doc_kb}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
