"""A second process that parses windows of long documents with spaCy (:mod:`kg.analyse.windows`),
while the process that runs the extractors reads the windows parsed before
(:func:`kg.analyse.pipeline._parse_windows_shared`).

One long document is analysed by one process, whose extractors (pure Python, under the global lock)
would otherwise wait for each window's parse, or share a core with it in a thread. This process is
started (``spawn``: nothing of the driver's, threads included, is copied) when the first document
of enough windows is met; it loads the models of that document's languages and sends each Doc back
serialized (``Doc.to_bytes``, a few megabytes a window). It imports the models only, never the
extractors, and runs with one BLAS/OpenMP thread.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Executor

__all__ = ["ParseHelper", "parse_window_bytes"]


class ParseHelper:
    """The second process, started by the first call of :meth:`pool` (None when it cannot be: the
    windows are then parsed as without it) and stopped by :meth:`close`."""

    def __init__(self) -> None:
        self._pool: Executor | None = None
        self._failed = False

    def pool(self, langs: Sequence[str]) -> Executor | None:
        if self._pool is None and not self._failed:
            try:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start,
                    initargs=(tuple(langs),),
                )
            except Exception:  # noqa: BLE001 - no second process: parsed here, the same Docs
                self._failed = True
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _start(langs: Sequence[str]) -> None:
    """Start the second process: one BLAS/OpenMP thread, the models of ``langs`` loaded now."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    from kg.nlp.models import load_model

    for lang in langs:
        load_model(lang)


def parse_window_bytes(window: str, lang: str) -> bytes:
    """The second process's task: ``window`` parsed, serialized without ``user_data`` (which holds
    only caches and the text, remembered again by the reader)."""
    from kg.nlp.models import load_model

    doc = load_model(lang)(window)
    return bytes(doc.to_bytes(exclude=["user_data"]))
