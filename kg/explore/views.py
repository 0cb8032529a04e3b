"""Derived, non-RDF views of the knowledge graph.

:func:`entity_event_graph` turns the RDF graph (one named graph per document) into a
:class:`networkx.MultiDiGraph` of entities, events, quotations and the news articles they were read
from, the structure that :mod:`kg.explore.viz` draws. Each node keeps the evidence (document, sentence and
character offsets) of the mentions it was extracted from, so the drawing can show where every node
comes from; document nodes link to what they mention, report and quote, so entities that take part
in no extracted event still hang off the articles that name them.

The view reads the union of all named graphs, so it works the same on an :class:`rdflib.Dataset`,
a :class:`rdflib.ConjunctiveGraph` and a plain :class:`rdflib.Graph`. It reads them from a digest
(:class:`GraphDigest`): the triples of the few predicates it asks about, by predicate and subject,
gathered in one pass over the triples. From kg's own store that pass reads each graph's list of
triples (:meth:`kg.graph.memstore.GraphStore.listed`), so drawing an in-memory build does not make
the store's three indexes (about 0.7 KB a triple: 700 MB for the million triples of a long
document, issue 18) and each read is a dictionary lookup instead of rdflib's layers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypedDict

import networkx as nx
from rdflib import OWL, RDF, RDFS, SKOS, BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, SDO
from rdflib.term import Node

from kg.graph.memstore import GraphStore
from kg.graph.namespaces import GAF, ITSRDF, NIF, SEM, WD
from kg.graph.vocab import KG

__all__ = [
    "DOCUMENT_ROLES",
    "EDGE_ROLES",
    "KINDS",
    "Evidence",
    "GraphDigest",
    "entity_event_graph",
    "union_graph",
]

KINDS: tuple[str, ...] = (
    "Event",
    "Person",
    "Organization",
    "Place",
    "Product",
    "MarketIndex",
    "FinancialMarket",
    "Quotation",
    "Document",
    "Entity",
)
"""Every value of the ``kind`` node attribute. ``Entity`` is for participants of unknown type;
``Document`` is a ``schema:NewsArticle``."""

EDGE_ROLES: tuple[str, ...] = (
    "agent",
    "patient",
    "recipient",
    "actor",
    "place",
    "creator",
    "headOf",
    "mentions",
    "reports",
    "quotes",
)
"""Fixed edge roles; membership edges use the label of their role concept instead. ``mentions``,
``reports`` and ``quotes`` go from a document to an entity, an event and a quotation."""

DOCUMENT_ROLES: dict[str, str] = {"Event": "reports", "Quotation": "quotes"}
"""Role of the edge from a document to a node of each kind (``mentions`` for every other kind)."""

# Entity classes, most specific reading first (a node typed Person and Organization is a Person).
_ENTITY_CLASSES: tuple[tuple[URIRef, str], ...] = (
    (SDO.Person, "Person"),
    (SDO.Organization, "Organization"),
    (SDO.Place, "Place"),
    (SDO.Product, "Product"),
    (KG.MarketIndex, "MarketIndex"),
    # A market named by its street or its exchange is FIN too, but no index: a kind of its own.
    (KG.FinancialMarket, "FinancialMarket"),
)
_EVENT_ROLES: tuple[tuple[URIRef, str], ...] = (
    (KG.agent, "agent"),
    (KG.patient, "patient"),
    (KG.recipient, "recipient"),
)


class Evidence(TypedDict):
    """Where a node or edge was read: one mention in one document."""

    doc: str
    """IRI of the ``schema:NewsArticle``."""
    url_or_source: str
    """The article's ``schema:url``, else its source path, else the document IRI."""
    url: str
    """The article's ``schema:url`` (empty when unknown)."""
    source_path: str
    """The article's ``kg:sourcePath`` (empty when unknown)."""
    title: str
    """The article's ``schema:name`` (empty when unknown)."""
    sentence: str
    """The sentence that contains the mention (the mention text when unknown)."""
    surface: str
    """The mention text (``nif:anchorOf``)."""
    begin: int
    end: int


def union_graph(graph: Graph) -> Graph:
    """Return a graph holding the triples of every graph of ``graph``.

    For an :class:`rdflib.Dataset` (or any :class:`rdflib.ConjunctiveGraph`) the triples of the
    default graph and of all named graphs are merged; a plain graph is returned unchanged.
    The copy is held in kg's :class:`kg.graph.memstore.GraphStore` (a fraction of the cost of
    rdflib's ``Memory``), filled straight from the source store in its own order, so every pattern
    with a bound term reads back in the order a ``Memory`` copy gives (the whole graph in a fixed
    order, where ``Memory`` lists it from a set).
    """
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    store = GraphStore()
    union = Graph(store=store)
    if isinstance(graph.store, GraphStore):
        store.add_union(graph.store, union)
        return union
    for triple, _contexts in graph.store.triples((None, None, None), None):
        store.add(triple, union)
    return union


def _union_view(graph: Graph) -> Graph:
    """The triples of every graph of ``graph``, read in place when kg's own store holds them (a
    :class:`rdflib.Dataset` over the same store whose default graph is the union: no copy, which
    on 300 documents cost more than every read the view makes), else :func:`union_graph`. The
    view does not depend on the order the triples come in (what it keeps of them is sorted)."""
    if isinstance(graph, ConjunctiveGraph) and isinstance(graph.store, GraphStore):
        return Dataset(store=graph.store, default_union=True)
    return union_graph(graph)


class _Source(Protocol):
    """What the view asks of the graph it reads: rdflib's own graph methods, which a
    :class:`GraphDigest` answers too."""

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]: ...

    def subjects(self, predicate: Node, object: Node | None) -> Iterator[Node]: ...  # noqa: A002 - rdflib's name

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]: ...

    def value(self, subject: Node, predicate: Node) -> Node | None: ...


# What the view reads: the objects of these predicates (of a subject, or every subject and object
# of the predicate) and the members of these classes. A digest holds nothing else.
_READ: frozenset[URIRef] = frozenset(
    {
        RDFS.label, SKOS.prefLabel, SDO.name, SDO.headline, SDO.alternateName, SDO.url, SDO.datePublished,
        SDO.text, SDO.creator, OWL.sameAs, KG.sourcePath, KG.document, KG.duplicateOf, KG.sentence,
        KG.agent, KG.patient, KG.recipient, SEM.hasActor, SEM.hasPlace, SEM.eventType, SEM.hasTimeStamp,
        ITSRDF.taIdentRef, GAF.denotedBy, GAF.denotes, NIF.referenceContext, NIF.sourceUrl,
        NIF.beginIndex, NIF.endIndex, NIF.anchorOf, ORG.headOf, ORG.member, ORG.organization, ORG.role,
    }
)
_CLASSES: frozenset[URIRef] = frozenset(
    {*(cls for cls, _ in _ENTITY_CLASSES), SEM.Event, SDO.Quotation, SDO.NewsArticle, ORG.Membership}
)


class GraphDigest:
    """The triples of a few predicates of a graph, by predicate and subject, and the members of a
    few classes (``rdf:type`` of the other classes is left out), gathered in one pass: the
    questions :func:`entity_event_graph` asks (``objects``, ``value``, ``subjects``,
    ``subject_objects``, as rdflib's ``Graph`` answers them) are dictionary lookups.

    The union of the graphs read, as a triple set: a triple held by several graphs counts once,
    and the objects of a subject and predicate come in the order they were first met. Built from
    :func:`graph_chunks`, which reads kg's store without its indexes. A predicate or a class the
    digest was not made for raises ``KeyError``: nothing is answered from triples left out.
    """

    def __init__(
        self,
        chunks: Iterable[Iterable[tuple[Node, Node, Node]]],
        *,
        predicates: Iterable[URIRef] = _READ,
        classes: Iterable[URIRef] = _CLASSES,
    ) -> None:
        # values[p][s]: the one object of (s, p), or a dict (an ordered set) of several.
        values: dict[Node, dict[Node, Any]] = {p: {} for p in predicates}
        members: dict[Node, dict[Node, None]] = {c: {} for c in classes}
        types: dict[Node, Any] = {}
        rdf_type = RDF.type
        read = {**values, rdf_type: types}  # (one lookup a triple: the wanted predicates and rdf:type)
        for chunk in chunks:
            for s, p, o in chunk:
                by_subject = read.get(p)
                if by_subject is None:
                    continue
                if by_subject is types:
                    held_by = members.get(o)
                    if held_by is None:
                        continue
                    held_by[s] = None
                held = by_subject.get(s)
                if held is None:
                    by_subject[s] = o
                elif type(held) is dict:
                    held[o] = None
                elif held != o:
                    by_subject[s] = {held: None, o: None}
        self._values = values
        self._members = members
        self._types = types

    def _held(self, subject: Node, predicate: Node) -> Any:
        if predicate == RDF.type:
            return self._types.get(subject)
        return self._values[predicate].get(subject)

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        """The objects of ``(subject, predicate)`` (for ``rdf:type``, its classes the digest lists)."""
        held = self._held(subject, predicate)
        if held is None:
            return iter(())
        return iter(held) if type(held) is dict else iter((held,))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """The first object of ``(subject, predicate)``, or None."""
        held = self._held(subject, predicate)
        return next(iter(held)) if type(held) is dict else held

    def subjects(self, predicate: Node, object: Node | None = None) -> Iterator[Node]:  # noqa: A002 - rdflib's name
        """The members of the class ``object`` (``predicate`` is ``rdf:type``), or the subjects of
        ``predicate`` (``object`` None)."""
        if predicate == RDF.type and object is not None:
            return iter(list(self._members[object]))
        if object is not None:
            raise KeyError(f"a digest lists the subjects of a class or of a predicate, not of {predicate} {object}")
        return iter(list(self._values[predicate]))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """Each ``(subject, object)`` of ``predicate``."""
        for subject, held in list(self._values[predicate].items()):
            if type(held) is dict:
                for obj in list(held):
                    yield subject, obj
            else:
                yield subject, held


def graph_chunks(graph: Graph) -> Iterable[Iterable[tuple[Node, Node, Node]]]:
    """The triples of every graph of ``graph`` (a dataset or a conjunctive graph), or of ``graph``
    alone (a plain graph), as a few iterables: from kg's own store, each graph's list of triples
    (:meth:`kg.graph.memstore.GraphStore.listed`), which makes no index; else rdflib's patterns."""
    store = graph.store
    if isinstance(store, GraphStore):
        if isinstance(graph, ConjunctiveGraph):
            return store.listed()
        return [store.graph_triples(graph.identifier)]
    if isinstance(graph, ConjunctiveGraph):
        return [(triple for triple, _ in store.triples((None, None, None), None))]
    return [graph.triples((None, None, None))]


def entity_event_graph(
    graph: Graph | Dataset,
    *,
    lang: str = "en",
    include_quotes: bool = True,
    include_documents: bool = True,
    max_evidence: int | None = None,
) -> nx.MultiDiGraph:
    """Build the entity-event view of a knowledge graph.

    Args:
        graph: An :class:`rdflib.Dataset` (all named graphs are read) or a plain graph.
        lang: Preferred language of labels with several languages (event types, roles).
        include_quotes: Add ``schema:Quotation`` nodes and their ``creator`` edges.
        include_documents: Add a ``Document`` node per ``schema:NewsArticle`` with edges to the
            entities it mentions (``mentions``, ``weight`` = number of mentions in the article),
            the events it reports (``reports``) and the quotations it holds (``quotes``).
        max_evidence: Keep at most this many evidence items per node or edge (all when None).

    Returns:
        A multigraph whose node ids are IRI strings. Node attributes: ``kind`` (one of
        :data:`KINDS`), ``label``, ``type_label`` (events), ``date`` (events, ISO string), ``qid``
        (Wikidata id such as ``Q37156``, or None), ``aliases``, ``text`` (quotations) and
        ``evidence`` (a list of :class:`Evidence`). Document nodes have ``label`` (the title, else
        the local name of the IRI), ``title``, ``date`` (``schema:datePublished``), ``url`` and
        ``source_path`` (empty strings when unknown). Edges point from an event to its
        participants (``role`` agent, patient, recipient, actor or place), from a quotation to its
        speaker (``creator``), from a person to an organisation (``headOf`` or the label of an
        ``org:Membership`` role) and from a document to what it mentions, reports or quotes; the
        edge key is its role. Edges carry ``role``, ``label``, ``evidence`` and ``weight`` (1,
        or the number of mentions for document edges). Nodes and edges are inserted in sorted
        order, so equal graphs give equal views.
    """
    digest = GraphDigest(graph_chunks(graph))
    return _entity_event_graph(
        digest, lang=lang, include_quotes=include_quotes, include_documents=include_documents, max_evidence=max_evidence
    )


def _entity_event_graph(
    g: _Source,
    *,
    lang: str,
    include_quotes: bool,
    include_documents: bool,
    max_evidence: int | None,
) -> nx.MultiDiGraph:
    """:func:`entity_event_graph` from ``g``: a :class:`GraphDigest`, or the union of a graph's
    graphs read by rdflib's patterns (:func:`_union_view`), which gives the same view."""
    reader = _Reader(g, lang=lang, max_evidence=max_evidence)
    view = nx.MultiDiGraph()

    nodes: dict[str, dict[str, Any]] = {}
    for entity in _subjects_of_types(g, [cls for cls, _ in _ENTITY_CLASSES]):
        nodes[str(entity)] = reader.entity(entity)
    for event in _subjects_of_types(g, [SEM.Event]):
        nodes[str(event)] = reader.event(event)
    quotes = _subjects_of_types(g, [SDO.Quotation]) if include_quotes else []
    for quote in quotes:
        nodes[str(quote)] = reader.quote(quote)

    edges: list[tuple[str, str, str, dict[str, Any]]] = []

    def link(
        source: Node, target: Node, role: str, label: str, kind: str, evidence: list[Evidence]
    ) -> None:
        if str(target) not in nodes:
            nodes[str(target)] = reader.entity(target, kind=kind)
        edges.append(
            (
                str(source),
                str(target),
                role,
                {"role": role, "label": label, "evidence": evidence, "weight": 1},
            )
        )

    for event in _subjects_of_types(g, [SEM.Event]):
        evidence = nodes[str(event)]["evidence"]
        specific: set[Node] = set()
        for prop, role in _EVENT_ROLES:
            for target in sorted(set(g.objects(event, prop)), key=_sort_key):
                specific.add(target)
                link(event, target, role, role, "Entity", evidence)
        for target in sorted(set(g.objects(event, SEM.hasActor)) - specific, key=_sort_key):
            link(event, target, "actor", "actor", "Entity", evidence)
        for target in sorted(set(g.objects(event, SEM.hasPlace)), key=_sort_key):
            link(event, target, "place", "place", "Place", evidence)

    for quote in quotes:
        for speaker in sorted(set(g.objects(quote, SDO.creator)), key=_sort_key):
            link(quote, speaker, "creator", "creator", "Entity", nodes[str(quote)]["evidence"])

    for person, org in sorted(
        set(g.subject_objects(ORG.headOf)), key=lambda p: (_sort_key(p[0]), _sort_key(p[1]))
    ):
        reader.ensure_kind(nodes, person, "Person")
        link(person, org, "headOf", "headOf", "Organization", [])
    for membership in sorted(set(g.subjects(RDF.type, ORG.Membership)), key=_sort_key):
        evidence = reader.evidence_of(membership)
        roles = sorted({reader.label(r) for r in g.objects(membership, ORG.role)}) or ["member"]
        for person in sorted(set(g.objects(membership, ORG.member)), key=_sort_key):
            reader.ensure_kind(nodes, person, "Person")
            for org in sorted(set(g.objects(membership, ORG.organization)), key=_sort_key):
                for role in roles:
                    link(person, org, role, role, "Organization", evidence)

    if include_documents:
        for doc in _subjects_of_types(g, [SDO.NewsArticle]):
            if doc not in reader.copies:
                nodes.setdefault(str(doc), reader.document(doc))
        for target_id, counts in reader.document_mentions(nodes).items():
            role = DOCUMENT_ROLES.get(nodes[target_id]["kind"], "mentions")
            for doc_id, count in sorted(counts.items()):
                if doc_id not in nodes:
                    nodes[doc_id] = reader.document(URIRef(doc_id))
                edges.append(
                    (
                        doc_id,
                        target_id,
                        role,
                        {"role": role, "label": role, "evidence": [], "weight": count},
                    )
                )

    for node_id in sorted(nodes):
        view.add_node(node_id, **nodes[node_id])
    for src, dst, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        if not view.has_edge(src, dst, key=key):
            view.add_edge(src, dst, key=key, **attrs)
    return view


class _Reader:
    """Reads labels and evidence from the union graph, caching per-document facts."""

    def __init__(self, graph: _Source, *, lang: str, max_evidence: int | None) -> None:
        self.g = graph
        self.lang = lang
        self.max_evidence = max_evidence
        self._docs: dict[Node, tuple[str, str, str, str, str]] = {}
        # A syndicated copy (kg:duplicateOf) adds no weight and no evidence: it counts once.
        self.copies = set(graph.subjects(KG.duplicateOf, None))
        copy_contexts = set()
        for context, doc in graph.subject_objects(KG.document):
            if doc in self.copies:
                copy_contexts.add(context)
            else:
                self._docs[context] = self._describe_doc(doc, context)
        self._mentions: dict[Node, list[Node]] = defaultdict(list)
        pairs = [
            *((t, m) for m, t in graph.subject_objects(ITSRDF.taIdentRef)),
            *graph.subject_objects(GAF.denotedBy),
            *((t, m) for m, t in graph.subject_objects(GAF.denotes)),
        ]
        for target, mention in pairs:
            if not copy_contexts or graph.value(mention, NIF.referenceContext) not in copy_contexts:
                self._mentions[target].append(mention)

    def _describe_doc(self, doc: Node, context: Node) -> tuple[str, str, str, str, str]:
        """IRI, url-or-source, title, url and source path of the document of ``context``."""
        g = self.g
        url = g.value(doc, SDO.url)
        path = g.value(doc, KG.sourcePath)
        source = url or path or g.value(context, NIF.sourceUrl) or doc
        link = url or g.value(context, NIF.sourceUrl) or ""
        return str(doc), str(source), self._title(doc), str(link), str(path or "")

    def _title(self, doc: Node) -> str:
        return _pick_literal(
            [*self.g.objects(doc, SDO.name), *self.g.objects(doc, SDO.headline)], self.lang
        )

    def document(self, doc: Node) -> dict[str, Any]:
        """Attributes of a ``schema:NewsArticle`` node."""
        g = self.g
        title = self._title(doc)
        dates = sorted(str(d) for d in g.objects(doc, SDO.datePublished))
        urls = sorted(str(u) for u in g.objects(doc, SDO.url))
        paths = sorted(str(p) for p in g.objects(doc, KG.sourcePath))
        return {
            "kind": "Document",
            "label": _shorten(title, 60) if title else _local_name(doc),
            "title": title,
            "date": dates[0] if dates else None,
            "url": urls[0] if urls else "",
            "source_path": paths[0] if paths else "",
            "qid": None,
            "evidence": [],
        }

    def document_mentions(self, nodes: dict[str, dict[str, Any]]) -> dict[str, dict[str, int]]:
        """For each non-document node: the number of its distinct mentions in each document."""
        per_node: dict[str, dict[str, set[Node]]] = defaultdict(lambda: defaultdict(set))
        for target, mentions in self._mentions.items():
            node_id = str(target)
            if node_id not in nodes or nodes[node_id].get("kind") == "Document":
                continue
            for mention in mentions:
                context = self.g.value(mention, NIF.referenceContext)
                described = self._docs.get(context) if context is not None else None
                if described is not None:
                    per_node[node_id][described[0]].add(mention)
        return {
            node_id: {doc: len(ms) for doc, ms in per_doc.items()}
            for node_id, per_doc in sorted(per_node.items())
        }

    def label(self, node: Node) -> str:
        """The best label of ``node`` in the preferred language, else a readable fallback."""
        for prop in (RDFS.label, SKOS.prefLabel, SDO.name):
            text = _pick_literal(self.g.objects(node, prop), self.lang)
            if text:
                return text
        mentions = sorted(self.evidence_of(node), key=lambda e: (e["doc"], e["begin"]))
        if mentions and mentions[0]["surface"]:
            return mentions[0]["surface"]
        return _local_name(node)

    def evidence_of(self, node: Node) -> list[Evidence]:
        """The mentions of ``node`` as evidence dicts, sorted by document and offset."""
        items: dict[tuple[str, int, int, str], Evidence] = {}
        for mention in self._mentions.get(node, ()):
            context = self.g.value(mention, NIF.referenceContext)
            doc, source, title, url, path = (
                self._docs.get(context, ("", "", "", "", ""))
                if context is not None
                else ("", "", "", "", "")
            )
            begin = _to_int(self.g.value(mention, NIF.beginIndex))
            end = _to_int(self.g.value(mention, NIF.endIndex))
            surface = str(self.g.value(mention, NIF.anchorOf) or "")
            sentence = str(self.g.value(mention, KG.sentence) or surface)
            key = (doc, begin, end, sentence)
            items[key] = Evidence(
                doc=doc,
                url_or_source=source,
                url=url,
                source_path=path,
                title=title,
                sentence=sentence,
                surface=surface,
                begin=begin,
                end=end,
            )
        ordered = [items[k] for k in sorted(items)]
        return ordered if self.max_evidence is None else ordered[: self.max_evidence]

    def entity(self, node: Node, *, kind: str | None = None) -> dict[str, Any]:
        """Attributes of an entity node (``kind`` is used when the node has no known type)."""
        types = set(self.g.objects(node, RDF.type))
        found = next((name for cls, name in _ENTITY_CLASSES if cls in types), None)
        qids = sorted(
            str(same)[len(str(WD)) :]
            for same in self.g.objects(node, OWL.sameAs)
            if isinstance(same, URIRef) and str(same).startswith(str(WD))
        )
        return {
            "kind": found or kind or "Entity",
            "label": self.label(node),
            "qid": qids[0] if qids else None,
            "aliases": sorted({str(a) for a in self.g.objects(node, SDO.alternateName)}),
            "evidence": self.evidence_of(node),
        }

    def event(self, node: Node) -> dict[str, Any]:
        """Attributes of a ``sem:Event`` node."""
        types = sorted(set(self.g.objects(node, SEM.eventType)), key=_sort_key)
        stamps = sorted(str(t) for t in self.g.objects(node, SEM.hasTimeStamp))
        type_label = self.label(types[0]) if types else ""
        evidence = self.evidence_of(node)
        label = _pick_literal(self.g.objects(node, RDFS.label), self.lang)
        if not label:
            trigger = evidence[0]["surface"] if evidence else ""
            label = trigger or type_label or _local_name(node)
        return {
            "kind": "Event",
            "label": label,
            "type_label": type_label,
            "event_type": str(types[0]) if types else None,
            "date": stamps[0] if stamps else None,
            "qid": None,
            "evidence": evidence,
        }

    def quote(self, node: Node) -> dict[str, Any]:
        """Attributes of a ``schema:Quotation`` node; the label is the start of its text."""
        text = _pick_literal(self.g.objects(node, SDO.text), self.lang)
        return {
            "kind": "Quotation",
            "label": _shorten(text, 40) if text else _local_name(node),
            "text": text,
            "qid": None,
            "evidence": self.evidence_of(node),
        }

    def ensure_kind(self, nodes: dict[str, dict[str, Any]], node: Node, kind: str) -> None:
        """Add ``node`` with ``kind`` when it is not a node yet."""
        if str(node) not in nodes:
            nodes[str(node)] = self.entity(node, kind=kind)


def _subjects_of_types(graph: _Source, classes: Iterable[URIRef]) -> list[Node]:
    subjects: set[Node] = set()
    for cls in classes:
        subjects.update(graph.subjects(RDF.type, cls))
    return sorted(subjects, key=_sort_key)


def _pick_literal(values: Iterable[Node], lang: str) -> str:
    """Choose one literal: the preferred language, then untagged, then the smallest tag."""
    literals = [v for v in values if isinstance(v, Literal)]
    if not literals:
        return ""

    def rank(lit: Literal) -> tuple[int, str, str]:
        tag = (lit.language or "").lower()
        if tag == lang.lower() or tag.split("-")[0] == lang.lower():
            order = 0
        elif not tag:
            order = 1
        else:
            order = 2
        return (order, tag, str(lit))

    return str(min(literals, key=rank))


def _sort_key(node: Node) -> tuple[int, str]:
    return (1 if isinstance(node, BNode) else 0, str(node))


def _local_name(node: Node) -> str:
    text = str(node).rstrip("/#")
    for sep in ("#", "/", ":"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
            break
    return text or str(node)


def _to_int(value: Node | None) -> int:
    if not isinstance(value, Literal):
        return -1
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
