"""A timeline of events as one offline HTML page (``kg timeline``).

:func:`timeline_events` reads the events of the union of all named graphs with SPARQL, with what a
reader needs to judge each one: its type, trigger, participants and their roles, date, factuality
(negated, future, conditional…), the evidence sentence and the article it comes from. Dated events
come first in date order; undated ones follow, and the page can hide them. :func:`render_timeline`
writes the page: every text from the graph is escaped by Jinja2 (autoescape) on the server side,
the trigger is highlighted in its sentence with ``<mark>``, and the page loads nothing: its only
script toggles the visibility of undated and non-asserted events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SDO
from rdflib.term import Node

from kg.errors import Errors, KGError
from kg.explore.views import _local_name, _pick_literal, union_graph
from kg.graph.namespaces import NIF, SEM
from kg.graph.rdf import PREFIXES
from kg.graph.vocab import KG

__all__ = ["TimelineEvent", "render_timeline", "timeline_events", "timeline_html"]

_TEMPLATE_NAME = "timeline.html.j2"
_WEB_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

_EVENTS = """
SELECT DISTINCT ?event ?mention WHERE {
  ?event a sem:Event .
  OPTIONAL { ?event gaf:denotedBy ?mention }
}
"""

# Role properties, most specific first; sem:hasActor adds only participants without a role.
_ROLES: tuple[tuple[URIRef, str], ...] = (
    (KG.agent, "agent"),
    (KG.patient, "patient"),
    (KG.recipient, "recipient"),
)
_FACTUALITY = {
    "NEG": "negated",
    "FUTURE": "future",
    "CONDITIONAL": "conditional",
    "HYPOTHETICAL": "hypothetical",
    "POSSIBLE": "possible",
    "REQUESTED": "requested",
}


@dataclass
class Participant:
    role: str
    label: str
    iri: str


@dataclass
class TimelineEvent:
    """One event as the timeline shows it."""

    iri: str
    type_label: str
    trigger: str
    date: str
    """ISO date (``2020-06-08``, ``2020-06`` or ``2020``) or empty when undated."""
    time_inferred: bool
    polarity: str
    modality: str
    participants: list[Participant]
    sentence: str
    """The evidence sentence split around the trigger: text before, trigger, text after."""
    before: str
    after: str
    doc: str
    doc_title: str
    doc_url: str
    """The article's ``schema:url`` when it is an http(s) URL, else empty."""
    doc_path: str
    doc_date: str
    mentions: int = 1
    highlighted: bool = False
    """Whether the trigger was found in the sentence (``before`` + trigger + ``after``)."""
    flags: list[str] = field(default_factory=list)
    """Visible factuality markers: ``negated``, ``future``, ``conditional``…"""

    @property
    def dated(self) -> bool:
        return bool(self.date)

    @property
    def asserted(self) -> bool:
        return not self.flags


def timeline_events(
    graph: Graph | Dataset, *, entity: str | None = None, lang: str = "en"
) -> list[TimelineEvent]:
    """The events of the graph (or those ``entity`` takes part in), dated ones first by date.

    Args:
        graph: An :class:`rdflib.Dataset` (the union of its graphs is read) or a plain graph.
        entity: A label or alias (case-insensitive) or the IRI of an entity; only the events it
            takes part in (any role, or as their place) are kept.
        lang: Preferred language of event type labels.

    Raises:
        KGError: E304 when ``entity`` names nothing in the graph.
    """
    g = union_graph(graph)
    mentions: dict[Node, list[Node]] = {}
    for event, mention in g.query(_EVENTS, initNs=PREFIXES):  # type: ignore[misc]
        mentions.setdefault(event, [])
        if mention is not None:
            mentions[event].append(mention)
    wanted: set[Node] | None = None
    if entity is not None:
        wanted = set(_entity_nodes(g, entity))
        if not wanted:
            raise KGError(Errors.E304, value=entity)
    events = []
    for event, found in mentions.items():
        participants = _participants(g, event, lang)
        if wanted is not None and not wanted & {URIRef(p.iri) for p in participants}:
            continue
        events.append(_event(g, event, found, participants, lang))
    events.sort(key=_order)
    return events


def _order(event: TimelineEvent) -> tuple[Any, ...]:
    return (not event.dated, event.date, event.doc_date, event.doc, event.sentence, event.iri)


def _entity_nodes(g: Graph, name: str) -> list[Node]:
    """Nodes whose IRI is ``name`` or whose label or alias equals it (ignoring case)."""
    if (URIRef(name), None, None) in g or (None, None, URIRef(name)) in g:
        return [URIRef(name)]
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return []
    found = set()
    for prop in (RDFS.label, SKOS.prefLabel, SDO.name, SDO.alternateName):
        for node, value in g.subject_objects(prop):
            if isinstance(value, Literal) and " ".join(str(value).split()).casefold() == wanted:
                found.add(node)
    return sorted(found, key=str)


def _label(g: Graph, node: Node, lang: str) -> str:
    for prop in (RDFS.label, SKOS.prefLabel, SDO.name):
        text = _pick_literal(g.objects(node, prop), lang)
        if text:
            return text
    return _local_name(node)


def _participants(g: Graph, event: Node, lang: str) -> list[Participant]:
    found: list[Participant] = []
    seen: set[Node] = set()
    for prop, role in _ROLES:
        for node in sorted(set(g.objects(event, prop)), key=str):
            seen.add(node)
            found.append(Participant(role, _label(g, node, lang), str(node)))
    for node in sorted(set(g.objects(event, SEM.hasActor)) - seen, key=str):
        found.append(Participant("actor", _label(g, node, lang), str(node)))
    for node in sorted(set(g.objects(event, SEM.hasPlace)), key=str):
        found.append(Participant("place", _label(g, node, lang), str(node)))
    return found


def _event(
    g: Graph, event: Node, mentions: list[Node], participants: list[Participant], lang: str
) -> TimelineEvent:
    types = sorted(set(g.objects(event, SEM.eventType)), key=str)
    type_label = _label(g, types[0], lang) if types else ""
    stamps = sorted(str(t) for t in g.objects(event, SEM.hasTimeStamp))
    polarity = str(g.value(event, KG.polarity) or "")
    modality = str(g.value(event, KG.modality) or "")
    flags = [_FACTUALITY[v] for v in (polarity.upper(), modality.upper()) if v in _FACTUALITY]

    # Evidence: the first mention (by document and offset) that has a sentence.
    def key(m: Node) -> tuple[str, int]:
        return (str(g.value(m, NIF.referenceContext) or ""), _int(g.value(m, NIF.beginIndex)))

    ordered = sorted(mentions, key=key)
    mention = next((m for m in ordered if g.value(m, KG.sentence) is not None), None)
    if mention is None and ordered:
        mention = ordered[0]
    trigger = sentence = ""
    before = after = ""
    highlighted = False
    doc: Node | None = None
    if mention is not None:
        trigger = str(g.value(mention, NIF.anchorOf) or "")
        sentence = str(g.value(mention, KG.sentence) or trigger)
        context = g.value(mention, NIF.referenceContext)
        doc = g.value(context, KG.document) if context is not None else None
        before, trigger_text, after = _split(g, mention, context, sentence, trigger)
        if trigger_text:
            trigger, highlighted = trigger_text, True
        else:
            before, after = sentence, ""
    label = _pick_literal(g.objects(event, RDFS.label), lang)
    if not trigger:
        trigger = label or type_label or _local_name(event)
    doc_url = str(g.value(doc, SDO.url) or "") if doc is not None else ""
    return TimelineEvent(
        iri=str(event),
        type_label=type_label,
        trigger=trigger,
        date=stamps[0] if stamps else "",
        time_inferred=str(g.value(event, KG.timeInferred) or "").lower() in ("true", "1"),
        polarity=polarity,
        modality=modality,
        participants=participants,
        sentence=sentence,
        before=before,
        after=after,
        doc=str(doc or ""),
        doc_title=_pick_literal(
            [*g.objects(doc, SDO.name), *g.objects(doc, SDO.headline)], lang
        )
        if doc is not None
        else "",
        doc_url=doc_url if _WEB_URL.match(doc_url) else "",
        doc_path=str(g.value(doc, KG.sourcePath) or "") if doc is not None else "",
        doc_date=str(g.value(doc, SDO.datePublished) or "") if doc is not None else "",
        mentions=max(1, len(mentions)),
        highlighted=highlighted,
        flags=flags,
    )


def _split(
    g: Graph, mention: Node, context: Node | None, sentence: str, trigger: str
) -> tuple[str, str, str]:
    """The sentence as (before, trigger, after), the trigger found at its real offset when the
    document text is known, else at its first occurrence; ("", "", "") when it is not in it."""
    if not trigger or not sentence:
        return "", "", ""
    at = -1
    text = g.value(context, NIF.isString) if context is not None else None
    begin = _int(g.value(mention, NIF.beginIndex))
    if isinstance(text, Literal) and begin >= 0:
        full = str(text)
        start = full.rfind(sentence, 0, begin + len(sentence))
        if (
            0 <= start <= begin
            and begin + len(trigger) <= start + len(sentence)
            and sentence[begin - start : begin - start + len(trigger)] == trigger
        ):
            at = begin - start
    if at < 0:
        at = sentence.find(trigger)
    if at < 0:
        return "", "", ""
    return sentence[:at], sentence[at : at + len(trigger)], sentence[at + len(trigger) :]


def _int(value: Node | None) -> int:
    try:
        return int(value) if isinstance(value, Literal) else -1
    except (TypeError, ValueError):
        return -1


def timeline_html(
    graph: Graph | Dataset,
    *,
    entity: str | None = None,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """The timeline page as a string (see :func:`render_timeline`)."""
    events = timeline_events(graph, entity=entity, lang=lang)
    heading = title or (f"Timeline: {entity}" if entity else "Timeline of events")
    from kg.explore.viz import template_environment

    env = template_environment()
    years: list[str] = []
    for event in events:
        match = _DATE.match(event.date)
        if match and match.group(1) not in years:
            years.append(match.group(1))
    html = env.get_template(_TEMPLATE_NAME).render(
        title=heading,
        entity=entity or "",
        events=events,
        dated=sum(1 for e in events if e.dated),
        undated=sum(1 for e in events if not e.dated),
        flagged=sum(1 for e in events if e.flags),
        years=years,
    )
    return html if html.endswith("\n") else html + "\n"


def render_timeline(
    graph: Graph | Dataset,
    path: str | Path,
    *,
    entity: str | None = None,
    title: str | None = None,
    lang: str = "en",
) -> Path:
    """Write the timeline page of ``graph`` (or of ``entity``) and return its path.

    The page lists the events in date order, undated ones last (a check box hides them), each with
    its type, trigger, participants, factuality (negated, future, conditional… are marked), the
    evidence sentence with the trigger highlighted, and its source article: a link to its
    ``schema:url`` when it is an http(s) URL, else its source path as text. It is self-contained
    and loads nothing. The file is written atomically.

    Raises:
        KGError: E304 when ``entity`` names nothing in the graph.
    """
    from kg.fileio import write_text_atomically

    html = timeline_html(graph, entity=entity, title=title, lang=lang)
    out = Path(path)
    write_text_atomically(out, html)
    return out
