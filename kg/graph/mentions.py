"""Which entity of an :class:`~kg.types.Analysis` an argument span denotes.

The RDF writer and the resolver link the agent, patient, speaker or member of a mention to an
entity with these; they read plain :mod:`kg.types` values and the role lexicon, nothing else.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from kg.knowledge.lexicons import load_roles
from kg.knowledge.words import word_set
from kg.types import Analysis, Entity, EntityMention, Reference, Span

__all__ = ["entity_for_span", "linked_by_reference", "nearest_organisation", "role_holder"]

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
    previous sentences only through its coreference chain (:attr:`Entity.references`, from
    :mod:`kg.extract.coref`): a pronoun or description the chains left out refers to nothing here
    rather than to a guess.
    """
    if span is None:
        return None
    found = _by_name(analysis, span, types)
    if found is not None and found.type != "PER" and "PER" in types:
        # « le ministre de l'Agriculture, Étienne Marchal, a démissionné »: the argument is the role,
        # whose complement names a portfolio or a place; the person of the apposition is meant
        person = _apposed_person(analysis, span)
        if person is not None:
            return person
    if found is not None:
        return found
    found = _by_reference(analysis, span, types)
    if found is not None:
        return found
    if "PER" in types:
        return role_holder(analysis, span)
    return None


def linked_by_reference(analysis: Analysis, span: Span | None, *, types: Sequence[str] = ("PER", "ORG", "LOC")) -> bool:
    """Whether ``span`` refers to its entity through a pronoun or description of a chain rather
    than through a name it contains (the graph then says the role was filled by coreference)."""
    return span is not None and _by_name(analysis, span, types) is None and _by_reference(analysis, span, types) is not None


def _apposed_person(analysis: Analysis, span: Span) -> Entity | None:
    """The person whose French apposition (a role and the name, :mod:`kg.extract.coref`) contains
    ``span`` (« le procureur de Marseille, Nicolas Fabre »), or None."""
    for ref, entity in _index(analysis).references_overlapping(span.start, span.end):
        if entity.type == "PER" and ref.kind == "appositive" and ref.lang == "fr" and ref.start <= span.start and span.end <= ref.end:
            return entity
    return None


def _by_reference(analysis: Analysis, span: Span, types: Sequence[str]) -> Entity | None:
    """The entity of the reference nearest the start of ``span`` among those inside it."""
    best: tuple[int, Entity] | None = None
    for ref, entity in _index(analysis).references_overlapping(span.start, span.end):
        if entity.type in types and (best is None or abs(ref.start - span.start) < best[0]):
            best = (abs(ref.start - span.start), entity)
    return best[1] if best is not None else None


def _by_name(analysis: Analysis, span: Span, types: Sequence[str]) -> Entity | None:
    index = _index(analysis)
    # The mentions overlapping the span, in the order of the entities and of their mentions (the
    # first of equal keys wins).
    best: tuple[int, int, int, Entity] | None = None
    for order, mention, entity in index.overlapping(span.start, span.end):
        if entity.type not in types:
            continue
        if _modifies_another_head(analysis.document.text, mention, span) or _seat_of_named_body(analysis.document.text, mention, span):
            continue
        key = (types.index(entity.type), abs(mention.start - span.start), order)
        if best is None or key < best[:3]:
            best = (*key, entity)
    return best[3] if best is not None else None


_NAME_OR_NUMBER = re.compile(r"(?<![\w'’])[A-Z0-9]")
_POSSESSIVE_TAIL = re.compile(r"^\s*['’]s?\b")
# What opens a phrase after an English name that the name heads: a preposition, an apposition's
# comma, a bracket.
_POSTMODIFIER = re.compile(r"\s*(?:(?:of|from|at|in|with|for)\s|[,(])")


def _modifies_another_head(text: str, mention: EntityMention, span: Span) -> bool:
    """True when a name inside an argument only modifies the phrase's real head: followed by a
    model name or number ("the Airbus A330 jetliner") or, in English where heads come last, by
    any further word ("the Airbus jetliner", "Kansas Senator Sam Brownback")."""
    rest = text[mention.end : span.end]
    rest = _POSSESSIVE_TAIL.sub("", rest) if mention.lang == "en" else rest
    if mention.lang == "en" and _POSTMODIFIER.match(rest):
        return False  # "Judge Amelia Cortez of the U.S. District Court": the name is the head
    if _NAME_OR_NUMBER.search(rest):
        return True
    return mention.lang == "en" and bool(re.search(r"[^\W\d_]", rest))


def _seat_of_named_body(text: str, mention: EntityMention, span: Span) -> bool:
    """French: True when a place's name inside an argument is the seat of the body the phrase
    names (``fr/seated_body_nouns``: « le tribunal correctionnel de [Lyon] », « la cour d'appel de
    [Paris] »): the head noun, its adjectives or complement, then « de » before the name."""
    if mention.lang != "fr" or mention.label != "LOC" or not span.start <= mention.start < span.end:
        return False
    match = _BODY_BEFORE_SEAT.match(text[span.start : mention.start])
    return match is not None and match.group("head").lower() in word_set("fr", "seated_body_nouns")


# A French head noun (after any determiner), up to four words after it, and « de » or « du » right
# before a place's name: « le tribunal correctionnel de », « la cour d'appel de », « la préfecture du ».
_BODY_BEFORE_SEAT = re.compile(
    r"^(?:(?:le|la|les|l['’]|du|de\s+la|de\s+l['’]|des|au|aux)\s*)?(?P<head>[a-zà-ÿ-]+(?:\s+(?:d['’]arrêt|pénitentiaire))?)"
    r"(?:\s+[a-zà-ÿ'’-]+){0,4}?\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$",
    re.I,
)


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


def nearest_organisation(analysis: Analysis, offset: int) -> Entity | None:
    """The organisation a title without one speaks of ("founder Richard Olsen", « le PDG »): of
    those mentioned within the two previous sentences, the one the document mentions most (the
    company the story is about, not a former employer named in passing: "She joined Acme from
    Beta, where she ran ... She replaced founder Richard Olsen"), the last mentioned on a tie."""
    found = _index(analysis).all_before(offset, 2, lambda e: e.type == "ORG")
    return max(found, key=lambda e: len(e.mentions) + len(e.references), default=None)


def organisation_by_first_word(analysis: Analysis, span: Span) -> Entity | None:
    """The one organisation mentioned before ``span`` whose name starts with the span's single word
    ("Beta" of "Beta Inc", the compound of "Beta chief executive Jane Roe"), else None (none, or
    two that share the word, or a common noun of a kind of body, ``xx/anaphoric_organisation_nouns``)."""
    word = analysis.document.text[span.start : span.end]
    if not word or " " in word or word.lower() in word_set("xx", "anaphoric_organisation_nouns"):
        return None  # "Union president Mary Kerr" after "Union Pacific": a kind of body, not a short form
    found = {
        entity.key: entity
        for entity in analysis.entities
        if entity.type == "ORG"
        and any(m.start < span.start and m.text.startswith(word + " ") for m in entity.mentions)
    }
    return next(iter(found.values())) if len(found) == 1 else None


class _Index:
    """The mentions of one analysis sorted by start, and its sentence starts: the lookups above
    stay logarithmic in a long document of thousands of mentions and sentences.

    ``order`` numbers the mentions as the entities list them, so that ties go the way a scan of
    ``analysis.entities`` would take them."""

    def __init__(self, analysis: Analysis) -> None:
        rows: list[tuple[int, int, EntityMention, Entity]] = []
        for entity in analysis.entities:
            for mention in entity.mentions:
                rows.append((mention.start, len(rows), mention, entity))
        rows.sort(key=lambda r: (r[0], r[1]))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.longest = max((r[2].end - r[2].start for r in rows), default=0)
        refs = sorted(((r.start, r.end, r, entity) for entity in analysis.entities for r in entity.references), key=lambda r: (r[0], r[1]))
        self.refs = refs
        self.ref_starts = [r[0] for r in refs]
        self.ref_longest = max((r[1] - r[0] for r in refs), default=0)
        self.sentence_starts = [s.start for s in analysis.sentences]
        self.sorted_sentences = all(a <= b for a, b in zip(self.sentence_starts, self.sentence_starts[1:]))

    def overlapping(self, start: int, end: int) -> list[tuple[int, EntityMention, Entity]]:
        """``(order, mention, entity)`` of the mentions overlapping ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [(order, m, e) for _, order, m, e in self.rows[lo:hi] if start < m.end]

    def references_overlapping(self, start: int, end: int) -> list[tuple[Reference, Entity]]:
        """``(reference, entity)`` of the chain references overlapping ``[start, end)``."""
        lo = bisect.bisect_left(self.ref_starts, start - self.ref_longest)
        hi = bisect.bisect_left(self.ref_starts, end)
        return [(r, e) for _, b, r, e in self.refs[lo:hi] if start < b]

    def all_before(self, offset: int, window_sentences: int, keep: Callable[[Entity], bool]) -> list[Entity]:
        """The entities (``keep`` true) mentioned before ``offset`` in the window of
        the previous sentences (``window_sentences``) and its own, each once, the last mentioned first."""
        limit = self._window_start(offset, window_sentences)
        found: list[Entity] = []
        k = bisect.bisect_left(self.starts, offset) - 1
        while k >= 0 and self.starts[k] >= limit:
            entity = self.rows[k][3]
            if keep(entity) and all(entity is not e for e in found):
                found.append(entity)
            k -= 1
        return found

    def _window_start(self, offset: int, window_sentences: int) -> int:
        """The start of the ``window_sentences``-th sentence before the one ``offset`` is in."""
        if self.sorted_sentences:
            count = bisect.bisect_right(self.sentence_starts, offset)
            return self.sentence_starts[count - 1 - window_sentences] if count > window_sentences else 0
        starts = [s for s in self.sentence_starts if s <= offset]
        return starts[-1 - window_sentences] if len(starts) > window_sentences else 0


# The index of the last analysis asked about (the writer and the resolver ask many questions
# about one analysis, then go on to the next); held with the analysis it describes.
_LAST: list[tuple[Analysis, _Index]] = []


def _index(analysis: Analysis) -> _Index:
    if _LAST and _LAST[0][0] is analysis:
        return _LAST[0][1]
    index = _Index(analysis)
    _LAST[:] = [(analysis, index)]
    return index

