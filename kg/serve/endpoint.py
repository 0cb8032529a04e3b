"""A SPARQL endpoint over a graph: Oxigraph servers behind a checking front, started and stopped cleanly.

``kg serve STORE`` listens with the front of :mod:`kg.serve.front`, which checks every request (no
``SERVICE``, no ``LOAD`` unless allowed, bounded bodies, answers, time and concurrency) and forwards
it to private ``oxigraph serve-read-only`` processes (one ``oxigraph serve`` with ``--writable``) on
loopback ports that no client sees. It speaks the SPARQL 1.1 Protocol (``/query``, ``/update``), the
Graph Store Protocol (``/store``) and serves a query page at ``/``. It binds 127.0.0.1 unless another
host is asked for, and is read-only unless ``writable`` is asked for.

The default graph is the union of the named graphs, as in ``kg query``: :class:`kg.graph.store.OxigraphStore`
materialises that union in the database's default graph, so answers are the same as in process
(Oxigraph's own ``--union-default-graph`` is used only for databases written by other tools).

A graph file (``.trig``, ``.nq``, …) or a ``kg build`` folder is first loaded into ``location`` (kept),
or into a temporary directory removed when the server stops.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import Errors, KGError
from kg.serve.front import LOOPBACK, FrontServer, Limits, Upstream, UpstreamPool

__all__ = ["LOOPBACK", "Limits", "Server", "free_port", "sparql_http", "start_server"]


def oxigraph_executable() -> str:
    """The ``oxigraph`` server binary: next to this Python (the venv's bin), else on PATH (E703)."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if found is None:
        raise KGError(Errors.E703)
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free right now on ``host`` (the OS picks it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass
class Server:
    """A running endpoint: the checking front (:mod:`kg.serve.front`) and its private Oxigraph servers.
    Use as a context manager, or call :meth:`stop`."""

    url: str
    host: str
    port: int
    location: Path
    writable: bool
    front: FrontServer
    pool: UpstreamPool
    log: Path
    _thread: threading.Thread
    _tmp: tempfile.TemporaryDirectory | None = field(default=None, repr=False)
    _logdir: tempfile.TemporaryDirectory | None = field(default=None, repr=False)
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def query_url(self) -> str:
        """SPARQL 1.1 Protocol query endpoint."""
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        """SPARQL 1.1 Protocol update endpoint (refused with 403 when read-only)."""
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        """SPARQL 1.1 Graph Store Protocol endpoint (``?graph=IRI``), for ``kg push``."""
        return f"{self.url}/store"

    def running(self) -> bool:
        return self._thread.is_alive() and not self._stopped.is_set()

    def wait(self) -> int:
        """Block until the server is stopped (Ctrl-C or SIGTERM stop it); returns 0."""
        import signal

        def interrupt(signum, frame):  # SIGTERM: stop as cleanly as on Ctrl-C
            raise KeyboardInterrupt

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, interrupt)
        try:
            while not self._stopped.wait(0.5):
                pass
            return 0
        except KeyboardInterrupt:
            return 0
        finally:
            self.stop()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening, stop the private servers, rebuild the union after a writable session, and
        remove the temporary database if there is one. Safe to call twice."""
        if not self._stopped.is_set():
            self._stopped.set()
            self.front.shutdown()
            self.front.server_close()
            self._thread.join(timeout)
            self.pool.close()
        if self.writable and self._tmp is None and self.location.exists():
            _refresh_union(self.location)
            self.writable = False  # done once
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        if self._logdir is not None:
            self._logdir.cleanup()
            self._logdir = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _refresh_union(location: Path) -> None:
    """Re-materialise the union default graph (writes through a writable server do not update it)."""
    from kg.graph.store import OxigraphStore

    try:
        with OxigraphStore(location) as store:
            store.rebuild_union()
    except KGError:
        pass  # in use elsewhere: the next writer rebuilds it


def prepare_location(source: str | Path, location: str | Path | None = None) -> tuple[Path, tempfile.TemporaryDirectory | None, bool]:
    """The database directory to serve for ``source``: (directory, temporary dir or None, materialised).

    An Oxigraph directory is served as is (``location`` must then be absent). A graph file or ``kg
    build`` folder is loaded into ``location`` (created if needed; graphs of the same name replaced)
    or, without it, into a temporary directory.
    """
    from kg.graph.store import OxigraphStore, is_oxigraph_dir

    src = Path(source)
    if is_oxigraph_dir(src):
        if location is not None and Path(location).resolve() != src.resolve():
            raise KGError(Errors.E701, path=str(src), detail="--location is only for loading a graph file; this is already a database")
        with OxigraphStore(src, read_only=True) as store:
            return src, None, store.materialised
    if not src.exists():
        raise KGError(Errors.E401, path=str(src), detail="no such file or store")
    tmp = None
    if location is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-serve-")
        target = Path(tmp.name) / "store"
    else:
        target = Path(location)
    try:
        with OxigraphStore(target) as store:
            store.load_file(src)
    except BaseException:
        if tmp is not None:
            tmp.cleanup()
        raise
    return target, tmp, True


def start_server(
    source: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    writable: bool = False,
    location: str | Path | None = None,
    query_timeout: float | None = None,
    startup_timeout: float = 30.0,
    limits: Limits | None = None,
    allow_load: Collection[str] = (),
    allow_hosts: Collection[str] = (),
) -> Server:
    """Start the SPARQL endpoint on ``source`` and wait (bounded) until it answers.

    ``port=0`` picks a free port. Read-only and loopback-only unless ``writable``/``host`` say
    otherwise. Clients reach only the checking front of :mod:`kg.serve.front`; behind it run
    ``limits.max_running`` private Oxigraph servers on loopback (one when writable, as a database
    has one writer). ``query_timeout``, when given, overrides ``limits.timeout``. Raises E703
    without the binary, E704 if a server does not start or the port is taken.
    """
    limits = limits or Limits()
    if query_timeout is not None:
        limits = replace(limits, timeout=float(query_timeout))
    if writable:
        limits = replace(limits, max_running=1)
    exe = oxigraph_executable()
    target, tmp, materialised = prepare_location(source, location)
    if writable:
        from kg.graph.store import OxigraphStore

        with OxigraphStore(target) as store:  # E701 if another process holds the database
            if not store.materialised or tmp is None:
                store.rebuild_union()
        materialised = True
    logdir = tempfile.TemporaryDirectory(prefix="kg-serve-log-")
    log = Path(logdir.name) / "oxigraph.log"
    args = [exe, "serve" if writable else "serve-read-only", "--location", str(target)]
    if not materialised:
        args.append("--union-default-graph")
    args += ["--timeout-s", str(max(1, round(limits.timeout)))]

    def spawn(count: int) -> list[Upstream]:
        return _spawn_upstreams(args, count, log, startup_timeout)

    pool = UpstreamPool(spawn, limits.max_running, limits.max_waiting)
    try:
        pool.start()
        try:
            front = FrontServer(
                (host, port), pool, limits=limits, writable=writable, allow_load=allow_load, allow_hosts=allow_hosts
            )
        except OSError as exc:
            raise KGError(Errors.E704, detail=f"cannot listen on {_bind(host, port)}: {exc.strerror or exc}") from None
    except BaseException:
        pool.close()
        if tmp is not None:
            tmp.cleanup()
        logdir.cleanup()
        raise
    chosen = int(front.server_address[1])
    thread = threading.Thread(target=front.serve_forever, kwargs={"poll_interval": 0.2}, name="kg-serve", daemon=True)
    thread.start()
    url_host = f"[{host}]" if ":" in host else host
    return Server(f"http://{url_host}:{chosen}", host, chosen, target, writable, front, pool, log, thread, tmp, logdir)


def _spawn_upstreams(args: list[str], count: int, log: Path, startup_timeout: float) -> list[Upstream]:
    """Start ``count`` private Oxigraph servers on free loopback ports and wait until each answers."""
    started: list[Upstream] = []
    hook = _die_with_parent_hook()
    try:
        for _ in range(count):
            for _attempt in range(3):
                chosen = free_port("127.0.0.1")
                with open(log, "ab") as handle:
                    process = subprocess.Popen(
                        [*args, "--bind", _bind("127.0.0.1", chosen)], stdout=handle, stderr=subprocess.STDOUT,
                        stdin=subprocess.DEVNULL, preexec_fn=hook,  # noqa: PLW1509 - see _die_with_parent_hook
                    )
                upstream = Upstream(process, chosen)
                if _wait_until_up(upstream, startup_timeout):
                    started.append(upstream)
                    break
                upstream.stop()
                last = log.read_text(encoding="utf-8", errors="replace").strip()[-500:]
                if "in use" not in last.lower():
                    raise KGError(Errors.E704, detail=f"oxigraph exited with status {process.returncode}: {last}")
            else:
                raise KGError(Errors.E704, detail="no free loopback port for the private Oxigraph server")
    except BaseException:
        for upstream in started:
            upstream.stop()
        raise
    return started


def _wait_until_up(upstream: Upstream, startup_timeout: float) -> bool:
    deadline = time.monotonic() + startup_timeout
    url = f"http://127.0.0.1:{upstream.port}/query"
    while time.monotonic() < deadline:
        if upstream.process.poll() is not None:
            return False
        if _answers(url):
            return True
        time.sleep(0.05)
    return False


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A child-setup function that has the kernel stop the server if the thread that started it
    ends (Linux's PR_SET_PDEATHSIG), or None elsewhere.

    ``libc`` and its ``prctl`` are looked up here, in the parent: between fork and exec, with other
    threads running, the child must not import or load libraries (it could deadlock on a lock that
    another thread held at fork time), so it only calls the function found here.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    sigterm = int(signal.SIGTERM)

    def hook() -> None:  # pragma: no cover - runs in the child
        prctl(1, sigterm)  # PR_SET_PDEATHSIG

    return hook


def _answers(query_url: str) -> bool:
    request = urllib.request.Request(
        query_url + "?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def sparql_http(query_url: str, sparql: str, *, timeout: float = 30.0) -> dict:
    """Run a query over HTTP (POST, SPARQL 1.1 Protocol) and return the JSON results document."""
    import json
    import urllib.parse

    from kg.graph.query import _with_prologue

    data = urllib.parse.urlencode({"query": _with_prologue(sparql)}).encode("utf-8")
    request = urllib.request.Request(
        query_url,
        data=data,
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", errors="replace")[:300]
        raise KGError(Errors.E706, url=query_url, status=exc.code, detail=body or exc.reason) from None
    except (urllib.error.URLError, OSError) as exc:
        raise KGError(Errors.E705, url=query_url, detail=str(getattr(exc, "reason", exc))) from None
