"""CPU of kg's extraction on top of spaCy: every extractor over Docs parsed once (issue 18, goal 1).

    python bench/extract.py                          # data/ and the 100 Wikinews FR articles, 4 runs
    python bench/extract.py --repeat 6 --profile /tmp/extract.prof
    python bench/extract.py --save /tmp/before.pkl   # then, on the changed code:
    python bench/extract.py --compare /tmp/before.pkl

The documents are planned and parsed in batches as a build does (``kg.analyse.pipeline``), each
Doc is kept as bytes, and each run rebuilds fresh Docs from them (not timed: the per-Doc caches of
``doc.user_data`` start empty, as in a build) and times ``analyse_document`` on every document
with ``time.process_time()``: the work a worker does after spaCy. The first run includes the
one-time set-up (rule tables, the gazetteer's matcher); the later ones are the steady state of a
long build. ``--profile`` writes a ``cProfile`` of the runs after the first (process clock);
``--save`` / ``--compare`` check that a change leaves every analysis equal. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_INPUTS = [ROOT / "data", ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl"]


def parse(inputs: list[Path]) -> list[tuple[Any, str, tuple[Any, ...], bool, list[tuple[Any, str, bytes, str]]]]:
    """Each document, its language, its segments, whether it is read in windows, and its parsed
    pieces as (piece, model language, Doc bytes, piece text)."""
    from kg.analyse.pipeline import Options, _parse_plans, _parse_windows, _plan_batch
    from kg.errors import KGError
    from kg.ingest.readers import iter_ingest
    from kg.types import Document

    docs = [d for d in iter_ingest([p for p in inputs if p.exists()]) if isinstance(d, Document)]
    opts = Options()
    items = []
    for at in range(0, len(docs), opts.batch_size):
        plans = _plan_batch(docs[at : at + opts.batch_size], opts)
        parsed = _parse_plans(plans)
        for d, plan in enumerate(plans):
            if isinstance(plan, KGError):
                continue
            document, lang, segs, pieces = plan
            windowed = len(pieces) != len(segs)
            if not windowed and all((d, s) in parsed for s in range(len(segs))):
                pairs = [(seg, parsed[(d, s)]) for s, seg in enumerate(segs)]
            else:
                pairs = list(_parse_windows(document.text, pieces))
            kept = [(seg, doc.lang_, doc.to_bytes(exclude=["user_data"]), document.text[seg.start : seg.end]) for seg, doc in pairs]
            items.append((document, lang, segs, windowed, kept))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="files or folders (default: data/ and the Wikinews FR sample)")
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the runs after the first")
    parser.add_argument("--save", type=Path, help="pickle the analyses of the first run")
    parser.add_argument("--compare", type=Path, help="check the analyses against a --save of another version")
    args = parser.parse_args()

    from spacy.tokens import Doc

    from kg.analyse.pipeline import analyse_document
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model, model_name

    items = parse(args.inputs or DEFAULT_INPUTS)
    gazetteer = default_gazetteer()
    profile = cProfile.Profile(time.process_time) if args.profile else None
    seconds: list[float] = []
    first: list[Any] = []
    for run in range(args.repeat):
        fresh = []
        for _document, _lang, _segs, _windowed, kept in items:
            pairs = []
            for seg, lang, data, text in kept:
                doc = Doc(load_model(lang).vocab).from_bytes(data)
                remember_text(doc, text)
                pairs.append((seg, doc))
            fresh.append(pairs)
        out = []
        if profile is not None and run > 0:
            profile.enable()
        start = time.process_time()
        for (document, lang, segs, windowed, _kept), pairs in zip(items, fresh):
            models = sorted({model_name(load_model(seg.lang)) for seg in segs})
            out.append(analyse_document(document, pairs, lang=lang, gazetteer=gazetteer, models=models, segments=segs if windowed else None))
        seconds.append(time.process_time() - start)
        if profile is not None:
            profile.disable()
        if run == 0:
            first = out
    same = None
    if args.save:
        args.save.write_bytes(pickle.dumps(first))
    if args.compare:
        same = pickle.loads(args.compare.read_bytes()) == first
    if profile is not None:
        profile.dump_stats(str(args.profile))
    per_doc = [1000 * s / max(1, len(items)) for s in seconds]
    later = per_doc[1:] or per_doc
    print(json.dumps({
        "docs": len(items), "cpu_ms_per_doc": [round(x, 2) for x in per_doc],
        "first_ms": round(per_doc[0], 2), "later_median_ms": round(statistics.median(later), 2), "same_as_compared": same,
    }))
    return 0 if same in (None, True) else 1


if __name__ == "__main__":
    sys.exit(main())
