"""Turning analyses into RDF: one named graph per document, following the graph contract
(``docs/MODEL.md``).

IRIs are deterministic: they depend only on the base, the document ID and character offsets, or, for
entities, on the Wikidata QID or the normalised name, so rebuilding the same input gives the same
graph and the same entity gets the same node in every document.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, XSD

from kg._version import __version__
from kg.graph.memstore import GraphStore
from kg.graph.mentions import entity_for_span, linked_by_reference, nearest_organisation, organisation_by_first_word
from kg.graph.namespaces import GAF, ITSRDF, NIF, ORG, PREFIXES, SEM, WD
from kg.graph.vocab import EVT, KG, ROLE
from kg.knowledge.resources import resource_path
from kg.knowledge.words import word_set
from kg.types import AGENCY_CREDIT, PUBLISHER_CREDIT, Analysis, Entity, EventMention, Quote, Span, Timex, names_a_market

DEFAULT_BASE = "https://w3id.org/newskg/id/"
ONTOLOGY_FILES: tuple[str, ...] = ("kg.ttl", "events.ttl", "roles.ttl")

ENTITY_CLASSES = {"PER": SDO.Person, "ORG": SDO.Organization, "LOC": SDO.Place, "PRO": SDO.Product, "FIN": KG.MarketIndex}
# Every class an entity node can have, and the label it stands for: a FIN entity whose mentions all
# name a market, not an index ("Wall Street", "on the New York Stock Exchange"), is a
# kg:FinancialMarket (:func:`entity_class`).
ENTITY_CLASS_LABELS: dict[URIRef, str] = {**{cls: label for label, cls in ENTITY_CLASSES.items()}, KG.FinancialMarket: "FIN"}


def entity_class(entity: Entity) -> URIRef:
    """The class of ``entity``'s node: ``ENTITY_CLASSES`` by its type, but kg:FinancialMarket for a
    FIN entity each mention of which names a market (evidence beginning with ``MARKET_EVIDENCE``)."""
    if entity.type == "FIN" and entity.mentions and all(names_a_market(m) for m in entity.mentions):
        return KG.FinancialMarket
    return ENTITY_CLASSES[entity.type]



@dataclass(frozen=True)
class IRIs:
    """The IRI scheme for instance data under one base."""

    base: str = DEFAULT_BASE

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{doc_id}")

    def graph(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{doc_id}")

    def context(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}text/{doc_id}")

    def mention(self, doc_id: str, start: int, end: int) -> URIRef:
        # RFC 5147 style fragment, as NIF recommends.
        return URIRef(f"{self.base}text/{doc_id}#char={start},{end}")

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{key}")

    def account(self, handle: str) -> URIRef:
        # A social media handle, whatever the platform (the text seldom says which).
        return URIRef(f"{self.base}account/{url_quote(handle.lstrip('@').casefold(), safe='')}")

    def event(self, doc_id: str, start: int, end: int, type_name: str) -> URIRef:
        return URIRef(f"{self.base}event/{doc_id}/{start}-{end}-{type_name}")

    def event_key(self, key: str) -> URIRef:
        """An event by its key (``{doc-id}/{begin}-{end}-{Type}`` of its first mention, see kg.resolve.resolver)."""
        return URIRef(f"{self.base}event/{key}")

    def quote(self, doc_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}quote/{doc_id}/{start}-{end}")

    def membership(self, doc_id: str, start: int, end: int, role: str) -> URIRef:
        return URIRef(f"{self.base}membership/{doc_id}/{start}-{end}-{role}")

    def run(self, tool_version: str, models: Iterable[str]) -> URIRef:
        digest = hashlib.sha256("|".join([tool_version, *sorted(models)]).encode()).hexdigest()[:16]
        return URIRef(f"{self.base}run/{digest}")

    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    def syndication_graph(self) -> URIRef:
        """The corpus-level graph of syndicated copies (``kg:duplicateOf``)."""
        return URIRef(f"{self.base}graph/syndication")


def syndication_graph(duplicates: Mapping[str, str], *, iris: IRIs) -> Graph:
    """``kg:duplicateOf`` from each syndicated copy to its original (document ids to IRIs)."""
    graph = Graph(identifier=iris.syndication_graph())
    for copy, original in sorted(duplicates.items()):
        graph.add((iris.document(copy), KG.duplicateOf, iris.document(original)))
    return graph


def new_dataset() -> Dataset:
    """An empty dataset whose default graph is the union of its named graphs, with our prefixes,
    in memory (:class:`kg.graph.memstore.GraphStore`, rdflib's ``Memory`` with a cheaper ``add``;
    lazy: its graphs are indexed when something first reads them, not as they are written)."""
    dataset = Dataset(store=GraphStore(lazy=True), default_union=True)
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, override=True, replace=True)
    return dataset


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The project's ontologies (vocabulary, event types, roles) as one graph."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(resource_path(name), format="turtle")
    return graph


def add_ontology(dataset: Dataset, *, iris: IRIs | None = None) -> None:
    """Copy the ontologies into their own named graph, so queries can read type labels."""
    target = dataset.graph((iris or IRIs()).ontology_graph())
    for triple in ontology_graph():
        target.add(triple)


#: The slots rdflib gives a Literal; :func:`plain_literal` fills them itself when they are these.
_LITERAL_SLOTS = ("_language", "_datatype", "_value", "_ill_typed")


def _make_plain(text: str) -> Literal:
    inst = str.__new__(Literal, text)
    inst._language = None
    inst._datatype = None
    inst._value = text
    inst._ill_typed = None
    return inst


def _plain_is_exact() -> bool:
    probe = "kg: é"
    if tuple(getattr(Literal, "__slots__", ())) != _LITERAL_SLOTS:
        return False
    made, reference = _make_plain(probe), Literal(probe)
    return all(getattr(made, slot) == getattr(reference, slot) for slot in _LITERAL_SLOTS)


_PLAIN_IS_EXACT = _plain_is_exact()


def plain_literal(text: str) -> Literal:
    """``Literal(text)`` for a plain string, made without rdflib's conversions: a string has no
    other value, datatype or language, but rdflib's constructor tries every Python type's rule on it
    (about 4.4 µs against 0.6 µs, and the writer makes one per mention, label and quotation). The
    same literal in every attribute (checked at import against rdflib's own; ``Literal(text)``
    otherwise, and for anything but a ``str``)."""
    if type(text) is not str or not _PLAIN_IS_EXACT:
        return Literal(text)
    return _make_plain(text)


@lru_cache(maxsize=1 << 12)
def timestamp_literal(value: str) -> Literal | None:
    """A typed literal (xsd:date, xsd:gYearMonth or xsd:gYear) for a TIMEX3 date value, if it is one
    (cached: dates repeat across documents, and a typed literal costs more than a plain one)."""
    core = value.split("T", 1)[0]
    parts = core.split("-")
    if not parts or len(parts[0]) != 4 or not parts[0].isdigit():
        return None
    if len(parts) == 1:
        return Literal(core, datatype=XSD.gYear)
    if len(parts) == 2 and parts[1].isdigit() and len(parts[1]) == 2:
        return Literal(core, datatype=XSD.gYearMonth)
    if len(parts) == 3 and all(p.isdigit() and len(p) == 2 for p in parts[1:]):
        return Literal(core, datatype=XSD.date)
    return None


_NON_NEGATIVE_INTEGER = XSD.nonNegativeInteger


def _make_offset(value: int) -> Literal:
    inst = str.__new__(Literal, str(value))
    inst._language = None
    inst._datatype = _NON_NEGATIVE_INTEGER
    inst._value = value
    inst._ill_typed = None
    return inst


@lru_cache(maxsize=1)
def _offset_is_exact() -> bool:
    """Whether :func:`_make_offset` makes rdflib's own literal (checked once, on first use)."""
    if tuple(getattr(Literal, "__slots__", ())) != _LITERAL_SLOTS:
        return False
    for probe in (0, 7, 1_899_999):
        made, reference = _make_offset(probe), Literal(probe, datatype=_NON_NEGATIVE_INTEGER)
        if str(made) != str(reference) or any(
            getattr(made, slot) != getattr(reference, slot) or type(getattr(made, slot)) is not type(getattr(reference, slot))
            for slot in _LITERAL_SLOTS
        ):
            return False
    return True


@lru_cache(maxsize=1 << 16)
def offset_literal(value: int) -> Literal:
    """An ``xsd:nonNegativeInteger`` literal (cached: offsets repeat across documents). Made as
    :func:`plain_literal` makes a plain one, without rdflib's conversions (about 30 µs each under
    load): the offsets of one long document are all different, so the cache does not help there.
    The same literal in every attribute (checked on first use against rdflib's own)."""
    if type(value) is not int or value < 0 or not _offset_is_exact():
        return Literal(value, datatype=_NON_NEGATIVE_INTEGER)
    return _make_offset(value)


def _date_literal(date_iso: str) -> Literal:
    lit = timestamp_literal(date_iso)
    assert lit is not None
    return lit


@dataclass(frozen=True)
class Links:
    """Corpus-level identities from :mod:`kg.resolve.resolver` that the writer needs: events merged across
    documents (trigger ``(begin, end, Type)`` → :class:`kg.resolve.events.EventLink`) and ``(old, new)``
    entity keys to write as ``owl:sameAs``."""

    events: Mapping[tuple[int, int, str], Any] = field(default_factory=dict)
    same_as: tuple[tuple[str, str], ...] = ()


# Terms written for every mention, entity and event, read once: attribute access on a DefinedNamespace re-validates
# the name each time, which costs as much as adding the triple.
_TYPE, _PHRASE, _REFERENCE_CONTEXT = RDF.type, NIF.Phrase, NIF.referenceContext
_BEGIN, _END, _ANCHOR = NIF.beginIndex, NIF.endIndex, NIF.anchorOf
_SENTENCE, _LANGUAGE, _EXTRACTOR, _IDENT_REF = KG.sentence, KG.language, KG.extractor, ITSRDF.taIdentRef
_LABEL = RDFS.label
_ALT_NAME = SDO.alternateName
_SAME_AS = OWL.sameAs
_MERGE_EVIDENCE = KG.mergeEvidence
_EVENT = SEM.Event
_EVENT_TYPE = SEM.eventType
_DENOTED_BY = GAF.denotedBy
_TRIGGER = KG.trigger
_HAS_ACTOR = SEM.hasActor
_HAS_PLACE = SEM.hasPlace
_POLARITY = KG.polarity
_MODALITY = KG.modality
_TIME_STAMP = SEM.hasTimeStamp
_TIMEX_VALUE = KG.timexValue
_TIMEX_TYPE = KG.timexType


class _Target:
    """The named graph being written: ``add`` goes straight to the store, as ``Graph.add`` would,
    without re-checking the type of every term (the writer only makes rdflib terms)."""

    __slots__ = ("add", "identifier")

    def __init__(self, graph: Graph) -> None:
        store_add = graph.store.add
        self.identifier = graph.identifier

        def add(triple: tuple[Any, Any, Any]) -> None:
            store_add(triple, graph, False)

        self.add = add


class _Writer:
    """Writes one analysis into one named graph."""

    def __init__(self, dataset: Dataset, analysis: Analysis, iris: IRIs, links: Links | None = None) -> None:
        self.links = links or Links()
        self.a = analysis
        self.doc = analysis.document
        self.iris = iris
        self.g = _Target(dataset.graph(iris.graph(self.doc.id)))
        self.ctx = iris.context(self.doc.id)
        self._sentences = sorted(analysis.sentences, key=lambda s: s.start)
        self._sentence_starts = [s.start for s in self._sentences]
        self._literals: dict[str, Literal] = {}
        self._sentence_literals: dict[int, Literal] = {}
        self._mentions: dict[tuple[int, int], URIRef] = {}
        self._mention_langs: set[tuple[int, int, str]] = set()
        self._events_by_trigger = {(e.trigger.start, e.trigger.end): e for e in analysis.events}
        self._maker_index: dict[str, Entity] | None = None

    def _sentence_index(self, start: int) -> int | None:
        # Sentences do not overlap, so the only candidate is the last one starting at or before.
        i = bisect_right(self._sentence_starts, start) - 1
        if i >= 0 and start < self._sentences[i].end:
            return i
        return None

    def sentence_literal(self, start: int) -> Literal | None:
        """The text of the sentence holding ``start``, made once per sentence."""
        i = self._sentence_index(start)
        if i is None:
            return None
        found = self._sentence_literals.get(i)
        if found is None:
            found = self._sentence_literals[i] = plain_literal(self._sentences[i].text)
        return found

    def literal(self, text: str) -> Literal:
        """A plain literal for a short, often repeated value (language tags, extractor names)."""
        found = self._literals.get(text)
        if found is None:
            found = self._literals[text] = plain_literal(text)
        return found

    def mention(self, start: int, end: int, *, lang: str | None = None) -> URIRef:
        # A span is often written more than once (an entity mention that is also an argument, a
        # trigger that is also a statement): its triples are added the first time only.
        g = self.g
        node = self._mentions.get((start, end))
        if node is None:
            node = self._mentions[(start, end)] = self.iris.mention(self.doc.id, start, end)
            g.add((node, _TYPE, _PHRASE))
            g.add((node, _REFERENCE_CONTEXT, self.ctx))
            g.add((node, _BEGIN, offset_literal(start)))
            g.add((node, _END, offset_literal(end)))
            g.add((node, _ANCHOR, plain_literal(self.doc.text[start:end])))
            sentence = self.sentence_literal(start)
            if sentence is not None:
                g.add((node, _SENTENCE, sentence))
        if lang and (start, end, lang) not in self._mention_langs:
            self._mention_langs.add((start, end, lang))
            g.add((node, _LANGUAGE, self.literal(lang)))
        return node

    def span_mention(self, span: Span) -> URIRef:
        return self.mention(span.start, span.end)

    def write(self, *, tool_version: str) -> None:
        g, doc, iris = self.g, self.doc, self.iris
        doc_node = iris.document(doc.id)
        run = iris.run(tool_version, self.a.models)
        g.add((g.identifier, PROV.wasDerivedFrom, doc_node))
        g.add((g.identifier, PROV.wasGeneratedBy, run))
        g.add((run, _TYPE, PROV.Activity))
        g.add((run, KG.toolVersion, plain_literal(tool_version)))
        for model in self.a.models:
            g.add((run, KG.model, plain_literal(model)))
        g.add((doc_node, _TYPE, SDO.NewsArticle))
        g.add((doc_node, SDO.identifier, plain_literal(doc.id)))
        g.add((doc_node, KG.sourcePath, plain_literal(doc.source)))
        if doc.url:
            g.add((doc_node, SDO.url, Literal(doc.url, datatype=XSD.anyURI)))
        if doc.title:
            g.add((doc_node, SDO.name, plain_literal(doc.title)))
            g.add((doc_node, SDO.headline, plain_literal(doc.title)))
        if doc.author:
            g.add((doc_node, SDO.author, plain_literal(doc.author)))
        if doc.publisher:
            g.add((doc_node, SDO.publisher, plain_literal(doc.publisher)))
        if doc.date is not None:
            g.add((doc_node, SDO.datePublished, _date_literal(doc.date.iso())))
        if doc.lang:
            g.add((doc_node, SDO.inLanguage, plain_literal(doc.lang)))
        g.add((self.ctx, _TYPE, NIF.Context))
        g.add((self.ctx, NIF.isString, plain_literal(doc.text)))
        g.add((self.ctx, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((self.ctx, NIF.endIndex, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
        g.add((self.ctx, KG.document, doc_node))
        for entity in self.a.entities:
            self.write_entity(entity)
            # An agency credited inside the text ("(AFP)", "— Reuters") wrote the article, and a
            # newspaper before it ("(Le Journal/AFP)") published it (kg.extract.credits).
            credits = {why for m in entity.mentions for why in m.evidence}
            if AGENCY_CREDIT in credits:
                g.add((doc_node, SDO.author, self.entity_node(entity)))
            if PUBLISHER_CREDIT in credits:
                g.add((doc_node, SDO.publisher, self.entity_node(entity)))
        for timex in self.a.timexes:
            self.write_timex(timex)
        for event in self.a.events:
            self.write_event(event)
        for quote in self.a.quotes:
            self.write_quote(quote)
        for membership in self.a.memberships:
            self.write_membership(membership)
        for old, new in self.links.same_as:
            g.add((iris.entity(old), _SAME_AS, iris.entity(new)))

    def entity_node(self, entity: Entity) -> URIRef:
        return self.iris.entity(entity.key)

    def write_entity(self, entity: Entity) -> None:
        g = self.g
        node = self.entity_node(entity)
        g.add((node, _TYPE, entity_class(entity)))
        g.add((node, _LABEL, plain_literal(entity.label)))
        for alias in entity.aliases:
            g.add((node, _ALT_NAME, plain_literal(alias)))
        if entity.qid:
            g.add((node, _SAME_AS, WD[entity.qid]))
        for why in entity.merge_evidence:
            g.add((node, _MERGE_EVIDENCE, plain_literal(why)))
        if entity.location_qid:
            g.add((node, SDO.location, self.country_node(entity.location_qid)))
        maker = self.maker_node(entity)
        if maker is not None:
            g.add((node, SDO.manufacturer, maker))
        for ticker in entity.tickers:
            g.add((node, SDO.tickerSymbol, plain_literal(ticker)))
        for handle in entity.accounts:
            account = self.iris.account(handle)
            g.add((node, SDO.sameAs, account))
            g.add((account, _LABEL, plain_literal(handle)))
        for mention in entity.mentions:
            m = self.mention(mention.start, mention.end, lang=mention.lang)
            g.add((m, _IDENT_REF, node))
            g.add((m, _EXTRACTOR, self.literal(mention.extractor)))
        # The pronouns and descriptions of its chain are mentions of it too (kg.extract.coref).
        for ref in entity.references:
            m = self.mention(ref.start, ref.end, lang=ref.lang)
            g.add((m, _IDENT_REF, node))
            g.add((m, _EXTRACTOR, self.literal(f"coref:{ref.kind}")))
            g.add((m, KG.corefEvidence, plain_literal(ref.evidence)))

    def maker_node(self, entity: Entity) -> URIRef | None:
        """The organisation of the document that a product's text names as its maker (``Airbus`` in
        "Airbus A380"), when the document has one of that name."""
        if entity.type != "PRO" or not entity.maker:
            return None
        from kg.knowledge.gazetteer import normalise_name

        found = self._makers().get(normalise_name(entity.maker))
        return self.entity_node(found) if found is not None else None

    def _makers(self) -> dict[str, Entity]:
        """The organisations of the document by normalised name and alias, the first one in entity
        order for a name two share; built once per document (was n² in products × aliases)."""
        if self._maker_index is None:
            from kg.knowledge.gazetteer import normalise_name

            index: dict[str, Entity] = {}
            for other in self.a.entities:
                if other.type == "ORG":
                    for alias in (other.label, *other.aliases):
                        index.setdefault(normalise_name(alias), other)
            self._maker_index = index
        return self._maker_index

    def country_node(self, qid: str) -> URIRef:
        """The country an institution is located in (``entity/Q30``), written as a place with its
        gazetteer label when the document does not mention it itself."""
        node = self.iris.entity(qid)
        if any(e.key == qid for e in self.a.entities):
            return node
        from kg.knowledge.institutions import country_record

        g = self.g
        record = country_record(qid)
        label = record.label_en if record is not None else qid
        g.add((node, _TYPE, SDO.Place))
        g.add((node, _LABEL, plain_literal(label)))
        g.add((node, _ALT_NAME, plain_literal(label)))
        g.add((node, _SAME_AS, WD[qid]))
        return node

    def write_timex(self, timex: Timex) -> None:
        g = self.g
        m = self.mention(timex.start, timex.end)
        g.add((m, _TIMEX_VALUE, plain_literal(timex.value)))
        g.add((m, _TIMEX_TYPE, plain_literal(timex.type)))
        if timex.embedded:
            g.add((m, KG.embedded, Literal(True)))

    def event_node(self, event: EventMention) -> URIRef:
        trig = event.trigger
        link = self.links.events.get((trig.start, trig.end, event.type))
        if link is not None:
            return self.iris.event_key(link.key)
        first = event.coref or trig  # a later mention of a within-document chain is its first mention's node
        return self.iris.event(self.doc.id, first.start, first.end, event.type)

    def event_at(self, span: Span | None) -> URIRef | None:
        """The event whose trigger is exactly ``span`` (reporting verbs, statements of quotes)."""
        if span is None:
            return None
        found = self._events_by_trigger.get((span.start, span.end))
        return self.event_node(found) if found is not None else None

    def write_event(self, event: EventMention) -> None:
        g = self.g
        trig = event.trigger
        node = self.event_node(event)
        etype = EVT[event.type]
        g.add((node, _TYPE, _EVENT))
        g.add((node, _EVENT_TYPE, etype))
        mention = self.span_mention(trig)
        g.add((node, _DENOTED_BY, mention))
        g.add((node, _TRIGGER, mention))
        # A later mention of a within-document chain adds its mention and participants; the label,
        # factuality and time are the chain's, written once from its first mention.
        later = event.coref is not None
        if not later:
            g.add((node, _LABEL, plain_literal(f"{_concept_label(etype)}: {trig.text}")))
        for role, span in (
            ("agent", event.agent_antecedent or event.agent),
            ("patient", event.patient_antecedent or event.patient),
            ("recipient", event.recipient),
            # the other members of a coordinated agent or patient ("France and Germany signed")
            *(("agent", member) for member in event.co_agents),
            *(("patient", member) for member in event.co_patients),
        ):
            entity = entity_for_span(self.a, span)
            if entity is None:
                continue
            g.add((node, KG[role], self.entity_node(entity)))
            g.add((node, _HAS_ACTOR, self.entity_node(entity)))
            via = getattr(event, f"{role}_via", None)
            if role != "recipient" and via in (None, "direct") and linked_by_reference(self.a, span):
                via = "coreference"  # "elle a précisé": the agent is the chain's named entity
            if via is not None and via != "direct":
                g.add((node, KG[f"{role}Via"], plain_literal(via)))
        place = entity_for_span(self.a, event.place, types=("LOC",))
        if place is not None:
            g.add((node, _HAS_PLACE, self.entity_node(place)))
        reporter = self.event_at(event.reported_by)
        if reporter is not None and reporter != node:
            g.add((node, KG.reportedBy, reporter))
        if later:
            return
        g.add((node, _POLARITY, plain_literal(event.polarity)))
        g.add((node, _MODALITY, plain_literal(event.modality)))
        if event.in_quote:
            g.add((node, KG.inQuote, Literal(True)))
        link = self.links.events.get((trig.start, trig.end, event.type))
        for why in link.evidence if link is not None else ():
            g.add((node, _MERGE_EVIDENCE, plain_literal(why)))
        if link is not None:
            # The IRI this mention would have on its own: an earlier build may have published it
            # (when this document was the event's earliest), so it stays resolvable.
            own = self.iris.event(self.doc.id, trig.start, trig.end, event.type)
            if own != node:
                g.add((own, _SAME_AS, node))
        if event.time is not None:
            # A merged event keeps one time stamp: that of its first mention (evidence says why).
            stamp = timestamp_literal(link.time if link is not None and link.time else event.time.value)
            if stamp is not None:
                g.add((node, _TIME_STAMP, stamp))
                if event.time_inferred:
                    g.add((node, KG.timeInferred, Literal(True)))

    def write_quote(self, quote: Quote) -> None:
        g = self.g
        span = quote.span
        node = self.iris.quote(self.doc.id, span.start, span.end)
        g.add((node, _TYPE, SDO.Quotation))
        g.add((node, SDO.text, plain_literal(span.text)))
        g.add((node, _DENOTED_BY, self.span_mention(span)))
        if quote.indirect:
            g.add((node, KG.indirect, Literal(True)))
        if quote.channel:
            g.add((node, KG.channel, plain_literal(quote.channel)))
        speaker = entity_for_span(self.a, quote.speaker, types=("PER", "ORG"))
        if speaker is not None:
            g.add((node, SDO.creator, self.entity_node(speaker)))
        statement = self.event_at(quote.reporting or quote.span)
        if statement is not None:
            g.add((statement, KG.quotation, node))
            if quote.channel:
                g.add((statement, KG.channel, plain_literal(quote.channel)))

    def write_membership(self, membership) -> None:  # membership: kg.types.Membership
        g = self.g
        person = entity_for_span(self.a, membership.person, types=("PER",))
        if person is None or person.type != "PER":
            return
        org = entity_for_span(self.a, membership.organisation, types=("ORG",)) if membership.organisation else None
        if org is None and membership.organisation is not None and not membership.anaphoric:
            # "Beta chief executive Jane Roe" after "Beta Inc.": the short form no mention covers
            org = organisation_by_first_word(self.a, membership.organisation)
        if org is None and membership.anaphoric:
            # "le PDG", "its CEO": the organisation the text was speaking of (the antecedent).
            org = nearest_organisation(self.a, membership.evidence.start)
        place = (
            (org is None or org.type == "LOC")
            and membership.organisation is not None
            and membership.role in word_set("xx", "place_office_roles")
        )
        if place:
            # "the President of Chile", « le maire de Lyon »: a public office held in the place its
            # title names (never one taken from the context: the organisation span is the title's own)
            org = entity_for_span(self.a, membership.organisation, types=("LOC",))
        if org is None or org.type != ("LOC" if place else "ORG"):
            return
        ev = membership.evidence
        node = self.iris.membership(self.doc.id, ev.start, ev.end, membership.role)
        g.add((node, _TYPE, ORG.Membership))
        g.add((node, ORG.member, self.entity_node(person)))
        g.add((node, ORG.organization, self.entity_node(org)))
        g.add((node, ORG.role, ROLE[membership.role]))
        g.add((node, _DENOTED_BY, self.span_mention(ev)))
        if membership.ended:
            # "X a démissionné de la présidence d'Acme": a former membership, and no headOf.
            g.add((node, KG.roleEnded, Literal(True)))
        elif membership.head and not place:
            # org:headOf is for organisations; a head of state's country is no org:Organization
            g.add((self.entity_node(person), ORG.headOf, self.entity_node(org)))


@lru_cache(maxsize=1024)
def _concept_label(concept: URIRef, lang: str = "en") -> str:
    graph = ontology_graph()
    for label in graph.objects(concept, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return concept.split("#")[-1]


def add_analysis(dataset: Dataset, analysis: Analysis, *, iris: IRIs | None = None, links: Links | None = None) -> URIRef:
    """Write one document's analysis into its own named graph; returns the graph's IRI.

    An existing graph for the same document is replaced, so re-processing a document never leaves
    stale triples behind. ``links`` (from :mod:`kg.resolve.resolver`) gives merged events their shared IRI
    and adds ``owl:sameAs`` from retired entity IRIs.
    """
    ids = iris or IRIs()
    graph_iri = ids.graph(analysis.document.id)
    dataset.remove_graph(graph_iri)
    _Writer(dataset, analysis, ids, links).write(tool_version=__version__)
    return graph_iri


FORMATS: dict[str, tuple[str, str]] = {
    "trig": ("trig", ".trig"),
    "nquads": ("nquads", ".nq"),
    "turtle": ("turtle", ".ttl"),
    "json-ld": ("json-ld", ".jsonld"),
}


def serialize(dataset: Dataset, path: Path, *, fmt: str = "trig") -> Path:
    """Write the dataset atomically (temporary file, then rename) with Oxigraph's serialisers
    (:func:`kg.graph.oxio.write_quads`); Turtle holds the union graph. TriG and Turtle declare
    :data:`PREFIXES`; datatypes and language tags are written as the dataset holds them. An
    in-memory dataset is small enough for Oxigraph's compact TriG (prefixed names, ``;`` groups);
    a store's TriG is written in one linear pass (:meth:`kg.graph.store.OxigraphStore.dump`)."""
    from kg.errors import Errors, KGError
    from kg.graph.oxio import dataset_quads, write_quads

    if fmt not in FORMATS:
        raise KGError(Errors.E404, value=fmt, choices=", ".join(FORMATS))
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_quads(dataset_quads(dataset), path, fmt)
