"""The HTTP front of ``kg serve``: every request is checked here before an Oxigraph server sees it.

The Oxigraph server binary would execute ``SERVICE`` and ``LOAD <url>`` for anyone who can reach it
and has no switch to refuse them, and its own ``--timeout-s`` does not stop every query. So clients
never talk to it. ``kg serve`` listens with :class:`FrontServer`, which:

- accepts only the SPARQL 1.1 Protocol (``/query``, ``/update``, ``/sparql``), Graph Store reads
  (and writes with ``--writable``) at ``/store``, and the query page;
- refuses ``SERVICE`` everywhere and ``LOAD`` unless ``--allow-load`` names the IRI (E408, 403),
  before forwarding the query it checked, re-encoded, to a private Oxigraph server on loopback;
- bounds the request body (E707, 413), the queries running and waiting (E708, 429), each query's
  time (E407, 408) and the size of its answer (E709, 422);
- refuses writes posted by another site's web page (E711) and, on a loopback address, requests
  whose ``Host`` is not a loopback name (E712, DNS rebinding).

Each private Oxigraph server runs one request at a time. One that overruns its time or its answer
size is killed and replaced, so a runaway query stops using the machine and the endpoint keeps
serving. Standard library only: ``http.server`` and sockets.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.errors import Errors, KGError
from kg.graph.sparqlguard import check_query, check_update

LOOPBACK = ("127.0.0.1", "localhost", "::1")

# The query page may talk to this endpoint only: YASGUI's prefix and vocabulary look-ups would
# otherwise send what the user types to other hosts.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
PAGE_FILES = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
_QUERY_PARAMS = frozenset({"query", "default-graph-uri", "named-graph-uri"})
_UPDATE_PARAMS = frozenset({"update", "using-graph-uri", "using-named-graph-uri"})
_STORE_PARAMS = frozenset({"graph", "default"})
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Limits:
    """What one client may ask of the endpoint."""

    timeout: float = 30.0  # seconds per request, waiting for a free server included
    max_body_bytes: int = 1 << 20
    max_result_bytes: int = 64 << 20
    max_running: int = 4
    max_waiting: int = 16


@dataclass
class Upstream:
    """One private Oxigraph server process on loopback."""

    process: subprocess.Popen
    port: int

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a kill that does not land
            pass


class Busy(Exception):
    """No server became free in time, or too many requests already wait (E708)."""


@dataclass
class UpstreamPool:
    """At most ``size`` requests run at once, one per server; ``max_waiting`` more may queue.

    A server released as unhealthy (it overran, or its connection broke) is killed and a new one
    is started in the background, so the pool keeps its size.
    """

    spawn: Callable[[int], list[Upstream]]
    size: int
    max_waiting: int
    _idle: list[Upstream] = field(default_factory=list)
    _running: int = 0
    _waiting: int = 0
    _closed: bool = False
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _spawner: ThreadPoolExecutor | None = None

    def start(self) -> None:
        """Start every server (E704 if one does not start)."""
        # One long-lived thread starts every server: on Linux a server started with
        # PR_SET_PDEATHSIG is stopped when the *thread* that started it ends.
        self._spawner = ThreadPoolExecutor(1, thread_name_prefix="kg-serve-spawn")
        self._idle.extend(self._spawner.submit(self.spawn, self.size).result())

    def acquire(self, deadline: float) -> Upstream:
        with self._cond:
            if not self._idle and self._waiting >= self.max_waiting:
                raise Busy
            self._waiting += 1
            try:
                while not self._idle:
                    remaining = deadline - time.monotonic()
                    if self._closed or remaining <= 0:
                        raise Busy
                    self._cond.wait(remaining)
                upstream = self._idle.pop()
            finally:
                self._waiting -= 1
            self._running += 1
            return upstream

    def release(self, upstream: Upstream, *, healthy: bool) -> None:
        if healthy and upstream.process.poll() is None:
            with self._cond:
                self._running -= 1
                if self._closed:
                    upstream.stop()
                else:
                    self._idle.append(upstream)
                    self._cond.notify()
            return
        upstream.stop()
        with self._cond:
            self._running -= 1
            if self._spawner is not None and not self._closed:
                self._spawner.submit(self._replace)

    def _replace(self) -> None:
        for attempt in range(3):
            try:
                fresh = self.spawn(1)[0]
            except KGError:
                time.sleep(0.5 * (attempt + 1))
                continue
            with self._cond:
                if self._closed:
                    fresh.stop()
                    return
                self._idle.append(fresh)
                self._cond.notify()
            return

    def counts(self) -> tuple[int, int]:
        """(running, waiting) right now."""
        with self._cond:
            return self._running, self._waiting

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        if self._spawner is not None:
            self._spawner.shutdown(wait=False, cancel_futures=True)
        for upstream in idle:
            upstream.stop()


class _Overrun(Exception):
    def __init__(self, error: KGError, status: int) -> None:
        super().__init__(str(error))
        self.error = error
        self.status = status


class _Refusal(Exception):
    def __init__(self, status: int, error: KGError) -> None:
        super().__init__(str(error))
        self.status = status
        self.error = error


@dataclass(frozen=True)
class Answer:
    """A private server's whole answer; a chunked body is kept as it came, to be relayed as is."""

    status: int
    ctype: str | None
    body: bytes
    chunked: bool

    def payload(self) -> bytes:
        """The body without its chunked framing (for HTTP/1.0 clients and kg's own use)."""
        if not self.chunked:
            return self.body
        out, at = bytearray(), 0
        while True:
            eol = self.body.index(b"\r\n", at)
            size = int(self.body[at:eol].split(b";")[0], 16)
            if size == 0:
                return bytes(out)
            out += self.body[eol + 2 : eol + 2 + size]
            at = eol + 2 + size + 2


def _clean(value: str) -> str:
    return "".join(c if " " <= c <= "~" else " " for c in value)


def _forward(
    port: int, method: str, target: str, body: bytes | None, headers: dict[str, str], *, deadline: float, limits: Limits
) -> Answer:
    """Send one request to a private server and read its whole answer within the deadline and the
    size cap (raises _Overrun, which tells the caller to replace that server).

    A raw socket and ``Connection: close``: the answer ends where the stream does, so a large
    chunked answer is read in a few large reads and relayed without decoding each chunk in Python.
    """
    lines = [f"{method} {target} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{name}: {_clean(value)}" for name, value in headers.items()]
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")
    cap = limits.max_result_bytes + (1 << 16)  # room for the headers and the chunk framing
    buffer = bytearray()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=max(0.05, deadline - time.monotonic())) as sock:
            sock.sendall(request)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                sock.settimeout(remaining)
                data = sock.recv(1 << 18)
                if not data:
                    break
                buffer += data
                if len(buffer) > cap:
                    raise _Overrun(KGError(Errors.E709, limit=limits.max_result_bytes), 422)
    except TimeoutError:
        raise _Overrun(KGError(Errors.E407, seconds=limits.timeout), 408) from None
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        raise ConnectionError("the private server closed the connection before answering")
    head = bytes(buffer[:end]).decode("latin-1").split("\r\n")
    status = int(head[0].split(" ", 2)[1])
    fields = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        fields[name.strip().lower()] = value.strip()
    payload = b"" if method == "HEAD" else bytes(buffer[end + 4 :])
    chunked = "chunked" in fields.get("transfer-encoding", "").lower() and method != "HEAD"
    if chunked and not payload.endswith(b"0\r\n\r\n"):
        raise ConnectionError("the private server's answer was cut short")
    answer = Answer(status, fields.get("content-type"), payload, chunked)
    if len(payload) > limits.max_result_bytes and len(answer.payload()) > limits.max_result_bytes:
        raise _Overrun(KGError(Errors.E709, limit=limits.max_result_bytes), 422)
    return answer


def _single(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name, [])
    if len(values) != 1:
        what = "no" if not values else "more than one"
        raise _Refusal(400, KGError(Errors.E713, detail=f"{what} '{name}' parameter"))
    return values[0]


def _host_name(host_header: str) -> str:
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class FrontServer(ThreadingHTTPServer):
    """The listening side of ``kg serve``: a threaded HTTP server that checks, then forwards."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        pool: UpstreamPool,
        *,
        limits: Limits,
        writable: bool = False,
        allow_load: Collection[str] = (),
        allow_hosts: Collection[str] = (),
    ) -> None:
        host = address[0]
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.pool = pool
        self.limits = limits
        self.writable = writable
        self.allow_load = frozenset(allow_load)
        names = {h.lower().strip("[]") for h in allow_hosts}
        if host in LOOPBACK:
            names |= set(LOOPBACK)
        self.allow_hosts = frozenset(names)  # empty: any Host (bound beyond loopback, none named)
        self._page: dict[str, tuple[str | None, bytes]] = {}
        self._page_lock = threading.Lock()
        super().__init__(address, _Handler)

    def forward(self, method: str, target: str, body: bytes | None, headers: dict[str, str]) -> Answer:
        """Run one request on a free private server, within the limits; a server that overran or
        broke is replaced."""
        deadline = time.monotonic() + self.limits.timeout
        upstream = self.pool.acquire(deadline)
        healthy = False
        try:
            answer = _forward(upstream.port, method, target, body, headers, deadline=deadline, limits=self.limits)
            healthy = True
        finally:
            self.pool.release(upstream, healthy=healthy)
        return answer

    def page_file(self, path: str) -> tuple[str | None, bytes]:
        """A file of the query page, read once from a private server and kept."""
        with self._page_lock:
            if path not in self._page:
                answer = self.forward("GET", path, None, {})
                if answer.status != 200:
                    raise OSError(f"the query page file {path} answered {answer.status}")
                self._page[path] = (answer.ctype, answer.payload())
            return self._page[path]


class _Handler(BaseHTTPRequestHandler):
    server: FrontServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"  # for chunked answers; every connection is still closed after one
    timeout = 30  # seconds to read a request from a client

    def log_message(self, format: str, *args: object) -> None:
        pass

    # --- answers ------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, ctype: str | None, extra: dict[str, str] | None = None, *, chunked: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype or "application/octet-stream")
        if chunked:  # relayed as the private server framed it
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, error: KGError, extra: dict[str, str] | None = None) -> None:
        self.close_connection = True
        self._send(status, (str(error) + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    # --- reading ------------------------------------------------------------------------------

    def _body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise _Refusal(411, KGError(Errors.E713, detail="send a Content-Length, not a chunked body"))
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise _Refusal(411, KGError(Errors.E713, detail="a Content-Length header is required"))
        try:
            length = int(raw)
        except ValueError:
            raise _Refusal(400, KGError(Errors.E713, detail=f"bad Content-Length {raw[:40]!r}")) from None
        if length < 0:
            raise _Refusal(400, KGError(Errors.E713, detail="negative Content-Length"))
        if length > self.server.limits.max_body_bytes:
            raise _Refusal(413, KGError(Errors.E707, size=length, limit=self.server.limits.max_body_bytes))
        try:
            return self.rfile.read(length)
        except OSError:
            raise _Refusal(408, KGError(Errors.E713, detail="the request body did not arrive in time")) from None

    def _params(self, text: str, allowed: frozenset[str]) -> dict[str, list[str]]:
        try:
            params = urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise _Refusal(400, KGError(Errors.E713, detail="parameters are not valid UTF-8")) from None
        unknown = sorted(set(params) - allowed)
        if unknown:
            raise _Refusal(400, KGError(Errors.E713, detail=f"unknown parameter {unknown[0][:40]!r}"))
        return params

    @staticmethod
    def _text(body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise _Refusal(400, KGError(Errors.E713, detail="the body is not valid UTF-8")) from None

    def _ctype(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    # --- dispatch -----------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def _dispatch(self) -> None:
        try:
            self._check_host()
            path, _, query_string = self.path.partition("?")
            method = self.command
            if path in PAGE_FILES and method in ("GET", "HEAD"):
                ctype, body = self.server.page_file(path)
                extra = {"Content-Security-Policy": PAGE_POLICY} if path == "/" else None
                self._send(200, body, ctype, extra)
            elif path in ("/query", "/sparql", "/update"):
                self._protocol(path, method, query_string)
            elif path == "/store":
                self._graph_store(method, query_string)
            else:
                raise _Refusal(404, KGError(Errors.E713, detail=f"no such path {path[:80]!r}; use /query, /update or /store"))
        except _Refusal as refusal:
            self._refuse(refusal.status, refusal.error)
        except Busy:
            running, waiting = self.server.pool.counts()
            self._refuse(429, KGError(Errors.E708, running=running, waiting=waiting), {"Retry-After": "1"})
        except _Overrun as overrun:
            self._refuse(overrun.status, overrun.error)
        except (OSError, ValueError, IndexError) as exc:
            # The private server went away mid-request: it has been replaced; the client may retry.
            if isinstance(exc, (BrokenPipeError, ConnectionResetError)) and self.wfile.closed:
                return
            try:
                self._refuse(502, KGError(Errors.E705, url="the private Oxigraph server", detail=type(exc).__name__))
            except OSError:
                pass

    def _check_host(self) -> None:
        allowed = self.server.allow_hosts
        host = self.headers.get("Host")
        if allowed and host is not None and _host_name(host) not in allowed:
            raise _Refusal(403, KGError(Errors.E712, host=host[:100]))

    def _check_origin(self) -> None:
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{self.headers.get('Host', '')}":
            raise _Refusal(403, KGError(Errors.E711, origin=origin[:100]))

    def _protocol(self, path: str, method: str, query_string: str) -> None:
        if method == "GET" and path != "/update":
            params = self._params(query_string, _QUERY_PARAMS)
            return self._query(_single(params, "query"), params)
        if method != "POST":
            raise _Refusal(405, KGError(Errors.E713, detail=f"{method} is not allowed on {path}"))
        ctype = self._ctype()
        body = self._body()
        if ctype == _FORM:
            params = self._params(query_string, _QUERY_PARAMS | _UPDATE_PARAMS)
            for key, values in self._params(self._text(body), _QUERY_PARAMS | _UPDATE_PARAMS).items():
                params.setdefault(key, []).extend(values)
            is_update = path == "/update" or (path == "/sparql" and "update" in params)
        elif ctype in ("application/sparql-query", "application/sparql-update"):
            is_update = ctype == "application/sparql-update"
            if path != "/sparql" and is_update != (path == "/update"):
                raise _Refusal(415, KGError(Errors.E713, detail=f"Content-Type {ctype} on {path}"))
            params = self._params(query_string, _QUERY_PARAMS | _UPDATE_PARAMS)
            field_name = "update" if is_update else "query"
            if field_name in params:
                raise _Refusal(400, KGError(Errors.E713, detail=f"a '{field_name}' parameter beside a body"))
            params[field_name] = [self._text(body)]
        else:
            raise _Refusal(415, KGError(Errors.E713, detail=f"Content-Type {ctype[:60]!r}; send application/sparql-query, application/sparql-update or {_FORM}"))
        allowed = _UPDATE_PARAMS if is_update else _QUERY_PARAMS
        stray = sorted(set(params) - allowed)
        if stray:
            raise _Refusal(400, KGError(Errors.E713, detail=f"parameter {stray[0]!r} does not go with {'an update' if is_update else 'a query'}"))
        if is_update:
            return self._update(_single(params, "update"), params)
        return self._query(_single(params, "query"), params)

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        try:
            check_query(text)
        except KGError as exc:
            raise _Refusal(403, exc) from None
        self._run("/query", params, "query", text, "application/sparql-query")

    def _update(self, text: str, params: dict[str, list[str]]) -> None:
        if not self.server.writable:
            raise _Refusal(403, KGError(Errors.E710, what="SPARQL UPDATE"))
        self._check_origin()
        try:
            check_update(text, allow_load=self.server.allow_load)
        except KGError as exc:
            raise _Refusal(403, exc) from None
        self._run("/update", params, "update", text, "application/sparql-update")

    def _run(self, path: str, params: dict[str, list[str]], field_name: str, text: str, ctype: str) -> None:
        # Forward exactly the text that was checked, as a body, with only the dataset parameters.
        rest = [(k, v) for k, values in sorted(params.items()) if k != field_name for v in values]
        target = path + ("?" + urllib.parse.urlencode(rest) if rest else "")
        self._proxy("POST", target, text.encode("utf-8"), ctype)

    def _graph_store(self, method: str, query_string: str) -> None:
        params = self._params(query_string, _STORE_PARAMS)
        if len(params.get("graph", [])) + len(params.get("default", [])) > 1:
            raise _Refusal(400, KGError(Errors.E713, detail="name one graph: '?graph=IRI' or '?default'"))
        target = "/store" + ("?" + urllib.parse.urlencode([(k, v) for k, vs in sorted(params.items()) for v in vs]) if params else "")
        if method in ("GET", "HEAD"):
            return self._proxy(method, target, None, None)
        if method not in ("PUT", "POST", "DELETE"):
            raise _Refusal(405, KGError(Errors.E713, detail=f"{method} is not allowed on /store"))
        if not self.server.writable:
            raise _Refusal(403, KGError(Errors.E710, what=f"a Graph Store {method}"))
        self._check_origin()
        body = self._body() if method != "DELETE" else None
        self._proxy(method, target, body, self.headers.get("Content-Type") if body is not None else None)

    def _proxy(self, method: str, target: str, body: bytes | None, ctype: str | None) -> None:
        headers = {"Accept": (self.headers.get("Accept") or "*/*")[:500]}
        if ctype:
            headers["Content-Type"] = ctype[:200]
        answer = self.server.forward(method, target, body, headers)
        if answer.chunked and self.request_version != "HTTP/1.0":
            self._send(answer.status, answer.body, answer.ctype, chunked=True)
        else:
            self._send(answer.status, answer.payload(), answer.ctype)
