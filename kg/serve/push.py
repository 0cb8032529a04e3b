"""Uploading a graph to a remote triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each document's named graph (and the ontology graph) is sent as ``PUT {endpoint}?graph={iri}`` with
an N-Triples body, which replaces that graph on the server and leaves the others alone, so pushing a
rebuilt corpus again is idempotent. Any Graph Store Protocol endpoint works: Oxigraph's ``/store``
(``kg serve --writable``), Fuseki's ``/{dataset}/data``, GraphDB's
``/repositories/{id}/rdf-graphs/service``, RDF4J's ``/repositories/{id}/rdf-graphs/service``.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.errors import Errors, KGError

CONTENT_TYPE = "application/n-triples"


@dataclass
class PushReport:
    """What was sent: one ``(graph IRI, triples, HTTP status)`` per graph."""

    endpoint: str
    graphs: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(n for _, n, _ in self.graphs)


def graph_url(endpoint: str, graph_iri: str) -> str:
    """``endpoint?graph=IRI`` (or ``&graph=`` when the endpoint already has a query string)."""
    joiner = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{joiner}{urllib.parse.urlencode({'graph': graph_iri})}"


def _open_source(source):
    from kg.graph.store import MemoryStore, open_store

    if isinstance(source, Dataset):
        return MemoryStore(source), False
    if isinstance(source, (str, Path)):
        return open_store(source, read_only=True, create=False), True
    return source, False


def push(
    source,
    endpoint: str,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 60.0,
    graphs: Iterable[str] | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> PushReport:
    """PUT every named graph of ``source`` (a path :func:`kg.graph.store.open_store` accepts, a Store or an
    rdflib Dataset) to the Graph Store endpoint ``endpoint``; ``graphs`` restricts to some IRIs.

    Basic authentication with ``user``/``password``. Raises E705 when the endpoint cannot be reached
    and E706 (with the status) when it answers with an HTTP error; graphs sent before stay sent.
    """
    scheme = urllib.parse.urlsplit(endpoint).scheme
    if scheme not in ("http", "https"):
        raise KGError(Errors.E705, url=endpoint, detail="the endpoint must be an http:// or https:// URL")
    store, owned = _open_source(source)
    headers = {"Content-Type": CONTENT_TYPE}
    if user is not None or password is not None:
        token = base64.b64encode(f"{user or ''}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    report = PushReport(endpoint)
    try:
        wanted = set(graphs) if graphs is not None else None
        for iri in store.graphs():
            if wanted is not None and str(iri) not in wanted:
                continue
            body = store.ntriples(iri)
            count = sum(1 for line in body.splitlines() if line.strip())
            status = _put(graph_url(endpoint, str(iri)), body, headers, timeout, endpoint)
            report.graphs.append((str(iri), count, status))
            if progress is not None:
                progress(str(iri), count)
    finally:
        if owned:
            store.close()
    return report


def _put(url: str, body: bytes, headers: dict[str, str], timeout: float, endpoint: str) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="PUT")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", errors="replace").strip()[:300] or str(exc.reason)
        raise KGError(Errors.E706, url=url, status=exc.code, detail=detail) from None
    except (urllib.error.URLError, OSError) as exc:
        raise KGError(Errors.E705, url=endpoint, detail=str(getattr(exc, "reason", exc))) from None
