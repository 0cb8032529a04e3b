"""The endpoint's query page in a real browser: it runs queries, shows refusals, and its
Content-Security-Policy keeps it from talking to any other host (YASGUI would fetch prefix.cc).

Skipped when Playwright or ``/usr/bin/chromium`` is missing; Playwright's own browser downloads are
never used. Every request that leaves the endpoint's origin is recorded and aborted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from kg.graph.store import MemoryStore
from kg.serve.endpoint import start_server
from tests.explore.test_viz_browser import CHROMIUM, CHROMIUM_ARGS, sync_api
from tests.graph.test_store import small_dataset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    trig = MemoryStore(small_dataset()).dump(tmp_path_factory.mktemp("page") / "graph.trig")
    with start_server(trig, port=0) as server:
        yield server


def _run_on_page(endpoint: Any, query: str) -> tuple[str, list[str], list[str]]:
    """Open the page and run ``query`` with its Run button: (page text, requests, CSP messages)."""
    requests: list[str] = []
    blocked: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
            page.route(re.compile(r"^(?!" + re.escape(endpoint.url) + ")"), lambda route: route.abort())
            page.goto(endpoint.url + "/")
            page.wait_for_selector(".CodeMirror", timeout=30_000)
            page.evaluate("q => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", query)
            page.click(".yasqe_queryButton")
            page.wait_for_selector(".yasr_response_chip, .yasr .errorHeader, .dataTable", timeout=30_000)
            page.wait_for_timeout(300)
            text = page.inner_text("body")
        finally:
            browser.close()
    return text, requests, blocked


def test_query_page_runs_queries_and_talks_to_nobody_else(endpoint: Any) -> None:
    text, requests, blocked = _run_on_page(endpoint, "SELECT ?n WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }")
    assert "IBM" in text
    assert requests and all(url.startswith(endpoint.url) for url in requests), requests
    # YASGUI tries prefix.cc on start-up; the policy stops it before any request is made.
    assert any("prefix.cc" in message for message in blocked)


def test_query_page_shows_the_refusal_of_service(endpoint: Any) -> None:
    text, requests, _ = _run_on_page(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert "E408" in text
    assert all(url.startswith(endpoint.url) for url in requests), requests
