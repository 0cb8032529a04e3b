"""Refuse SPARQL that would make kg reach the network, before any engine parses it.

Two SPARQL features send requests to other hosts: ``SERVICE`` (a federated query, in queries and in
the ``WHERE`` of updates) and ``LOAD <url>`` (an update that fetches a document). Oxigraph, both the
server binary and pyoxigraph, executes both; rdflib executes ``SERVICE``. kg treats every query as
untrusted, so every query path (``kg query``, ``KnowledgeGraph.query``, ``answers.md``, ``kg
serve``) calls :func:`check_query` or :func:`check_update` first and refuses with E408.

The check is lexical and errs on the side of refusing. Comments, strings and ``<IRI>`` tokens are
blanked out, and a ``SERVICE`` or ``LOAD`` keyword left in what remains is refused (keywords are
case-insensitive; ``?service``, ``ex:service`` and ``service:x`` are names, not keywords). SPARQL
processes ``\\uXXXX`` escapes before parsing, so the text is checked both as written and with its
escapes expanded: an engine that expands them and one that does not are both covered. ``LOAD`` is
allowed only for an absolute ``<IRI>`` listed exactly in ``allow_load``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from kg.errors import Errors, KGError

# SPARQL 1.1 grammar, productions IRIREF, STRING_LITERAL1/2 and STRING_LITERAL_LONG1/2, comments.
_SKIPPED = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'
    | "(?:[^"\\\n\r]|\\.)*"
    """,
    re.VERBOSE | re.DOTALL,
)
# A keyword is not part of a longer name: not after a name character, ':' (prefixed names, blank
# nodes) or '?'/'$' (variables), and not before a name character or ':' (a prefix such as 'service:').
_KEYWORD = re.compile(r"(?<![\w:?$])(SERVICE|LOAD)(?![\w:])", re.IGNORECASE)
_SILENT = re.compile(r"\s*SILENT(?![\w:])", re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+")


@dataclass(frozen=True)
class NetworkUse:
    """One place where a SPARQL text would reach the network."""

    feature: str  # "SERVICE" or "LOAD"
    offset: int  # in the text as checked (escapes expanded or not)
    target: str | None  # the IRI of a LOAD, when it is written as <IRI>


def expand_escapes(text: str) -> str:
    """The text with SPARQL's ``\\uXXXX``/``\\UXXXXXXXX`` escapes replaced, as parsers do first."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(replace, text)


def _scan(text: str) -> Iterator[NetworkUse]:
    blanked = list(text)
    iris: dict[int, str] = {}
    for match in _SKIPPED.finditer(text):
        if match.group("iri") is not None:
            iris[match.start()] = match.group("iri")[1:-1]
        blanked[match.start() : match.end()] = " " * (match.end() - match.start())
    code = "".join(blanked)
    for match in _KEYWORD.finditer(code):
        feature = match.group(1).upper()
        target = None
        if feature == "LOAD":
            end = match.end()
            silent = _SILENT.match(code, end)
            if silent:
                end = silent.end()
            while end < len(code) and end not in iris and code[end].isspace():
                end += 1
            target = iris.get(end)
        yield NetworkUse(feature, match.start(), target)


def network_uses(text: str) -> list[NetworkUse]:
    """Every ``SERVICE`` and ``LOAD`` in ``text``, read as written and with escapes expanded."""
    found = list(_scan(text))
    expanded = expand_escapes(text)
    if expanded != text:
        found += _scan(expanded)
    return found


def check_query(text: str) -> None:
    """Raise E408 if a SPARQL query uses ``SERVICE`` (the only way a query reaches the network)."""
    check_update(text, allow_load=())


def check_update(text: str, *, allow_load: Collection[str] = ()) -> None:
    """Raise E408 if a SPARQL update uses ``SERVICE``, or ``LOAD`` from an IRI not in ``allow_load``.

    ``allow_load`` holds absolute IRIs, matched exactly; a ``LOAD`` written with a prefixed name or
    a relative IRI is refused, since its target depends on declarations the check does not resolve.
    """
    for use in network_uses(text):
        if use.feature == "SERVICE":
            raise KGError(Errors.E408, feature="SERVICE")
        if use.target is None or not _ABSOLUTE_IRI.fullmatch(use.target):
            raise KGError(Errors.E408, feature="LOAD without a full <IRI>")
        if use.target not in allow_load:
            raise KGError(Errors.E408, feature=f"LOAD <{use.target}> (not named by --allow-load)")
