"""The SHACL shapes catch broken graphs, including an anchor that is not its source substring."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, SDO

from kg.graph.namespaces import NIF, SEM
from kg.graph.rdf import new_dataset
from kg.graph.validate import validate

pytestmark = pytest.mark.slow


def _copy(build):
    copy = new_dataset()
    for s, p, o, g in build.dataset.quads((None, None, None, None)):
        copy.graph(g.identifier if hasattr(g, "identifier") else g).add((s, p, o))
    return copy


def _doc_graph(ds):
    return next(g for g in ds.graphs() if "/graph/" in str(g.identifier) and not str(g.identifier).endswith("ontology"))


def _tamper_anchor(g):
    m = next(g.subjects(NIF.anchorOf, None))
    g.remove((m, NIF.anchorOf, None))
    g.add((m, NIF.anchorOf, Literal("not the source text")))


def _bad_offset(g):
    m = next(g.subjects(NIF.anchorOf, None))
    g.remove((m, NIF.endIndex, None))
    g.add((m, NIF.endIndex, Literal("x")))


def _bad_qid(g):
    e = next(g.subjects(RDF.type, SDO.Organization))
    g.add((e, OWL.sameAs, URIRef("http://www.wikidata.org/entity/QQ1")))


def _event_without_type(g):
    e = next(g.subjects(RDF.type, SEM.Event))
    g.remove((e, SEM.eventType, None))


@pytest.mark.parametrize("breakage", [_tamper_anchor, _bad_offset, _bad_qid, _event_without_type])
def test_broken_graphs_do_not_conform(seed_build, breakage) -> None:
    copy = _copy(seed_build)
    assert validate(copy).conforms
    breakage(_doc_graph(copy))
    report = validate(copy)
    assert not report.conforms and report.violations >= 1
