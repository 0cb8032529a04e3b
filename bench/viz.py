"""How fast a 10,000-node graph page becomes interactive in headless Chromium.

    python bench/viz.py                    # 10,000 nodes, 3 page loads
    python bench/viz.py --nodes 2000 --repeat 1
    python bench/viz.py --keep out/bench-viz.html

A synthetic corpus is generated as an rdflib Dataset that follows the graph contract of
docs/MODEL.md (one named graph per article, NIF mentions with offsets and sentences, entities with
``itsrdf:taIdentRef`` mentions, typed ``sem:Event`` nodes with ``gaf:denotedBy`` triggers and
``kg:agent``/``kg:patient``/``kg:recipient`` participants, quotations with speakers). Entity
popularity follows a Zipf law, so a few entities are hubs mentioned by hundreds of articles, as in
real news. The article, event, quotation and entity counts are chosen so that the entity-event
view (documents included) has ``--nodes`` nodes.

Timed separately:

* ``view``: :func:`kg.explore.views.entity_event_graph` on the dataset;
* ``layout``: the Python layout alone (:func:`kg.explore.layout._layout`, used above
  :data:`kg.explore.viz.LAYOUT_THRESHOLD` nodes);
* ``render``: :func:`kg.explore.viz.render_html` from the view (layout included) and the page size;
* ``interactive``: in headless Chromium (``/usr/bin/chromium`` through Playwright), the time from
  navigation start to the moment the page sets ``window.__kgReady``: vis-network has drawn the
  graph once and every handler (click, search, filters) is attached. ``window.__kgReadyAt`` is
  ``performance.now()`` at that moment, i.e. milliseconds since navigation start. The bench then
  checks that the page responds: a click on a node opens the evidence panel and a search selects
  matches; both response times are printed too.

The fastest page load of ``--repeat`` is compared with the 5 s target. The last line of the output
is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SDO

from kg.explore import viz
from kg.explore.views import entity_event_graph
from kg.graph import namespaces as ns
from kg.graph.vocab import KG

TARGET_SECONDS = 5.0
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BASE = Namespace("https://bench.example.org/id/")
EVT = Namespace("https://w3id.org/newskg/event#")
EVENT_TYPES = ("Withdrawal", "Statement", "Meeting", "Attack", "Election", "Transfer", "Ban")
ENTITY_CLASSES = ((SDO.Person, "per"), (SDO.Organization, "org"), (SDO.Place, "loc"))
WORDS = (
    "accord", "gouvernement", "marché", "sommet", "crise", "vote", "réforme", "grève",
    "enquête", "procès", "contrat", "election", "market", "summit", "strike", "inquiry",
    "trial", "contract", "ministry", "council", "union", "company",
)

# Per article, on average: events, quotations and distinct entities mentioned.
EVENTS_PER_DOC = 11
QUOTES_PER_DOC = 1
MENTIONED_PER_DOC = 15
ENTITY_SHARE = 0.35  # of all nodes


def synthetic_dataset(nodes: int = 10_000, seed: int = 7) -> Dataset:
    """A corpus whose entity-event view (with documents) has about ``nodes`` nodes."""
    rng = np.random.default_rng(seed)
    n_entities = max(3, round(nodes * ENTITY_SHARE))
    per_doc = 1 + EVENTS_PER_DOC + QUOTES_PER_DOC
    n_docs = max(1, round((nodes - n_entities) / per_doc))
    n_entities = nodes - n_docs * per_doc  # exact total
    ranks = np.arange(1, n_entities + 1, dtype=np.float64)
    popularity = ranks**-1.05
    popularity /= popularity.sum()

    ds = Dataset()
    entity_iris = []
    for i in range(n_entities):
        cls, prefix = ENTITY_CLASSES[i % 3]
        entity_iris.append((BASE[f"entity/{prefix}-{i}"], cls, f"{prefix.upper()} {WORDS[i % len(WORDS)]} {i}"))
    for d in range(n_docs):
        doc_id = f"doc{d:05d}"
        graph = ds.graph(BASE[f"graph/{doc_id}"])
        doc, ctx = BASE[f"doc/{doc_id}"], BASE[f"text/{doc_id}"]
        month = 1 + d % 12
        graph.add((doc, RDF.type, SDO.NewsArticle))
        graph.add((doc, SDO.identifier, Literal(doc_id)))
        graph.add((doc, SDO.name, Literal(f"Article {d}: {WORDS[d % len(WORDS)]} {WORDS[(d * 7) % len(WORDS)]}")))
        graph.add((doc, SDO.url, Literal(f"https://news.example.org/{doc_id}")))
        graph.add((doc, KG.sourcePath, Literal(f"corpus/{doc_id}.txt")))
        graph.add((doc, SDO.datePublished, Literal(f"2020-{month:02d}-15", datatype=XSD.date)))
        graph.add((ctx, RDF.type, ns.NIF.Context))
        graph.add((ctx, KG.document, doc))
        offset = 0

        def mention(surface: str, sentence: str, graph: Graph = graph, ctx: URIRef = ctx) -> URIRef:
            nonlocal offset
            m = URIRef(f"{ctx}#char={offset},{offset + len(surface)}")
            graph.add((m, RDF.type, ns.NIF.Phrase))
            graph.add((m, ns.NIF.referenceContext, ctx))
            graph.add((m, ns.NIF.beginIndex, Literal(offset, datatype=XSD.nonNegativeInteger)))
            graph.add((m, ns.NIF.endIndex, Literal(offset + len(surface), datatype=XSD.nonNegativeInteger)))
            graph.add((m, ns.NIF.anchorOf, Literal(surface)))
            graph.add((m, KG.sentence, Literal(sentence)))
            offset += len(surface) + 40
            return m

        # Popular entities (Zipf draws) plus this article's share of the long tail, so that every
        # entity is mentioned at least once.
        tail = set(range(d, n_entities, n_docs))
        k = max(2, MENTIONED_PER_DOC - len(tail) + int(rng.integers(-2, 3)))
        chosen = sorted(tail | set(rng.choice(n_entities, size=min(k, n_entities), replace=False, p=popularity).tolist()))
        for e in chosen:
            iri, cls, label = entity_iris[e]
            graph.add((iri, RDF.type, cls))
            graph.add((iri, RDFS.label, Literal(label)))
            for _ in range(1 + int(rng.integers(0, 3))):
                m = mention(label, f"{label} était cité dans l'article {d}.")
                graph.add((m, ns.ITSRDF.taIdentRef, iri))
        for v in range(EVENTS_PER_DOC):
            event = BASE[f"event/{doc_id}/{v}"]
            etype = EVENT_TYPES[(d + v) % len(EVENT_TYPES)]
            trigger = etype.lower()
            graph.add((event, RDF.type, ns.SEM.Event))
            graph.add((event, ns.SEM.eventType, EVT[etype]))
            graph.add((EVT[etype], RDFS.label, Literal(trigger, lang="en")))
            graph.add((event, ns.GAF.denotedBy, mention(trigger, f"Un {trigger} a eu lieu ({d}/{v}).")))
            if v % 3:
                graph.add((event, ns.SEM.hasTimeStamp, Literal(f"2020-{month:02d}-{1 + v:02d}", datatype=XSD.date)))
            roles = (KG.agent, KG.patient, KG.recipient)
            for r in range(1 + int(rng.integers(0, 3))):
                iri = entity_iris[chosen[int(rng.integers(0, len(chosen)))]][0]
                graph.add((event, roles[r], iri))
                graph.add((event, ns.SEM.hasActor, iri))
        for q in range(QUOTES_PER_DOC):
            quote = BASE[f"quote/{doc_id}/{q}"]
            graph.add((quote, RDF.type, SDO.Quotation))
            graph.add((quote, SDO.text, Literal(f"Nous avons dit {WORDS[(d + q) % len(WORDS)]} {d}.")))
            graph.add((quote, SDO.creator, entity_iris[chosen[0]][0]))
            graph.add((quote, ns.GAF.denotedBy, mention("Nous avons dit", "« Nous avons dit », a-t-il déclaré.")))
    return ds


def measure_page(page_path: Path, repeat: int) -> dict[str, Any]:
    """Open the page ``repeat`` times in headless Chromium; seconds to interactive and responses."""
    from playwright.sync_api import sync_playwright

    runs: list[dict[str, float]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for _ in range(repeat):
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                page = context.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
                page.on(
                    "console",
                    lambda msg, errors=errors: errors.append(msg.text) if msg.type == "error" else None,
                )
                page.goto(page_path.as_uri(), wait_until="commit", timeout=120_000)
                page.wait_for_function("() => window.__kgReady === true", timeout=120_000, polling=20)
                ready_ms = page.evaluate("window.__kgReadyAt")
                # It responds: a click on a node opens its evidence panel ...
                node = page.evaluate(
                    """() => { const ids = kgNetwork.body.nodeIndices;
                               const id = ids[Math.floor(ids.length / 2)];
                               return {id: id, p: kgNetwork.canvasToDOM(kgNetwork.getPosition(id))}; }"""
                )
                box = page.locator("#kg-graph canvas").bounding_box()
                started = time.perf_counter()
                page.mouse.click(box["x"] + node["p"]["x"], box["y"] + node["p"]["y"])
                page.locator("#kg-panel").wait_for(state="visible", timeout=30_000)
                click_s = time.perf_counter() - started
                # ... and a search selects the matching nodes.
                started = time.perf_counter()
                page.locator("#kg-search").fill("summit")
                page.wait_for_function(
                    "() => /match/.test(document.getElementById('kg-search-status').textContent)",
                    timeout=30_000,
                )
                search_s = time.perf_counter() - started
                if errors:
                    raise SystemExit(f"page errors: {errors[:3]}")
                runs.append({"interactive_s": ready_ms / 1000.0, "click_s": click_s, "search_s": search_s})
                context.close()
        finally:
            browser.close()
    best = min(runs, key=lambda r: r["interactive_s"])
    return {
        "interactive_s": round(best["interactive_s"], 3),
        "interactive_median_s": round(statistics.median(r["interactive_s"] for r in runs), 3),
        "click_to_panel_s": round(best["click_s"], 3),
        "search_s": round(best["search_s"], 3),
        "runs": len(runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=10_000, help="nodes of the view (default 10,000)")
    parser.add_argument("--repeat", type=int, default=3, help="page loads; the fastest is reported")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="keep the page at this path")
    args = parser.parse_args(argv)
    if not CHROMIUM.is_file():
        print(f"{CHROMIUM} is missing: install chromium (never 'playwright install')", file=sys.stderr)
        return 2

    started = time.perf_counter()
    dataset = synthetic_dataset(args.nodes, args.seed)
    generate_s = time.perf_counter() - started
    started = time.perf_counter()
    view = entity_event_graph(dataset)
    view_s = time.perf_counter() - started
    started = time.perf_counter()
    viz._layout(view)
    layout_s = time.perf_counter() - started

    folder = Path(tempfile.mkdtemp(prefix="kg-bench-viz-"))
    page_path = args.keep or folder / "graph.html"
    started = time.perf_counter()
    viz.render_html(dataset, page_path, title="bench: synthetic graph", view=view)
    render_s = time.perf_counter() - started
    size_mb = page_path.stat().st_size / 1e6

    print(
        f"graph: {view.number_of_nodes():,} nodes, {view.number_of_edges():,} edges "
        f"({len(dataset):,} triples; generated in {generate_s:.1f} s)"
    )
    print(f"view (entity_event_graph):  {view_s:6.2f} s")
    print(f"python layout (_layout):    {layout_s:6.2f} s")
    print(f"render_html (with layout):  {render_s:6.2f} s, page {size_mb:.1f} MB")
    browser = measure_page(page_path, args.repeat)
    ratio = browser["interactive_s"] / TARGET_SECONDS
    print(
        f"interactive in Chromium:    {browser['interactive_s']:6.2f} s "
        f"(best of {browser['runs']}; median {browser['interactive_median_s']:.2f} s)"
    )
    print(f"ratio to the {TARGET_SECONDS:.0f} s target:     {ratio:6.2f} ({'met' if ratio < 1 else 'MISSED'})")
    print(f"click -> evidence panel:    {browser['click_to_panel_s']:6.2f} s")
    print(f"search -> matches selected: {browser['search_s']:6.2f} s")
    if args.keep:
        print(f"page kept at {page_path}")
    print(
        json.dumps(
            {
                "nodes": view.number_of_nodes(),
                "edges": view.number_of_edges(),
                "triples": len(dataset),
                "view_s": round(view_s, 3),
                "layout_s": round(layout_s, 3),
                "render_s": round(render_s, 3),
                "page_mb": round(size_mb, 2),
                **browser,
                "target_s": TARGET_SECONDS,
                "ratio": round(ratio, 3),
            }
        )
    )
    return 0 if ratio < 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
