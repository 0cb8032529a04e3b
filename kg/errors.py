"""The catalogue of every error kg reports.

Each message has a stable code, so users can search for it and tests can assert on it. Messages are
``str.format`` templates; :class:`KGError` fills them and prefixes the code and, when known, the file
and line that caused the problem.

Code ranges: E0xx input and ingest, E2xx gazetteer and lexicons,
E3xx visualisation, E4xx RDF, SPARQL and validation, E5xx models and configuration, E6xx evaluation,
E7xx storage, serving and pushing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum


class Errors(str, Enum):
    """Error codes and their message templates."""

    # --- input ---------------------------------------------------------------------------------
    E001 = "Input path does not exist: {path}"
    E002 = "No input documents found in {path} (looked for {suffixes})."
    E003 = "Unsupported input format '{suffix}' for {path}; use one of {suffixes}."
    E004 = "File is empty (no text after the metadata prefix)."
    E005 = "File is not valid UTF-8 text: {detail}"
    E006 = "Malformed JSON line: {detail}"
    E007 = "JSON line has no usable 'text' field (a non-empty string is required)."
    E008 = "Invalid publication date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD."
    E009 = "File looks binary (it contains NUL bytes), not text."
    E010 = "Document is {size} characters long, over the limit of {limit} (set --max-chars)."
    E011 = "JSON line is not an object: {detail}"
    E012 = "Document {doc_id!r} is given twice (first read from {first})."
    E013 = "Every input document failed; nothing was built."
    E014 = "Extraction failed: {detail}"
    E015 = "No article text found in the page: only menus, banners and other page furniture."
    E016 = "Cannot fetch {url}: {detail}"
    E017 = "Cannot read the web archive: {detail}"
    E018 = "Cannot read the feed: {detail}"
    E019 = "Cannot write this output: {detail}"
    E020 = "Page markup is {size} long, over the limit of {limit} ({factor} × --max-chars {max_chars}); raise --max-chars to read it."
    E021 = "Not read: a link to {target}, outside the input folder {root}."
    E022 = "Cannot read the file: {detail}"

    # --- gazetteer and lexicons -------------------------------------------------------------------
    E201 = "Malformed gazetteer record: {detail}"
    E202 = "Malformed lexicon entry: {detail}"
    E203 = "Cannot read the word list: {detail}"

    # --- visualisation ----------------------------------------------------------------------------
    E301 = "The graph has no entity or event to draw."
    E302 = "Asset {name} is missing from the installed pyvis package; reinstall pyvis."
    E303 = "Unknown view {value!r}; use one of {choices}."
    E304 = "No entity, event or quotation is named {value!r} (give a label, an alias or an IRI)."

    # --- RDF, SPARQL, validation ------------------------------------------------------------------
    E401 = "Cannot parse graph {path}: {detail}"
    E402 = "SPARQL syntax error: {detail}"
    E403 = "Query file not found: {path}"
    E404 = "Unsupported output format {value!r}; use one of {choices}."
    E405 = "Give a query as an argument or with --file, not both and not neither."
    E406 = "Unknown named query {name!r}; known: {choices}."
    E407 = "Query did not finish within {seconds} s."
    E408 = "{feature} is not allowed: kg never makes network requests on behalf of a query."
    E409 = "No entity matches {name!r} in the graph (give a name, an alias, a key or an IRI)."
    E410 = "Cannot read the query file: {detail}"

    # --- models and configuration -----------------------------------------------------------------
    E501 = (
        "No spaCy model for {lang!r} is installed (tried {names}). Install the project with "
        "'pip install -e .' or install one of these packages."
    )
    E502 = "Unsupported language {lang!r}; supported: {choices}."
    E503 = "Parallel extraction is not available: {detail}"
    E504 = "Cannot reach the Dask scheduler {scheduler}: {detail}"

    # --- evaluation -------------------------------------------------------------------------------
    E601 = "Corpus folder not found; give the folder of the public corpora with --corpora."
    E602 = "Unknown corpus {name!r}; choose one of {choices}."
    E603 = "No {split!r} split for {name}; choose one of {choices}."
    E604 = "Cannot read gold file: {detail}"

    # --- storage and serving ----------------------------------------------------------------------
    E701 = "Cannot open the graph store: {detail}"
    E702 = "Cannot write to the graph store: {detail}"
    E703 = "The oxigraph server executable was not found; install the project ('pip install -e .', package oxigraph)."
    E704 = "The SPARQL server did not start: {detail}"
    E705 = "Cannot reach the SPARQL endpoint {url}: {detail}"
    E706 = "The SPARQL endpoint {url} answered HTTP {status}: {detail}"
    E707 = "The request body is {size} bytes, over the limit of {limit} (kg serve --max-body-bytes)."
    E708 = "Too many queries at once ({running} running, {waiting} waiting); try again shortly."
    E709 = "The answer is over {limit} bytes; add a LIMIT, or raise kg serve --max-result-bytes."
    E710 = "This endpoint is read-only; {what} needs kg serve --writable."
    E711 = "Refused a write from the web page at {origin}: another site's page may not change this endpoint."
    E712 = "Host {host!r} is not one this endpoint answers to (DNS rebinding protection); name it with kg serve --allow-host."
    E713 = "Not a SPARQL protocol request: {detail}"
    E714 = "Cannot read the analyses kept for kg build --update ({path}): {detail}"


class KGError(Exception):
    """An error with a catalogue code and, where known, the file and line at fault.

    ``causes`` holds the errors this one sums up (E013 carries the error of every input that failed),
    so that whoever reports it can name each of them.
    """

    def __init__(
        self,
        error: Errors,
        *,
        path: str | None = None,
        line: int | None = None,
        causes: Sequence[KGError] = (),
        **values: object,
    ) -> None:
        self.error = error
        self.code = error.name
        self.path = path
        self.line = line
        self.values = values
        self.causes: tuple[KGError, ...] = tuple(causes)
        self.detail = error.value.format(path=path, **values)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"[{self.code}] {where}{self.detail}"

    def __reduce__(self):  # keep errors picklable across worker processes
        return (_rebuild, (self.error.name, self.path, self.line, self.values, self.causes))


def _rebuild(
    name: str, path: str | None, line: int | None, values: dict[str, object], causes: Sequence[KGError] = ()
) -> KGError:
    return KGError(Errors[name], path=path, line=line, causes=causes, **values)
