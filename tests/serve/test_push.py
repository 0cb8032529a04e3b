"""`kg push`: every named graph PUT to a Graph Store endpoint, replacing it; errors coded."""

from __future__ import annotations

import base64
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.graph.store import MemoryStore, OxigraphStore, restore_datatypes
from kg.serve.endpoint import free_port, start_server
from kg.serve.push import graph_url, push
from tests.graph.test_store import G1, G2, small_dataset

runner = CliRunner()


def fetch_graph(store_url: str, iri: str) -> Graph:
    request = urllib.request.Request(graph_url(store_url, iri), headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=10) as response:
        fetched = Graph().parse(data=response.read().decode("utf-8"), format="nt")
    # Oxigraph stores xsd:nonNegativeInteger as xsd:integer; kg restores the contract's type on reading.
    return restore_datatypes(fetched)


@pytest.fixture
def writable_server(tmp_path: Path):
    empty = tmp_path / "empty"
    OxigraphStore(empty).close()
    server = start_server(empty, port=0, writable=True)
    try:
        yield server
    finally:
        server.stop()


def test_push_then_read_back_every_graph(writable_server) -> None:
    local = MemoryStore(small_dataset())
    report = push(local.dataset, writable_server.store_url)
    assert [g for g, _, _ in report.graphs] == [str(G1), str(G2)]
    assert report.triples == 12 and all(status in (200, 201, 204) for _, _, status in report.graphs)
    for iri in (G1, G2):
        assert isomorphic(fetch_graph(writable_server.store_url, str(iri)), local.graph(iri))
    # Pushing again replaces each graph: nothing is duplicated, a changed graph is updated.
    local.replace_graph(G1, list(local.graph(G1))[:2])
    push(local, writable_server.store_url)
    assert isomorphic(fetch_graph(writable_server.store_url, str(G1)), local.graph(G1))
    assert isomorphic(fetch_graph(writable_server.store_url, str(G2)), local.graph(G2))


def test_cli_push_from_a_file(writable_server, tmp_path: Path) -> None:
    trig = MemoryStore(small_dataset()).dump(tmp_path / "graph.trig")
    result = runner.invoke(app, ["push", str(trig), "--endpoint", writable_server.store_url, "--timeout", "30"])
    assert result.exit_code == 0, result.output
    assert "pushed 2 graph(s), 12 triples" in result.stdout
    assert len(fetch_graph(writable_server.store_url, str(G2))) == 6


def test_unreachable_and_refused_endpoints_are_coded(tmp_path: Path) -> None:
    dataset = small_dataset()
    with pytest.raises(KGError) as info:
        push(dataset, f"http://127.0.0.1:{free_port()}/store", timeout=5)
    assert info.value.code == "E705"
    with pytest.raises(KGError) as info:
        push(dataset, "ftp://example.org/store")
    assert info.value.code == "E705"
    trig = MemoryStore(dataset).dump(tmp_path / "graph.trig")
    with start_server(trig, port=0) as read_only:
        with pytest.raises(KGError) as info:
            push(dataset, read_only.store_url)
        assert info.value.code == "E706" and "403" in str(info.value)
        result = runner.invoke(app, ["push", str(trig), "--endpoint", read_only.store_url])
        assert result.exit_code == 2 and "[E706]" in result.output


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict] = []

    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", 0))
        _Recorder.seen.append({"path": self.path, "headers": dict(self.headers), "body": self.rfile.read(length)})
        self.send_response(401 if self.headers.get("Authorization") is None else 204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_basic_auth_content_type_and_graph_parameter() -> None:
    _Recorder.seen = []
    httpd = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    endpoint = f"http://127.0.0.1:{httpd.server_address[1]}/ds/data"
    try:
        report = push(small_dataset(), endpoint, user="ann", password="s3cret", graphs=[str(G2)])
        assert len(report.graphs) == 1
        request = _Recorder.seen[0]
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(request["path"]).query) == {"graph": [str(G2)]}
        assert request["headers"]["Content-Type"] == "application/n-triples"
        assert request["headers"]["Authorization"] == "Basic " + base64.b64encode(b"ann:s3cret").decode()
        assert len(Graph().parse(data=request["body"].decode(), format="nt")) == 6
        with pytest.raises(KGError) as info:  # no credentials: the server says 401
            push(small_dataset(), endpoint)
        assert info.value.code == "E706" and "401" in str(info.value)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.slow
def test_push_the_seed_build(seed_build, writable_server) -> None:
    local = MemoryStore(seed_build.dataset)
    report = push(local, writable_server.store_url)
    assert len(report.graphs) == len(local.graphs()) >= 2
    for iri in local.graphs():
        assert isomorphic(fetch_graph(writable_server.store_url, str(iri)), local.graph(iri)), iri
