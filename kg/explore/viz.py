"""Interactive, self-contained HTML drawing of the entity-event graph (``kg viz``).

The page is drawn with vis-network through pyvis, from the networkx view of
:func:`kg.explore.views.entity_event_graph`: entities, events and quotations, and the news articles they
were read from as hubs. Clicking a node opens an evidence panel (its label, type, date, Wikidata
link and the sentences it was read from, each with its source article); the legend filters by kind
and the events by date. It works offline: vis-network's script and style sheet are read from the
installed pyvis package and inlined into the page, which loads nothing from the network.

Every text that comes from the graph reaches the page either escaped by Jinja2 (HTML context) or
inside a ``<script type="application/json">`` block in which ``<``, ``>`` and ``&`` are written as
JSON ``\\u`` escapes; the page's script only ever puts these texts into the DOM with
``textContent``, so a hostile label cannot become markup.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Dataset, Graph

from kg.errors import Errors, KGError
from kg.explore.layout import (
    _layout,
    _node_scale,
    _top_nodes,
    _vis_options,
    ego_network,
    find_nodes,
)
from kg.explore.tooltips import (
    _KIND_LEGEND,
    _edge_tooltip,
    _node_details,
    _node_tooltip,
)
from kg.explore.views import DOCUMENT_ROLES, KINDS, entity_event_graph
from kg.fileio import write_pieces_atomically

__all__ = [
    "KIND_STYLES",
    "LAYOUT_THRESHOLD",
    "KGNetwork",
    "KindStyle",
    "ego_network",
    "find_nodes",
    "render_html",
    "render_network",
]

LAYOUT_THRESHOLD = 1500
"""Above this many nodes the layout is computed in Python and vis physics is turned off."""

"""Connected components up to this size get a force-directed layout in Python; larger ones a
linear-time cluster layout seeded by their documents."""

"""Evidence sentences shown in one tooltip; the rest are counted."""

"""Evidence sentences listed in the evidence panel of one node; the rest are counted."""

MAX_VISIBLE_LABEL = 16
"""Largest on-screen size (pixels) of the enlarged labels of documents and hubs: the page shrinks
them when zooming in, so labels readable from afar do not swamp a close-up."""

_TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
_TEMPLATE_NAME = "graph.html.j2"
_VIS_DIR = ("lib", "vis-9.1.2")
_VIS_JS = "vis-network.min.js"
_VIS_CSS = "vis-network.css"


@dataclass(frozen=True)
class KindStyle:
    """How nodes of one kind are drawn."""

    shape: str
    """A vis-network shape name."""
    color: str
    """Fill colour (hex)."""
    border: str
    """Border colour (hex)."""
    size: int
    """Size of shapes whose label is drawn outside them."""


KIND_STYLES: dict[str, KindStyle] = {
    "Event": KindStyle("diamond", "#e4572e", "#a3361a", 22),
    "Person": KindStyle("dot", "#4c78a8", "#2f4f73", 16),
    "Organization": KindStyle("square", "#54a24b", "#33702d", 16),
    "Place": KindStyle("triangle", "#f2b701", "#a67d00", 16),
    "Product": KindStyle("triangleDown", "#72b7b2", "#3f7f7a", 16),
    "MarketIndex": KindStyle("triangleDown", "#b279a2", "#7d4f70", 16),
    "FinancialMarket": KindStyle("triangleDown", "#d4a6c8", "#7d4f70", 16),
    "Quotation": KindStyle("box", "#e8dff5", "#7b5ea7", 14),
    "Document": KindStyle("star", "#3d405b", "#1f2133", 26),
    "Entity": KindStyle("hexagon", "#9d9d9d", "#666666", 14),
}
"""Shape and colour of each node kind; events, quotations and documents stand out by shape."""


_ROLE_COLORS = {
    "agent": "#a3361a",
    "patient": "#7a5195",
    "recipient": "#2f4f73",
    "actor": "#888888",
    "place": "#a67d00",
    "creator": "#7b5ea7",
}
_DEFAULT_EDGE_COLOR = "#33702d"
_DOCUMENT_EDGE_COLOR = "#9aa3bd"
_DOCUMENT_EDGE_LENGTH = 70
_DOCUMENT_EDGE_ROLES = frozenset({"mentions", *DOCUMENT_ROLES.values()})


class KGNetwork(Network):
    """A pyvis network that renders with kg's offline template.

    ``generate_html``, ``write_html`` and ``show`` (for notebooks) all produce the same
    self-contained page as :func:`render_html`. Node and edge lookups use a dictionary, so large
    graphs are built in linear time.
    """

    def __init__(self, *, title: str = "kg graph", **kwargs: Any) -> None:
        kwargs.setdefault("cdn_resources", "in_line")  # never copy lib/ folders next to the page
        kwargs.setdefault("directed", True)
        kwargs.setdefault("height", "100%")
        kwargs.setdefault("width", "100%")
        super().__init__(**kwargs)
        self.kg_title = title
        self.kg_stats: dict[str, Any] = {}
        self.kg_details: dict[str, Any] = {}

    def add_node(  # type: ignore[override]
        self,
        n_id: str | int,
        label: str | None = None,
        shape: str = "dot",
        color: str | dict[str, Any] = "#97c2fc",
        **options: Any,
    ) -> None:
        """Add a node unless one with this id exists (see :meth:`pyvis.network.Network.add_node`)."""
        if n_id in self.node_map:
            return
        node = {**options, "id": n_id, "label": label if label else n_id, "shape": shape}
        if "group" not in options:
            node["color"] = color
        self.nodes.append(node)
        self.node_ids.append(n_id)
        self.node_map[n_id] = node

    def add_edge(self, source: str | int, to: str | int, **options: Any) -> None:  # type: ignore[override]
        """Add a directed edge between existing nodes."""
        if source not in self.node_map or to not in self.node_map:
            raise KeyError(f"edge {source!r} -> {to!r} refers to a missing node")
        edge = {**options, "from": source, "to": to}
        if self.directed:
            edge.setdefault("arrows", "to")
        self.edges.append(edge)

    def generate_html(
        self, name: str = "index.html", local: bool = True, notebook: bool = False
    ) -> str:
        """Render the network with kg's template (the arguments are kept for pyvis compatibility)."""
        self.html = _render_page(self)
        return self.html


def render_network(
    graph: Graph | Dataset,
    *,
    title: str = "kg graph",
    max_nodes: int | None = None,
    physics: bool | None = None,
    lang: str = "en",
    view: nx.MultiDiGraph | None = None,
    documents: bool = True,
    focus: str | None = None,
    hops: int = 2,
    top_k: int | None = None,
    index: Sequence[tuple[str, str, str]] = (),
) -> KGNetwork:
    """Build the pyvis network that :func:`render_html` draws.

    Args:
        graph: An :class:`rdflib.Dataset` (all named graphs are read) or a plain graph.
        title: Page title and heading.
        max_nodes: Draw at most this many nodes, keeping the best connected ones (the nodes named
            by ``focus`` are always kept).
        physics: Let vis-network's physics lay the graph out in the browser. By default physics is
            on up to :data:`LAYOUT_THRESHOLD` nodes; otherwise, and whenever physics is off, node
            positions are computed in Python with a fixed seed.
        lang: Preferred label language.
        view: A view already built by :func:`kg.explore.views.entity_event_graph` (``graph`` is then not
            read).
        documents: Draw the news articles as hub nodes linked to what they mention, report and
            quote (ignored when ``view`` is given).
        focus: Draw only the ego network of this entity: a label or alias (case-insensitive) or
            an IRI; every node it names is a centre. See :func:`ego_network`.
        hops: Radius of the ego network, in edges (with ``focus``).
        top_k: Another name for ``max_nodes`` (the ``kg viz --top-k`` option).
        index: ``(IRI, label, kind)`` of entities that the search box finds even though they are not
            in ``graph`` (every entity of a large store, when ``graph`` is a digest of it; see
            :func:`kg.builder.entity_index`). The entities of ``graph`` left out by ``max_nodes`` or
            ``focus`` are found too.

    Raises:
        KGError: E301 when the graph has no entity, event or quotation; E304 when ``focus`` names
            no node.
    """
    if top_k is not None:
        if max_nodes is not None and max_nodes != top_k:
            raise ValueError("give max_nodes or top_k, not both")
        max_nodes = top_k
    if view is None:
        view = entity_event_graph(graph, lang=lang, include_documents=documents)
    total_nodes, total_edges = view.number_of_nodes(), view.number_of_edges()
    if not any(kind != "Document" for _, kind in view.nodes(data="kind")):
        raise KGError(Errors.E301)
    if max_nodes is not None and max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    if hops < 0:
        raise ValueError("hops must be at least 0")
    centres: list[str] = []
    whole = view
    if focus is not None:
        centres = find_nodes(view, focus)
        if not centres:
            raise KGError(Errors.E304, value=focus)
        view = ego_network(view, centres, hops=hops)
    if max_nodes is not None and view.number_of_nodes() > max_nodes:
        view = _top_nodes(view, max_nodes, keep=centres)
    others = _undrawn_entities(whole, view, index)

    n = view.number_of_nodes()
    use_physics = n <= LAYOUT_THRESHOLD if physics is None else physics
    positions = None if use_physics else _layout(view)

    net = KGNetwork(title=title, heading=title)
    counts = dict.fromkeys(KINDS, 0)
    details: dict[str, dict[str, Any]] = {}
    sources: dict[str, dict[str, str]] = {}
    for node_id, attrs in view.nodes(data=True):
        kind = attrs.get("kind", "Entity")
        style = KIND_STYLES.get(kind, KIND_STYLES["Entity"])
        counts[kind] = counts.get(kind, 0) + 1
        extra: dict[str, Any] = {}
        if positions is not None:
            extra["x"], extra["y"] = positions[node_id]
        size, font = _node_scale(kind, style.size, view.degree(node_id))
        if font:
            extra["font"] = font
        net.add_node(
            node_id,
            label=str(attrs.get("label") or node_id),
            shape=style.shape,
            color={
                "background": style.color,
                "border": style.border,
                "highlight": {"background": style.color, "border": "#000000"},
                "hover": {"background": style.color, "border": "#000000"},
            },
            size=size,
            kind=kind,
            title=_node_tooltip(node_id, attrs),
            **extra,
        )
        details[node_id] = _node_details(node_id, attrs, sources)
    for source, target, attrs in view.edges(data=True):
        role = str(attrs.get("role", ""))
        label = str(attrs.get("label") or role)
        weight = int(attrs.get("weight") or 1)
        if role in _DOCUMENT_EDGE_ROLES and view.nodes[source].get("kind") == "Document":
            net.add_edge(
                source,
                target,
                label="",
                role=role,
                weight=weight,
                arrows="",
                length=_DOCUMENT_EDGE_LENGTH,
                color={"color": _DOCUMENT_EDGE_COLOR, "opacity": 0.55},
                width=round(0.8 + min(2.5, math.log2(weight)), 2),
                title=_edge_tooltip(view, source, target, label, attrs),
            )
            continue
        net.add_edge(
            source,
            target,
            label=label,
            role=role,
            color=_ROLE_COLORS.get(role, _DEFAULT_EDGE_COLOR),
            title=_edge_tooltip(view, source, target, label, attrs),
        )

    net.options = _vis_options(physics=use_physics, large=n > LAYOUT_THRESHOLD)
    starts = [d["from"] for d in details.values() if d.get("from")]
    ends = [d["to"] for d in details.values() if d.get("to")]
    net.kg_details = {"details": details, "sources": sources}
    if others:
        net.kg_details["others"] = others
    net.kg_stats = {
        "focus": ", ".join(str(view.nodes[c].get("label") or c) for c in centres if c in view),
        "hops": hops,
        "nodes": n,
        "edges": view.number_of_edges(),
        "total_nodes": total_nodes,
        "total_edges": total_edges,
        "counts": counts,
        "physics": use_physics,
        "date_min": min(starts) if starts else "",
        "date_max": max(ends) if ends else "",
        "dated_events": len(starts),
        "others": len(others),
    }
    return net


#: Node kinds the search box finds when they are not drawn.
SEARCHABLE_KINDS: frozenset[str] = frozenset({"Person", "Organization", "Place", "Product", "MarketIndex", "FinancialMarket", "Entity"})


def _undrawn_entities(
    whole: nx.MultiDiGraph, drawn: nx.MultiDiGraph, index: Sequence[tuple[str, str, str]]
) -> list[list[str]]:
    """``[IRI, label, kind]`` of the entities of ``whole`` and of ``index`` that ``drawn`` leaves
    out, sorted by label: what the page's search box finds beyond the drawing."""
    found: dict[str, list[str]] = {}
    if whole is not drawn:
        for node_id, attrs in whole.nodes(data=True):
            kind = str(attrs.get("kind", "Entity"))
            if kind in SEARCHABLE_KINDS and node_id not in drawn:
                found[node_id] = [node_id, str(attrs.get("label") or node_id), kind]
    for iri, label, kind in index:
        if iri not in drawn and iri not in found:
            found[iri] = [iri, label or iri, kind if kind in SEARCHABLE_KINDS else "Entity"]
    return sorted(found.values(), key=lambda item: (item[1].casefold(), item[0]))


def render_html(
    graph: Graph | Dataset,
    path: Path,
    *,
    title: str = "kg graph",
    max_nodes: int | None = None,
    physics: bool | None = None,
    lang: str = "en",
    documents: bool = True,
    focus: str | None = None,
    hops: int = 2,
    top_k: int | None = None,
    view: nx.MultiDiGraph | None = None,
    index: Sequence[tuple[str, str, str]] = (),
) -> Path:
    """Write the graph as one self-contained interactive HTML page and return its path.

    The page shows entities, events, quotations and the documents they come from, coloured and
    shaped by kind, with a legend whose check boxes hide or show each kind, a date range that
    hides the events outside it, a search box that selects and focuses nodes by label, tooltips,
    and an evidence panel (opened by clicking a node) with the node's type, date, Wikidata link
    and the sentences it was read from. The same graph always gives the same bytes. The file is
    written atomically. ``max_nodes`` (or its other name ``top_k``) keeps the best connected
    nodes; ``focus`` and ``hops`` draw the ego network of an entity (see :func:`render_network`).
    The search box also finds the entities left out of the drawing (and those of ``index``):
    they are listed below it, and clicking one says how to draw it (``kg viz --focus``).

    Raises:
        KGError: E301 when the graph has nothing to draw, E302 when pyvis's vis-network assets are
            missing, E304 when ``focus`` names no node.
    """
    net = render_network(
        graph,
        title=title,
        max_nodes=max_nodes,
        physics=physics,
        lang=lang,
        documents=documents,
        focus=focus,
        hops=hops,
        top_k=top_k,
        view=view,
        index=index,
    )
    path = Path(path)
    write_pieces_atomically(path, _page_pieces(net))
    return path


# --- page -----------------------------------------------------------------------------------------


def _render_page(net: KGNetwork) -> str:
    """Render the template for ``net``."""
    return "".join(_page_pieces(net))


# Where the page's data goes in the rendered template, to be written there piece by piece. Not text
# a title can hold (a NUL is no character of an HTML page); if it ever is, the page is made whole.
_DATA_MARK = "\x00kg-page-data\x00"

# The page's data is written in pieces of about this many characters.
_JSON_PIECE = 1 << 20


def _page_pieces(net: KGNetwork) -> Iterator[str]:
    """The page of ``net`` in pieces, which joined are the page: the template around the data, and
    the data's JSON (:func:`_script_json`) a piece at a time, so that a large page (tens of
    megabytes of JSON for a long document's graph) is never held whole, nor as the million small
    strings of a one-shot ``json.dumps``."""
    data, render = _page_template(net)
    page = render(Markup(_DATA_MARK))
    if not page.endswith("\n"):
        page += "\n"
    parts = page.split(_DATA_MARK)
    if len(parts) != 2:
        page = render(Markup(_script_json(data)))
        yield page if page.endswith("\n") else page + "\n"
        return
    yield parts[0]
    batch: list[str] = []
    size = 0
    for piece in _json_pieces(data):
        batch.append(piece)
        size += len(piece)
        if size >= _JSON_PIECE:
            yield _script_escape("".join(batch))
            batch, size = [], 0
    if batch:
        yield _script_escape("".join(batch))
    yield parts[1]


def _page_template(net: KGNetwork) -> tuple[dict[str, Any], Callable[[Markup], str]]:
    """The data of ``net``'s page, and the template rendered around a given text of it."""
    vis_js, vis_css = _vis_assets()
    stats = {
        "focus": "",
        "hops": 0,
        "nodes": len(net.nodes),
        "edges": len(net.edges),
        "total_nodes": len(net.nodes),
        "total_edges": len(net.edges),
        "counts": {},
        "physics": True,
        "date_min": "",
        "date_max": "",
        "dated_events": 0,
        "others": 0,
        **(net.kg_stats or {}),
    }
    counts = stats.get("counts", {})
    legend = [
        {
            "kind": kind,
            "name": _KIND_LEGEND[kind],
            "shape": KIND_STYLES[kind].shape,
            "color": KIND_STYLES[kind].color,
            "border": KIND_STYLES[kind].border,
            "count": counts.get(kind, 0),
        }
        for kind in KINDS
        if counts.get(kind, 0) or kind not in ("Entity", "Document", "Product", "MarketIndex", "FinancialMarket")
    ]
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    extra = getattr(net, "kg_details", None) or {"details": {}, "sources": {}}
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "details": extra["details"],
        "sources": extra["sources"],
        "kinds": _KIND_LEGEND,
        "label_cap": MAX_VISIBLE_LABEL,
    }
    if extra.get("others"):
        data["others"] = extra["others"]
    template = template_environment().get_template(_TEMPLATE_NAME)

    def render(data_json: Markup) -> str:
        return template.render(
            title=net.kg_title,
            stats=stats,
            legend=legend,
            data_json=data_json,
            vis_js=Markup(_script_text(vis_js)),
            vis_css=Markup(_style_text(vis_css)),
        )

    return data, render


@lru_cache(maxsize=1)
def template_environment() -> Environment:
    """The autoescaping Jinja environment of every page kg writes (graph and timeline)."""
    return Environment(
        loader=FileSystemLoader(str(_TEMPLATE_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style sheet from the installed pyvis package."""
    import pyvis

    root = Path(pyvis.__file__).resolve().parent
    texts = []
    for name in (_VIS_JS, _VIS_CSS):
        candidates = [root.joinpath(*_VIS_DIR, name), root.joinpath("templates", *_VIS_DIR, name)]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            raise KGError(Errors.E302, name="/".join((*_VIS_DIR, name)))
        texts.append(found.read_text(encoding="utf-8"))
    return texts[0], texts[1]


_JSON_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":"), "allow_nan": False}


def _script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element and byte-for-byte deterministic."""
    return _script_escape(json.dumps(data, **_JSON_OPTIONS))


def _json_pieces(data: Any, depth: int = 2) -> Iterator[str]:
    """``json.dumps(data, **_JSON_OPTIONS)`` in pieces: the items of a dictionary (with text keys)
    or a list, down to ``depth`` levels, each dumped on its own (what ``json.dumps`` writes for
    them inside their container, with the keys in the same sorted order)."""
    if depth and isinstance(data, dict) and data and all(isinstance(key, str) for key in data):
        yield "{"
        for k, key in enumerate(sorted(data)):
            yield ("," if k else "") + json.dumps(key, **_JSON_OPTIONS) + ":"
            yield from _json_pieces(data[key], depth - 1)
        yield "}"
    elif depth and isinstance(data, list) and data:
        yield "["
        for k, item in enumerate(data):
            if k:
                yield ","
            yield from _json_pieces(item, depth - 1)
        yield "]"
    else:
        yield json.dumps(data, **_JSON_OPTIONS)


def _script_escape(text: str) -> str:
    """JSON text made safe inside a ``<script>`` element (each character on its own: a text cut
    anywhere is escaped piece by piece as whole)."""
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script_text(code: str) -> str:
    """Script source that cannot close its ``<script>`` element early."""
    return code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _style_text(css: str) -> str:
    return css.replace("</style", "<\\/style").replace("</STYLE", "<\\/STYLE")


