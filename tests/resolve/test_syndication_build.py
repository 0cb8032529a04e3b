"""Syndicated copies in a real build: recorded once as kg:duplicateOf, whatever the order or the
``--update`` runs, and counted once in the answers and on the page (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.graph.rdf import IRIs
from kg.graph.vocab import KG
from kg.ingest.web import read_html_file

pytestmark = pytest.mark.slow

WEB = Path(__file__).resolve().parents[1] / "ingest" / "fixtures" / "web"


def _story(name: str) -> str:
    return read_html_file(WEB / name, display=name, doc_id="x", max_chars=2_000_000).text


def corpus() -> list[dict[str, str]]:
    """A wire story on three sites (each with its own header or credit line, one word changed in
    one copy) and an unrelated story. The earliest publication is the original."""
    strike = _story("fr_quotidien.html")
    flood = _story("fr_svg.html")
    return [
        {"id": "ouest-greve", "date": "2023-03-15", "text": "Ouest Matin, édition du soir.\n\n" + strike.replace("mardi", "ce mardi")},
        {"id": "quotidien-greve", "date": "2023-03-14", "text": strike + "\n\nLe Quotidien du Matin avec AFP."},
        {"id": "inondations", "date": "2023-11-16", "text": flood},
        {"id": "sud-greve", "date": "2023-03-16", "text": strike + "\n\nSud Matin, avec AFP."},
    ]


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _duplicates(dataset) -> set[tuple[str, str]]:
    graph = dataset.graph(IRIs().syndication_graph())
    return {(str(s).rsplit("/", 1)[1], str(o).rsplit("/", 1)[1]) for s, o in graph.subject_objects(KG.duplicateOf)}


EXPECTED = {("ouest-greve", "quotidien-greve"), ("sud-greve", "quotidien-greve")}


def test_copies_are_recorded_once_in_any_order(tmp_path: Path) -> None:
    from kg.builder import build_paths

    records = corpus()
    forward = build_paths([_write(tmp_path / "a.jsonl", records)])
    backward = build_paths([_write(tmp_path / "b.jsonl", records[::-1])])
    assert _duplicates(forward.dataset) == _duplicates(backward.dataset) == EXPECTED


def test_update_runs_move_the_original_to_the_earliest(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import kg
    from kg.cli import app

    records = corpus()
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(app, ["build", str(_write(tmp_path / "one.jsonl", [records[0], records[2]])), "--out", str(out), "--no-html", "--no-answers"])
    assert first.exit_code == 0, first.output
    assert _duplicates(kg.load(out / "graph.trig").dataset) == set()
    # The earlier original and a third copy arrive later: the copies now point to it.
    second = runner.invoke(app, ["build", str(_write(tmp_path / "two.jsonl", [records[1], records[3]])), "--out", str(out), "--update", "--no-html", "--no-answers"])
    assert second.exit_code == 0, second.output
    assert _duplicates(kg.load(out / "graph.trig").dataset) == EXPECTED


def test_copies_count_once_in_answers_and_on_the_page(tmp_path: Path) -> None:
    import kg
    from kg.explore.views import entity_event_graph

    graph = kg.build([_write(tmp_path / "c.jsonl", corpus())])
    rows = graph.query((Path(kg.__file__).resolve().parent.parent / "queries" / "entities.rq").read_text(encoding="utf-8"))
    renault = rows[rows["name"] == "Renault"]
    assert list(renault["documents"].astype(int)) == [1]  # three sites, one story
    everything = graph.query("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?c . ?e rdfs:label 'Renault' }")
    assert int(everything["n"][0]) == 3  # the copies' mentions are still in the graph, with offsets
    view = entity_event_graph(graph.dataset, include_documents=True)
    articles = {n for n, a in view.nodes(data=True) if a.get("kind") == "Document"}
    assert {URIRef(a).rsplit("/", 1)[1] for a in articles} == {"quotidien-greve", "inondations"}
