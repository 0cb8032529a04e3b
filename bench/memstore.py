"""Adding a build's quads to rdflib's ``Memory`` store against kg's ``GraphStore``, side by side.

    python bench/memstore.py                 # the quads of 300 documents, 3 rounds
    python bench/memstore.py --docs 100 --rounds 1

The Wikinews FR sample (repeated, each repetition with its own IDs) is built once in memory; its
quads, named graph by named graph, are then added to a fresh ``Dataset(default_union=True)`` over
each store in turn (``Memory``, ``GraphStore``, ``Memory``, ...), through ``store.add`` as kg's RDF
writer does, with the garbage collector on as in a build. Then both datasets answer the union
count and one named graph's triples, to check they hold the same thing. The fastest round of each
store is reported, in microseconds per quad.

The last line of the output is a JSON object with every figure.
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

from rdflib import Dataset  # noqa: E402
from rdflib.plugins.stores.memory import Memory  # noqa: E402
from throughput import load_documents, sample_path  # noqa: E402

from kg.builder import build_documents  # noqa: E402
from kg.graph.memstore import GraphStore  # noqa: E402

STORES = {"Memory": Memory, "GraphStore": GraphStore}


def fill(kind: str, quads: list[tuple]) -> tuple[float, Dataset]:
    dataset = Dataset(store=STORES[kind](), default_union=True)
    graphs: dict = {}
    add = dataset.store.add
    gc.collect()
    started = time.perf_counter()
    for s, p, o, g in quads:
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = dataset.graph(g)
        add((s, p, o), graph, False)
    return time.perf_counter() - started, dataset


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents to build (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each store once per round (default 3)")
    args = parser.parse_args(argv)
    result = build_documents(load_documents(sample_path(None), args.docs))
    quads = [(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in result.dataset.quads((None, None, None, None))]
    print(f"{len(quads)} quads of {args.docs} documents")
    times: dict[str, list[float]] = {kind: [] for kind in STORES}
    last: dict[str, Dataset] = {}
    for _ in range(max(1, args.rounds)):
        for kind in STORES:
            seconds, last[kind] = fill(kind, quads)
            times[kind].append(seconds)
            print(f"{kind:10s} {seconds:6.2f} s  {seconds / len(quads) * 1e6:5.2f} µs per quad")
    a, b = last["Memory"], last["GraphStore"]
    some = quads[len(quads) // 2][3]
    same = len(a) == len(b) and set(a.graph(some)) == set(b.graph(some))
    best = {kind: min(v) / len(quads) * 1e6 for kind, v in times.items()}
    print(f"best: Memory {best['Memory']:.2f} µs, GraphStore {best['GraphStore']:.2f} µs per quad "
          f"({best['Memory'] / best['GraphStore']:.2f}x); same content: {same}")
    print(json.dumps({"quads": len(quads), "us_per_quad": {k: round(v, 3) for k, v in best.items()}, "same": same}, sort_keys=True))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
