"""The generated vocabulary module matches the ontologies, and the ontologies parse."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from tests.conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("gen_vocab", ROOT / "scripts" / "gen_vocab.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["gen_vocab"] = module
    spec.loader.exec_module(module)
    return module


def test_vocab_module_is_up_to_date() -> None:
    generated = _generator().render()
    assert (ROOT / "kg" / "graph" / "vocab.py").read_text(encoding="utf-8") == generated, "run: python scripts/gen_vocab.py"


@pytest.mark.parametrize("name", ["kg.ttl", "events.ttl", "roles.ttl", "shapes.ttl"])
def test_ontology_parses(name: str) -> None:
    assert len(Graph().parse(ROOT / "ontologies" / name, format="turtle")) > 3


def test_unknown_term_fails_at_once() -> None:
    from kg.graph.vocab import KG

    with pytest.raises(AttributeError):
        KG.agnet  # noqa: B018 - the typo is the point


def test_event_types_have_bilingual_labels() -> None:
    graph = Graph().parse(ROOT / "ontologies" / "events.ttl", format="turtle")
    concepts = set(graph.subjects(SKOS.inScheme, None))
    assert len(concepts) >= 10
    for concept in concepts:
        langs = {label.language for label in graph.objects(concept, RDFS.label)}
        assert {"en", "fr"} <= langs, concept


def test_role_properties_are_sub_properties_of_has_actor() -> None:
    from kg.graph.namespaces import SEM
    from kg.graph.vocab import KG

    graph = Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    for prop in (KG.agent, KG.patient, KG.recipient):
        assert (prop, RDFS.subPropertyOf, SEM.hasActor) in graph
