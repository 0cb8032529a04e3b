"""A stock market index's name and the noun of its kind are a mention of the index.

"the broader Standard & Poor's 500 index": the name of a stock market index, then only the noun
of its kind (a FIN noun of ``coref_nouns``: "index", "average", "benchmark").
:mod:`kg.extract.coref` links such a description to the name inside it when the parse reads the
name as a modifier ("the FTSE 100 index"); when it reads a possessive in the name as the
possessor of the noun ("Standard & Poor's"), the phrase starts a chain of an unnamed thing
instead, a mention of another entity than the name it holds. Only an index: after an
organisation's or a product's name the noun is often another thing ("the Vexal dealership", "the
Acme union", "five new 737 aircraft" are not Vexal, Acme nor the model). :func:`with_named_kind_phrases`
gives such a chain to the index.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from kg.extract.coref import with_references
from kg.knowledge.words import rows
from kg.types import Entity, Reference, UnnamedChain

_WORD = re.compile(r"\s+([a-z][a-z-]*)\s*$")


@cache
def noun_kinds(lang: str) -> dict[str, str]:
    """``coref_nouns`` of ``lang``: head noun -> the entity type it names (empty without the list)."""
    try:
        return {r[0]: r[1] for r in rows(lang, "coref_nouns") if len(r) > 1}
    except Exception:
        return {}


def _kind_after(name_end: int, ref: Reference) -> str | None:
    """The type the one lower-case noun ending ``ref`` right after a name ending at ``name_end`` names."""
    if not ref.start <= name_end < ref.end:
        return None
    m = _WORD.fullmatch(ref.text[name_end - ref.start :])
    if m is None:
        return None
    word = m.group(1)
    kinds = noun_kinds(ref.lang or "en")
    return kinds.get(word) or (kinds.get(word[:-1]) if word.endswith("s") else None)


def _index_ends(entities: Sequence[Entity]) -> tuple[list[int], list[int]]:
    """The ends of the mentions of the stock market indexes (FIN) of ``entities``, in order, and
    the index in ``entities`` of each one's entity."""
    ends = sorted((m.end, k) for k, e in enumerate(entities) if e.type == "FIN" for m in e.mentions)
    return [end for end, _ in ends], [k for _, k in ends]


def _named_in(ref: Reference, entities: Sequence[Entity], ends: tuple[list[int], list[int]] | None = None) -> int | None:
    """The one stock market index a name of which ends just before the kind noun closing
    ``ref``, when that noun names its type; None otherwise. ``ends``: :func:`_index_ends` of
    ``entities``, made once for all chains (looked up by bisection: a scan of every mention per
    chain was quadratic in the length of a long document)."""
    # "the Vexal dealership", "five new 737 aircraft": only an index (FIN), not another thing than the name
    at, owners = ends if ends is not None else _index_ends(entities)
    found = set()
    # a mention ending inside ``ref``, before its end
    for j in range(bisect_right(at, ref.start), bisect_left(at, ref.end)):
        k = owners[j]
        if _kind_after(at[j], ref) == entities[k].type:
            found.add(k)
    return found.pop() if len(found) == 1 else None


def with_named_kind_phrases(entities: tuple[Entity, ...], chains: tuple[UnnamedChain, ...]) -> tuple[tuple[Entity, ...], tuple[UnnamedChain, ...]]:
    """``entities`` and ``chains`` with each chain whose first mention is a name and the noun of
    its kind ("the broader Standard & Poor's 500 index") moved into the named entity's chain."""
    added: dict[int, list[Reference]] = {}
    kept: list[UnnamedChain] = []
    ends = _index_ends(entities)
    for chain in chains:
        first = chain.mentions[0]
        owner = _named_in(first, entities, ends) if first.kind == "nominal" else None
        if owner is None:
            kept.append(chain)
            continue
        for ref in chain.mentions:
            why = f"a name and the noun of its kind: '{first.text}' = {entities[owner].label}" if ref is first else ref.evidence
            added.setdefault(owner, []).append(replace(ref, evidence=why))
    return with_references(entities, added), tuple(kept)
