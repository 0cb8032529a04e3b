"""What a build costs after extraction: the graph files, the page and the answers.

    python bench/outputs.py                      # data/ and the Wikinews FR sample, as `kg build` reads them
    python bench/outputs.py --docs 10000         # the Wikinews sample repeated to 10,000 documents
    python bench/outputs.py --formats trig nquads turtle json-ld

The graph is built once (:func:`kg.builder.build_documents`, in memory up to ``--stream-after``
documents and then in a temporary Oxigraph store, as ``kg build`` does), then each output of
:func:`kg.builder.write_outputs` is written on its own into a temporary folder and timed (wall
clock): every graph format asked for, the page (``graph.html``) and the answers (``answers.md``);
the registry is written with each of them, as it is by ``kg build``. Then what ``kg build -f trig
-f nquads`` writes (trig, nquads, page, answers) in one call ("together": an in-memory graph is
converted once for all of them); the share printed is that over the build plus that. The last line of the output is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kg.builder import DEFAULT_STREAM_AFTER, build_documents, write_outputs  # noqa: E402
from kg.ingest.readers import iter_ingest  # noqa: E402

DEFAULT_INPUTS = (ROOT / "data", ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl")
BUILD_FORMATS = ("trig", "nquads")  # what `kg build -f trig -f nquads` writes, with the page and the answers


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: data/ and the Wikinews FR sample)")
    parser.add_argument("--docs", type=int, help="the Wikinews sample repeated to this many documents instead")
    parser.add_argument("--formats", nargs="+", default=list(BUILD_FORMATS), help="graph formats to time (default trig nquads)")
    parser.add_argument("--stream-after", type=int, default=DEFAULT_STREAM_AFTER, help="as kg build --stream-after")
    parser.add_argument("--keep", help="write the outputs into this folder (default: a temporary one)")
    args = parser.parse_args(argv)

    if args.docs:
        from throughput import load_documents, sample_path

        documents = load_documents(sample_path(None), args.docs)
        source: object = documents
        label = f"{args.docs} documents (the Wikinews sample repeated)"
    else:
        inputs = [Path(p) for p in args.inputs] or [p for p in DEFAULT_INPUTS if p.exists()]
        source = iter_ingest(inputs)
        label = ", ".join(map(str, inputs))
    print(f"input: {label}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-bench-outputs-") as tmp:
        spill = Path(tmp) / "spill"
        started = time.perf_counter()
        result = build_documents(source, stream_after=args.stream_after, spill_dir=spill)  # type: ignore[arg-type]
        build = time.perf_counter() - started
        triples = result.triples
        print(f"build: {result.documents} documents, {triples} triples, {build:.2f} s"
              f"{' (streamed to a store)' if result.streamed else ''}", flush=True)
        out = Path(args.keep) if args.keep else Path(tmp) / "out"
        out.mkdir(parents=True, exist_ok=True)
        timings: dict[str, float] = {}
        steps: list[tuple[str, dict]] = [(fmt, {"formats": (fmt,), "html": False, "answers": False}) for fmt in args.formats]
        steps += [("page", {"formats": (), "html": True, "answers": False}), ("answers", {"formats": (), "html": False, "answers": True})]
        # What `kg build -f trig -f nquads` writes, in one call (the in-memory graph converted once).
        steps.append(("together", {"formats": BUILD_FORMATS, "html": True, "answers": True}))
        try:
            for name, kwargs in steps:
                started = time.perf_counter()
                write_outputs(result, out, warn=lambda exc: print(f"warning: {exc}"), **kwargs)
                timings[name] = time.perf_counter() - started
                print(f"{name}: {timings[name]:.2f} s", flush=True)
        finally:
            result.close()
    summed = sum(timings.get(k, 0.0) for k in (*BUILD_FORMATS, "page", "answers"))
    after = timings["together"]
    share = after / (build + after)
    print(f"after extraction: trig + nquads + page + answers one by one {summed:.2f} s, "
          f"together (as kg build) {after:.2f} s, {100 * share:.1f} % of {build + after:.2f} s")
    print(json.dumps({"documents": result.documents, "triples": triples, "build_s": round(build, 3),
                      "outputs_s": {k: round(v, 3) for k, v in timings.items()}, "after_s": round(after, 3), "summed_s": round(summed, 3),
                      "share_after": round(share, 4)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
