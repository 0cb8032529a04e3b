"""Summary counts of a built graph."""

from __future__ import annotations

from rdflib import Dataset

from kg.graph.query import run_query

_COUNTS = {
    "documents": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle }",
    "persons": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Person }",
    "organisations": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Organization }",
    "places": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Place }",
    "linked to Wikidata": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e owl:sameAs ?q FILTER (STRSTARTS(STR(?q), STR(wd:))) }",
    "entity mentions": "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }",
    "temporal expressions": "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m kg:timexValue ?v }",
    "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event }",
    "events with a time": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event ; sem:hasTimeStamp ?t }",
    "events with an agent": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event ; kg:agent ?a }",
    "quotations": "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a schema:Quotation }",
    "memberships": "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a org:Membership }",
}

_EVENT_TYPES = """
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a sem:Event ; sem:eventType/rdfs:label ?type . FILTER (lang(?type) = "en")
} GROUP BY ?type ORDER BY DESC(?n) ?type
"""


def graph_stats(dataset: Dataset) -> dict[str, int]:
    """Counts of documents, entities by type, mentions, events (overall and by type) and triples."""
    stats: dict[str, int] = {}
    for key, sparql in _COUNTS.items():
        row = next(iter(run_query(dataset, sparql)))
        stats[key] = int(row[0])  # type: ignore[index]
    for row in run_query(dataset, _EVENT_TYPES):
        stats[f"events: {row[0]}"] = int(row[1])  # type: ignore[index]
    stats["triples"] = len(dataset)
    return stats
