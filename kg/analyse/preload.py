"""Imported by the fork server of a worker pool (:func:`kg.analyse.parallel.worker_pool`): loads,
once, what every worker needs, so that the workers forked from it start with it already loaded.

The languages whose spaCy models are loaded are named in the environment variable
:data:`PRELOAD_ENV` (comma-separated, e.g. ``fr``), set by the driver for the moment it starts the
fork server. Loading ``fr_core_news_md`` costs about 6 to 8 s of CPU (most of it compiling the
French tokenizer's exception patterns): loaded here, it is paid once per build instead of once per
worker, and the workers share the model's memory with the server (copy on write). The gazetteer
and the lexicons are loaded too (not the language detector: the driver plans the documents), the
pipeline with every extractor is imported, and one invented text of each language is analysed and
thrown away (:func:`rehearse`), so that what a first document builds (regular expressions, word
lists, matchers) is built here once rather than in every worker.
Everything loaded is then moved to the permanent generation of the garbage collector
(:func:`gc.freeze`), so that the collections of the workers neither walk it nor touch (and so copy)
its pages. The server then appends a byte to the driver's file named by :data:`READY_ENV`.

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

#: The environment variable naming a file of the driver's (private, created empty by it) to which
#: the fork server appends one byte once it has loaded everything and can fork workers: until then
#: the driver plans documents ahead (:mod:`kg.analyse.parallel`), as its core would only wait.
READY_ENV = "KG_PRELOAD_READY"

#: The modules of the workers' task: :func:`kg.analyse.parallel.analyse_batch` and the pipeline
#: with every extractor, which it imports when it first runs (the driver, which imports
#: ``kg.analyse.parallel`` too, never needs them): imported by the server, so that no worker imports
#: them again (0.3 s of CPU per worker with compiled bytecode, about 1 s where none is written,
#: ``PYTHONDONTWRITEBYTECODE``).
WORKER_MODULES = ("kg.analyse.parallel", "kg.analyse.pipeline")


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
    """Load the models of ``langs``, the gazetteer and the lexicons, and build what the first
    document of each of these languages builds otherwise: the gazetteer's phrase matchers and the
    date rules (about 0.3 s of CPU per language and worker). Not the language detector: the driver
    plans the documents (their languages and segments, :mod:`kg.analyse.plan`) and sends the plans
    with the batches, so a worker never routes a document itself."""
    warm_up(langs)
    from kg.analyse.pipeline import warm_up_extractors

    warm_up_extractors(langs)


def rehearse(langs: Sequence[str]) -> None:
    """Analyse, and throw away, one invented news text of each of ``langs`` that has one
    (:func:`kg.analyse.pipeline.rehearse`, in this thread only): what the extractors build on their
    first document is then built here once, before the fork, instead of in each worker."""
    from kg.analyse.pipeline import rehearse as rehearse_texts

    rehearse_texts(langs)


def _ready(path: str | None) -> None:
    """Tell the driver this server can fork (one byte appended to its file, :data:`READY_ENV`);
    never fails: the driver then plans ahead up to its limit, as for a server that died."""
    if not path:
        return
    flags = os.O_WRONLY | os.O_APPEND
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_NOFOLLOW"):
        flags |= getattr(os, name, 0)
    try:
        fd = os.open(path, flags)  # never created here: only the driver's own file is written
    except OSError:
        return
    try:
        os.write(fd, b"1")
    except OSError:
        pass
    finally:
        os.close(fd)


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
    for module in WORKER_MODULES:
        try:
            import_module(module)
        except Exception:  # noqa: BLE001 - as above: a worker imports it when its first task comes
            pass
    gc.collect()
    gc.freeze()
    mark("preloaded")
    _ready(os.environ.get(READY_ENV))


_run()
