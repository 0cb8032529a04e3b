"""The Python API: build or load a graph, then query, tabulate, draw and explore it.

>>> import kg
>>> graph = kg.build(["data/"])                      # doctest: +SKIP
>>> graph.query("SELECT ?n WHERE { ?e a schema:Person ; rdfs:label ?n }")   # doctest: +SKIP

Query results and tables are pandas DataFrames. Values given as keyword arguments to
:meth:`KnowledgeGraph.query` are passed as SPARQL ``initBindings``, never pasted into the text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kg.errors import Errors, KGError

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Dataset

View = Literal["entity-event", "entity", "rdf"]
VIEWS: tuple[str, ...] = ("entity-event", "entity", "rdf")

_ENTITIES = """
SELECT ?entity ?label ?type ?qid (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?ctx) AS ?documents)
       (GROUP_CONCAT(DISTINCT ?alias; separator=" | ") AS ?aliases)
WHERE {
  VALUES (?class ?type) { (schema:Person "Person") (schema:Organization "Organization") (schema:Place "Place") }
  ?entity a ?class ; rdfs:label ?label .
  OPTIONAL { ?entity schema:alternateName ?alias }
  OPTIONAL { ?entity owl:sameAs ?wd . FILTER (STRSTARTS(STR(?wd), STR(wd:))) BIND (STRAFTER(STR(?wd), STR(wd:)) AS ?qid) }
  OPTIONAL { ?m itsrdf:taIdentRef ?entity ; nif:referenceContext ?ctx }
}
GROUP BY ?entity ?label ?type ?qid
ORDER BY DESC(?mentions) ?label
"""

_EVENTS = """
SELECT ?event ?type ?trigger ?agent ?patient ?recipient ?place ?time ?inferred ?polarity ?modality ?document ?sentence
WHERE {
  ?event a sem:Event ; sem:eventType ?t ; gaf:denotedBy ?m .
  ?t rdfs:label ?type . FILTER (lang(?type) = "en")
  ?m nif:anchorOf ?trigger ; nif:referenceContext/kg:document/schema:identifier ?document .
  OPTIONAL { ?m kg:sentence ?sentence }
  OPTIONAL { ?event kg:agent/rdfs:label ?agent }
  OPTIONAL { ?event kg:patient/rdfs:label ?patient }
  OPTIONAL { ?event kg:recipient/rdfs:label ?recipient }
  OPTIONAL { ?event sem:hasPlace/rdfs:label ?place }
  OPTIONAL { ?event sem:hasTimeStamp ?time }
  OPTIONAL { ?event kg:timeInferred ?inferred }
  OPTIONAL { ?event kg:polarity ?polarity }
  OPTIONAL { ?event kg:modality ?modality }
}
ORDER BY ?document ?time ?event
"""

_QUOTES = """
SELECT ?quote ?speaker ?text ?channel ?indirect ?document WHERE {
  ?quote a schema:Quotation ; schema:text ?text ;
         gaf:denotedBy/nif:referenceContext/kg:document/schema:identifier ?document .
  OPTIONAL { ?quote schema:creator/rdfs:label ?speaker }
  OPTIONAL { ?quote kg:channel ?channel }
  OPTIONAL { ?quote kg:indirect ?indirect }
}
ORDER BY ?document ?quote
"""


def _frame(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([list(r) for r in rows], columns=list(columns))


def _python(value: Any) -> Any:
    from rdflib import Literal

    if value is None:
        return None
    if isinstance(value, Literal):
        py = value.toPython()
        return str(value) if isinstance(py, Literal) else py
    return str(value)


class KnowledgeGraph:
    """A built knowledge graph: an rdflib Dataset with one named graph per document."""

    def __init__(self, dataset: Dataset, *, errors: Sequence[KGError] = (), documents: int | None = None) -> None:
        self.dataset = dataset
        self.errors = tuple(errors)
        self._documents = documents

    def __repr__(self) -> str:
        docs = self._documents if self._documents is not None else "?"
        return f"<KnowledgeGraph: {docs} documents, {len(self.dataset)} triples, {len(self.errors)} errors>"

    # --- querying ---------------------------------------------------------------------------------

    def query(self, sparql: str, *, timeout: float | None = None, **bindings: Any) -> pd.DataFrame:
        """Run SPARQL over the union of all documents; a SELECT gives a DataFrame with Python values.

        Keyword arguments bind query variables (``graph.query(q, name="IBM")`` binds ``?name``).
        ASK gives a one-cell frame (column ``ask``); CONSTRUCT gives subject/predicate/object rows.
        """
        from kg.graph.query import run_query

        result = run_query(self.dataset, sparql, bindings=bindings, timeout=timeout)
        if result.type == "ASK":
            return _frame(["ask"], [[bool(result.askAnswer)]])
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return _frame(["subject", "predicate", "object"], ([_python(v) for v in t] for t in result.graph))  # type: ignore[union-attr]
        columns = [str(v) for v in result.vars or []]
        return _frame(columns, ([_python(row.get(v)) for v in result.vars or []] for row in result.bindings))  # type: ignore[union-attr]

    def entities(self) -> pd.DataFrame:
        """One row per entity: IRI, label, type, Wikidata QID, mentions, documents and aliases."""
        return self.query(_ENTITIES)

    def events(self) -> pd.DataFrame:
        """One row per event mention: type, trigger, participants, place, time, factuality, evidence."""
        return self.query(_EVENTS)

    def quotes(self) -> pd.DataFrame:
        """One row per quotation: speaker, text, channel, whether indirect, and document."""
        return self.query(_QUOTES)

    def timeline(self, entity: str | None = None) -> pd.DataFrame:
        """Dated events in time order, with their evidence sentence; ``entity`` (a label, alias or
        IRI) keeps the events it takes part in."""
        frame = self.events()
        frame = frame[frame["time"].notna()]
        if entity is not None:
            iris = set(self._entity_iris(entity))
            if not iris:
                return frame.iloc[0:0]
            rows = self.query("SELECT DISTINCT ?event ?e WHERE { ?event sem:hasActor|sem:hasPlace ?e }")
            involved = set(rows[rows["e"].isin(iris)]["event"])
            frame = frame[frame["event"].isin(involved)]
        frame = frame.assign(_key=frame["time"].map(str))
        return frame.sort_values(["_key", "document", "event"]).drop(columns="_key").reset_index(drop=True)

    def _entity_iris(self, entity: str) -> list[str]:
        if entity.startswith(("http://", "https://", "urn:")):
            return [entity]
        rows = self.query(
            "SELECT DISTINCT ?e WHERE { ?e rdfs:label|schema:alternateName ?n . FILTER (LCASE(STR(?n)) = LCASE(?name)) }",
            name=entity,
        )
        return list(rows["e"])

    def explain(self, entity: str) -> list[Any]:
        """Why an entity is one node: its aliases by language and document, mentions per document,
        retired IRIs and every merge with its evidence (see ``kg explain``). Print ``.text()``."""
        from kg.resolve.explain import explain

        return explain(self.dataset, entity)

    # --- views and drawing ------------------------------------------------------------------------

    def to_networkx(self, view: View = "entity-event") -> nx.MultiDiGraph | nx.Graph:
        """A networkx view of the graph.

        ``entity-event``: entities, events and quotes (edges labelled with roles); ``entity``:
        entities linked when they share an event (edge ``weight`` = number of shared events, with
        the event types and dates); ``rdf``: every triple as an edge (``predicate`` attribute).
        """
        import networkx as nx

        if view not in VIEWS:
            raise KGError(Errors.E303, value=view, choices=", ".join(VIEWS))
        if view == "rdf":
            from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

            from kg.graph.validate import union_graph

            return rdflib_to_networkx_multidigraph(union_graph(self.dataset), edge_attrs=lambda s, p, o: {"predicate": str(p)})
        from kg.explore.views import entity_event_graph

        bipartite = entity_event_graph(self.dataset, include_documents=False)
        if view == "entity-event":
            return bipartite
        entity_graph = nx.Graph()
        for node, data in bipartite.nodes(data=True):
            if data.get("kind") in ("Person", "Organization", "Place", "Entity"):
                entity_graph.add_node(node, **data)
        for node, data in bipartite.nodes(data=True):
            if data.get("kind") != "Event":
                continue
            members = sorted({v for _, v in bipartite.out_edges(node) if v in entity_graph})
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    edge = entity_graph.get_edge_data(a, b) or {"weight": 0, "events": [], "types": [], "dates": []}
                    edge["weight"] += 1
                    edge["events"].append(node)
                    edge["types"].append(data.get("type_label", ""))
                    edge["dates"].append(data.get("date", ""))
                    entity_graph.add_edge(a, b, **edge)
        return entity_graph

    def show(self, *, height: int = 650, **options: Any) -> Any:
        """Draw the graph inline in Jupyter and return the pyvis network (options as :func:`kg.explore.viz.render_network`)."""
        from kg.explore.viz import render_network

        network = render_network(self.dataset, **options)
        try:
            import html

            from IPython.display import HTML, display

            page = network.generate_html()
            display(HTML(
                f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;border:0" '
                'sandbox="allow-scripts allow-popups"></iframe>'
            ))
        except ImportError:  # not in a notebook: the network is still returned
            pass
        return network

    def write_html(self, path: str | Path, **options: Any) -> Path:
        """Write the interactive page (see :func:`kg.explore.viz.render_html`)."""
        from kg.explore.viz import render_html

        return render_html(self.dataset, Path(path), **options)

    def save(self, path: str | Path, *, fmt: str = "trig") -> Path:
        """Serialise to TriG, N-Quads, Turtle or JSON-LD (atomic write)."""
        from kg.graph.rdf import serialize

        return serialize(self.dataset, Path(path), fmt=fmt)

    def validate(self) -> Any:
        """Check against the SHACL shapes; returns a report with ``conforms`` and ``text``."""
        from kg.graph.validate import validate

        return validate(self.dataset)

    def stats(self) -> dict[str, int]:
        """Counts of documents, entities, mentions, events, quotes and triples."""
        from kg.explore.stats import graph_stats

        return graph_stats(self.dataset)


def _looks_like_path(value: str) -> bool:
    if "\n" in value or len(value) > 4096:
        return False
    return os.path.exists(value) or (" " not in value and (os.sep in value or value.endswith((".txt", ".md", ".html", ".jsonl"))))


def build(paths_or_texts: str | Path | Iterable[str | Path], **options: Any) -> KnowledgeGraph:
    """Build a graph from files, folders or raw article texts (a string that is not a path is text).

    Options go to :class:`kg.analyse.pipeline.Options` (``route_languages``, ``batch_size``). Bad documents
    are reported in ``KnowledgeGraph.errors``; only when every document fails is an error raised.
    """
    from kg.analyse.options import Options
    from kg.builder import build_documents
    from kg.ingest.readers import document_from_text, ingest

    items = [paths_or_texts] if isinstance(paths_or_texts, (str, Path)) else list(paths_or_texts)
    paths = [p for p in items if isinstance(p, Path) or _looks_like_path(p)]
    texts = [t for t in items if not (isinstance(t, Path) or _looks_like_path(t))]
    read = ingest(paths) if paths else None
    documents = list(read.documents) if read else []
    errors: list[KGError] = list(read.errors) if read else []
    for i, text in enumerate(texts, start=1):
        try:
            documents.append(document_from_text(str(text), doc_id=f"text-{i}"))
        except KGError as exc:
            errors.append(exc)
    if not documents:
        raise errors[0] if errors else KGError(Errors.E013)
    result = build_documents(documents, options=Options(**options))
    return KnowledgeGraph(result.dataset, errors=[*errors, *result.errors], documents=result.documents)


def load(path_or_store: str | Path | Dataset) -> KnowledgeGraph:
    """Open a graph written by ``kg build`` (a .trig/.nq/.ttl/.jsonld file or its folder), or wrap a Dataset."""
    from rdflib import Dataset as _Dataset

    if isinstance(path_or_store, _Dataset):
        return KnowledgeGraph(path_or_store)
    from kg.graph.query import load_dataset

    return KnowledgeGraph(load_dataset(path_or_store))
