"""The extraction settings (:class:`Options`), apart from the pipeline that reads them.

A driver whose documents are analysed by worker processes (``kg build`` from 200 documents) needs
the settings to send them, not the pipeline: importing :mod:`kg.analyse.pipeline` imports every
extractor (about 0.3 s of CPU, before the workers' fork server even starts). The pipeline and
:mod:`kg.analyse.parallel` import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.analyse.windows import DEFAULT_WINDOW_CHARS

__all__ = ["DEFAULT_BATCH", "Options"]

DEFAULT_BATCH = 32


@dataclass(frozen=True)
class Options:
    """Extraction settings. ``window_chars``: a language segment longer than this is read in
    windows of about this many characters (:mod:`kg.analyse.windows`; 0: never)."""

    route_languages: bool = True
    batch_size: int = DEFAULT_BATCH
    window_chars: int = DEFAULT_WINDOW_CHARS
    #: Parse the next batch with spaCy in a background thread while the extractors read this one
    #: (:func:`kg.analyse.pipeline.analyse`); the results are the same either way.
    prefetch: bool = True
    #: Let a second process parse windows of a long document (:mod:`kg.analyse.windows`) while this
    #: one runs the extractors on the previous ones; the process starts when such a document is met.
    #: The second process is forked from this one (:mod:`kg.analyse.parsehelper`), when no other
    #: thread runs; the results are the same either way. Set by ``kg build --workers auto`` when it
    #: analyses in one process on two cores or more.
    parse_helper: bool = False
