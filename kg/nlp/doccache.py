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

_TEXT = "kg.nlp.doccache.text"
_STARTS = "kg.nlp.doccache.starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    data = doc.user_data
    text = data.get(_TEXT)
    if text is None:
        text = data[_TEXT] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the string a Doc was made from (``nlp(text)`` / ``nlp.pipe``): the tokenizer keeps
    every character, so it is ``doc.text``, and :func:`doc_text` need not rebuild it."""
    doc.user_data[_TEXT] = text


def token_starts(doc: Doc) -> list[int]:
    """``[t.idx for t in doc]``, computed once per Doc (do not modify the list)."""
    data = doc.user_data
    starts = data.get(_STARTS)
    if starts is None or len(starts) != len(doc):
        starts = data[_STARTS] = _starts(doc)
    return starts


def _starts(doc: Doc) -> list[int]:
    """Token offsets from the token lengths and trailing spaces (two arrays, no Token objects);
    each token of a Doc starts where the previous one and its space end. Checked on a few tokens,
    with the slow path as the fallback."""
    n = len(doc)
    if n == 0:
        return []
    import numpy as np
    from spacy.attrs import LENGTH, SPACY

    sizes = doc.to_array([LENGTH, SPACY]).astype(np.int64).sum(axis=1)
    starts = [0, *np.cumsum(sizes[:-1]).tolist()]
    if all(doc[k].idx == starts[k] for k in {0, n // 2, n - 1}):
        return starts
    return [t.idx for t in doc]


_MORPHS = "kg.nlp.doccache.morphs"


def token_morphs(doc: Doc) -> list[int]:
    """Each token's morphology hash (``tok.morph.key``), computed once per Doc (do not modify the
    list): read from the MORPH array, where ``tok.morph`` builds a ``MorphAnalysis`` per call."""
    data = doc.user_data
    morphs = data.get(_MORPHS)
    if morphs is None or len(morphs) != len(doc):
        from spacy.attrs import MORPH

        morphs = data[_MORPHS] = doc.to_array(MORPH).tolist() if len(doc) else []
    return morphs


_HEADS = "kg.nlp.doccache.heads"


def token_heads(doc: Doc) -> list[int]:
    """Each token's head offset (``head.i - i``, 0 for a root), computed once per Doc (do not
    modify the list): walking the tree on it builds no ``Token``, and the coreference rules walk
    it for every noun of the Doc (:func:`is_ancestor`)."""
    data = doc.user_data
    heads = data.get(_HEADS)
    if heads is None or len(heads) != len(doc):
        import numpy as np
        from spacy.attrs import HEAD

        heads = data[_HEADS] = doc.to_array(HEAD).astype(np.uint64).view(np.int64).tolist()
    return heads


def is_ancestor(heads: list[int], ancestor: int, i: int) -> bool:
    """``doc[ancestor].is_ancestor(doc[i])`` on :func:`token_heads`' offsets: walks up from
    ``i`` as ``Token.ancestors`` does (at most ``len(heads)`` steps)."""
    steps = 0
    n = len(heads)
    while heads[i] and steps < n:
        i += heads[i]
        if i == ancestor:
            return True
        steps += 1
    return False
