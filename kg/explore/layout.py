"""Positions of the nodes of the graph page: a precomputed layout for large graphs, so that the
page is interactive without a long physics simulation.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx

FORCE_LAYOUT_LIMIT = 1000

_SEED = 42


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
