"""Running the named questions of the query library and writing their answers as Markdown."""

from __future__ import annotations

import threading
from pathlib import Path

from rdflib import Dataset

from kg.graph.query import named_queries
from kg.graph.store import Store, head_rows

#: What a cell's text must not start in Markdown: raw HTML (``<img onerror=…>`` from a hostile page, run by
#: renderers that pass HTML through), links and code spans (which would also swallow the ``|``).
_MD_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "[": "\\[", "]": "\\]", "`": "\\`", "\\": "\\\\"})


def _md_cell(value: str, *, width: int = 80) -> str:
    """One table cell: on one line, at most ``width`` characters of text, shown as plain text."""
    value = " ".join(value.split())
    if len(value) > width:
        value = value[: width - 1] + "…"
    return value.translate(_MD_ESCAPES)


class Stopped(Exception):
    """The questions were given up before the last (``stop`` set): no answers are written."""


def answers_markdown(dataset: Dataset | Store, *, max_rows: int = 25, stop: threading.Event | None = None) -> str:
    """Every named question, its SPARQL and its first ``max_rows`` results, as Markdown.

    ``dataset`` is an rdflib Dataset (rdflib's SPARQL engine runs the questions) or a store
    (:class:`kg.graph.store.OxigraphStore`: Oxigraph runs them, what ``kg build`` does).
    ``stop``: once set, :class:`Stopped` is raised before the next question (``kg build`` asks
    them in a thread of their own, which stops when the rest of the writing fails or Ctrl-C)."""
    parts = ["# Answers to the example questions", "", "Produced by `kg build`; rerun one with `kg query GRAPH --name NAME`.", ""]
    for item in named_queries().values():
        if stop is not None and stop.is_set():
            raise Stopped(item.name)
        columns, rows, total = head_rows(dataset, item.text, limit=max_rows)
        parts += [f"## {item.title}", "", f"`kg query out/graph.trig --name {item.name}`", ""]
        if not rows:
            parts += ["(no answer)", ""]
            continue
        parts.append("| " + " | ".join(columns) + " |")
        parts.append("|" + "---|" * len(columns))
        for row in rows:
            parts.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
        if total > max_rows:
            parts.append(f"\n…and {total - max_rows} more rows.")
        parts.append("")
    return "\n".join(parts)


def write_answers(dataset: Dataset | Store, path: Path, *, stop: threading.Event | None = None) -> Path:
    """Write :func:`answers_markdown` to ``path`` atomically (nothing when ``stop`` is set before
    the last question: :class:`Stopped`)."""
    from kg.fileio import write_text_atomically

    return write_text_atomically(path, answers_markdown(dataset, stop=stop))
