"""The graph page in a real browser: headless Chromium driven by Playwright.

Checks what the static tests of ``test_viz.py`` cannot: that vis-network draws the nodes, that
clicking a node opens the evidence panel with its sentence and source, that the filters hide nodes
and their edges, that hostile labels stay text (no script runs) and that the page asks for nothing
but its own file. Skipped when Playwright or ``/usr/bin/chromium`` is missing; Playwright's own
browser downloads are never used.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Dataset, Literal

from kg import namespaces as ns
from kg import vocab
from kg.viz import render_html
from tests.test_viz import EX, _mention, build_dataset

pytestmark = pytest.mark.slow

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
XSS_TITLE = "<script>window.__xss=1</script>"
XSS_PERSON = '<img src=x onerror="window.__xss=2">'

sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="playwright is not installed (pip install 'playwright>=1.40'; "
    "never run 'playwright install': the tests use /usr/bin/chromium)",
)
if not CHROMIUM.is_file():
    pytest.skip(
        f"{CHROMIUM} is missing (apt-get install chromium); the browser tests need it",
        allow_module_level=True,
    )


def _dataset() -> Dataset:
    """The viz test graph with a hostile article title and person, plus one undated event."""
    ds = build_dataset(doc_title=XSS_TITLE, person=XSS_PERSON)
    graph = ds.graph(EX["graph/two"])
    text = "« Nous partons », dit Macron, président de la République à Paris."
    graph.add((EX.speech, RDF.type, ns.SEM.Event))
    graph.add((EX.speech, RDFS.label, Literal("dit")))
    graph.add((EX.speech, vocab.KG.agent, EX.macron))
    _mention(graph, EX["doc/two#ctx"], text, "dit", EX.speech, ns.GAF.denotedBy)
    return ds


@pytest.fixture(scope="module")
def page_file() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kg-viz-browser-"))
    try:
        yield render_html(_dataset(), folder / "graph.html", title="Browser test")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Playwright gives the browser a fresh temporary profile (it refuses --user-data-dir).
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture()
def page(browser: Any, page_file: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    page.kg_errors = []  # type: ignore[attr-defined]
    page.kg_requests = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda err: page.kg_errors.append(str(err)))
    page.on("request", lambda req: page.kg_requests.append(req.url))
    page.goto(page_file.as_uri())
    page.wait_for_function("() => window.kgNetwork !== undefined", timeout=20_000)
    page.wait_for_function(
        "() => document.getElementById('kg-loading').textContent === ''", timeout=30_000
    )
    try:
        yield page
    finally:
        context.close()


def _click_node(page: Any, node_id: str) -> None:
    point = page.evaluate(
        "id => kgNetwork.canvasToDOM(kgNetwork.getPosition(id))",
        node_id,
    )
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def _click_empty(page: Any) -> None:
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] - 4)


def test_nodes_are_drawn_and_nothing_is_fetched(page: Any) -> None:
    assert page.locator("#kg-graph canvas").count() == 1
    count = page.evaluate("kgNetwork.body.data.nodes.length")
    assert count == 9  # 7 entities, events and quotations + 2 documents
    assert page.evaluate("Object.keys(kgNetwork.body.nodes).length") == count
    assert page.evaluate("kgNetwork.body.data.edges.length") > 0
    assert page.kg_errors == []
    assert page.kg_requests and all(url.startswith("file:") for url in page.kg_requests)


def test_hostile_labels_do_not_run(page: Any) -> None:
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    labels = page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)")
    assert XSS_TITLE in labels and XSS_PERSON in labels  # shown as text


def test_clicking_a_node_opens_its_evidence(page: Any) -> None:
    assert page.locator("#kg-panel").is_hidden()
    _click_node(page, str(EX.withdrawal))
    panel = page.locator("#kg-panel")
    panel.wait_for(state="visible", timeout=5_000)
    assert panel.locator("h2").inner_text() == "quitte"
    text = panel.inner_text()
    assert "Withdrawal" in text and "2020-06-08" in text
    assert "Emmanuel Macron quitte l\u2019OMS." in text or "Emmanuel Macron quitte l'OMS." in text
    assert panel.locator("mark").inner_text() == "quitte"
    source = panel.locator("ol.kg-evidence a")
    assert source.get_attribute("href") == "https://example.org/news/one"
    assert source.get_attribute("rel") == "noopener noreferrer"
    assert source.inner_text() == XSS_TITLE  # the hostile title, as text
    assert page.evaluate("window.__xss") is None
    assert panel.locator("script, img").count() == 0

    _click_node(page, str(EX.who))
    page.wait_for_function("() => document.querySelector('#kg-panel h2').textContent === 'OMS'")
    wikidata = panel.locator("dl a")
    assert wikidata.get_attribute("href") == "https://www.wikidata.org/wiki/Q7817"
    assert wikidata.get_attribute("target") == "_blank"

    _click_node(page, str(EX["doc/two"]))
    page.wait_for_function(
        "() => document.querySelector('#kg-panel h2').textContent === 'Article two'"
    )
    assert "data/two.txt" in panel.inner_text()  # no URL: the source path, as text
    assert "In this article" in panel.inner_text()

    _click_empty(page)
    panel.wait_for(state="hidden", timeout=5_000)
    assert page.kg_errors == []


def _hidden(page: Any, node_id: str) -> bool:
    return bool(page.evaluate("id => !!kgNetwork.body.data.nodes.get(id).hidden", node_id))


def _hidden_edges_from(page: Any, node_id: str) -> list[bool]:
    return page.evaluate(
        """id => kgNetwork.body.data.edges.get()
            .filter(e => e.from === id || e.to === id).map(e => !!e.hidden)""",
        node_id,
    )


def test_hiding_documents_hides_their_edges(page: Any) -> None:
    doc = str(EX["doc/one"])
    assert not _hidden(page, doc) and not any(_hidden_edges_from(page, doc))
    page.locator('input.kg-kind[data-kind="Document"]').uncheck()
    assert _hidden(page, doc) and _hidden(page, str(EX["doc/two"]))
    assert all(_hidden_edges_from(page, doc))
    assert not _hidden(page, str(EX.macron))
    page.locator('input.kg-kind[data-kind="Document"]').check()
    assert not _hidden(page, doc) and not any(_hidden_edges_from(page, doc))


def test_time_filter(page: Any) -> None:
    withdrawal, speech = str(EX.withdrawal), str(EX.speech)
    assert page.locator("#kg-date-from").input_value() == "2020-06-08"
    assert not _hidden(page, withdrawal) and not _hidden(page, speech)
    page.locator("#kg-date-from").fill("2020-06-09")
    page.locator("#kg-date-to").fill("2020-12-31")
    assert _hidden(page, withdrawal) and all(_hidden_edges_from(page, withdrawal))
    assert not _hidden(page, speech)  # undated events stay visible
    assert not _hidden(page, str(EX.macron))  # only events are filtered by date
    assert page.locator("#kg-time-status").inner_text() == "1 of 2 events shown"
    page.locator("#kg-date-from").fill("2020-01-01")
    assert not _hidden(page, withdrawal)
    page.locator("#kg-dated-only").check()
    assert _hidden(page, speech) and not _hidden(page, withdrawal)
    page.locator("#kg-dated-only").uncheck()
    assert not _hidden(page, speech)


def test_large_labels_shrink_when_zooming_in(page: Any) -> None:
    doc = str(EX["doc/one"])
    assert page.evaluate("id => kgNetwork.body.data.nodes.get(id).font.size", doc) <= 30
    page.evaluate("() => kgNetwork.moveTo({scale: 4})")
    page.wait_for_function(
        "id => kgNetwork.body.data.nodes.get(id).font.size === 14", arg=doc, timeout=5_000
    )


def test_search_skips_hidden_nodes(page: Any) -> None:
    page.locator("#kg-search").fill("quitte")
    assert page.locator("#kg-search-status").inner_text() == "1 match"
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [str(EX.withdrawal)]
    page.locator('input.kg-kind[data-kind="Event"]').uncheck()
    assert page.locator("#kg-search-status").inner_text() == "0 matches"
