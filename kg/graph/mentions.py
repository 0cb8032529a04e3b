"""Which entity of an :class:`~kg.types.Analysis` an argument span denotes.

The RDF writer and the resolver link the agent, patient, speaker or member of a mention to an
entity with these; they read plain :mod:`kg.types` values and the role lexicon, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.knowledge.lexicons import load_roles
from kg.types import Analysis, Entity, EntityMention, Span

__all__ = ["entity_for_span", "nearest_organisation", "role_holder"]

# Pronouns never stand for an entity by themselves.
_PRONOUNS = frozenset(
    "il elle ils elles celui-ci celle-ci ceux-ci lui it they he she him her them its their his".split()
)


# --- linking argument spans to entities ----------------------------------------------------------


def entity_for_span(
    analysis: Analysis,
    span: Span | None,
    *,
    types: Sequence[str] = ("PER", "ORG", "LOC"),
) -> Entity | None:
    """The entity an argument span refers to.

    Among the entities mentioned inside the span, the first type in ``types`` wins (in "Kansas
    Senator Sam Brownback" the speaker is the person, not the state), then the mention nearest the
    span's start. A pronoun refers to the nearest person or organisation mentioned before it in the
    previous sentences.
    """
    if span is None:
        return None
    best: tuple[int, int, Entity] | None = None
    for entity in analysis.entities:
        if entity.type not in types:
            continue
        rank = types.index(entity.type)
        for mention in entity.mentions:
            if mention.start < span.end and span.start < mention.end:
                if _modifies_another_head(analysis.document.text, mention, span):
                    continue
                key = (rank, abs(mention.start - span.start))
                if best is None or key < best[:2]:
                    best = (*key, entity)
    if best is not None:
        return best[2]
    if span.text.strip().lower() in _PRONOUNS:
        found = _antecedent(analysis, span.start)
        return found if found is not None and found.type in types else None
    if "PER" in types:
        return role_holder(analysis, span)
    return None


_NAME_OR_NUMBER = re.compile(r"(?<![\w'’])[A-Z0-9]")
_POSSESSIVE_TAIL = re.compile(r"^\s*['’]s?\b")


def _modifies_another_head(text: str, mention: EntityMention, span: Span) -> bool:
    """True when a name inside an argument only modifies the phrase's real head: followed by a
    model name or number ("the Airbus A330 jetliner") or, in English where heads come last, by
    any further word ("the Airbus jetliner", "Kansas Senator Sam Brownback")."""
    rest = text[mention.end : span.end]
    rest = _POSSESSIVE_TAIL.sub("", rest) if mention.lang == "en" else rest
    if _NAME_OR_NUMBER.search(rest):
        return True
    return mention.lang == "en" and bool(re.search(r"[^\W\d_]", rest))


_ROLE_DETERMINERS = re.compile(r"^(?:(?:le|la|les|l['’]|son|sa|ses|leur|the|its|his|her|their|a|an)\s*)+", re.I)


def role_holder(analysis: Analysis, span: Span) -> Entity | None:
    """The person a bare role noun stands for ("le PDG" → the CEO named in a membership of the same
    document), when exactly one person holds that role there."""
    words = _ROLE_DETERMINERS.sub("", span.text.strip())
    if not words or len(words.split()) > 4 or not analysis.memberships:
        return None
    role = load_roles().labels.get(re.sub(r"[\s\-‐]+", "", words.lower().replace("’", "'")))
    if role is None:
        return None
    holders = {}
    for membership in analysis.memberships:
        if membership.role != role:
            continue
        person = entity_for_span(analysis, membership.person, types=("PER",))
        if person is not None and person.type == "PER":
            holders[person.key] = person
    return next(iter(holders.values())) if len(holders) == 1 else None


def _antecedent(analysis: Analysis, offset: int, *, window_sentences: int = 2) -> Entity | None:
    starts = [s.start for s in analysis.sentences if s.start <= offset]
    limit = starts[-1 - window_sentences] if len(starts) > window_sentences else 0
    best: tuple[int, Entity] | None = None
    for entity in analysis.entities:
        if entity.type == "LOC":
            continue
        for mention in entity.mentions:
            if limit <= mention.start < offset and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None


def nearest_organisation(analysis: Analysis, offset: int) -> Entity | None:
    """The organisation mentioned last before ``offset`` within the two previous sentences."""
    starts = [s.start for s in analysis.sentences if s.start <= offset]
    limit = starts[-3] if len(starts) > 2 else 0
    best: tuple[int, Entity] | None = None
    for entity in analysis.entities:
        if entity.type != "ORG":
            continue
        for mention in entity.mentions:
            if limit <= mention.start < offset and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None

