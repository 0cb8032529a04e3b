"""The evidence shown for a node of the graph page: label, type, date, Wikidata link and the
sentences it was read from, each text escaped for the page.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

import networkx as nx

MAX_TOOLTIP_EVIDENCE = 3

MAX_PANEL_EVIDENCE = 25

_KIND_LEGEND = {
    "Event": "Event",
    "Person": "Person",
    "Organization": "Organisation",
    "Place": "Place",
    "Product": "Product",
    "MarketIndex": "Stock market index",
    "FinancialMarket": "Financial market",
    "Quotation": "Quotation",
    "Document": "Document",
    "Entity": "Other entity",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)")

_QID = re.compile(r"^Q[1-9][0-9]*$")


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


