"""The Python API: kg.build / kg.load and the KnowledgeGraph methods."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.errors import KGError
from tests.conftest import SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph():
    return kg.build([SEED, "date: 2021-03-02\nLe groupe Renault a annoncé lundi son retrait du marché russe."])


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = "import sys, kg; print('rdflib' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_build_from_paths_and_texts(graph) -> None:
    assert "2 documents" in repr(graph) and not graph.errors


@pytest.mark.parametrize(
    ("sparql", "bindings", "column", "expected"),
    [
        ("SELECT ?n WHERE { ?e a schema:Person ; rdfs:label ?n } ORDER BY ?n", {}, "n", "Arvind Krishna"),
        ("SELECT ?t WHERE { ?e rdfs:label ?name ; ^kg:agent/sem:eventType/rdfs:label ?t }", {"name": "Renault"}, "t", "withdrawal"),
        ('ASK { ?e rdfs:label "IBM" }', {}, "ask", True),
    ],
)
def test_query_returns_dataframes(graph, sparql, bindings, column, expected) -> None:
    frame = graph.query(sparql, **bindings)
    assert expected in list(frame[column])


def test_hostile_binding_is_a_value_not_query_text(graph) -> None:
    frame = graph.query("SELECT ?e WHERE { ?e rdfs:label ?name }", name='" } ; DROP ALL ; #')
    assert frame.empty
    assert not graph.query('ASK { ?e rdfs:label "IBM" }')["ask"].empty


def test_tables(graph) -> None:
    entities = graph.entities()
    assert {"entity", "label", "type", "qid", "mentions", "documents", "aliases"} <= set(entities.columns)
    assert entities.set_index("label").loc["IBM", "qid"] == "Q37156"
    events = graph.events()
    assert {"type", "trigger", "agent", "time", "polarity", "modality", "sentence"} <= set(events.columns)
    assert not graph.quotes().empty


def test_timeline_is_ordered_and_filtered(graph) -> None:
    everything = graph.timeline()
    times = [str(t) for t in everything["time"]]
    assert times == sorted(times)
    ibm = graph.timeline("IBM")
    assert len(ibm) and set(ibm["document"]) == {"000_02467bd709d905d3"}
    assert graph.timeline("No Such Entity").empty


@pytest.mark.parametrize(("view", "kind"), [("entity-event", nx.MultiDiGraph), ("entity", nx.Graph), ("rdf", nx.MultiDiGraph)])
def test_networkx_views(graph, view, kind) -> None:
    g = graph.to_networkx(view)
    assert isinstance(g, kind) and g.number_of_nodes() > 3


def test_entity_view_links_co_participants(graph) -> None:
    g = graph.to_networkx("entity")
    labels = {data["label"]: node for node, data in g.nodes(data=True)}
    edge = g.get_edge_data(labels["IBM"], labels["United States Congress"])
    assert edge is not None and edge["weight"] >= 1


def test_unknown_view_is_coded(graph) -> None:
    with pytest.raises(KGError) as info:
        graph.to_networkx("nope")  # type: ignore[arg-type]
    assert info.value.code == "E303"


def test_save_load_round_trip(graph, tmp_path: Path) -> None:
    path = graph.save(tmp_path / "g.trig")
    again = kg.load(path)
    assert len(again.dataset) == len(graph.dataset)
    assert again.validate().conforms


def test_show_returns_the_network(graph, tmp_path: Path) -> None:
    network = graph.show(max_nodes=50)
    assert "vis-network" in network.generate_html() or "vis.Network" in network.generate_html()
    assert graph.write_html(tmp_path / "p.html").stat().st_size > 10_000


def test_build_with_nothing_usable_raises() -> None:
    with pytest.raises(KGError):
        kg.build(["/no/such/folder/"])
