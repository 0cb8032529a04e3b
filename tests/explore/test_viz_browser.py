"""The graph and timeline pages in a real browser: headless Chromium driven by Playwright.

Checks what the static tests of ``test_viz.py`` and ``test_timeline.py`` cannot: that vis-network
draws the nodes, that clicking a node opens the evidence panel with its sentence and source, that
the filters hide nodes and their edges, that hostile labels stay text (no script runs, no alert or
other dialog opens), that no console error occurs and that the pages ask for nothing but their own
file: every request that is not ``file:``, ``data:`` or ``about:`` is recorded (and aborted) and
fails the test.

The README's screenshots are made here, from the page built from the repository's ``data/``
sample: ``KG_UPDATE_SCREENSHOTS=1`` writes them to ``docs/img/graph.png`` and
``docs/img/timeline.png``, otherwise they go to pytest's temporary folder::

    KG_UPDATE_SCREENSHOTS=1 .venv/bin/pytest -q -o addopts="-ra" tests/explore/test_viz_browser.py -k screenshot

Skipped when Playwright or ``/usr/bin/chromium`` is missing; Playwright's own browser downloads are
never used.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Dataset, Literal
from rdflib import namespace as rns

from kg.explore.timeline import render_timeline
from kg.explore.viz import render_html
from kg.graph import namespaces as ns
from kg.graph import vocab
from tests.conftest import DATA, ROOT
from tests.explore.test_timeline import timeline_dataset
from tests.explore.test_viz import EX, _mention, build_dataset

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
XSS_ALERT = "<img src=x onerror=alert(1)>"
LOCAL_SCHEMES = ("file:", "data:", "about:")
# Runs before any page script: a hostile text that became markup would call one of these.
TRAP_DIALOGS = """
window.__alerts = [];
['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (name) {
  window[name] = function () { window.__alerts.push(name); return null; };
});
"""

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
    """The viz test graph with a hostile article title and person, one undated event and an
    organisation named ``<img src=x onerror=alert(1)>``."""
    ds = build_dataset(doc_title=XSS_TITLE, person=XSS_PERSON)
    graph = ds.graph(EX["graph/two"])
    text = "« Nous partons », dit Macron, président de la République à Paris."
    graph.add((EX.speech, RDF.type, ns.SEM.Event))
    graph.add((EX.speech, RDFS.label, Literal("dit")))
    graph.add((EX.speech, vocab.KG.agent, EX.macron))
    graph.add((EX.speech, vocab.KG.recipient, EX.hostile))
    graph.add((EX.hostile, RDF.type, rns.SDO.Organization))
    graph.add((EX.hostile, RDFS.label, Literal(XSS_ALERT)))
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


def _open(browser: Any, url: str, viewport: dict[str, int] | None = None) -> tuple[Any, Any]:
    """A new page at ``url`` that records console errors, uncaught exceptions, dialogs, and every
    request that is not local (those are aborted, so nothing ever leaves the machine)."""
    context = browser.new_context(viewport=viewport or {"width": 1200, "height": 800})
    context.add_init_script(TRAP_DIALOGS)
    page = context.new_page()
    page.kg_errors = []  # type: ignore[attr-defined]
    page.kg_requests = []  # type: ignore[attr-defined]
    page.kg_remote = []  # type: ignore[attr-defined]
    page.kg_dialogs = []  # type: ignore[attr-defined]

    def on_request(request: Any) -> None:
        page.kg_requests.append(request.url)
        if not request.url.startswith(LOCAL_SCHEMES):
            page.kg_remote.append(request.url)

    def on_dialog(dialog: Any) -> None:
        page.kg_dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: Any) -> None:
        if message.type == "error":
            page.kg_errors.append(f"console: {message.text}")

    page.on("request", on_request)
    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda err: page.kg_errors.append(f"pageerror: {err}"))
    context.route(re.compile(r"^(?!file:|data:|about:)"), lambda route: route.abort())
    page.goto(url)
    page.wait_for_function("() => window.__kgReady === true", timeout=60_000)
    return context, page


def _assert_clean(page: Any) -> None:
    """No console error, no exception, no dialog, no hostile script run, no remote request."""
    assert page.kg_errors == []
    assert page.kg_remote == []
    assert page.kg_requests and all(url.startswith(LOCAL_SCHEMES) for url in page.kg_requests)
    assert page.kg_dialogs == []
    assert page.evaluate("window.__alerts") == []
    assert page.evaluate("window.__xss") is None


@pytest.fixture()
def page(browser: Any, page_file: Path) -> Iterator[Any]:
    context, page = _open(browser, page_file.as_uri())
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
    assert count == 10  # 8 entities, events and quotations + 2 documents
    assert page.evaluate("Object.keys(kgNetwork.body.nodes).length") == count
    assert page.evaluate("kgNetwork.body.data.edges.length") > 0
    # drawn: every node has a position inside the canvas' coordinate space, and pixels were painted
    assert page.evaluate(
        "kgNetwork.body.nodeIndices.every(id => Number.isFinite(kgNetwork.getPosition(id).x))"
    )
    painted = page.evaluate(
        """() => { const c = document.querySelector('#kg-graph canvas');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
                   return n; }"""
    )
    assert painted > 1000
    assert page.evaluate("window.__kgReadyAt") > 0
    _assert_clean(page)


def test_hostile_labels_do_not_run(page: Any) -> None:
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    labels = page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)")
    assert XSS_TITLE in labels and XSS_PERSON in labels and XSS_ALERT in labels  # shown as text
    # the hostile names reach the DOM too: in the panel, in search results and in tooltips
    page.locator("#kg-search").fill("onerror=alert")
    assert page.locator("#kg-search-status").inner_text() == "1 match"
    page.wait_for_timeout(700)  # the search's focus animation
    _click_node(page, str(EX.hostile))
    page.locator("#kg-panel").wait_for(state="visible", timeout=5_000)
    assert page.locator("#kg-panel h2").inner_text() == XSS_ALERT
    page.mouse.move(0, 0)
    point = page.evaluate("id => kgNetwork.canvasToDOM(kgNetwork.getPosition(id))", str(EX.hostile))
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_timeout(400)  # the tooltip delay
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    _assert_clean(page)


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
    _assert_clean(page)


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


# --- the timeline page --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def timeline_file() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kg-timeline-browser-"))
    try:
        yield render_timeline(timeline_dataset(hostile=True), folder / "timeline.html")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_timeline_page_in_the_browser(browser: Any, timeline_file: Path) -> None:
    context, page = _open(browser, timeline_file.as_uri())
    try:
        events = page.locator("li.kg-event")
        assert events.count() == 4
        assert events.nth(0).locator(".kg-flag").all_inner_texts() == ["NEGATED", "FUTURE"]
        assert events.nth(2).locator("mark").inner_text() == "quitte"
        # hostile names are text: the entity and the article title are shown, not run
        assert XSS_ALERT in events.nth(0).inner_text()
        assert XSS_ALERT in events.nth(3).locator(".kg-src").inner_text()
        assert page.evaluate("document.querySelectorAll('img, iframe').length") == 0
        # undated events are last and the toggle hides them; so does the factuality toggle
        undated = page.locator("li.kg-undated")
        assert undated.count() == 1 and undated.is_visible()
        page.locator("#kg-show-undated").uncheck()
        assert undated.is_hidden() and events.nth(0).is_visible()
        page.locator("#kg-show-flagged").uncheck()
        assert events.nth(0).is_hidden() and events.nth(1).is_visible()
        page.locator("#kg-show-undated").check()
        page.locator("#kg-show-flagged").check()
        assert undated.is_visible() and events.nth(0).is_visible()
        link = events.nth(2).locator(".kg-src a")
        assert link.get_attribute("href") == "https://example.org/news/one"
        _assert_clean(page)
    finally:
        context.close()


# --- the README's screenshots, from the data/ sample --------------------------------------------


@pytest.fixture(scope="module")
def sample_pages() -> Iterator[tuple[Path, Path]]:
    """The graph and timeline pages of the repository's data/ sample (built once: slow)."""
    import kg

    here = Path.cwd()
    os.chdir(ROOT)  # relative source paths (data/...) in the pages, as `kg build data` writes them
    try:
        graph = kg.build([DATA.relative_to(ROOT)])
    finally:
        os.chdir(here)
    folder = Path(tempfile.mkdtemp(prefix="kg-sample-pages-"))
    try:
        yield (
            render_html(graph.dataset, folder / "graph.html", title="kg: data/"),
            render_timeline(graph.dataset, folder / "timeline.html", title="kg timeline: data/"),
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _screenshot_path(name: str, tmp_path: Path) -> Path:
    """docs/img/NAME with KG_UPDATE_SCREENSHOTS=1, else a temporary file."""
    if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1":
        return ROOT / "docs" / "img" / name
    return tmp_path / name


def test_screenshot_of_the_sample_graph(
    browser: Any, sample_pages: tuple[Path, Path], tmp_path: Path
) -> None:
    context, page = _open(browser, sample_pages[0].as_uri(), {"width": 1400, "height": 860})
    try:
        page.wait_for_function(
            "() => document.getElementById('kg-loading').textContent === ''", timeout=60_000
        )
        assert page.evaluate("kgNetwork.body.data.nodes.length") > 100
        # open the evidence panel of the most mentioned organisation, as a reader would
        page.locator("#kg-search").fill("IBM")
        page.wait_for_function("() => kgNetwork.getSelectedNodes().length > 0")
        node = page.evaluate(
            """() => kgNetwork.getSelectedNodes().find(
                   id => kgNetwork.body.data.nodes.get(id).label === 'IBM')"""
        )
        assert node
        page.evaluate("id => kgNetwork.fit({animation: false})")
        page.evaluate("id => kgOpenPanel(id)", node)
        page.locator("#kg-panel").wait_for(state="visible", timeout=5_000)
        page.wait_for_timeout(600)  # label sizes settle after the zoom
        out = _screenshot_path("graph.png", tmp_path)
        page.screenshot(path=str(out))
        assert out.stat().st_size > 50_000
        _assert_clean(page)
    finally:
        context.close()


def test_screenshot_of_the_sample_timeline(
    browser: Any, sample_pages: tuple[Path, Path], tmp_path: Path
) -> None:
    context, page = _open(browser, sample_pages[1].as_uri(), {"width": 1100, "height": 860})
    try:
        assert page.locator("li.kg-event").count() > 50
        assert page.locator("li.kg-event mark").count() > 50
        out = _screenshot_path("timeline.png", tmp_path)
        page.screenshot(path=str(out))
        assert out.stat().st_size > 20_000
        _assert_clean(page)
    finally:
        context.close()


def test_the_guards_catch_what_they_look_for(browser: Any, tmp_path: Path) -> None:
    """The checks above are not vacuous: a page that fetches, alerts and logs an error is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><img src="https://example.invalid/x.png">'
        "<script>alert(1); console.error('boom'); window.__kgReady = true;</script>",
        encoding="utf-8",
    )
    context, page = _open(browser, bad.as_uri())
    try:
        page.wait_for_timeout(300)
        assert page.kg_remote == ["https://example.invalid/x.png"]
        assert page.evaluate("window.__alerts") == ["alert"]
        assert any("boom" in e for e in page.kg_errors)
    finally:
        context.close()


def test_search_finds_entities_that_are_not_drawn(browser: Any, tmp_path: Path) -> None:
    index = [("https://example.org/entity/far", "Far Away Place", "Place")]
    path = render_html(build_dataset(), tmp_path / "graph.html", max_nodes=2, documents=False, index=index)
    context, page = _open(browser, path.as_uri())
    try:
        page.locator("#kg-search").fill("far away")
        assert page.locator("#kg-search-status").inner_text() == "0 matches"
        assert page.locator("#kg-search-more").inner_text() == "+1 not drawn"
        page.locator("#kg-search").press("Enter")  # no drawn match: Enter lists those not drawn
        panel = page.locator("#kg-panel")
        assert panel.is_visible() and "not drawn match" in panel.inner_text()
        panel.locator("button", has_text="Far Away Place").click()
        text = panel.inner_text()
        assert "not drawn on this page" in text and "kg viz graph.trig --focus 'Far Away Place'" in text
        assert "https://example.org/entity/far" in text
        page.locator("#kg-search").fill("")
        assert not page.locator("#kg-search-more").is_visible()
        _assert_clean(page)
    finally:
        context.close()
