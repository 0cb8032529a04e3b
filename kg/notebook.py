"""Jupyter helpers: show the interactive page inline."""

from __future__ import annotations

import html
from typing import Any

from rdflib import Dataset, Graph


def show(graph: Graph | Dataset, *, height: int = 600, **options: Any) -> Any:
    """Render the graph page inside the notebook (an iframe with the whole page inline, so it
    needs no server and no network). ``options`` go to :func:`kg.viz.render_network`."""
    from IPython.display import HTML

    from kg.viz import render_network

    page = render_network(graph, **options).generate_html()
    return HTML(
        f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;border:0" '
        'sandbox="allow-scripts"></iframe>'
    )
