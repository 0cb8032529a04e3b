"""CPU seconds of the parts of a one-process build and of a worker's start, for ``--workers auto``.

    python bench/parts.py [DOCS.jsonl] [N]     # default: the Wikinews FR sample repeated to 300

Prints, as JSON: the imports of ``kg.cli``, loading each model, and per document the planning
(language routing), spaCy's parse and the extractors, each with ``time.process_time()``. The
break-even of two workers on two cores is worked out from these in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    t0 = time.process_time()
    import kg.cli  # noqa: F401 - the command's imports
    from kg.analyse.pipeline import Options, _plan_batch, analyse_document
    from kg.ingest.readers import iter_ingest
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.models import load_model, model_name
    from kg.types import Document

    t1 = time.process_time()
    fr = load_model("fr")
    t2 = time.process_time()
    load_model("en")
    t3 = time.process_time()
    gaz = default_gazetteer()
    t4 = time.process_time()
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        import command

        path = Path(tempfile.mkdtemp()) / "docs.jsonl"
        command.write_corpus(command.SHARED_SAMPLE, 300, path)
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    docs = [d for d in iter_ingest([path]) if isinstance(d, Document)][:limit]
    t5 = time.process_time()
    plans = _plan_batch(docs, Options())
    t6 = time.process_time()
    texts = [p[0].text[s.start : s.end] for p in plans for s in p[2]]  # type: ignore[index, union-attr]
    parsed = iter(list(fr.pipe(texts, batch_size=64)))
    t7 = time.process_time()
    for p in plans:
        pairs = [(s, next(parsed)) for s in p[2]]  # type: ignore[index, union-attr]
        analyse_document(p[0], pairs, lang=p[1], gazetteer=gaz, models=[model_name(fr)])  # type: ignore[index, arg-type]
    t8 = time.process_time()
    n = max(1, len(docs))
    print(json.dumps({
        "docs": len(docs), "imports_s": t1 - t0, "load_fr_s": t2 - t1, "load_en_s": t3 - t2,
        "gazetteer_s": t4 - t3, "plan_ms_per_doc": 1000 * (t6 - t5) / n,
        "parse_ms_per_doc": 1000 * (t7 - t6) / n, "extract_ms_per_doc": 1000 * (t8 - t7) / n,
    }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
