"""What keeping every analysis costs (``kg.resolve.archive``, issue 20: same corpus, same graph).

    PYTHONPATH=. .venv/bin/python bench/archive.py                      # data/ + the Wikinews sample
    PYTHONPATH=. .venv/bin/python bench/archive.py data other.jsonl

The inputs are analysed once; then, per document: keeping the analysis in the build's temporary
file (``put``), reading it back for resolution in document-id order (``get``), resolving it
(``resolve``, what every build did already), writing ``analyses.jsonl.gz`` (``save``) and reading it
back as ``kg build --update`` does (``load``, JSON checked field by field), and the size on disk.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.analyse.parallel import analyse_with
from kg.analyse.pipeline import Options
from kg.ingest.readers import iter_ingest
from kg.resolve.archive import AnalysisArchive
from kg.resolve.resolver import Resolver
from kg.types import Analysis, Document

ROOT = Path(__file__).resolve().parent.parent


def main(paths: list[str]) -> None:
    docs = [d for d in iter_ingest(paths) if isinstance(d, Document)]
    analyses = [a for a in analyse_with(iter(docs), options=Options()) if isinstance(a, Analysis)]
    n = len(analyses)
    resolver = Resolver()
    started = time.perf_counter()
    for a in analyses:
        resolver.archive.put(a)
    put = time.perf_counter()
    kept = [resolver.archive.get(doc_id) for doc_id in resolver.archive.ids()]
    get = time.perf_counter()
    for a in kept:
        resolver.resolve(a)
    resolve = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = resolver.archive.save(Path(tmp) / "analyses.jsonl.gz")
        save = time.perf_counter()
        AnalysisArchive().load(path)
        load = time.perf_counter()
        size = path.stat().st_size
    ms = lambda a, b: 1000 * (b - a) / n  # noqa: E731
    print(
        f"{n} documents, per document: put {ms(started, put):.2f} ms, get {ms(put, get):.2f} ms, "
        f"resolve {ms(get, resolve):.2f} ms, save {ms(resolve, save):.2f} ms, load {ms(save, load):.2f} ms; "
        f"analyses.jsonl.gz {size / n / 1024:.1f} KB per document (text {sum(len(d.text) for d in docs) / len(docs) / 1024:.1f} KB)"
    )


if __name__ == "__main__":
    main(sys.argv[1:] or [str(ROOT / "data"), str(ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl")])
