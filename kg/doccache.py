"""Per-Doc caches of values spaCy recomputes on every access.

``Doc.text`` joins the text of every token (building a Python ``Token`` for each) each time it is
read, so an extractor that reads it once per entity or per event spends more time there than spaCy
spent parsing. The values are kept in ``doc.user_data``; a Doc's text never changes (retokenising
keeps it), and token offsets are only cached for Docs nobody retokenises (the extractors don't).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT = "kg.doccache.text"
_STARTS = "kg.doccache.starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    data = doc.user_data
    text = data.get(_TEXT)
    if text is None:
        text = data[_TEXT] = doc.text
    return text


def token_starts(doc: Doc) -> list[int]:
    """``[t.idx for t in doc]``, computed once per Doc (do not modify the list)."""
    data = doc.user_data
    starts = data.get(_STARTS)
    if starts is None or len(starts) != len(doc):
        starts = data[_STARTS] = [t.idx for t in doc]
    return starts
