"""`kg serve`: the real Oxigraph server on loopback answers like the in-process store, refuses
updates when read-only, and is always stopped."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.graph.query import named_queries, result_rows
from kg.graph.store import MemoryStore, OxigraphStore
from kg.serve.endpoint import free_port, sparql_http, start_server
from tests.graph.test_store import G1, G2, small_dataset


def http_rows(document: dict) -> tuple[list[str], list[tuple[str, ...]]]:
    """Column names and sorted string rows of a SPARQL JSON results document (as result_rows)."""
    if "boolean" in document:
        return ["ask"], [(str(document["boolean"]).lower(),)]
    columns = document["head"]["vars"]
    rows = [tuple(b.get(c, {}).get("value", "") for c in columns) for b in document["results"]["bindings"]]
    return columns, sorted(rows)


def local_rows(result) -> tuple[list[str], list[tuple[str, ...]]]:
    columns, rows = result_rows(result)
    return columns, sorted(tuple(r) for r in rows)


def post_update(url: str, update: str) -> int:
    request = urllib.request.Request(url, data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture
def small_trig(tmp_path: Path) -> Path:
    return MemoryStore(small_dataset()).dump(tmp_path / "graph.trig")


def test_serves_a_graph_file_read_only_on_loopback(small_trig: Path) -> None:
    server = start_server(small_trig, port=0)
    try:
        assert server.url.startswith("http://127.0.0.1:") and server.running()
        sparql = "SELECT ?e ?n WHERE { ?e a schema:Organization ; rdfs:label ?n }"
        expected = local_rows(MemoryStore(small_dataset()).query(sparql))
        assert http_rows(sparql_http(server.query_url, sparql)) == expected
        # Union default graph with set semantics: the entity shared by two graphs counts once.
        count = sparql_http(server.query_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert count["results"]["bindings"][0]["n"]["value"] == "10"
        assert post_update(server.update_url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }") == 403
        with urllib.request.urlopen(server.url + "/", timeout=10) as page:
            assert b"yasgui" in page.read().lower()  # the query page
        location = server.location
    finally:
        server.stop()
    assert not server.running()
    assert not location.exists()  # the temporary store is removed


def test_writable_store_keeps_its_union(tmp_path: Path, small_trig: Path) -> None:
    store = tmp_path / "store"
    with start_server(small_trig, port=0, writable=True, location=store) as server:
        assert post_update(server.update_url, "INSERT DATA { GRAPH <urn:g> { <urn:a> <http://www.w3.org/2000/01/rdf-schema#label> 'new' } }") == 204
        ask = sparql_http(server.query_url, "ASK { GRAPH <urn:g> { ?s rdfs:label 'new' } }")
        assert ask["boolean"] is True
    # Stopping a writable server rebuilds the union default graph, so the write is now in it.
    with OxigraphStore(store, read_only=True) as reader:
        assert reader.query("ASK { ?s rdfs:label 'new' }").askAnswer
        assert len(reader) == 11


def test_startup_errors_are_coded(tmp_path: Path, small_trig: Path, monkeypatch) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(KGError) as info:
            start_server(small_trig, port=busy.getsockname()[1], startup_timeout=10)
        assert info.value.code == "E704"
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nowhere" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(KGError) as info:
        start_server(small_trig)
    assert info.value.code == "E703"


def test_unreachable_endpoint_is_coded() -> None:
    port = free_port()
    with pytest.raises(KGError) as info:
        sparql_http(f"http://127.0.0.1:{port}/query", "ASK {}", timeout=5)
    assert info.value.code == "E705"


def test_cli_serve_starts_answers_and_stops(small_trig: Path) -> None:
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    port = free_port()
    process = subprocess.Popen([*command, "serve", str(small_trig), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        answer = None
        while time.monotonic() < deadline and process.poll() is None:
            try:
                answer = sparql_http(f"http://127.0.0.1:{port}/query", "ASK { ?e rdfs:label 'IBM' }", timeout=2)
                break
            except KGError:
                time.sleep(0.2)
        assert answer is not None and answer["boolean"] is True, process.poll()
    finally:
        process.terminate()
        process.wait(20)
    with pytest.raises(KGError):  # the server went with it
        sparql_http(f"http://127.0.0.1:{port}/query", "ASK {}", timeout=2)


# --- the canned questions on the seed, over HTTP --------------------------------------------------


@pytest.fixture(scope="module")
def seed_server(seed_build, tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "store"
    with OxigraphStore(path) as store:
        store.replace_graphs(seed_build.dataset)
    server = start_server(path, port=0)
    try:
        yield server, MemoryStore(seed_build.dataset)
    finally:
        server.stop()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_canned_questions_over_http(seed_server, name: str) -> None:
    server, mem = seed_server
    text = named_queries()[name].text
    expected = local_rows(mem.query(text))
    assert expected[1]
    assert http_rows(sparql_http(server.query_url, text)) == expected


@pytest.mark.slow
def test_seed_server_is_read_only_and_sees_every_graph(seed_server) -> None:
    server, mem = seed_server
    graphs = sparql_http(server.query_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert sorted(b["g"]["value"] for b in graphs["results"]["bindings"]) == [str(g) for g in mem.graphs()]
    assert post_update(server.update_url, "CLEAR ALL") == 403
    assert json.dumps(sparql_http(server.query_url, "ASK { ?e rdfs:label 'IBM' }")).count("true") == 1
    assert os.path.isdir(server.location)
    assert G1 not in mem.graphs() and G2 not in mem.graphs()
