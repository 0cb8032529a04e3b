"""Checking a built graph against ``ontologies/shapes.ttl`` with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Dataset, Graph

from kg.knowledge.resources import resource_path


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, and pySHACL's report text when it does not."""

    conforms: bool
    text: str
    violations: int


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes of the graph contract."""
    return Graph().parse(resource_path("shapes.ttl"), format="turtle")


def union_graph(dataset: Dataset | Graph) -> Graph:
    """All triples of all named graphs in one graph (what users' SPARQL sees)."""
    if not isinstance(dataset, Dataset):
        return dataset
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(dataset: Dataset | Graph) -> ValidationReport:
    """Validate the union of the named graphs (the ontology graph included) against the shapes."""
    from pyshacl import validate as shacl_validate

    conforms, report_graph, text = shacl_validate(
        union_graph(dataset),
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
        allow_warnings=False,
    )
    from rdflib.namespace import SH

    violations = len(list(report_graph.subjects(predicate=SH.resultSeverity)))
    return ValidationReport(bool(conforms), str(text), violations)
