"""Load test: concurrent clients against ``kg serve`` on loopback (issue 8).

Builds the sample corpus (``data/``), starts the read-only Oxigraph endpoint on a free loopback
port, and lets N client threads run the named questions of ``queries/`` in a loop for a fixed time.
It prints the throughput, latency percentiles and the error count, then a JSON line.

    python bench/load.py                      # 20 clients, 30 s
    python bench/load.py --clients 5 --seconds 5

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--input", default=str(ROOT / "data"))
    args = parser.parse_args()

    from kg.builder import build_paths
    from kg.graph.query import _with_prologue, named_queries
    from kg.graph.rdf import serialize
    from kg.serve.endpoint import start_server

    with tempfile.TemporaryDirectory() as tmp:
        result = build_paths([args.input])
        graph = serialize(result.dataset, Path(tmp) / "graph.trig")
        queries = [_with_prologue(q.text) for q in named_queries().values()]
        print(f"built {result.documents} documents, {len(result.dataset)} triples; {len(queries)} questions")
        server = start_server(graph, host="127.0.0.1", port=0, location=Path(tmp) / "store")
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds

        def client(index: int) -> None:
            i = index
            while time.monotonic() < deadline:
                body = urllib.parse.urlencode({"query": queries[i % len(queries)]}).encode("utf-8")
                request = urllib.request.Request(
                    server.query_url,
                    data=body,
                    headers={
                        "Accept": "application/sparql-results+json",
                        "Content-Type": "application/x-www-form-urlencoded",
                    },
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

        try:
            started = time.perf_counter()
            threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(args.seconds + 120)
            wall = time.perf_counter() - started
        finally:
            server.stop()

    ms = [v * 1000 for v in latencies]
    figures = {
        "clients": args.clients,
        "seconds": round(wall, 1),
        "requests": len(latencies),
        "errors": len(errors),
        "throughput_rps": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(ms, 50), 1),
        "p90_ms": round(percentile(ms, 90), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1) if ms else None,
        "mean_ms": round(statistics.fmean(ms), 1) if ms else None,
    }
    print(
        f"{figures['clients']} clients for {figures['seconds']} s: {figures['requests']} requests, "
        f"{figures['throughput_rps']} req/s, latency p50 {figures['p50_ms']} ms, p90 {figures['p90_ms']} ms, "
        f"p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms; errors: {figures['errors']}"
    )
    for line in errors[:5]:
        print("  error:", line)
    print(json.dumps(figures))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
