"""Evaluation of the extraction layers against public gold corpora (``kg eval``).

The package reads the standard gold formats (:mod:`kg.evaluation.readers`), runs the real pipeline
on the reconstructed gold text (:mod:`kg.evaluation.runner`), compares offsets with pure scoring
functions (:mod:`kg.evaluation.scoring`) and formats the figures (:mod:`kg.evaluation.report`).
Nothing is loaded at import time; corpora are read from ``<repo>/../shared/corpora`` by default.
"""

from __future__ import annotations

from kg.evaluation.gold import Argument, GoldDocument, Mention

__all__ = ["Argument", "GoldDocument", "Mention"]
