"""Load test: concurrent clients against ``kg serve`` on loopback (issues 8 and 14).

Builds the sample corpus (``data/``) into an Oxigraph store, starts ``kg serve`` on it (its own
process, on a free loopback port), and lets N client threads run the named questions of
``queries/`` in a loop for a fixed time. With ``--compare N`` it alternates with a bare ``oxigraph
serve-read-only`` on the same store, which is what ``kg serve`` ran before its checking front, and
prints the throughput ratio. It prints the throughput, latency percentiles and the error count,
then a JSON line.

    python bench/load.py                      # 20 clients, 30 s
    python bench/load.py --clients 5 --seconds 5
    python bench/load.py --seconds 15 --compare 2   # and a bare Oxigraph server (no checks), alternated

Traffic goes to 127.0.0.1 only; every loop is bounded in time and the server is always stopped.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def run_load(query_url: str, queries: list[str], *, clients: int, seconds: float) -> dict:
    """``clients`` threads post the questions in turn for ``seconds``; the figures of that run."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        i = index
        while time.monotonic() < deadline:
            body = urllib.parse.urlencode({"query": queries[i % len(queries)]}).encode("utf-8")
            request = urllib.request.Request(
                query_url,
                data=body,
                headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
            )
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    json.loads(response.read())
                    ok = response.status == 200
            except (urllib.error.URLError, OSError, ValueError) as exc:
                ok = False
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            elapsed = time.perf_counter() - started
            if ok:
                with lock:
                    latencies.append(elapsed)
            i += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 120)
    wall = time.perf_counter() - started
    ms = [v * 1000 for v in latencies]
    return {
        "clients": clients,
        "seconds": round(wall, 1),
        "requests": len(latencies),
        "errors": len(errors),
        "first_errors": errors[:5],
        "throughput_rps": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(ms, 50), 1),
        "p90_ms": round(percentile(ms, 90), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1) if ms else None,
        "mean_ms": round(statistics.fmean(ms), 1) if ms else None,
    }


def _load_process(command: list[str], port: int, queries: list[str], args: argparse.Namespace) -> dict:
    """Start a server process, load it once it answers, and stop it."""
    import subprocess

    from kg.serve.endpoint import _wait_until_up
    from kg.serve.front import Upstream

    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Upstream(process, port)
    try:
        if not _wait_until_up(server, 60):
            raise SystemExit(f"{command[0]} did not start")
        return run_load(f"http://127.0.0.1:{port}/query", queries, clients=args.clients, seconds=args.seconds)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            server.stop()


def describe(name: str, f: dict) -> str:
    return (
        f"{name}: {f['clients']} clients for {f['seconds']} s: {f['requests']} requests, "
        f"{f['throughput_rps']} req/s, latency p50 {f['p50_ms']} ms, p90 {f['p90_ms']} ms, "
        f"p99 {f['p99_ms']} ms, max {f['max_ms']} ms; errors: {f['errors']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--input", default=str(ROOT / "data"))
    parser.add_argument(
        "--compare", type=int, default=0, metavar="N",
        help="also load a bare Oxigraph server on the same store (no checks), alternating N rounds of each",
    )
    args = parser.parse_args()

    from kg.builder import build_paths
    from kg.graph.query import _with_prologue, named_queries
    from kg.graph.rdf import serialize
    from kg.graph.store import OxigraphStore
    from kg.serve.endpoint import free_port, oxigraph_executable

    with tempfile.TemporaryDirectory() as tmp:
        result = build_paths([args.input])
        graph = serialize(result.dataset, Path(tmp) / "graph.trig")
        store = Path(tmp) / "store"
        with OxigraphStore(store) as loader:
            loader.load_file(graph)
        queries = [_with_prologue(q.text) for q in named_queries().values()]
        print(f"built {result.documents} documents, {len(result.dataset)} triples; {len(queries)} questions")
        kg = Path(sys.executable).parent / "kg"
        rounds = []
        for _ in range(max(1, args.compare)):
            # `kg serve` as the user runs it: its own process, so its Python does not share a GIL
            # with the clients'.
            port = free_port()
            command = [str(kg) if kg.exists() else sys.executable, *([] if kg.exists() else ["-m", "kg.cli"])]
            front = _load_process(
                [*command, "serve", str(store), "--port", str(port)], port, queries, args
            )
            print(describe("kg serve", front), flush=True)
            bare = None
            if args.compare:
                port = free_port()
                bare = _load_process(
                    [oxigraph_executable(), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
                    port, queries, args,
                )
                print(describe("bare oxigraph", bare), flush=True)
            rounds.append((front, bare))

    for front, _ in rounds:
        for line in front["first_errors"]:
            print("  error:", line)
    best = max(rounds, key=lambda r: r[0]["throughput_rps"])[0]
    summary = {"kg_serve": best}
    if args.compare:
        bare_best = max(r[1]["throughput_rps"] for r in rounds)
        summary["bare_oxigraph_rps"] = bare_best
        summary["ratio"] = round(best["throughput_rps"] / bare_best, 3) if bare_best else None
        print(f"throughput of kg serve / bare oxigraph, best of {len(rounds)}: {summary['ratio']}")
    print(json.dumps(summary))
    return 0 if all(not r[0]["errors"] for r in rounds) else 1


if __name__ == "__main__":
    sys.exit(main())
