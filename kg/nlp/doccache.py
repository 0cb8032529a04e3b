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


_TREE = "kg.nlp.doccache.tree"


def token_tree(doc: Doc) -> tuple[list[int], list[int], list[int], list[int]]:
    """The parse as plain lists, computed once per Doc (do not modify them): each token's head
    offset (``head.i - i``, 0 for a root), its dependency label's id (``Token.dep``), and the
    children of every token, in text order, as ``order[first[i] : first[i + 1]]`` (``[c.i for c
    in doc[i].children]``; :func:`children`). Walking the tree in these lists builds no ``Token``:
    the coreference rules walk it for every noun of the Doc. (Four lists, not a list per token:
    a few hundred lists a Doc cost more in garbage collections than the walks save.)"""
    data = doc.user_data
    tree = data.get(_TREE)
    if tree is None or len(tree[0]) != len(doc):
        import numpy as np
        from spacy.attrs import DEP, HEAD

        columns = doc.to_array([HEAD, DEP])
        rel = columns[:, 0].astype(np.uint64).view(np.int64)
        dependents = np.flatnonzero(rel)
        head_of = dependents + rel[dependents]
        order = dependents[np.argsort(head_of, kind="stable")]
        first = np.concatenate(([0], np.cumsum(np.bincount(head_of, minlength=len(rel)))))
        tree = data[_TREE] = (rel.tolist(), columns[:, 1].tolist(), order.tolist(), first.tolist())
    return tree


def children(tree: tuple[list[int], list[int], list[int], list[int]], i: int) -> list[int]:
    """``[c.i for c in doc[i].children]`` from :func:`token_tree`'s lists."""
    first = tree[3]
    return tree[2][first[i] : first[i + 1]]


def is_ancestor(heads: list[int], ancestor: int, i: int) -> bool:
    """``doc[ancestor].is_ancestor(doc[i])`` on :func:`token_tree`'s head offsets: walks up from
    ``i`` as ``Token.ancestors`` does (at most ``len(heads)`` steps)."""
    steps = 0
    n = len(heads)
    while heads[i] and steps < n:
        i += heads[i]
        if i == ancestor:
            return True
        steps += 1
    return False
