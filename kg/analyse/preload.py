"""Imported by the fork server of a worker pool (:func:`kg.analyse.parallel.worker_pool`): loads,
once, what every worker needs, so that the workers forked from it start with it already loaded.

The languages whose spaCy models are loaded are named in the environment variable
:data:`PRELOAD_ENV` (comma-separated, e.g. ``fr``), set by the driver for the moment it starts the
fork server. Loading ``fr_core_news_md`` costs about 6 to 8 s of CPU (most of it compiling the
French tokenizer's exception patterns): loaded here, it is paid once per build instead of once per
worker, and the workers share the model's memory with the server (copy on write). The gazetteer,
the lexicons and the language detector's models are loaded too. Everything loaded is then moved
to the permanent generation of the garbage collector (:func:`gc.freeze`), so that the collections
of the workers neither walk it nor touch (and so copy) its pages.

Loading runs with one BLAS/OpenMP thread (the workers are the parallelism) and must leave this
process with a single thread, since it forks; any failure is swallowed: a worker then loads what
it needs itself, as without the server's help.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from importlib import import_module

#: The environment variable naming the languages whose models the fork server loads; nothing is
#: loaded when it is not set (this module is then imported by something else than a fork server).
PRELOAD_ENV = "KG_PRELOAD_MODELS"

#: The module of the workers' task (:func:`kg.analyse.parallel.analyse_batch`), which imports the
#: pipeline and every extractor: imported by the server, so that no worker imports it again
#: (about 0.15 s of CPU per worker).
WORKER_MODULE = "kg.analyse.parallel"


def warm_up(langs: Sequence[str] = ("fr", "en")) -> None:
    """Load the spaCy models, the gazetteer and the lexicons of this process (once; cached)."""
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.models import load_model

    for lang in langs:
        load_model(lang)
    default_gazetteer()
    try:  # the lexicons are loaded lazily by the first document otherwise
        from kg.knowledge.lexicons import load_roles

        load_roles()
    except Exception:  # noqa: BLE001 - a warm-up never fails the worker
        pass


def preload(langs: list[str]) -> None:
    """Load the models of ``langs``, the gazetteer, the lexicons and the language detector, and
    build what the first document of each of these languages builds otherwise: the gazetteer's
    phrase matchers and the date rules (about 0.3 s of CPU per language and worker)."""
    warm_up(langs)
    from kg.ingest.language import _detector

    _detector().compute_language_confidence_values("preload")
    from kg.extract.entities import gazetteer_matcher
    from kg.extract.temporal import find_timexes
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.models import load_model

    for lang in langs:
        gazetteer_matcher(load_model(lang), default_gazetteer())
        find_timexes("1", lang=lang)  # compiles the language's rule table (cached)


def _run() -> None:
    spec = os.environ.get(PRELOAD_ENV)
    if spec is None:
        return
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    langs = [lang for lang in spec.split(",") if lang]
    from kg.trace import mark

    mark("preload")
    try:
        preload(langs)
    except Exception:  # noqa: BLE001 - the workers load what is missing themselves
        pass
    try:
        import_module(WORKER_MODULE)
    except Exception:  # noqa: BLE001 - as above: a worker imports it when its first task comes
        pass
    gc.collect()
    gc.freeze()
    mark("preloaded")


_run()
