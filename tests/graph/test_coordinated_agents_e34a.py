"""Every member of a coordinated agent or patient is a participant of the event in the graph and in
the evaluation's argument triples ("Velto Holdings and Carrow Group signed a merger agreement":
both sign). Every text is invented (e34a)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXT = (
    "LONDON (Reuters) - Velto Holdings and Carrow Group signed a supply agreement on Wednesday, the "
    "companies said. Police later arrested John Walsh and Peter Hughes in Leeds."
)


@pytest.fixture(scope="module")
def analysis():
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    (found,) = list(analyse([Document(id="t", text=TEXT, source="test", date=PartialDate(2026, 11, 20), lang="en")]))
    return found


@pytest.mark.parametrize(("trigger", "role", "names"), [
    ("agreement", "agent", {"Velto Holdings", "Carrow Group"}),
    ("arrested", "patient", {"John Walsh", "Peter Hughes"}),
])
def test_graph_links_every_member(analysis, trigger: str, role: str, names: set[str]) -> None:
    from rdflib import RDFS

    from kg.graph.namespaces import KG
    from kg.graph.rdf import add_analysis, new_dataset

    dataset = new_dataset()
    add_analysis(dataset, analysis)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    got = set()
    for node in set(dataset.subjects(KG[role], None)):
        if any(trigger in str(label) for label in dataset.objects(node, RDFS.label)):
            got |= {str(label) for ent in dataset.objects(node, KG[role]) for label in dataset.objects(ent, RDFS.label)}
    assert names <= got, (event, got)


def test_evaluation_scores_every_member(analysis) -> None:
    from kg.evaluation.runner import system_output

    out = system_output(analysis)
    agents = {a.argument.text for a in out.arguments if a.role == "agent" and a.trigger.text == "agreement"}
    assert {"Velto Holdings", "Carrow Group"} <= agents
