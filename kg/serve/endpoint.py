"""A SPARQL endpoint over a graph: the Oxigraph server, started on a store and stopped cleanly.

``kg serve STORE`` runs ``oxigraph serve-read-only`` (or ``oxigraph serve`` with ``--writable``) on an
Oxigraph database directory. It speaks the SPARQL 1.1 Protocol (``/query``, ``/update``), the Graph
Store Protocol (``/store``) and serves a query page at ``/``. It binds 127.0.0.1 unless another host
is asked for, and is read-only unless ``writable`` is asked for.

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
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, KGError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


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
    """A running Oxigraph server. Use as a context manager, or call :meth:`stop`."""

    url: str
    host: str
    port: int
    location: Path
    writable: bool
    process: subprocess.Popen
    log: Path
    _tmp: tempfile.TemporaryDirectory | None = field(default=None, repr=False)
    _logdir: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

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
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server exits (Ctrl-C or SIGTERM stop it); returns its exit status."""
        import signal
        import threading

        def interrupt(signum, frame):  # SIGTERM: stop as cleanly as on Ctrl-C
            raise KeyboardInterrupt

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, interrupt)
        try:
            return self.process.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            self.stop()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL), rebuild the union after a writable session, and
        remove the temporary database if there is one. Safe to call twice."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
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
) -> Server:
    """Start the Oxigraph SPARQL server on ``source`` and wait (bounded) until it answers.

    ``port=0`` picks a free port. Read-only and loopback-only unless ``writable``/``host`` say
    otherwise. Raises E703 without the binary, E704 if it exits or does not answer in time.
    """
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
    attempts = 3 if port == 0 else 1
    last = ""
    try:
        for _ in range(attempts):
            chosen = port or free_port(host)
            args = [exe, "serve" if writable else "serve-read-only", "--location", str(target), "--bind", _bind(host, chosen)]
            if not materialised:
                args.append("--union-default-graph")
            if query_timeout:
                args += ["--timeout-s", str(max(1, int(round(query_timeout))))]
            with open(log, "wb") as handle:
                process = subprocess.Popen(
                    args, stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    preexec_fn=_die_with_parent if os.name == "posix" else None,
                )
            url_host = f"[{host}]" if ":" in host else host
            server = Server(f"http://{url_host}:{chosen}", host, chosen, target, writable, process, log, tmp, logdir)
            deadline = time.monotonic() + startup_timeout
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    break
                if _answers(server.query_url):
                    return server
                time.sleep(0.05)
            last = log.read_text(encoding="utf-8", errors="replace").strip()[-500:]
            if process.poll() is None:  # alive but silent: give up
                server._tmp = server._logdir = None
                server.stop()
                raise KGError(Errors.E704, detail=f"no answer within {startup_timeout} s on {_bind(host, chosen)}: {last}")
            if "in use" not in last.lower():
                break
        raise KGError(Errors.E704, detail=f"oxigraph exited with status {process.returncode}: {last}")
    except BaseException:
        if tmp is not None:
            tmp.cleanup()
        logdir.cleanup()
        raise


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, between fork and exec
    """On Linux, have the kernel stop the server if the Python process that started it dies."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:
            pass


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
