"""SPARQL latency of the canned questions at about 10^6 triples: Oxigraph against rdflib in memory.

    .venv/bin/python bench/sparql.py                          # ~10^6 triples (builds data/ first)
    .venv/bin/python bench/sparql.py --triples 100000         # a quick run
    .venv/bin/python bench/sparql.py --graph out/graph.trig   # reuse a built sample, skip the build

The data is real: the sample (``data/`` built by ``kg.builder.build_paths``, or ``--graph``) is
replicated until it reaches ``--triples`` quads, each copy of each document getting renamed document
IRIs (``…/doc/ID-rN``, its graph, text, mentions, events, quotes and memberships) and identifier,
while entity IRIs stay shared, as they are across a real corpus. The ontology graph is kept once.

Both stores hold the same N-Quads file: rdflib ``Dataset(default_union=True)`` parses it; Oxigraph
(``kg.graph.store.OxigraphStore.load_file``) bulk-loads it and materialises the union default graph; the
raw ``pyoxigraph.Store.bulk_load`` rate is printed beside it. Each question of ``queries/*.rq`` then
runs on both, side by side: ``--repeat`` times each (after one warm-up for Oxigraph), the median
reported. rdflib runs in a forked child process that is killed after ``--timeout`` seconds, so a slow
query is reported as "> timeout" and leaves nothing running behind.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Dataset  # noqa: E402

BINDINGS = {"entity-events": {"name": "IBM"}}


def sample_dataset(graph: Path | None) -> Dataset:
    if graph is not None:
        from kg.graph.query import load_dataset

        return load_dataset(graph)
    from kg.builder import build_paths

    started = time.perf_counter()
    result = build_paths([ROOT / "data"])
    print(f"built data/: {result.documents} documents, {len(result.dataset)} triples in {time.perf_counter() - started:.0f} s", flush=True)
    return result.dataset


def replicate(dataset: Dataset, triples: int, out: Path) -> tuple[int, int]:
    """Write about ``triples`` quads of renamed copies of the sample's documents to ``out`` (N-Quads)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.namespace import SDO

    docs = []
    ontology = None
    for g in dataset.graphs():
        if g.identifier == DATASET_DEFAULT_GRAPH_ID or len(g) == 0:
            continue
        ident = next(iter(g.objects(None, SDO.identifier)), None)
        if ident is None:
            ontology = g
            continue
        docs.append((str(g.identifier), str(ident), g.serialize(format="nt")))
    per_copy = sum(text.count("\n") for _, _, text in docs)
    copies = max(1, round((triples - (len(ontology) if ontology is not None else 0)) / per_copy))
    written = 0
    with open(out, "w", encoding="utf-8") as handle:
        if ontology is not None:
            for line in ontology.serialize(format="nt").splitlines():
                if line.strip():
                    handle.write(f"{line[:-1].rstrip()} <{ontology.identifier}> .\n")
                    written += 1
        for copy in range(copies):
            for graph_iri, doc_id, text in docs:
                new_id = f"{doc_id}-r{copy}"
                body = text.replace(f"/{doc_id}", f"/{new_id}").replace(f'"{doc_id}"', f'"{new_id}"')
                graph = graph_iri.replace(f"/{doc_id}", f"/{new_id}")
                for line in body.splitlines():
                    if line.strip():
                        handle.write(f"{line[:-1].rstrip()} <{graph}> .\n")
                        written += 1
    return written, copies * len(docs)


def _rdflib_child(conn, text: str, bindings: dict, repeat: int, slow: float) -> None:
    from kg.graph.query import run_query

    times = []
    rows = 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = run_query(DATASET, text, bindings=bindings)
        rows = len(result.bindings) if result.type == "SELECT" else 1
        times.append(time.perf_counter() - started)
        if times[-1] > slow:
            break
    conn.send((times, rows))
    conn.close()


DATASET: Dataset | None = None  # the rdflib side, inherited by the forked children


def time_rdflib(text: str, bindings: dict, repeat: int, timeout: float, slow: float) -> tuple[list[float] | None, int]:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_rdflib_child, args=(child, text, bindings, repeat, slow))
    process.start()
    child.close()
    try:
        if parent.poll(timeout):
            times, rows = parent.recv()
            process.join(10)
            return times, rows
        return None, -1
    finally:
        if process.is_alive():
            process.kill()
            process.join()


def time_oxigraph(store, text: str, bindings: dict, repeat: int) -> tuple[list[float], list[float], int]:
    from kg.graph.query import _with_prologue

    store.query(text, bindings=bindings)  # warm-up
    kg_times, raw_times = [], []
    rows = 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = store.query(text, bindings=bindings)
        kg_times.append(time.perf_counter() - started)
        rows = len(result.bindings) if result.type == "SELECT" else 1
    import pyoxigraph as ox

    raw = _with_prologue(text)
    subs = {ox.Variable(k): ox.Literal(v) for k, v in bindings.items()}
    for _ in range(repeat):
        started = time.perf_counter()
        list(store.oxigraph.query(raw, use_default_graph_as_union=not store.materialised, substitutions=subs or None))
        raw_times.append(time.perf_counter() - started)
    return kg_times, raw_times, rows


def fmt_s(value: float | None, timeout: float) -> str:
    if value is None:
        return f"> {timeout:.0f} s"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def main() -> None:
    global DATASET
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="approximate number of quads (default 10^6)")
    parser.add_argument("--graph", type=Path, help="a built sample to replicate (default: build data/)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query and store (median reported)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an rdflib query is given up")
    parser.add_argument("--slow", type=float, default=20.0, help="stop repeating an rdflib query after a run this long")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()

    from kg.graph.query import load_dataset, named_queries
    from kg.graph.store import OxigraphStore

    began = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-sparql-"))
    try:
        nq = work / "bench.nq"
        quads, documents = replicate(sample_dataset(args.graph), args.triples, nq)
        print(f"data: {quads:,} quads in {documents:,} document graphs ({nq.stat().st_size / 1e6:.0f} MB of N-Quads)", flush=True)

        import pyoxigraph as ox

        started = time.perf_counter()
        raw = ox.Store(str(work / "raw"))
        raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        raw_load = time.perf_counter() - started
        del raw
        shutil.rmtree(work / "raw", ignore_errors=True)

        started = time.perf_counter()
        store = OxigraphStore(work / "store")
        store.load_file(nq)
        kg_load = time.perf_counter() - started

        started = time.perf_counter()
        DATASET = load_dataset(nq)
        rdflib_load = time.perf_counter() - started
        union = len(store)
        print(
            f"load: pyoxigraph bulk_load {raw_load:.1f} s ({quads / raw_load:,.0f} quads/s); "
            f"kg OxigraphStore.load_file {kg_load:.1f} s ({quads / kg_load:,.0f} quads/s, union materialised: {union:,} triples); "
            f"rdflib parse {rdflib_load:.1f} s ({quads / rdflib_load:,.0f} quads/s)",
            flush=True,
        )

        header = f"{'question':16} {'rows':>7} {'rdflib':>10} {'oxigraph (kg)':>14} {'oxigraph raw':>13} {'rdflib / kg':>12}"
        print(header)
        print("-" * len(header))
        figures = []
        for name, item in named_queries().items():
            bindings = BINDINGS.get(name, {})
            r_times, r_rows = time_rdflib(item.text, bindings, args.repeat, args.timeout, args.slow)
            k_times, w_times, k_rows = time_oxigraph(store, item.text, bindings, args.repeat)
            r_med = statistics.median(r_times) if r_times else None
            k_med, w_med = statistics.median(k_times), statistics.median(w_times)
            if r_rows >= 0 and r_rows != k_rows:
                print(f"  !! {name}: rdflib {r_rows} rows, oxigraph {k_rows} rows", flush=True)
            ratio = f"{r_med / k_med:,.1f}x" if r_med is not None else f"> {args.timeout / k_med:,.1f}x"
            print(f"{name:16} {k_rows:>7} {fmt_s(r_med, args.timeout):>10} {fmt_s(k_med, 0):>14} {fmt_s(w_med, 0):>13} {ratio:>12}", flush=True)
            figures.append({"query": name, "rows": k_rows, "rdflib_s": r_med, "rdflib_runs": len(r_times or []),
                            "oxigraph_kg_s": k_med, "oxigraph_raw_s": w_med})
        store.close()
        total = time.perf_counter() - began
        print(f"total {total:.0f} s on {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        if args.json:
            args.json.write_text(json.dumps({
                "quads": quads, "documents": documents, "union_triples": union,
                "load_s": {"pyoxigraph_bulk_load": raw_load, "kg_load_file": kg_load, "rdflib_parse": rdflib_load},
                "queries": figures, "timeout_s": args.timeout, "repeat": args.repeat, "total_s": total,
            }, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
