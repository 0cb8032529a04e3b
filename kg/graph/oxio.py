"""pyoxigraph I/O for rdflib graphs: term conversion, and graph files written by Oxigraph.

rdflib stays the Python face of the graph (:class:`kg.api.KnowledgeGraph`, the writer of
:mod:`kg.graph.rdf`, user code); files are written by Oxigraph's serialisers, which are one to two
orders of magnitude faster than rdflib's (issue 18). :func:`dataset_quads` converts an rdflib
dataset to pyoxigraph quads, :func:`write_quads` writes them as TriG, N-Quads, Turtle (the union) or
JSON-LD, and :class:`QuadBuffer` keeps one conversion as N-Quads bytes to read back as often as
needed. :class:`kg.graph.store.OxigraphStore` uses the same conversion for its stores.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import Errors, KGError
from kg.fileio import replace_atomically
from kg.graph.namespaces import PREFIXES

Triple = tuple[Any, Any, Any]

#: Oxigraph 0.5 stores every integer-derived datatype (xsd:nonNegativeInteger, xsd:int …) as
#: xsd:integer. The graph contract types these predicates' values xsd:nonNegativeInteger, so that
#: datatype is restored whenever triples are read back out of Oxigraph (graph, dump, push, to_dataset).
RETYPED_PREDICATES: dict[str, str] = {
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex": str(XSD.nonNegativeInteger),
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex": str(XSD.nonNegativeInteger),
}

def retype_ntriples(data: bytes) -> bytes:
    """N-Triples (or N-Quads) dumped by Oxigraph with the contract's datatypes restored (see
    RETYPED_PREDICATES): a line's predicate is followed by its object, and a quote inside a
    literal is escaped, so the pattern cannot match inside a literal. One pass over the bytes."""
    if not data:
        return data
    pattern, targets = _retype_pattern()
    return pattern.sub(lambda m: m.group(1) + targets[m.group(2)] + b">", data)


@lru_cache(maxsize=1)
def _retype_pattern() -> tuple[re.Pattern[bytes], dict[bytes, bytes]]:
    predicates = {p.encode("utf-8"): d.encode("utf-8") for p, d in RETYPED_PREDICATES.items()}
    alternatives = b"|".join(re.escape(p) for p in predicates)
    integer = re.escape(str(XSD.integer).encode("utf-8"))
    pattern = re.compile(rb"(<(" + alternatives + rb')> "[0-9+-]*"\^\^<)' + integer + rb">")
    return pattern, predicates


#: Graph file formats written by Oxigraph: name -> (pyoxigraph RdfFormat attribute, file suffix).
#: Turtle holds the union graph; the others every named graph.
DUMP_FORMATS: dict[str, tuple[str, str]] = {
    "trig": ("TRIG", ".trig"),
    "nquads": ("N_QUADS", ".nq"),
    "turtle": ("TURTLE", ".ttl"),
    "json-ld": ("JSON_LD", ".jsonld"),
}


def check_format(fmt: str) -> None:
    """E404 unless ``fmt`` is one of :data:`DUMP_FORMATS`."""
    if fmt not in DUMP_FORMATS:
        raise KGError(Errors.E404, value=fmt, choices=", ".join(DUMP_FORMATS))


def _named_graphs(dataset: Dataset) -> list[Graph]:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return [g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID]


# IRIs kept by Terms. Vocabulary and entity IRIs repeat in every graph, mention IRIs never leave
# their document: a few tens of thousands cover the first, and 200,000 held about 60 MB.
_TERM_CACHE = 20_000


class Terms:
    """rdflib <-> pyoxigraph term conversion (IRIs cached: a graph repeats them a lot)."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self._nodes: dict[str, Any] = {}
        self._xsd_string = str(XSD.string)
        self._lang_string = str(RDF.langString)

    def named(self, value: str):
        node = self._nodes.get(value)
        if node is None:
            if len(self._nodes) > _TERM_CACHE:
                self._nodes.clear()
            node = self._nodes[value] = self.ox.NamedNode(value)
        return node

    def to_ox(self, term: Any):
        if isinstance(term, URIRef):
            return self.named(str(term))
        if isinstance(term, BNode):
            return self.ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return self.ox.Literal(str(term), language=term.language)
            if term.datatype is not None and str(term.datatype) != self._xsd_string:
                return self.ox.Literal(str(term), datatype=self.named(str(term.datatype)))
            return self.ox.Literal(str(term))
        raise TypeError(f"not an RDF term: {term!r}")

    def to_rdflib(self, term: Any):
        ox = self.ox
        if term is None:
            return None
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype in (self._xsd_string, self._lang_string):
                return Literal(term.value)
            return Literal(term.value, datatype=URIRef(datatype))
        return Literal(str(term))  # RDF-star triple terms: rendered, not modelled


def dataset_quads(dataset: Dataset | Graph) -> Iterator[Any]:
    """Every quad of an rdflib dataset as pyoxigraph quads (a generator), for Oxigraph to write or load.

    The default graph's triples come first, then the named graphs by IRI, each subject by subject
    (so TriG groups them; the order depends on the dataset, not on how it was filled). Terms are
    converted as they are: an ``xsd:nonNegativeInteger`` stays one (Oxigraph normalises integer
    datatypes only inside a ``Store``). A plain :class:`~rdflib.Graph` gives its triples in the
    default graph.
    """
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    terms = Terms()
    ox = terms.ox
    to_ox, quad = terms.to_ox, ox.Quad
    subject = _subject_key
    if not isinstance(dataset, Dataset):
        default = ox.DefaultGraph()
        for s, p, o in sorted(dataset, key=subject):
            yield quad(to_ox(s), to_ox(p), to_ox(o), default)
        return
    graphs = [(ox.DefaultGraph(), dataset.default_context)] if len(dataset.default_context) else []
    named = sorted(_named_graphs(dataset), key=lambda g: str(g.identifier))
    graphs += [(to_ox(g.identifier), g) for g in named if g.identifier != DATASET_DEFAULT_GRAPH_ID]
    from kg.graph.memstore import GraphStore

    store = dataset.store if isinstance(dataset.store, GraphStore) else None
    for name, graph in graphs:
        # From kg's own store, each graph's triples are read straight from it (the same triples in
        # the same order as Graph.triples gives, without rdflib's layers per triple).
        triples = store.graph_triples(graph.identifier) if store is not None else graph.triples((None, None, None))
        for s, p, o in sorted(triples, key=subject):
            yield quad(to_ox(s), to_ox(p), to_ox(o), name)


def nquads_text(graphs: Iterable[tuple[Any, Iterable[Triple]]], *, union: bool = False) -> bytes | None:
    """The triples of named graphs (``(graph IRI, triples)`` of rdflib IRIs and literals) as N-Quads
    bytes for Oxigraph's parser; with ``union``, each line is followed by the same triple in the
    default graph. Parsed, they are the quads :meth:`Terms.to_ox` gives (a literal's language wins
    over its datatype; ``xsd:string`` is a plain literal). None when a term is neither an IRI nor a
    literal, or an IRI holds a backslash (which N-Quads would read as an escape): convert those
    term by term."""
    texts = _nquads_lines(graphs, union=union, apart=False)
    return None if texts is None else texts[0]


def nquads_texts(graphs: Iterable[tuple[Any, Iterable[Triple]]]) -> tuple[bytes, bytes] | None:
    """:func:`nquads_text` with ``union``, in two parts: the named graphs' lines, and their
    triples' lines in the default graph (the union), in the same order; None as there."""
    texts = _nquads_lines(graphs, union=True, apart=True)
    return None if texts is None else texts[:2]


def nquads_trig_texts(graphs: Iterable[tuple[Any, Iterable[Triple]]]) -> tuple[bytes, bytes, bytes] | None:
    """:func:`nquads_texts` and, third, the same graphs as TriG blocks (each non-empty graph's
    triples in a ``<graph> { … }`` block, no prefixes): the bytes :func:`trig_from_nquads` makes
    of the first part when each graph comes once, joined from the union's lines already made
    instead of cut out of each line again. None as there."""
    return _nquads_lines(graphs, union=True, apart=True, blocks=True)


def _nquads_lines(
    graphs: Iterable[tuple[Any, Iterable[Triple]]], *, union: bool, apart: bool, blocks: bool = False
) -> tuple[bytes, bytes, bytes] | None:
    bounds: list[tuple[str, int]] = []  # (graph IRI, index of its first line in ``others``): blocks
    lines: list[str] = []
    add = lines.append
    others: list[str] = [] if apart else lines  # the union's lines: apart, or after each quad's
    add_union = others.append
    xsd_string = str(XSD.string)
    iri, literal = URIRef, Literal

    def text_of(term: Any) -> str | None:
        kind = type(term)
        if kind is iri:
            return None if "\\" in term else f"<{term}>"
        if kind is not literal:
            return None
        value = str(term)
        if "\\" in value or '"' in value or "\n" in value or "\r" in value:
            value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        language = term.language
        if language:
            return f'"{value}"@{language}' if language.islower() else None
        datatype = term.datatype
        if datatype is not None and str(datatype) != xsd_string:
            if "\\" in datatype:
                return None
            return f'"{value}"^^<{datatype}>'
        return f'"{value}"'

    # Each IRI's text, made once: the subjects, predicates and IRI objects of a batch's graphs come
    # back in triple after triple (a document's entities, kg's few predicates and classes).
    iris: dict[Any, str] = {}
    for name, triples in graphs:
        if type(name) is not iri and not isinstance(name, str):
            return None
        if "\\" in name:
            return None
        tail = f" <{name}> .\n"
        if blocks:
            bounds.append((f"<{name}>", len(others)))
        for s, p, o in triples:
            # Subjects and predicates are IRIs in kg's graphs; anything else is converted term by term.
            if type(s) is not iri or type(p) is not iri:
                return None
            subject = iris.get(s)
            if subject is None:
                if "\\" in s:
                    return None
                subject = iris[s] = f"<{s}>"
            predicate = iris.get(p)
            if predicate is None:
                if "\\" in p:
                    return None
                predicate = iris[p] = f"<{p}>"
            if type(o) is iri:
                rendered = iris.get(o)
                if rendered is None:
                    if "\\" in o:
                        return None
                    rendered = iris[o] = f"<{o}>"
            else:
                rendered = text_of(o)
                if rendered is None:
                    return None
            head = f"{subject} {predicate} {rendered}"
            add(head + tail)
            if union:
                add_union(head + " .\n")
    trig = b""
    if blocks and apart:
        ends = [start for _, start in bounds[1:]] + [len(others)]
        trig = "".join(f"{name} {{\n" + "".join(others[start:end]) + "}\n" for (name, start), end in zip(bounds, ends) if end > start).encode("utf-8")
    return "".join(lines).encode("utf-8"), ("".join(others).encode("utf-8") if apart else b""), trig


#: How Oxigraph's N-Quads serialiser writes the characters of a literal it escapes: the
#: short escapes, ``\\uXXXX`` for the other control characters, nothing else escaped.
_OX_CONTROLS: dict[int, str] = {
    **{code: f"\\u{code:04X}" for code in [*range(0x20), 0x7F]},
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
}
#: Lines of N-Quads encoded at a time by :func:`dataset_nquads`: the text of a whole long document's
#: graph as Python strings (a list of lines, their join, then its bytes) was six times its bytes.
_NQUADS_CHUNK_LINES = 20_000

_OX_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_OX_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def dataset_nquads(dataset: Dataset | Graph) -> bytes | None:
    """``ox.serialize(dataset_quads(dataset), format=N_QUADS)``, the same bytes, written here
    without a pyoxigraph term per rdflib term (about half the CPU); None when the dataset holds
    something this does not write (a plain graph, triples in the default graph, a blank node, an
    IRI or a language tag Oxigraph would refuse or rewrite, ``rdf:langString`` without a
    language): convert it term by term then. Every distinct IRI and language tag is still checked
    by Oxigraph, once; literals are escaped as its serialiser escapes them."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.graph.memstore import GraphStore

    if not isinstance(dataset, Dataset) or len(dataset.default_context):
        return None
    import pyoxigraph as ox

    xsd_string = str(XSD.string)
    iri, literal = URIRef, Literal
    valid: dict[str, str] = {}  # IRI -> its N-Quads text, for the IRIs Oxigraph takes as they are
    tags: dict[str, bool] = {}  # language tag -> does Oxigraph take it as it is
    lang_string = str(RDF.langString)
    needs_escape, control, controls = _OX_NEEDS_ESCAPE.search, _OX_CONTROL.search, _OX_CONTROLS

    def iri_text(term: Any) -> str | None:
        value = str(term)  # a plain string: an rdflib term's hash and equality are Python code
        found = valid.get(value)
        if found is None:
            try:
                if ox.NamedNode(value).value != value:
                    return None
            except ValueError:
                return None
            found = valid[value] = f"<{value}>"
        return found

    def language_ok(tag: str) -> bool:
        found = tags.get(tag)
        if found is None:
            try:
                found = tags[tag] = ox.Literal("", language=tag).language == tag
            except ValueError:
                found = tags[tag] = False
        return found

    def object_text(term: Any) -> str | None:
        kind = type(term)
        if kind is iri:
            return iri_text(term)
        if kind is not literal:
            return None
        value = str(term)
        if needs_escape(value):
            value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            if control(value):  # rare: str.translate looks every character up
                value = value.translate(controls)
        language = term.language
        if language:
            return f'"{value}"@{language}' if language_ok(language) else None
        datatype = term.datatype
        if datatype is not None and str(datatype) != xsd_string:
            rendered = iri_text(datatype) if str(datatype) != lang_string else None
            return None if rendered is None else f'"{value}"^^{rendered}'
        return f'"{value}"'

    store = dataset.store if isinstance(dataset.store, GraphStore) else None
    named = sorted(_named_graphs(dataset), key=lambda g: str(g.identifier))
    # The lines are encoded a chunk at a time into one buffer: the lines of a document of a million
    # triples, their join and its bytes all held at once made the build's peak (issue 18, goal 3).
    out = io.BytesIO()
    lines: list[str] = []
    add = lines.append
    for graph in named:
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            continue
        name = iri_text(graph.identifier) if type(graph.identifier) is iri else None
        if name is None:
            return None
        tail = f" {name} .\n"
        # The order of dataset_quads: each graph's triples sorted by subject, read as it reads them.
        triples = store.graph_triples(graph.identifier) if store is not None else graph.triples((None, None, None))
        last_subject: Any = None
        subject = ""
        for s, p, o in sorted(triples, key=_subject_key):
            if s is not last_subject:
                rendered = iri_text(s) if type(s) is iri else None
                if rendered is None:
                    return None
                subject, last_subject = rendered, s
            predicate = iri_text(p) if type(p) is iri else None
            obj = object_text(o)
            if predicate is None or obj is None:
                return None
            add(f"{subject} {predicate} {obj}{tail}")
            if len(lines) >= _NQUADS_CHUNK_LINES:
                out.write("".join(lines).encode("utf-8"))
                lines.clear()
    out.write("".join(lines).encode("utf-8"))
    return out.getvalue()


class QuadBuffer:
    """An rdflib dataset converted once to N-Quads bytes by Oxigraph, then read back as often as
    needed (each graph file; an in-memory store for SPARQL: :meth:`kg.graph.store.OxigraphStore.from_nquads`): about four times smaller than a list
    of pyoxigraph quads, and Oxigraph's N-Quads parser is faster than converting rdflib terms again.
    The N-Quads are exact (no datatype normalised), and the order is :func:`dataset_quads`'s."""

    def __init__(self, dataset: Dataset | Graph) -> None:
        import pyoxigraph as ox

        self._ox = ox
        text = dataset_nquads(dataset)
        self.data: bytes = text if text is not None else ox.serialize(dataset_quads(dataset), format=ox.RdfFormat.N_QUADS) or b""

    def quads(self) -> Iterator[Any]:
        """The quads, parsed again."""
        return iter(self._ox.parse(self.data, format=self._ox.RdfFormat.N_QUADS))

    def write(self, path: str | Path, fmt: str = "trig") -> Path:
        """Write one graph file (:func:`write_quads`, compact TriG with prefixed names; N-Quads: these
        very bytes), atomically. An in-memory build is small: the linear regrouping
        (:func:`trig_from_nquads`) is for a store's graphs, where it saves seconds but writes every
        IRI in full."""
        if fmt != "nquads":
            return write_quads(self.quads(), path, fmt)

        def write(tmp: Path) -> None:
            tmp.write_bytes(self.data)
            _fsync(tmp)

        return replace_atomically(Path(path), write)


def _subject_key(triple: Triple) -> str:
    return str(triple[0])


def write_quads(quads: Iterable[Any], path: str | Path, fmt: str = "trig", *, grouped: bool = False) -> Path:
    """Write pyoxigraph quads as a graph file (``DUMP_FORMATS``) with Oxigraph's serialisers, atomically.

    TriG, N-Quads and JSON-LD hold every graph; Turtle holds their union (each distinct triple
    once, subject by subject; ``grouped``: ``quads`` are such triples already). TriG and Turtle
    declare kg's prefixes (:data:`kg.graph.rdf.PREFIXES`).
    """
    check_format(fmt)
    import pyoxigraph as ox

    ox_fmt = getattr(ox.RdfFormat, DUMP_FORMATS[fmt][0])
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if fmt in ("trig", "turtle") else None
    items: Iterable[Any] = quads
    if fmt == "turtle" and not grouped:
        union = dict.fromkeys(q.triple for q in quads)
        items = sorted(union, key=lambda t: str(t.subject))

    def write(tmp: Path) -> None:
        ox.serialize(items, str(tmp), ox_fmt, prefixes=prefixes)
        _fsync(tmp)

    return replace_atomically(Path(path), write)


def trig_prefixes() -> bytes:
    """The ``@prefix`` lines of kg's TriG files (:data:`kg.graph.namespaces.PREFIXES`)."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8")


def trig_block(name: bytes, ntriples: bytes) -> bytes:
    """One named graph of a TriG file: its name (an N-Quads term) and its N-Triples lines, which
    are valid TriG as they are (their escapes are Turtle's: ``\\n``, ``\\"``, ``\\uXXXX`` …)."""
    return name + b" {\n" + ntriples + b"}\n"


def trig_from_nquads(data: bytes | Iterable[bytes]) -> Iterator[bytes]:
    """N-Quads of named graphs only, each graph's lines together (:func:`dataset_nquads`,
    :meth:`kg.graph.store.OxigraphStore.nquads_chunks`), as TriG: one pass, no term parsed.

    A line's graph is its last term, an IRI: N-Quads escape line breaks inside literals and an
    IRI holds no space, so each line ends with `` <graph> .`` and its last `` <`` opens the graph
    name. A graph whose lines are not together would be written as two blocks of the same graph,
    which TriG allows. Raises ValueError on a line without a named graph IRI (a default-graph
    triple whose object is an IRI cannot be told apart: callers only pass named graphs)."""
    lines = data.splitlines(keepends=True) if isinstance(data, bytes) else data
    yield trig_prefixes()
    block: list[bytes] = []
    current = b""
    for line in lines:
        if not line.endswith(b"> .\n"):
            if not line.strip():
                continue
            raise ValueError(f"not an N-Quads line of a named graph: {line[:200]!r}")
        cut = line.rfind(b" <", 0, len(line) - 4)
        if cut < 0:
            raise ValueError(f"not an N-Quads line of a named graph: {line[:200]!r}")
        name = line[cut + 1 : -3]
        if name != current:
            if block:
                yield trig_block(current, b"".join(block))
                block.clear()
            current = name
        block.append(line[:cut] + b" .\n")
    if block:
        yield trig_block(current, b"".join(block))


def write_trig(chunks: Iterable[bytes], path: str | Path) -> Path:
    """Write TriG text given in chunks (:func:`trig_from_nquads`), atomically."""

    def write(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())

    return replace_atomically(Path(path), write)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
