"""Interactive, self-contained HTML drawing of the entity-event graph (``kg viz``).

The page is drawn with vis-network through pyvis, from the networkx view of
:func:`kg.views.entity_event_graph`: entities, events and quotations, and the news articles they
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

import calendar
import itertools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Dataset, Graph

from kg.fileio import write_text_atomically
from kg.errors import Errors, KGError
from kg.views import DOCUMENT_ROLES, KINDS, entity_event_graph

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

FORCE_LAYOUT_LIMIT = 1000
"""Connected components up to this size get a force-directed layout in Python; larger ones a
linear-time cluster layout seeded by their documents."""

MAX_TOOLTIP_EVIDENCE = 3
"""Evidence sentences shown in one tooltip; the rest are counted."""

MAX_PANEL_EVIDENCE = 25
"""Evidence sentences listed in the evidence panel of one node; the rest are counted."""

MAX_VISIBLE_LABEL = 16
"""Largest on-screen size (pixels) of the enlarged labels of documents and hubs: the page shrinks
them when zooming in, so labels readable from afar do not swamp a close-up."""

_TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
_TEMPLATE_NAME = "graph.html.j2"
_VIS_DIR = ("lib", "vis-9.1.2")
_VIS_JS = "vis-network.min.js"
_VIS_CSS = "vis-network.css"
_SEED = 42


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
    "Quotation": KindStyle("box", "#e8dff5", "#7b5ea7", 14),
    "Document": KindStyle("star", "#3d405b", "#1f2133", 26),
    "Entity": KindStyle("hexagon", "#9d9d9d", "#666666", 14),
}
"""Shape and colour of each node kind; events, quotations and documents stand out by shape."""

_KIND_LEGEND = {
    "Event": "Event",
    "Person": "Person",
    "Organization": "Organisation",
    "Place": "Place",
    "Quotation": "Quotation",
    "Document": "Document",
    "Entity": "Other entity",
}

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
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)")
_QID = re.compile(r"^Q[1-9][0-9]*$")


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
        view: A view already built by :func:`kg.views.entity_event_graph` (``graph`` is then not
            read).
        documents: Draw the news articles as hub nodes linked to what they mention, report and
            quote (ignored when ``view`` is given).
        focus: Draw only the ego network of this entity: a label or alias (case-insensitive) or
            an IRI; every node it names is a centre. See :func:`ego_network`.
        hops: Radius of the ego network, in edges (with ``focus``).
        top_k: Another name for ``max_nodes`` (the ``kg viz --top-k`` option).

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
    if focus is not None:
        centres = find_nodes(view, focus)
        if not centres:
            raise KGError(Errors.E304, value=focus)
        view = ego_network(view, centres, hops=hops)
    if max_nodes is not None and view.number_of_nodes() > max_nodes:
        view = _top_nodes(view, max_nodes, keep=centres)

    n = view.number_of_nodes()
    use_physics = n <= LAYOUT_THRESHOLD if physics is None else physics
    positions = None if use_physics else _layout(view)

    net = KGNetwork(title=title, heading=title)
    counts = {kind: 0 for kind in KINDS}
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
    }
    return net


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
) -> Path:
    """Write the graph as one self-contained interactive HTML page and return its path.

    The page shows entities, events, quotations and the documents they come from, coloured and
    shaped by kind, with a legend whose check boxes hide or show each kind, a date range that
    hides the events outside it, a search box that selects and focuses nodes by label, tooltips,
    and an evidence panel (opened by clicking a node) with the node's type, date, Wikidata link
    and the sentences it was read from. The same graph always gives the same bytes. The file is
    written atomically. ``max_nodes`` (or its other name ``top_k``) keeps the best connected
    nodes; ``focus`` and ``hops`` draw the ego network of an entity (see :func:`render_network`).

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
    )
    html = net.generate_html()
    path = Path(path)
    write_text_atomically(path, html)
    return path


# --- page -----------------------------------------------------------------------------------------


def _render_page(net: KGNetwork) -> str:
    """Render the template for ``net``."""
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
        if counts.get(kind, 0) or kind not in ("Entity", "Document")
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
    template = template_environment().get_template(_TEMPLATE_NAME)
    html = template.render(
        title=net.kg_title,
        stats=stats,
        legend=legend,
        data_json=Markup(_script_json(data)),
        vis_js=Markup(_script_text(vis_js)),
        vis_css=Markup(_style_text(vis_css)),
    )
    return html if html.endswith("\n") else html + "\n"


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


def _script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element and byte-for-byte deterministic."""
    text = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
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


# --- tooltips --------------------------------------------------------------------------------------


def _node_tooltip(node_id: str, attrs: dict[str, Any]) -> str:
    """Plain-text tooltip (shown with ``textContent``; never parsed as HTML)."""
    kind = str(attrs.get("kind", "Entity"))
    if kind == "Document":
        lines = [str(attrs.get("title") or attrs.get("label") or node_id), "Kind: Document"]
        if attrs.get("date"):
            lines.append(f"Published: {attrs['date']}")
        if attrs.get("url"):
            lines.append(f"URL: {_shorten(str(attrs['url']), 120)}")
        if attrs.get("source_path"):
            lines.append(f"Source: {_shorten(str(attrs['source_path']), 120)}")
        lines.append(node_id)
        return "\n".join(lines)
    lines = [str(attrs.get("label") or node_id), f"Kind: {_KIND_LEGEND.get(kind, kind)}"]
    if attrs.get("type_label"):
        lines.append(f"Type: {attrs['type_label']}")
    if attrs.get("date"):
        lines.append(f"Date: {attrs['date']}")
    if attrs.get("qid"):
        lines.append(f"Wikidata: {attrs['qid']}")
    aliases = [a for a in attrs.get("aliases") or [] if a != attrs.get("label")]
    if aliases:
        lines.append("Also: " + ", ".join(_shorten(a, 40) for a in aliases[:5]))
    if attrs.get("text"):
        lines.append(f"« {_shorten(str(attrs['text']), 300)} »")
    lines += _evidence_lines(attrs.get("evidence") or [])
    lines.append(node_id)
    return "\n".join(lines)


def _node_details(
    node_id: str, attrs: dict[str, Any], sources: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """What the evidence panel shows for one node; fills ``sources`` with the documents cited."""
    kind = str(attrs.get("kind", "Entity"))
    info: dict[str, Any] = {"label": str(attrs.get("label") or node_id)}
    for key in ("type_label", "date", "text", "title", "url", "source_path"):
        if attrs.get(key):
            info[key] = str(attrs[key])
    qid = str(attrs.get("qid") or "")
    if _QID.match(qid):
        info["qid"] = qid
    aliases = [str(a) for a in attrs.get("aliases") or [] if a != attrs.get("label")]
    if aliases:
        info["aliases"] = aliases[:10]
    if kind == "Event":
        span = _date_span(str(attrs.get("date") or ""))
        if span is not None:
            info["from"], info["to"] = span
    if kind == "Document":
        sources[node_id] = {
            "title": str(attrs.get("title") or ""),
            "url": str(attrs.get("url") or ""),
            "path": str(attrs.get("source_path") or ""),
        }
    evidence = list(attrs.get("evidence") or [])
    # One entry per sentence: several mentions in one sentence are highlighted together.
    grouped: dict[tuple[str, str], list[str]] = {}
    for item in evidence:
        doc = str(item.get("doc") or "")
        surfaces = grouped.setdefault((doc, str(item.get("sentence") or "")), [])
        surface = str(item.get("surface") or "")
        if surface and surface not in surfaces:
            surfaces.append(surface)
        if doc and doc not in sources:
            fallback = str(item.get("url_or_source") or "")
            sources[doc] = {
                "title": str(item.get("title") or ""),
                "url": str(item.get("url") or ""),
                "path": str(item.get("source_path") or ("" if fallback == doc else fallback)),
            }
    items = [
        {"doc": doc, "sentence": sentence, "surfaces": surfaces}
        for (doc, sentence), surfaces in list(grouped.items())[:MAX_PANEL_EVIDENCE]
    ]
    if items:
        info["evidence"] = items
        info["mentions"] = len(evidence)
    if len(grouped) > MAX_PANEL_EVIDENCE:
        info["more"] = len(grouped) - MAX_PANEL_EVIDENCE
    return info


def _date_span(value: str) -> tuple[str, str] | None:
    """First and last day (ISO) of an ISO date, year-month or year; None when not one."""
    match = _DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    y = int(year)
    if y < 1:
        return None
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        last = calendar.monthrange(y, m)[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    if not 1 <= int(day) <= calendar.monthrange(y, m)[1]:
        return None
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}"


def _edge_tooltip(
    view: nx.MultiDiGraph, source: str, target: str, label: str, attrs: dict[str, Any]
) -> str:
    src = view.nodes[source].get("label") or source
    dst = view.nodes[target].get("label") or target
    weight = int(attrs.get("weight") or 1)
    times = f" ({weight}×)" if weight > 1 else ""
    lines = [f"{src} —{label}{times}→ {dst}"]
    lines += _evidence_lines(attrs.get("evidence") or [])
    return "\n".join(lines)


def _evidence_lines(evidence: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for item in evidence[:MAX_TOOLTIP_EVIDENCE]:
        source = item.get("title") or item.get("url_or_source") or item.get("doc") or ""
        lines.append(f"“{_shorten(str(item.get('sentence', '')), 220)}”")
        if source:
            lines.append(f"    — {_shorten(str(source), 100)}")
    if len(evidence) > MAX_TOOLTIP_EVIDENCE:
        lines.append(f"(+{len(evidence) - MAX_TOOLTIP_EVIDENCE} more mentions)")
    return lines


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- layout ----------------------------------------------------------------------------------------


def _node_scale(kind: str, base: int, degree: int) -> tuple[int, dict[str, Any] | None]:
    """Size and label font of a node: documents and well connected nodes are drawn larger, so
    their labels stay readable when the whole graph is in view."""
    if kind == "Document":
        return base + min(14, round(3 * math.log2(max(1, degree)))), {
            "size": 30,
            "color": "#1f2133",
            "strokeWidth": 6,
            "strokeColor": "#ffffff",
        }
    if kind == "Quotation" or degree < 3:
        return base, None
    grow = math.log2(degree)
    return base + min(14, round(3 * grow)), {"size": min(34, round(14 + 5 * grow))}


def _vis_options(*, physics: bool, large: bool) -> dict[str, Any]:
    return {
        "layout": {"randomSeed": _SEED, "improvedLayout": not large},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1.5},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.4},
            "width": 1.2,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -45,
                "centralGravity": 0.015,
                "springLength": 90,
                "springConstant": 0.09,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def _top_nodes(
    view: nx.MultiDiGraph, limit: int, keep: Iterable[str] = ()
) -> nx.MultiDiGraph:
    """The subgraph of the ``limit`` best connected nodes (ties broken by id); the nodes of
    ``keep`` come first."""
    first = set(keep)
    ranked = sorted(view.nodes, key=lambda node: (node not in first, -view.degree(node), node))
    return _subgraph(view, set(ranked[:limit]))


def _subgraph(view: nx.MultiDiGraph, keep: set[str]) -> nx.MultiDiGraph:
    """The nodes of ``keep`` and the edges between them, in the view's order."""
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((node, view.nodes[node]) for node in view.nodes if node in keep)
    sub.add_edges_from(
        (u, v, k, d) for u, v, k, d in view.edges(keys=True, data=True) if u in keep and v in keep
    )
    return sub


def find_nodes(view: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes ``name`` designates: the node whose IRI it is, else every node (documents
    excepted) whose label or alias equals it, ignoring case and surrounding spaces."""
    if name in view:
        return [name]
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return []
    found = []
    for node, attrs in view.nodes(data=True):
        if attrs.get("kind") == "Document":
            continue
        names = [attrs.get("label") or "", *(attrs.get("aliases") or [])]
        if any(" ".join(str(n).split()).casefold() == wanted for n in names):
            found.append(node)
    return found


def ego_network(view: nx.MultiDiGraph, centres: Iterable[str], *, hops: int = 2) -> nx.MultiDiGraph:
    """The nodes within ``hops`` edges (either direction) of ``centres``, and the edges between
    them.

    Documents are reached but not crossed (unless a document is a centre): otherwise two hops from
    any entity would take in everything its articles mention. So ``hops=2`` from a person gives
    its events, quotations and organisations, their other participants, and the articles that
    name them.
    """
    centres = {c for c in centres if c in view}
    seen = set(centres)
    frontier = sorted(seen)
    for _ in range(hops):
        following: list[str] = []
        for node in frontier:
            if view.nodes[node].get("kind") == "Document" and node not in centres:
                continue
            for other in sorted({*view.successors(node), *view.predecessors(node)}):
                if other not in seen:
                    seen.add(other)
                    following.append(other)
        frontier = following
    return _subgraph(view, seen)


def _layout(view: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Deterministic positions (in vis pixels): each component laid out, then packed in rows.

    Components of up to :data:`FORCE_LAYOUT_LIMIT` nodes get a force-directed layout; larger ones
    the linear-time cluster layout of :func:`_cluster_layout` (10,000 nodes in well under a
    second)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(view.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in view.edges() if u != v))
    components = sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0])
    )
    spacing = 90.0  # pixels per unit of k
    placed: dict[str, tuple[int, int]] = {}
    row_width = spacing * max(6.0, 2.2 * math.sqrt(simple.number_of_nodes()))
    x = y = row_height = 0.0
    for nodes in components:
        if len(nodes) > FORCE_LAYOUT_LIMIT:
            coords, (width, height) = _cluster_layout(simple, nodes, view)
            row_width = max(row_width, width)
        else:
            coords = _component_layout(simple, nodes)
            size = math.sqrt(len(nodes)) * spacing
            width = height = max(size, spacing)
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        for node, (px, py) in zip(nodes, coords):
            placed[node] = (round(x + px * width), round(y + py * height))
        x += width + spacing
        row_height = max(row_height, height)
    return placed


def _cluster_layout(
    graph: nx.Graph, nodes: list[str], view: nx.MultiDiGraph
) -> tuple[list[tuple[float, float]], tuple[float, float]]:
    """Layout of a large component in time linear in its size, seeded by anchors.

    The anchors are the component's documents (else its best connected nodes). Every other node
    joins the cluster of its nearest anchor (the one it shares most edges with, then the first
    reached); the anchors are laid out force-directed on the graph of the nodes they share, their
    clusters drawn as discs around them (members on a sunflower spiral, best connected inside) and
    pushed apart until the discs do not overlap. Nodes linked to several anchors (entities named by
    many articles) sit at the centre of their anchors. Returns unit-square coordinates and the
    size of the drawing in pixels."""
    import numpy as np

    pitch = 34.0  # pixels between neighbouring nodes of a cluster
    index = {node: i for i, node in enumerate(nodes)}
    docs = [node for node in nodes if view.nodes[node].get("kind") == "Document"]
    if len(docs) >= 2:
        anchors = docs
    else:
        count = max(2, math.isqrt(len(nodes)))
        anchors = sorted(sorted(nodes, key=lambda node: (-graph.degree(node), node))[:count])
    anchor_of: dict[str, int] = {node: a for a, node in enumerate(anchors)}
    # Nodes next to anchors: the anchor with most parallel edges (ties: first anchor).
    shared: dict[str, list[int]] = {}
    frontier: list[str] = []
    for node in nodes:
        if node in anchor_of:
            continue
        near = [anchor_of[other] for other in graph.adj[node] if other in anchor_of]
        if not near:
            continue
        weights = {a: view.number_of_edges(anchors[a], node) + view.number_of_edges(node, anchors[a]) for a in near}
        anchor_of[node] = min(near, key=lambda a: (-weights[a], a))
        if len(near) >= 3:
            shared[node] = sorted(near)
        frontier.append(node)
    # The rest: breadth-first from the anchors' neighbours.
    while frontier:
        following: list[str] = []
        for node in frontier:
            for other in sorted(graph.adj[node]):
                if other not in anchor_of:
                    anchor_of[other] = anchor_of[node]
                    following.append(other)
        frontier = following
    members: list[list[str]] = [[] for _ in anchors]
    for node in nodes:
        if node not in shared and node not in anchors:
            members[anchor_of[node]].append(node)

    # Anchor graph: anchors linked by the nodes they share (capped for hubs).
    anchor_graph = nx.Graph()
    anchor_graph.add_nodes_from(range(len(anchors)))
    for node in nodes:
        if node in anchors or node in shared:
            continue
        near = sorted({anchor_of[o] for o in graph.adj[node]} | {anchor_of[node]})
        for i, a in enumerate(near[:8]):
            for b in near[i + 1 : 8]:
                anchor_graph.add_edge(a, b)
    for near in shared.values():
        for a, b in itertools.pairwise(near[:8]):
            anchor_graph.add_edge(a, b)
    unit = np.array(_component_layout(anchor_graph, list(range(len(anchors)))), dtype=np.float64)
    radius = np.array([pitch * (0.8 + math.sqrt(len(m) + 1)) * 0.6 for m in members])
    side = math.sqrt(float((math.pi * radius**2).sum()) * 1.6)
    centres = unit * side
    # Push overlapping discs apart (a few vectorised passes over all anchor pairs).
    for _ in range(60):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=2))
        np.fill_diagonal(dist, np.inf)
        need = radius[:, None] + radius[None, :] + pitch
        overlap = np.clip(need - dist, 0.0, None)
        if not overlap.any():
            break
        dist[~np.isfinite(dist)] = 1.0
        push = (delta / np.maximum(dist, 1e-6)[:, :, None]) * (overlap / 2.0)[:, :, None]
        centres += push.sum(axis=1) * 0.5

    golden = math.pi * (3.0 - math.sqrt(5.0))
    coords = np.zeros((len(nodes), 2), dtype=np.float64)
    for a, anchor in enumerate(anchors):
        coords[index[anchor]] = centres[a]
        ordered = sorted(members[a], key=lambda node: (-graph.degree(node), node))
        for k, node in enumerate(ordered, start=1):
            r = pitch * 0.6 * math.sqrt(k + 0.5) + pitch * 0.4
            coords[index[node]] = centres[a] + r * np.array([math.cos(k * golden), math.sin(k * golden)])
    for j, (node, near) in enumerate(sorted(shared.items())):
        centre = centres[near].mean(axis=0)
        r = pitch * 0.5 * math.sqrt(j % 50 + 1)
        coords[index[node]] = centre + r * np.array([math.cos(j * golden), math.sin(j * golden)])
    coords -= coords.min(axis=0)
    extent = coords.max(axis=0)
    extent[extent == 0] = 1.0
    unit_coords = coords / extent
    return [(float(px), float(py)) for px, py in unit_coords], (float(extent[0]), float(extent[1]))


def _component_layout(graph: nx.Graph, nodes: Sequence[Any]) -> list[tuple[float, float]]:
    """Fruchterman-Reingold layout of one component, in the unit square (numpy, fixed seed)."""
    import numpy as np

    n = len(nodes)
    if n == 1:
        return [(0.5, 0.5)]
    if n == 2:
        return [(0.0, 0.5), (1.0, 0.5)]
    index = {node: i for i, node in enumerate(nodes)}
    sub = graph.subgraph(nodes)
    edges = np.array(sorted((index[u], index[v]) for u, v in sub.edges()), dtype=np.int64).reshape(
        -1, 2
    )
    rng = np.random.default_rng(_SEED)
    pos = rng.random((n, 2)).astype(np.float32)
    k = 1.0 / math.sqrt(n)
    iterations = 50 if n <= 2000 else 30
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    block = max(1, 2_000_000 // n)
    for _ in range(iterations):
        disp = np.zeros((n, 2), dtype=np.float32)
        for start in range(0, n, block):
            stop = min(n, start + block)
            delta = pos[start:stop, None, :] - pos[None, :, :]
            dist2 = np.einsum("ijk,ijk->ij", delta, delta)
            np.maximum(dist2, 1e-6, out=dist2)
            disp[start:stop] += np.einsum("ijk,ij->ik", delta, (k * k) / dist2)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((delta * delta).sum(axis=1)), 1e-3)
            force = delta * (dist / k)[:, None]
            np.subtract.at(disp, edges[:, 0], force)
            np.add.at(disp, edges[:, 1], force)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.min(axis=0)
    extent = pos.max(axis=0)
    extent[extent == 0] = 1.0
    pos /= extent
    return [(float(px), float(py)) for px, py in pos]
