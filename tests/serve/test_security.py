"""No query path reaches the network, and the endpoint keeps its limits (issue 14).

A canary HTTP server on 127.0.0.1 records every request it receives. Every query path gets SERVICE
queries aimed at it (in the WHERE clause, a subquery, an OPTIONAL, lower case, a prefixed IRI, an
escaped keyword...), and the writable endpoint gets LOAD: the canary must receive nothing. Positive
controls show the canary works: pyoxigraph unguarded calls it, and a LOAD that ``--allow-load``
names reaches it. Then the endpoint's limits: body size (413), concurrency (429), time (408), answer
size (422), and after each refusal the endpoint still answers. A Hypothesis test mutates federated
queries and checks, against an unguarded engine, that whatever would reach the network is refused.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli import app
from kg.errors import KGError
from kg.graph.query import run_query
from kg.graph.store import MemoryStore, OxigraphStore, head_rows
from kg.serve.endpoint import Limits, sparql_http, start_server
from tests.graph.test_store import G1, small_dataset

pytestmark = pytest.mark.slow

RESULTS = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?{v} {{1 2 3 4 5 6 7 8 9 10}}" for v in "abcdefgh")
    + " FILTER(?a+?b+?c+?d+?e+?f+?g+?h > 3) }"
)
BIG = "SELECT * WHERE { " + " ".join(f"VALUES ?{v} {{1 2 3 4 5 6 7 8 9 10}}" for v in "abcdef") + " }"


class Canary:
    """An HTTP server on loopback that records each request and answers an empty SPARQL result."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                outer.requests.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(RESULTS)))
                self.end_headers()
                self.wfile.write(RESULTS)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def _canary_stays_silent(request: pytest.FixtureRequest) -> Iterator[None]:
    if "canary" not in request.fixturenames:
        yield
        return
    canary: Canary = request.getfixturevalue("canary")
    before = len(canary.requests)
    yield
    if not request.node.get_closest_marker("canary_called"):
        assert canary.requests[before:] == [], "a query path contacted the canary"


def federated(url: str) -> list[tuple[str, str]]:
    """Ways to write a query that asks ``url`` for data."""
    host = url.rsplit("/", 1)[0] if url.count("/") > 2 else url
    return [
        ("where", f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
        ("subquery", f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }} }}"),
        ("optional", f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{url}/sparql> {{ ?a ?p ?o }} }} }}"),
        ("lower case", f"select * where {{ service silent <{url}/sparql> {{ ?s ?p ?o }} }}"),
        ("prefixed iri", f"PREFIX c: <{host}/> SELECT * WHERE {{ SERVICE c:sparql {{ ?s ?p ?o }} }}"),
        ("variable", f"SELECT * WHERE {{ VALUES ?e {{ <{url}/sparql> }} SERVICE ?e {{ ?s ?p ?o }} }}"),
        ("escaped keyword", f"SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
        ("ask", f"ASK {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
        ("construct", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ]


NAMES = [name for name, _ in federated("http://x")]


def _status(request: urllib.request.Request, timeout: float = 30) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


def get(url: str, **params: str) -> tuple[int, bytes, dict[str, str]]:
    return _status(urllib.request.Request(url + ("?" + urllib.parse.urlencode(params) if params else "")))


def post(url: str, body: bytes, ctype: str, headers: dict[str, str] | None = None, method: str = "POST") -> tuple[int, bytes, dict[str, str]]:
    return _status(urllib.request.Request(url, data=body, headers={"Content-Type": ctype, **(headers or {})}, method=method))


def post_form(url: str, **fields: str) -> tuple[int, bytes, dict[str, str]]:
    return post(url, urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded")


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return MemoryStore(small_dataset()).dump(tmp_path_factory.mktemp("graph") / "graph.trig")


@pytest.fixture(scope="module")
def endpoint(trig: Path) -> Iterator:
    with start_server(trig, port=0, limits=Limits(timeout=20)) as server:
        yield server


def assert_alive(server) -> None:
    """The endpoint answers (after a 429, as a client would, once its servers are back)."""
    deadline = time.monotonic() + 15
    while True:
        try:
            answer = sparql_http(server.query_url, "ASK { ?e rdfs:label 'IBM' }", timeout=30)
            break
        except KGError as exc:
            if "HTTP 429" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    assert answer["boolean"] is True


# --- the canary works: an unguarded engine calls it -------------------------------------------------


@pytest.mark.canary_called
def test_canary_catches_an_unguarded_engine(canary: Canary) -> None:
    import pyoxigraph

    before = len(canary.requests)
    list(pyoxigraph.Store().query(federated(canary.url)[0][1]))
    assert len(canary.requests) == before + 1


# --- every query path refuses SERVICE ----------------------------------------------------------------


@pytest.mark.parametrize("case", range(len(NAMES)), ids=NAMES)
def test_endpoint_refuses_service_every_way(endpoint, canary: Canary, case: int) -> None:
    query = federated(canary.url)[case][1]
    answers = [
        get(endpoint.query_url, query=query),
        post_form(endpoint.query_url, query=query),
        post(endpoint.query_url, query.encode(), "application/sparql-query"),
        post_form(endpoint.url + "/sparql", query=query),
        post(endpoint.url + "/sparql", query.encode(), "application/sparql-query"),
    ]
    for status, body, _ in answers:
        assert status == 403 and b"[E408] SERVICE" in body
    with pytest.raises(KGError) as info:
        sparql_http(endpoint.query_url, query)
    assert info.value.code == "E706" and "E408" in str(info.value)


@pytest.mark.parametrize("case", range(len(NAMES)), ids=NAMES)
def test_in_process_paths_refuse_service(tmp_path: Path, trig: Path, canary: Canary, case: int) -> None:
    query = federated(canary.url)[case][1]
    dataset = small_dataset()
    attempts = [
        lambda: run_query(dataset, query),
        lambda: KnowledgeGraph(dataset).query(query),
        lambda: head_rows(dataset, query, limit=5),  # answers.md
    ]
    with OxigraphStore(tmp_path / "store") as store:
        store.load_file(trig)
        attempts += [lambda: store.query(query), lambda: store.head(query, limit=5)]
        for attempt in attempts:
            with pytest.raises(KGError) as info:
                attempt()
            assert info.value.code == "E408"
    runner = CliRunner()
    for target in (trig, tmp_path / "store"):
        result = runner.invoke(app, ["query", str(target), query])
        assert result.exit_code == 2 and "[E408]" in result.output, result.output


# --- LOAD --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def writable(trig: Path, canary: Canary, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    location = tmp_path_factory.mktemp("writable") / "store"
    allowed = canary.url + "/allowed.ttl"
    with start_server(trig, port=0, writable=True, location=location, allow_load=[allowed], limits=Limits(timeout=20)) as server:
        yield server


@pytest.mark.parametrize(
    "update",
    [
        "LOAD <{url}/data.ttl>",
        "load silent <{url}/data.ttl> INTO GRAPH <urn:g>",
        "PREFIX c: <{url}/> LOAD c:allowed.ttl",
        "INSERT DATA {{ <urn:a> <urn:b> 1 }} ; LOAD <{url}/data.ttl>",
        "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        "\\u004cOAD <{url}/data.ttl>",
    ],
)
def test_writable_endpoint_refuses_load_and_service(writable, canary: Canary, update: str) -> None:
    text = update.format(url=canary.url)
    for status, body, _ in (
        post(writable.update_url, text.encode(), "application/sparql-update"),
        post_form(writable.update_url, update=text),
        post_form(writable.url + "/sparql", update=text),
    ):
        assert status == 403 and b"[E408]" in body
    assert_alive(writable)


@pytest.mark.canary_called
def test_load_named_by_allow_load_is_fetched(writable, canary: Canary) -> None:
    before = len(canary.requests)
    status, body, _ = post(writable.update_url, f"LOAD SILENT <{canary.url}/allowed.ttl>".encode(), "application/sparql-update")
    assert status in (200, 204), body
    assert canary.requests[before:] == ["GET /allowed.ttl"]


def test_cross_origin_writes_are_refused(writable) -> None:
    update = b"INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 1 } }"
    status, body, _ = post(writable.update_url, update, "application/sparql-update", {"Origin": "http://evil.example"})
    assert status == 403 and b"[E711]" in body
    status, body, _ = post(writable.store_url + "?graph=urn:x", b"<urn:a> <urn:b> 1 .", "text/turtle", {"Origin": "null"}, method="PUT")
    assert status == 403 and b"[E711]" in body
    own = writable.url.split("//", 1)[1]
    status, _, _ = post(writable.update_url, update, "application/sparql-update", {"Origin": f"http://{own}"})
    assert status in (200, 204)


# --- protocol, page and Graph Store reads keep working -----------------------------------------------


def test_protocol_page_and_graph_store_reads(endpoint) -> None:
    status, body, _ = get(endpoint.query_url, query="SELECT ?n WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }")
    assert status == 200 and b"IBM" in body
    status, body, _ = post(endpoint.query_url + "?default-graph-uri=" + urllib.parse.quote(str(G1)), b"SELECT * WHERE { ?s ?p ?o }", "application/sparql-query")
    assert status == 200 and json.loads(body)["results"]["bindings"]
    status, body, _ = get(endpoint.store_url, graph=str(G1))
    assert status == 200 and b"IBM" in body
    status, body, headers = get(endpoint.url + "/")
    assert status == 200 and b"yasgui" in body.lower()
    policy = headers["Content-Security-Policy"]
    assert "connect-src 'self'" in policy and "default-src 'none'" in policy
    for path in ("/yasgui.min.js", "/yasgui.min.css"):
        assert get(endpoint.url + path)[0] == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "ctype", "status", "code"),
    [
        ("GET", "/query", None, None, 400, "E713"),  # no query
        ("GET", "/query?query=ASK{}&query=ASK{}", None, None, 400, "E713"),  # two queries
        ("GET", "/query?query=ASK{}&union-default-graph=", None, None, 400, "E713"),  # unknown parameter
        ("GET", "/nowhere", None, None, 404, "E713"),
        ("POST", "/query", b"ASK {}", "text/plain", 415, "E713"),
        ("POST", "/query", b"\xff\xfe", "application/sparql-query", 400, "E713"),
        ("PUT", "/query", b"ASK {}", "application/sparql-query", 405, "E713"),
        ("POST", "/update", b"INSERT DATA { <urn:a> <urn:b> 1 }", "application/sparql-update", 403, "E710"),
        ("PUT", "/store?graph=urn:x", b"<urn:a> <urn:b> 1 .", "text/turtle", 403, "E710"),
        ("DELETE", "/store?graph=urn:x", None, None, 403, "E710"),
    ],
)
def test_bad_requests_get_clear_4xx(endpoint, method: str, path: str, body: bytes | None, ctype: str | None, status: int, code: str) -> None:
    request = urllib.request.Request(endpoint.url + path, data=body, method=method, headers={"Content-Type": ctype} if ctype else {})
    got, answer, _ = _status(request)
    assert got == status and f"[{code}]".encode() in answer, answer
    assert_alive(endpoint)


def test_dns_rebinding_host_is_refused(endpoint) -> None:
    request = urllib.request.Request(endpoint.query_url + "?query=ASK%7B%7D", headers={"Host": "evil.example:7878"})
    status, body, _ = _status(request)
    assert status == 403 and b"[E712]" in body
    request = urllib.request.Request(endpoint.query_url + "?query=ASK%7B%7D", headers={"Host": f"localhost:{endpoint.port}"})
    assert _status(request)[0] == 200


# --- limits ------------------------------------------------------------------------------------------


def test_body_over_the_limit_is_413(trig: Path) -> None:
    with start_server(trig, port=0, limits=Limits(max_body_bytes=4000, max_running=1)) as server:
        status, body, _ = post(server.query_url, b"ASK {} #" + b"x" * 5000, "application/sparql-query")
        assert status == 413 and b"[E707]" in body
        assert_alive(server)


def test_timeout_is_enforced_and_the_server_keeps_serving(trig: Path) -> None:
    with start_server(trig, port=0, limits=Limits(timeout=2, max_running=1)) as server:
        started = time.monotonic()
        status, body, _ = post(server.query_url, SLOW.encode(), "application/sparql-query")
        elapsed = time.monotonic() - started
        assert status == 408 and b"[E407]" in body
        assert elapsed < 6, elapsed
        assert_alive(server)  # the overrunning Oxigraph process was replaced


def test_answer_over_the_limit_is_422(trig: Path) -> None:
    with start_server(trig, port=0, limits=Limits(max_result_bytes=10_000, max_running=1)) as server:
        status, body, _ = post(server.query_url, BIG.encode(), "application/sparql-query")
        assert status == 422 and b"[E709]" in body
        assert_alive(server)


def test_too_many_queries_at_once_is_429(trig: Path) -> None:
    with start_server(trig, port=0, limits=Limits(timeout=3, max_running=1, max_waiting=0)) as server:
        slow = threading.Thread(target=post, args=(server.query_url, SLOW.encode(), "application/sparql-query"))
        slow.start()
        deadline = time.monotonic() + 5
        while server.pool.counts()[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        status, body, headers = post(server.query_url, b"ASK {}", "application/sparql-query")
        slow.join()
        assert status == 429 and b"[E708]" in body and headers["Retry-After"] == "1"
        assert_alive(server)


# --- generated and mutated queries -------------------------------------------------------------------


def _mutate(draw, text: str) -> str:
    mutations = draw(st.lists(st.sampled_from(["case", "space", "comment", "escape", "wrap", "prefix", "junk"]), max_size=4))
    for mutation in mutations:
        if mutation == "case":
            text = "".join(c.swapcase() if draw(st.booleans()) else c for c in text)
        elif mutation == "space":
            text = text.replace(" ", draw(st.sampled_from(["\n", "\t", "  ", " \r\n "])))
        elif mutation == "comment":
            text = text.replace("{ ", "{ # SERVICE <x> { }\n", 1)
        elif mutation == "escape":
            index = text.lower().find("service")
            if index >= 0:
                text = text[:index] + f"\\u{ord(text[index]):04X}" + text[index + 1 :]
        elif mutation == "wrap":
            body = text[text.index("{") :] if "{" in text else "{}"
            text = f"SELECT * WHERE {{ OPTIONAL {{ SELECT * WHERE {body} }} }}"
        elif mutation == "prefix":
            text = "PREFIX service: <urn:x#> " + text
        else:
            position = draw(st.integers(0, len(text)))
            text = text[:position] + draw(st.text(alphabet="{}<>?\"'#.:;\\ SERVICEsilent", max_size=6)) + text[position:]
    return text


@st.composite
def hostile_queries(draw, url: str) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=80))
    return _mutate(draw, draw(st.sampled_from([q for _, q in federated(url)])))


def test_mutated_queries_never_reach_the_network(endpoint) -> None:
    import pyoxigraph

    probe = Canary()  # its own canary: an unguarded engine calls it, the endpoint must not
    unguarded = pyoxigraph.Store()

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(query=hostile_queries(probe.url))
    def check(query: str) -> None:
        before = len(probe.requests)
        try:
            answer = unguarded.query(query)
            if not isinstance(answer, pyoxigraph.QueryBoolean):
                list(answer)
        except (SyntaxError, OSError, ValueError, RuntimeError, TypeError):
            pass
        reaches = len(probe.requests) > before  # the oracle: this text would reach the network
        before = len(probe.requests)
        started = time.monotonic()
        status, body, _ = post(endpoint.query_url, query.encode("utf-8", "surrogatepass"), "application/sparql-query")
        assert time.monotonic() - started < 25  # the endpoint's timeout is 20 s
        assert len(probe.requests) == before, query
        assert status != 502, body  # no private server died on it
        if reaches:
            assert status == 403 and b"[E408]" in body, query

    try:
        check()
    finally:
        probe.close()
    assert_alive(endpoint)


# --- the command as a user runs it ---------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        if children.exists():
            found |= {int(c) for c in children.read_text().split()}
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc")
def test_cli_serve_refuses_service_and_leaves_no_process(trig: Path, canary: Canary) -> None:
    import subprocess
    import sys

    from kg.serve.endpoint import free_port

    kg = Path(sys.executable).parent / "kg"
    command = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    port = free_port()
    process = subprocess.Popen(
        [*command, "serve", str(trig), "--port", str(port), "--timeout", "5", "--max-body-bytes", "4096", "--max-running", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(url, query="ASK {}")[0] == 200:
                    break
            except urllib.error.URLError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, process.stderr.read() if process.stderr else ""
            time.sleep(0.2)
        # The request of the issue, as curl --data-urlencode sends it.
        status, body, _ = post_form(url, query=f"SELECT * WHERE {{ SERVICE <{canary.url}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 403 and b"[E408]" in body
        assert post(url, b"ASK {} #" + b"x" * 5000, "application/sparql-query")[0] == 413
        servers = _children(process.pid)
        assert len(servers) == 2  # --max-running private Oxigraph servers
        status, body, _ = post(url, SLOW.encode(), "application/sparql-query")
        assert status == 408 and b"within 5.0 s" in body
        while len(_children(process.pid) - servers) < 1:  # the one that overran is replaced
            assert time.monotonic() < deadline + 30
            time.sleep(0.1)
        servers |= _children(process.pid)
    finally:
        process.terminate()
        process.wait(20)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2] for pid in servers):
        assert time.monotonic() < deadline, "a private Oxigraph server outlived kg serve"
        time.sleep(0.1)
