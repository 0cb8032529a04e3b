"""The common shape every gold reader produces, and every system output is reduced to."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.types import Document, PartialDate


@dataclass(frozen=True, order=True)
class Mention:
    """A scored span: ``[start, end)`` character offsets into the document text.

    ``label`` is the entity type (PER/ORG/LOC), the TIMEX3 type or the event class; ``value`` the
    TIMEX3 value. Either may be empty when a layer has no such attribute.
    """

    start: int
    end: int
    label: str = ""
    value: str = ""
    text: str = ""

    def overlaps(self, other: Mention) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Argument:
    """One (trigger, role, argument) triple; ``role`` is ``agent`` or ``patient``."""

    trigger: Mention
    role: str
    argument: Mention


@dataclass(frozen=True)
class ChainMention:
    """A mention of a coreference chain: ``mention.label`` is the chain's entity type, ``kind`` is
    ``name``, ``pronoun`` or ``nominal``."""

    mention: Mention
    chain: str
    kind: str


@dataclass(frozen=True)
class GoldEvent:
    """An event with its arguments given as chain ids (any of them is right) and its ISO date.

    ``trigger.label`` is the kg event type; ``date`` is None when the text states none.
    """

    trigger: Mention
    agent: tuple[str, ...] = ()
    patient: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class GoldRole:
    """A person's role (a concept of ontologies/roles.ttl) in an organisation (a chain id, or None)."""

    person: str
    role: str
    organisation: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """One gold document: the text the system reads, and the annotations on it.

    ``layers`` names the annotation layers the corpus really has (``entities``, ``timexes``,
    ``events``, ``arguments``; ``chains``, ``event-details`` and ``roles`` for the hand-made gold of
    eval/wikinews-fr-gold, whose ``chain_mentions``, ``gold_events`` and ``roles`` hold them), so
    that an empty list is told apart from an unannotated layer. ``scored`` is the character range
    in which annotations exist (system output outside it is not scored); system timexes
    overlapping a span of ``ignored_timexes`` (the dateline carrying the creation time) are not
    scored either. ``entity_labels`` are the entity types the corpus annotates (MEANTIME and the
    Wikinews FR gold also annotate products, PRO; MEANTIME financial entities, FIN). ``maximal_extents`` says that the corpus
    annotates mentions at their maximal extent, titles, functions and appositive descriptions
    included, nested names not counted (HIPE-2020); system mentions are then read the same way
    (:func:`kg.extract.extent.maximal_mentions`), and newspaper titles are products, so that kg's
    organisation mentions naming one are not scored. ``bare_names`` says that a person mention is
    the name without the titles written before it ("M.", "Mr", "ministre": the Wikinews FR
    guide); kg's person mentions, which keep them, are then scored without them.
    ``noun_phrases`` says that a name's mention is its noun phrase (MEANTIME): a stock market
    index's with its article or possessor, modifiers and index noun ("the tech-heavy Nasdaq
    composite index", "Tokyo's Nikkei 225 average"), an organisation's or a product's with a
    possessor of another type ("Japan 's Toyota", "Apple 's iTunes"); kg's mentions, which are the
    names, are then read so (:func:`kg.evaluation.runner.system_output`).
    """

    id: str
    text: str
    lang: str
    source: str
    dct: PartialDate | None = None
    layers: frozenset[str] = frozenset()
    entities: tuple[Mention, ...] = ()
    timexes: tuple[Mention, ...] = ()
    events: tuple[Mention, ...] = ()
    arguments: tuple[Argument, ...] = ()
    scored: tuple[int, int] | None = None
    ignored_timexes: tuple[Mention, ...] = field(default=())
    chain_mentions: tuple[ChainMention, ...] = ()
    gold_events: tuple[GoldEvent, ...] = ()
    roles: tuple[GoldRole, ...] = ()
    entity_labels: frozenset[str] = frozenset({"PER", "ORG", "LOC"})
    maximal_extents: bool = False
    bare_names: bool = False
    noun_phrases: bool = False

    @property
    def scored_range(self) -> tuple[int, int]:
        """The scored character range (the whole text unless the reader restricted it)."""
        return self.scored if self.scored is not None else (0, len(self.text))


def to_document(gold: GoldDocument) -> Document:
    """The :class:`~kg.types.Document` the pipeline reads: gold text, gold creation time, corpus language."""
    return Document(id=gold.id, text=gold.text, source=gold.source, date=gold.dct, lang=gold.lang)
