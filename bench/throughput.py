"""Throughput of the full build against raw spaCy, in one process.

    python bench/throughput.py            # 2,000 documents
    python bench/throughput.py --quick    # 200 documents
    python bench/throughput.py --docs 5000 --repeat 3

Both sides read the same in-memory documents (the Wikinews FR sample repeated, each repetition with
its own ID), with the same spaCy models, loaded and warmed up before anything is timed:

* raw:  ``nlp.pipe(bodies, batch_size=64)`` with the model of each document's main language;
* full: ``kg.builder.build_documents(documents)``: language routing, spaCy, every extractor and the
  RDF dataset (disk parsing and serialisation are not measured).

The sides alternate (raw, full, raw, full, ...) ``--repeat`` times and the fastest run of each side
is reported. The last line of the output is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.builder import build_documents  # noqa: E402
from kg.ingest.language import SUPPORTED, segment  # noqa: E402
from kg.ingest.readers import DEFAULT_MAX_CHARS, read_jsonl  # noqa: E402
from kg.nlp.models import load_model, model_name  # noqa: E402
from kg.types import Document  # noqa: E402

SHARED_SAMPLE = ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl"
REPO_SAMPLE = ROOT / "data" / "wikinews-fr" / "wikinews-fr-sample.jsonl"
RAW_BATCH = 64  # the batch size kg.analyse.pipeline passes to nlp.pipe
TARGET = 0.85
WARMUP_DOCS = 16


# --- input ------------------------------------------------------------------------------------


def sample_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    return SHARED_SAMPLE if SHARED_SAMPLE.exists() else REPO_SAMPLE


def load_documents(path: Path, count: int) -> list[Document]:
    """``count`` documents: the sample repeated, each repetition with a distinct ID and source."""
    base = [d for d in read_jsonl(path, display=str(path), max_chars=DEFAULT_MAX_CHARS) if isinstance(d, Document)]
    if not base:
        raise SystemExit(f"no documents in {path}")
    docs = []
    for i in range(count):
        rep, k = divmod(i, len(base))
        doc = base[k]
        docs.append(doc if rep == 0 else replace(doc, id=f"{doc.id}-r{rep}", source=f"{doc.source}#r{rep}"))
    return docs


def main_language(doc: Document) -> str:
    """The language the pipeline gives the document (its metadata, else the detected one)."""
    if doc.lang in SUPPORTED:
        return doc.lang  # type: ignore[return-value]
    lang, _ = segment(doc.text, start=doc.body_start, lang=doc.lang)
    return lang


# --- memory -------------------------------------------------------------------------------------


def ru_maxrss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux ``clear_refs``), so that one phase can be measured
    on its own. Returns False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


# --- the two sides ------------------------------------------------------------------------------


def run_raw(groups: dict[str, list[str]]) -> int:
    tokens = 0
    for lang, texts in groups.items():
        nlp = load_model(lang)
        for doc in nlp.pipe(texts, batch_size=RAW_BATCH):
            tokens += len(doc)
    return tokens


def run_full(documents: Sequence[Document]) -> int:
    result = build_documents(documents)
    if result.errors:
        first = result.errors[0]
        raise SystemExit(f"the build reported {len(result.errors)} error(s), first: {first}")
    return len(result.dataset)


def timed(fn: Callable[[], int], *, can_reset: bool) -> dict:
    gc.collect()
    rss_before = _status_mb("VmRSS")
    if can_reset:
        reset_peak()
    cpu0, t0 = time.process_time(), time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    out = {"seconds": seconds, "cpu_seconds": cpu, "value": value, "rss_before_mb": rss_before}
    out["peak_rss_mb"] = _status_mb("VmHWM") if can_reset else None
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="number of documents (default 2000)")
    parser.add_argument("--quick", action="store_true", help="200 documents, for a fast check")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each side, alternated (default 1)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    args = parser.parse_args(argv)
    count = 200 if args.quick else args.docs
    path = sample_path(args.sample)

    overall_peak = ru_maxrss_mb()
    documents = load_documents(path, count)
    langs = [main_language(d) for d in documents]
    groups: dict[str, list[str]] = {}
    for doc, lang in zip(documents, langs):
        groups.setdefault(lang, []).append(doc.text[doc.body_start :])
    models = sorted(model_name(load_model(lang)) for lang in groups)
    print(f"sample: {path} ({count} documents, languages {dict((k, len(v)) for k, v in groups.items())})")
    print(f"models: {', '.join(models)}")
    print(f"python {platform.python_version()}, {os.cpu_count()} CPU(s), pid {os.getpid()}")

    # Warm-up: load the models, the gazetteer matcher, the language detector and the ontology.
    warm = documents[:WARMUP_DOCS]
    for lang in SUPPORTED:  # the full build loads a model when it first meets that language
        load_model(lang)
    run_raw({lang: texts[:WARMUP_DOCS] for lang, texts in groups.items()})
    run_full(warm)
    after_load = _status_mb("VmRSS")
    overall_peak = max(overall_peak, ru_maxrss_mb())
    can_reset = reset_peak()

    runs: dict[str, list[dict]] = {"raw": [], "full": []}
    tokens = 0
    triples = 0
    for r in range(max(1, args.repeat)):
        for side in ("raw", "full"):
            if side == "raw":
                res = timed(lambda: run_raw(groups), can_reset=can_reset)
                tokens = res["value"]
            else:
                res = timed(lambda: run_full(documents), can_reset=can_reset)
                triples = res["value"]
            overall_peak = max(overall_peak, ru_maxrss_mb(), res["peak_rss_mb"] or 0.0)
            runs[side].append(res)
            print(f"run {r + 1} {side:4s}: {res['seconds']:8.2f} s  ({count / res['seconds']:7.2f} docs/s)")

    figures: dict[str, dict] = {}
    for side in ("raw", "full"):
        best = min(runs[side], key=lambda x: x["seconds"])
        secs = best["seconds"]
        peaks = [x["peak_rss_mb"] for x in runs[side] if x["peak_rss_mb"] is not None]
        figures[side] = {
            "docs": count,
            "tokens": tokens,
            "seconds": round(secs, 3),
            "cpu_seconds": round(best["cpu_seconds"], 3),
            "median_seconds": round(statistics.median(x["seconds"] for x in runs[side]), 3),
            "docs_per_s": round(count / secs, 2),
            "tokens_per_s": round(tokens / secs, 1),
            "peak_rss_mb": round(max(peaks), 1) if peaks else None,
        }
    ratio = figures["raw"]["seconds"] / figures["full"]["seconds"]
    print()
    print(f"{'side':6s} {'docs':>6s} {'tokens':>9s} {'seconds':>9s} {'docs/s':>8s} {'tokens/s':>10s} {'peak RSS MB':>12s}")
    for side in ("raw", "full"):
        f = figures[side]
        peak = f"{f['peak_rss_mb']:.0f}" if f["peak_rss_mb"] is not None else "n/a"
        print(
            f"{side:6s} {f['docs']:6d} {f['tokens']:9d} {f['seconds']:9.2f} {f['docs_per_s']:8.2f} "
            f"{f['tokens_per_s']:10.0f} {peak:>12s}"
        )
    verdict = "meets" if ratio >= TARGET else "BELOW"
    print(f"ratio full/raw: {ratio:.3f} ({verdict} the {TARGET} target)")
    print(f"triples in the full build: {triples}")
    print(f"RSS after loading models: {after_load:.0f} MB" if after_load is not None else "")
    print(f"peak resident memory (ru_maxrss, whole process): {overall_peak:.0f} MB")
    summary = {
        "sample": str(path),
        "docs": count,
        "tokens": tokens,
        "repeat": max(1, args.repeat),
        "models": models,
        "raw": figures["raw"],
        "full": figures["full"],
        "ratio": round(ratio, 4),
        "target": TARGET,
        "meets_target": ratio >= TARGET,
        "triples": triples,
        "rss_after_load_mb": round(after_load, 1) if after_load is not None else None,
        "peak_rss_mb": round(overall_peak, 1),
    }
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
