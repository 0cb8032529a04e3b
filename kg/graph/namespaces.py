"""Namespaces of the published vocabularies the graph uses.

The project's own terms are in :mod:`kg.graph.vocab` (generated from ``ontologies/*.ttl``). The classes
below list only the terms kg writes, so a typo raises ``AttributeError`` at once instead of
producing a silently wrong IRI.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import OWL, PROV, SDO, SKOS, XSD, DefinedNamespace, Namespace

from kg.graph.vocab import EVT, KG, ROLE


class SEM(DefinedNamespace):
    """Simple Event Model."""

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasTime: URIRef

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True


class NIF(DefinedNamespace):
    """NLP Interchange Format 2.0 core."""

    Context: URIRef
    Phrase: URIRef
    Sentence: URIRef
    String: URIRef
    RFC5147String: URIRef
    isString: URIRef
    referenceContext: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    sourceUrl: URIRef
    predLang: URIRef

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True


class ITSRDF(DefinedNamespace):
    """Internationalization Tag Set 2.0, RDF form."""

    taIdentRef: URIRef
    taClassRef: URIRef
    taConfidence: URIRef

    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True


class GAF(DefinedNamespace):
    """Grounded Annotation Framework."""

    denotedBy: URIRef
    denotes: URIRef

    _NS = Namespace("http://groundedannotationframework.org/gaf#")
    _fail = True


# Wikidata entities, for owl:sameAs links.
WD = Namespace("http://www.wikidata.org/entity/")


ORG = Namespace("http://www.w3.org/ns/org#")

#: The prefixes kg declares: in TriG and Turtle files, and before every SPARQL query.
PREFIXES = {
    "kg": KG._NS,
    "evt": EVT._NS,
    "role": ROLE._NS,
    "sem": SEM._NS,
    "nif": NIF._NS,
    "itsrdf": ITSRDF._NS,
    "gaf": GAF._NS,
    "schema": SDO._NS,
    "prov": PROV._NS,
    "org": ORG,
    "owl": OWL._NS,
    "skos": SKOS._NS,
    "wd": WD,
    "xsd": XSD._NS,
}
