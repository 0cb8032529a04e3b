"""Quantity phrases as one mention: "thousands of workers", "a host of features".

:func:`kg.extract.coref.anaphors_from_doc` lists every noun that is no name as the head of a
phrase of its own, so "thousands of pages of documentation" gives two phrases, "thousands" and
"pages of documentation", and the chains of unnamed entities
(:func:`kg.extract.coref.unnamed_chains`) then take each for a mention: the quantity noun is no
entity (two "thousands" in one text are not one thing), and the things counted are named by the
whole phrase, which MEANTIME marks as one mention. :func:`with_quantity_phrases` merges such a pair
into one phrase: the span of the quantity phrase up to the end of the counted one, with the counted
phrase's head, lemma and number, determined as a quantifier (a later definite phrase does not take
up "thousands of workers": "the workers" may be some of them or others).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from kg.extract.coref import CorefCues, Phrase
from kg.knowledge.words import word_map

# What may stand between the quantity noun and the phrase it counts.
_OF = " of "


@cache
def _quantity_nouns(lang: str) -> dict[str, str]:
    """``coref_quantity_nouns`` of ``lang``: lemma -> "any" or "indefinite" (empty for a language
    without the list)."""
    try:
        return word_map(lang, "coref_quantity_nouns")
    except Exception:
        return {}


def _counts(p: Phrase) -> bool:
    """Whether the phrase ``p`` is headed by a quantity noun that counts what follows it: "a
    number of analysts", not "the number of analysts" (a count)."""
    how = _quantity_nouns(p.lang or "en").get(p.lemma)
    return how == "any" or (how == "indefinite" and p.determiner not in ("definite", "demonstrative"))


def _merged(text: str, phrases: Sequence[Phrase]) -> tuple[Phrase, ...]:
    """``phrases`` (one piece's, any order) with each quantity phrase and the phrase it counts as
    one. Read from the end, so that "hundreds of thousands of jobs" merges "thousands of jobs"
    first and then "hundreds" with it."""
    kept: list[Phrase | None] = []
    by_start: dict[int, int] = {}  # start -> index in ``kept`` of the longest phrase starting there
    for p in sorted(phrases, key=lambda p: (p.start, p.end), reverse=True):
        # The quantity noun ends its phrase ("thousands", "a host", "About half"): nothing after
        # the head but "of" and the counted phrase.
        j = by_start.get(p.head[1] + len(_OF))
        q = kept[j] if j is not None else None
        if _counts(p) and p.end == p.head[1] and q is not None and j is not None and text[p.head[1] : q.start] == _OF:
            kept[j] = None
            p = replace(p, end=q.end, head=q.head, lemma=q.lemma, number=q.number, gender=q.gender, determiner="quantifier", modifiers=q.modifiers)
        by_start.setdefault(p.start, len(kept))
        kept.append(p)
    return tuple(sorted((p for p in kept if p is not None), key=lambda p: (p.start, p.end)))


def with_quantity_phrases(text: str, cues: Sequence[CorefCues]) -> list[CorefCues]:
    """``cues`` with each quantity phrase and the phrase it counts merged (:func:`_merged`)."""
    out = []
    for c in cues:
        if not c.phrases:
            out.append(c)
            continue
        merged = _merged(text, c.phrases)
        out.append(replace(c, phrases=merged) if len(merged) != len(c.phrases) else c)
    return out
