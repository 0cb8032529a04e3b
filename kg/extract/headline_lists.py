"""A headline's list of names written with commas only is a coordination.

Headlines drop "and": "Zorba Motors, Vexal Auto seek federal aid", "Acme unveils Zorbaphone 4,
Zorba OS 4". The parser reads the second name as an apposition of the first (or as nothing), so
:func:`kg.extract.coref.anaphors_from_doc` finds no coordination there, while MEANTIME marks the
group as a mention of its own (CONJ), the one a later "the two carmakers" or "they" takes up.
:func:`with_headline_lists` adds each such list of two or more names of organisations, products
or indices of one type to the coordinations; not places ("Stocks fall in Tokyo, Hong Kong" may be
one, but "Paris, Texas" is a place and its state) nor people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from kg.extract.coref import CorefCues
from kg.knowledge.words import number_map, rows, word_set
from kg.types import Entity, Span, UnnamedChain

_TYPES = frozenset({"ORG", "PRO", "FIN"})
# Between two names of the list: a comma, with "and" before the last one at most.
_COMMA = re.compile(r"\s*,\s*(?:and\s+)?")
# What a phrase of the same names may hold besides them: an article, commas, "and", "&".
_COMMA_OR_AND = re.compile(r"\s*(?:the\s+)?(?:\s|,|and|&)*", re.IGNORECASE)


def headline_lists(text: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """The spans of the comma-separated lists of names of the headline (the text's first line)."""
    end = text.find("\n")
    if end <= 0:
        return []
    names = sorted(
        (m.start, m.end, k, e.type) for k, e in enumerate(entities) for m in e.mentions if m.end <= end
    )
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(names):
        run = [names[k]]
        while k + len(run) < len(names):
            nxt = names[k + len(run)]
            if _COMMA.fullmatch(text[run[-1][1] : nxt[0]]) is None:
                break
            run.append(nxt)
        k += len(run)
        if len(run) < 2 or len({r[2] for r in run}) != len(run) or len({r[3] for r in run}) != 1 or run[0][3] not in _TYPES:
            continue
        if text[: run[0][0]].rstrip().endswith(",") or text[run[-1][1] : end].lstrip().startswith(","):
            continue  # a longer list or an apposition around it: not sure where the group ends
        out.append((run[0][0], run[-1][1]))
    return out


def with_headline_lists(text: str, cues: Sequence[CorefCues], entities: Sequence[Entity]) -> list[CorefCues]:
    """``cues`` with the headline's comma-separated lists of names (:func:`headline_lists`) added
    to the coordinations of the piece that holds the headline, when no coordination overlaps it."""
    lists = headline_lists(text, entities)
    if not lists or not cues:
        return list(cues)
    known = [g for c in cues for g in c.coordinations]
    added = tuple(g for g in lists if not any(x < g[1] and g[0] < y for x, y in known))  # the parse's own group wins
    if not added:
        return list(cues)
    first = cues[0]
    return [replace(first, coordinations=tuple(sorted((*first.coordinations, *added)))), *cues[1:]]


@cache
def _counting(lang: str) -> tuple[dict[str, int], frozenset[str], dict[str, str]]:
    """Number words, words counting two ("both") and the kind nouns with their type."""
    try:
        return (
            number_map(lang, "number_words"),
            word_set(lang, "coref_pair_words"),
            {r[0]: r[1] for r in rows(lang, "coref_nouns") if len(r) > 1},
        )
    except Exception:
        return {}, frozenset(), {}


def _counts(phrase: str, members: int, etype: str, lang: str) -> bool:
    """Whether ``phrase`` counts ``members`` things of type ``etype`` ("the two companies", "both
    carmakers", "the three banks")."""
    numbers, pairs, kinds = _counting(lang)
    words = phrase.lower().split()
    if words and words[0] in ("the", "these", "those"):
        words = words[1:]
    if len(words) != 2 or not words[1].endswith("s"):
        return False
    count, noun = words
    if numbers.get(count) != members and not (members == 2 and count in pairs):
        return False
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]  # "companies", "carmakers"
    return kinds.get(singular) == etype


def _members(entities: Sequence[Entity], a: int, b: int) -> frozenset[int]:
    """The entities (indices) one of whose names lies inside ``[a, b)``."""
    return frozenset(k for k, e in enumerate(entities) if any(a <= m.start and m.end <= b for m in e.mentions))


def _same_list(text: str, entities: Sequence[Entity], a: int, b: int, members: frozenset[int]) -> bool:
    """Whether ``[a, b)`` holds the names of ``members`` and nothing else but commas and "and"
    ("Zorba Motors and Vexal Auto", not "a dispute between Zorba Motors and Vexal Auto")."""
    if _members(entities, a, b) != members:
        return False
    spans = sorted((m.start, m.end) for k in members for m in entities[k].mentions if a <= m.start and m.end <= b)
    rest, at = [], a
    for x, y in spans:
        if x >= at:
            rest.append(text[at:x])
            at = y
    rest.append(text[at:b])
    return _COMMA_OR_AND.fullmatch(" ".join(rest)) is not None


def with_counted_headline_lists(
    text: str, entities: Sequence[Entity], chains: tuple[UnnamedChain, ...]
) -> tuple[UnnamedChain, ...]:
    """``chains`` with the chains a headline's list of names (:func:`headline_lists`) is counted
    by anywhere in the text ("Apple Inc., Apple Corps resolve dispute" ... "the two companies"),
    and those of a phrase naming the same members ("Apple Inc. and Apple Corps"), merged into the
    list's chain: the headline names the article's topic, which the count takes up however far
    below (a coordination of the body is counted only nearby)."""
    lists = headline_lists(text, entities)
    if not lists:
        return chains
    out = list(chains)
    for a, b in lists:
        g = next((k for k, c in enumerate(out) if (c.mentions[0].start, c.mentions[0].end) == (a, b)), None)
        if g is None:
            continue
        inside = _members(entities, a, b)
        members, etype = len(inside), str(entities[min(inside)].type) if inside else ""
        group = out[g]
        taken = [
            k for k, c in enumerate(out)
            if k != g and c.mentions[0].start >= b and c.mentions[0].kind == "nominal"
            and (
                _counts(c.mentions[0].text, members, etype, c.mentions[0].lang or "en")
                or _same_list(text, entities, c.mentions[0].start, c.mentions[0].end, inside)  # "Zorba Motors and Vexal Auto" again
            )
        ]
        if not taken:
            continue
        head = group.mentions[0]
        merged = [*group.mentions]
        for k in taken:
            first = out[k].mentions[0]
            why = f"the members of the headline's list: '{first.text}' -> '{head.text}'"
            merged += [replace(first, antecedent=Span(head.start, head.end, head.text), evidence=why), *out[k].mentions[1:]]
        out[g] = replace(group, mentions=tuple(sorted(merged, key=lambda r: (r.start, r.end))))
        out = [c for k, c in enumerate(out) if k not in set(taken)]
    return tuple(out)
