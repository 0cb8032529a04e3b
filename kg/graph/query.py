"""SPARQL over a built graph: loading, running (with bindings and a timeout), named questions, output.

Queries run over the union of the named graphs (the dataset is loaded with ``default_union``), so a
plain ``SELECT … WHERE { … }`` sees every document. Values are passed as ``initBindings``, never
formatted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import Errors, KGError
from kg.graph.rdf import PREFIXES, new_dataset
from kg.graph.sparqlguard import check_query

OUTPUT_FORMATS: tuple[str, ...] = ("table", "csv", "json")

_PARSE_FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nt": "nt",
}


def load_dataset(path: str | Path) -> Dataset:
    """Load a graph file written by ``kg build`` (TriG, N-Quads, Turtle or JSON-LD)."""
    file = Path(path)
    if file.is_dir():
        file = file / "graph.trig"
    if not file.exists():
        raise KGError(Errors.E401, path=str(path), detail="no such file")
    fmt = _PARSE_FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise KGError(Errors.E401, path=str(file), detail=f"unknown graph format '{file.suffix}'")
    dataset = new_dataset()
    try:
        if fmt in ("turtle", "nt"):
            dataset.graph(URIRef(file.resolve().as_uri())).parse(file, format=fmt)
        else:
            dataset.parse(file, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise KGError(Errors.E401, path=str(file), detail=f"{type(exc).__name__}: {exc}") from None
    return dataset


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + (
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    )


def _with_prologue(query: str) -> str:
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", query, flags=re.I)}
    lines = [line for line in _prologue().splitlines(keepends=True) if line.split()[1][:-1].lower() not in declared]
    return "".join(lines) + query


def _walk(node: object) -> Iterator[object]:
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def prepare(query: str) -> Any:
    """Parse a query (with the usual prefixes declared) and refuse what would reach the network.

    kg runs offline and treats queries as untrusted: ``SERVICE`` (federated queries) and
    ``FROM``/``FROM NAMED`` (which make rdflib download graphs) are rejected with E408. The lexical
    check of :mod:`kg.graph.sparqlguard` runs first, so a query no parser reads the same way is refused too.
    """
    import rdflib.plugins.sparql as sparql_plugin
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    check_query(query)
    sparql_plugin.SPARQL_LOAD_GRAPHS = False  # never fetch a graph named in a query
    try:
        prepared = prepareQuery(_with_prologue(query))
    except ParseException as exc:
        raise KGError(Errors.E402, detail=str(exc)) from None
    except Exception as exc:  # rdflib reports some syntax errors with other types
        raise KGError(Errors.E402, detail=f"{type(exc).__name__}: {exc}") from None
    for node in _walk(prepared.algebra):
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                raise KGError(Errors.E408, feature="SERVICE")
            if "datasetClause" in node and node["datasetClause"]:
                raise KGError(Errors.E408, feature="FROM / FROM NAMED")
    return prepared


def call_with_timeout(
    work: Callable[[], None], timeout: float | None, *, on_timeout: Callable[[], None] | None = None
) -> None:
    """Run ``work`` in a daemon thread and give up waiting after ``timeout`` seconds (E407).

    Neither rdflib nor Oxigraph can be interrupted from Python: the thread finishes in the
    background and its answer is dropped; ``on_timeout`` lets the caller flag that.
    """
    if timeout is None:
        work()
        return
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        if on_timeout is not None:
            on_timeout()
        raise KGError(Errors.E407, seconds=timeout)


def run_query(
    dataset: Dataset,
    query: str,
    *,
    bindings: Mapping[str, object] | None = None,
    timeout: float | None = None,
) -> Result:
    """Run a SPARQL query over the union of the named graphs.

    The usual prefixes (``schema:``, ``sem:``, ``kg:``, ``nif:`` …) are declared for you. Python
    values in ``bindings`` become literals (strings, numbers, booleans) or stay IRIs. ``dataset`` may
    also be a :class:`kg.graph.store.Store` (an Oxigraph database, say): the store runs the query.
    """
    from pyparsing import ParseException

    if not isinstance(dataset, (Dataset, Graph)) and hasattr(dataset, "replace_graph"):
        return dataset.query(query, bindings=bindings, timeout=timeout)

    init = {k: v if isinstance(v, (URIRef, Literal, BNode)) else Literal(v) for k, v in (bindings or {}).items()}
    prepared = prepare(query)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            result = dataset.query(prepared, initBindings=init)
            # Force evaluation inside the worker so the timeout covers it.
            if result.type == "SELECT":
                result.bindings  # noqa: B018
            outcome["result"] = result
        except ParseException as exc:
            outcome["error"] = KGError(Errors.E402, detail=str(exc))
        except Exception as exc:  # rdflib reports some syntax errors with other types
            outcome["error"] = KGError(Errors.E402, detail=f"{type(exc).__name__}: {exc}")

    call_with_timeout(work, timeout)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def _cell(value: object) -> str:
    if value is None:
        return ""
    return str(value)


def result_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    """Column names and string rows of a SELECT (or ASK/CONSTRUCT, rendered as rows)."""
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], [[_cell(v) for v in t] for t in result.graph]  # type: ignore[union-attr]
    columns = [str(v) for v in result.vars or []]
    rows = [[_cell(row.get(var)) for var in (result.vars or [])] for row in result.bindings]  # type: ignore[union-attr]
    return columns, rows


def format_result(result: Result, *, fmt: str = "table") -> str:
    """Render a result as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt not in OUTPUT_FORMATS:
        raise KGError(Errors.E404, value=fmt, choices=", ".join(OUTPUT_FORMATS))
    columns, rows = result_rows(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    return format_table(columns, rows)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[str]], *, max_width: int = 70) -> str:
    """A plain aligned table (cells longer than ``max_width`` are shortened with …)."""

    def clip(cell: str) -> str:
        cell = " ".join(cell.split())
        return cell if len(cell) <= max_width else cell[: max_width - 1] + "…"

    body = [[clip(c) for c in row] for row in rows]
    widths = [max([len(col)] + [len(r[i]) for r in body]) for i, col in enumerate(columns)]
    line = "  ".join(col.ljust(widths[i]) for i, col in enumerate(columns))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) for row in body]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


# --- named questions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedQuery:
    """A question kept in ``queries/NAME.rq``; its leading ``#`` lines are its description."""

    name: str
    title: str
    text: str
    path: Path


def queries_dir() -> Path:
    """Where the named questions live (inside an installed wheel, or the repository)."""
    package = Path(__file__).resolve().parents[1]  # kg/, above kg/graph/
    installed = package / "_queries"
    return installed if installed.exists() else package.parent / "queries"


def named_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` file in the query library, by name."""
    found = {}
    for path in sorted((directory or queries_dir()).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        title = comments[0] if comments else path.stem
        found[path.stem] = NamedQuery(path.stem, title, text, path)
    return found


#: The texts of kg's own queries in its code (:func:`own_query`).
_OWN_QUERIES: set[str] = set()


def own_query(text: str) -> str:
    """``text``, a query of kg's own code (a constant, never built from a user's input), marked so
    that a store runs it without parsing it with rdflib's SPARQL parser first, as it runs the named
    questions (:func:`library_texts`): the first parse of a process costs about 0.1 s of CPU, the
    parser's imports included, at the end of a large build (its page). The test-suite parses each
    with :func:`prepare` (``tests/graph/test_query.py``)."""
    _OWN_QUERIES.add(text)
    return text


def known_text(query: str) -> bool:
    """Whether ``query`` is one of kg's own (a named question, or :func:`own_query`): a text that
    :func:`prepare`'s checks were run on by the test-suite, so a store need not parse it again."""
    return query in _OWN_QUERIES or query in library_texts()


@cache
def library_texts() -> frozenset[str]:
    """The texts of the packaged named questions (:func:`named_queries`): kg's own queries, which
    the test-suite parses with :func:`prepare`, so a store may run them without parsing them again
    with rdflib's SPARQL parser (about a third of the CPU of ``answers.md``)."""
    return frozenset(item.text for item in named_queries().values())


def get_named_query(name: str, directory: Path | None = None) -> NamedQuery:
    """One named question, or E406 listing the known names."""
    library = named_queries(directory)
    if name not in library:
        raise KGError(Errors.E406, name=name, choices=", ".join(library))
    return library[name]
