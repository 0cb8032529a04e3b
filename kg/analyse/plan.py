"""Each document's language, language segments and windows: what an analysis decides before spaCy.

Planning reads only the text (function words, the statistical language detector on the chunks they
leave undecided, the paragraph breaks of a long segment), never a spaCy model, so it can run in any
process: :func:`kg.analyse.pipeline.analyse` plans each batch itself, and a build with worker
processes plans in the driver (:mod:`kg.analyse.parallel`), first while the workers' fork server
loads the models, when the driver's core would wait, and sends the plans with the batches. The plan
is the same wherever it is made.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.analyse.options import Options
from kg.analyse.windows import windows
from kg.errors import Errors, KGError
from kg.ingest.language import SUPPORTED, segment
from kg.types import Document, Segment

#: A document, its main language, its language segments and the pieces spaCy reads (the segments
#: themselves, or their windows for a long document).
Plan = tuple[Document, str, tuple[Segment, ...], list[Segment]]

__all__ = ["Plan", "plan_documents"]


def plan_documents(batch: Sequence[Document], opts: Options) -> list[Plan | KGError]:
    """Each document's language, segments and windows (or its coded error)."""
    plans: list[Plan | KGError] = []
    for document in batch:
        try:
            if document.lang is not None and document.lang not in SUPPORTED:
                raise KGError(Errors.E502, path=document.source, lang=document.lang, choices=", ".join(SUPPORTED))
            lang, segs = segment(
                document.text, start=document.body_start, lang=document.lang, route=opts.route_languages
            )
            plans.append((document, lang, segs, windows(document.text, segs, opts.window_chars)))
        except KGError as exc:
            plans.append(exc)
        except Exception as exc:  # one broken document must not stop the batch
            plans.append(KGError(Errors.E014, path=document.source, detail=f"{type(exc).__name__}: {exc}"))
    return plans
