"""Places after a French locative preposition that the model took for people ("arrivé à Zuoz",
"il vit en Bivière").

A bare one-word name after "à" or "en" is, in news text, far more often a place than a person:
people are named with a title or a given name ("à M. Dupont", "à Jean Favre"). A word that is the
surname of a person named in full in the same document, or a name met elsewhere in it as a person
not after such a preposition, stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.text.names import name_part
from kg.types import EntityMention

__all__ = ["with_locative_places"]

_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:à|qu['’]à|en)\s+$")
_SINGLE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*")


def with_locative_places(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """``mentions`` with the one-word people right after "à" or "en" of a French text typed LOC."""
    if lang != "fr":
        return list(mentions)
    surnames = {name_part(m.text).split()[-1] for m in mentions if m.label == "PER" and len(name_part(m.text).split()) > 1}
    after = [m.label == "PER" and bool(_LOCATIVE_BEFORE.search(text, max(0, m.start - 6), m.start)) for m in mentions]
    # A name also met as a person elsewhere, not after such a preposition, stays a person ("à Hitler").
    elsewhere = {m.text for m, a in zip(mentions, after) if m.label == "PER" and not a}
    out = list(mentions)
    for i, m in enumerate(out):
        if not after[i] or m.canonical or m.lang != "fr" or not _SINGLE_NAME.fullmatch(m.text) or m.text in surnames | elsewhere:
            continue
        out[i] = replace(m, label="LOC", evidence=(*m.evidence, "after a locative preposition"))
    return out
