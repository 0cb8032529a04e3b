"""Where a build's time goes outside spaCy: CPU per stage inside real builds, and per extractor.

    python bench/stages.py               # 600 documents of the Wikinews FR sample, 2 rounds
    python bench/stages.py --docs 200 --rounds 1

1. In-build stages: ``--rounds`` times, raw ``nlp.pipe`` on the bodies, then a full in-memory
   ``build_documents``, with the CPU time of the calling thread (``time.thread_time()``: spaCy
   parses in a background thread while the extractors run, so the process's time would count it
   twice) summed around spaCy's ``Language.pipe`` (time spent inside the generator),
   ``analyse_document`` (every extractor), ``segment`` (language routing) and ``add_analysis``
   (the RDF writer); the rest of the build's process time is resolution, batching and the garbage
   collector's settling (negative when the two threads overlapped).
2. Extractors alone: the same documents parsed once, then each extractor called on them again
   (twice, after a warm-up), with its time summed.

These are profiles, not a target: ``bench/throughput.py`` gives the ratio. The last line of the
output is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from spacy.language import Language  # noqa: E402
from throughput import load_documents, main_language, run_raw, sample_path  # noqa: E402

import kg.analyse.pipeline as pipeline  # noqa: E402
import kg.builder as builder  # noqa: E402
import kg.extract.memberships as memberships  # noqa: E402
from kg.knowledge.gazetteer import default_gazetteer  # noqa: E402
from kg.nlp.doccache import remember_text  # noqa: E402
from kg.nlp.models import load_model  # noqa: E402

#: The extractors timed alone, by the module :func:`kg.analyse.pipeline.analyse_document` calls
#: them through (each an attribute of ``pipeline``, or of ``kg.analyse.windowlocal`` for the window-local
#: ones: a module attribute, so patching it there reaches the call).
EXTRACTORS = {
    pipeline.temporal.TimexReader: ("read",),
    pipeline.mentions_of: ("entity_mentions_from_doc", "with_model_mentions", "with_surnames", "merge_mentions"),
    pipeline.evt: ("events_from_doc",),
    pipeline.quo: ("quotes_from_doc",),
    memberships: ("memberships_from_doc",),
    pipeline.coref_of: ("anaphors_from_doc", "resolve_chains", "coreference_via"),
    pipeline.eventcoref: ("corefer_events",),
    pipeline.attach: ("embedded_posts", "asserted_polarity", "statements_for_quotes", "attach_places", "attach_times"),
}


def _timed(totals: Counter, name: str, fn: Callable, *, consume: bool = False) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        out = fn(*args, **kwargs)
        if consume and isinstance(out, Iterator):  # generators do their work when read
            out = list(out)
        totals[name] += time.thread_time() - started
        return out

    return wrapper


@contextmanager
def _patched(pairs: Sequence[tuple[Any, str, Callable]]) -> Iterator[None]:
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in pairs]
    for owner, name, replacement in pairs:
        setattr(owner, name, replacement)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def in_build(documents: Sequence, rounds: int) -> list[dict[str, float]]:
    """CPU seconds of each stage of a full build, beside raw spaCy on the same bodies."""
    groups: dict[str, list[str]] = {}
    for doc in documents:  # as bench/throughput.py groups them
        groups.setdefault(main_language(doc), []).append(doc.text[doc.body_start :])
    run_raw({lang: texts[:16] for lang, texts in groups.items()})  # warm-up, as the build's
    out = []
    for _ in range(rounds):
        totals: Counter = Counter()
        original_pipe = Language.pipe

        def pipe(self: Any, texts: Any, **kwargs: Any) -> Iterator[Any]:
            inner = original_pipe(self, texts, **kwargs)
            while True:
                started = time.thread_time()
                item = next(inner, None)
                totals["spacy_pipe"] += time.thread_time() - started
                if item is None:
                    return
                yield item

        gc.collect()
        started = time.process_time()
        run_raw(groups)
        raw = time.process_time() - started
        patches = [
            (Language, "pipe", pipe),
            (pipeline, "analyse_document", _timed(totals, "extractors", pipeline.analyse_document)),
            (pipeline, "segment", _timed(totals, "language_routing", pipeline.segment)),
            (builder, "add_analysis", _timed(totals, "rdf_writer", builder.add_analysis)),
        ]
        gc.collect()
        with _patched(patches):
            started = time.process_time()
            builder.build_documents(documents)
            full = time.process_time() - started
        figures = {"raw_spacy": raw, "full_build": full, **totals}
        figures["rest"] = full - sum(totals.values())
        out.append({k: round(v, 3) for k, v in figures.items()})
    return out


def extractors_alone(documents: Sequence) -> dict[str, float]:
    """Milliseconds per document of each extractor, on documents parsed beforehand."""
    gazetteer = default_gazetteer()
    prepared = []
    for document in documents:
        lang, segments = pipeline.segment(document.text, start=document.body_start, lang=document.lang)
        parsed = []
        for seg in segments:
            nlp = load_model(seg.lang)
            text = document.text[seg.start : seg.end]
            doc = nlp(text)
            remember_text(doc, text)
            parsed.append((seg, doc))
        prepared.append((document, lang, parsed))

    def run() -> None:
        for document, lang, parsed in prepared:
            pipeline.analyse_document(document, parsed, lang=lang, gazetteer=gazetteer, models=["-"])

    run()  # warm-up: tables, caches
    totals: Counter = Counter()
    patches = [
        (owner, name, _timed(totals, name, getattr(owner, name), consume=name.endswith("_from_doc")))
        for owner, names in EXTRACTORS.items()
        for name in names
    ]
    gc.collect()
    with _patched(patches):
        started = time.process_time()
        run()
        run()
        totals["analyse_document"] = time.process_time() - started
    return {k: round(1000 * v / (2 * len(prepared)), 3) for k, v in totals.most_common()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=600, help="number of documents (default 600)")
    parser.add_argument("--rounds", type=int, default=2, help="in-build rounds (default 2)")
    parser.add_argument("--sample", help="a JSONL file to repeat (default: the Wikinews FR sample)")
    args = parser.parse_args(argv)
    documents = load_documents(sample_path(args.sample), args.docs)
    builder.build_documents(documents[:16])  # warm-up: models, gazetteer, ontology
    rounds = in_build(documents, max(1, args.rounds))
    for i, figures in enumerate(rounds, 1):
        print(f"round {i} (CPU seconds, {len(documents)} documents): " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    alone = extractors_alone(documents[: min(len(documents), 200)])
    print("extractors alone (ms/document): " + ", ".join(f"{k} {v}" for k, v in alone.items()))
    print(json.dumps({"docs": len(documents), "in_build": rounds, "extractors_ms_per_doc": alone}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
