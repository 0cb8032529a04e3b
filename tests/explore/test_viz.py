"""Tests for kg.explore.viz: the offline, self-contained interactive HTML page."""

from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib import namespace as rns
from rdflib.namespace import ORG

from kg.errors import Errors, KGError
from kg.explore import layout, tooltips, viz
from kg.explore.views import entity_event_graph
from kg.explore.viz import KIND_STYLES, KGNetwork, render_html, render_network
from kg.graph import namespaces as ns
from kg.graph import vocab

# Namespaces are used through their modules: pytest probes module attributes while collecting,
# and rdflib's DefinedNamespace warns on every unknown attribute.
EX = Namespace("https://example.org/kg/")
HOSTILE_LABELS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')


def _document(
    ds: Dataset, name: str, text: str, date: str, title: str | None = None
) -> tuple[Graph, URIRef]:
    graph = ds.graph(EX[f"graph/{name}"])
    doc, ctx = EX[f"doc/{name}"], EX[f"doc/{name}#ctx"]
    graph.add((doc, RDF.type, rns.SDO.NewsArticle))
    graph.add((doc, rns.SDO.datePublished, Literal(date, datatype=rns.XSD.date)))
    graph.add((doc, rns.SDO.inLanguage, Literal("fr")))
    graph.add((doc, rns.SDO.name, Literal(title if title is not None else f"Article {name}")))
    graph.add((ctx, RDF.type, ns.NIF.Context))
    graph.add((ctx, ns.NIF.isString, Literal(text)))
    graph.add((ctx, vocab.KG.document, doc))
    return graph, ctx


def _mention(
    graph: Graph, ctx: URIRef, text: str, surface: str, target: URIRef, prop: URIRef
) -> None:
    begin = text.index(surface)
    mention = URIRef(f"{ctx}-{begin}")
    graph.add((mention, RDF.type, ns.NIF.Phrase))
    graph.add((mention, ns.NIF.referenceContext, ctx))
    graph.add((mention, ns.NIF.beginIndex, Literal(begin)))
    graph.add((mention, ns.NIF.endIndex, Literal(begin + len(surface))))
    graph.add((mention, ns.NIF.anchorOf, Literal(surface)))
    graph.add((mention, vocab.KG.sentence, Literal(text)))
    if prop == ns.GAF.denotedBy:
        graph.add((target, prop, mention))
    else:
        graph.add((mention, prop, target))


def build_dataset(
    *, person: str = "Emmanuel Macron", org: str = "OMS", doc_title: str | None = None
) -> Dataset:
    """Two named graphs: an event with agent and recipient, a person head of an org, a quote."""
    ds = Dataset()
    text1 = "Emmanuel Macron quitte l'OMS."
    g1, ctx1 = _document(ds, "one", text1, "2020-06-08", title=doc_title)
    g1.add((EX["doc/one"], rns.SDO.url, Literal("https://example.org/news/one")))
    g1.add((EX["doc/one"], vocab.KG.sourcePath, Literal("data/one.txt")))
    for node, cls, label, surface in (
        (EX.macron, rns.SDO.Person, person, "Emmanuel Macron"),
        (EX.who, rns.SDO.Organization, org, "OMS"),
    ):
        g1.add((node, RDF.type, cls))
        g1.add((node, RDFS.label, Literal(label)))
        _mention(g1, ctx1, text1, surface, node, ns.ITSRDF.taIdentRef)
    g1.add((EX.who, rns.OWL.sameAs, ns.WD.Q7817))
    g1.add((EX.withdrawal, RDF.type, ns.SEM.Event))
    g1.add((EX.withdrawal, RDFS.label, Literal("quitte")))
    g1.add((EX.withdrawal, ns.SEM.eventType, EX.Withdrawal))
    g1.add((EX.Withdrawal, RDFS.label, Literal("Withdrawal", lang="en")))
    g1.add((EX.withdrawal, ns.SEM.hasTimeStamp, Literal("2020-06-08", datatype=rns.XSD.date)))
    g1.add((EX.withdrawal, vocab.KG.agent, EX.macron))
    g1.add((EX.withdrawal, vocab.KG.recipient, EX.who))
    _mention(g1, ctx1, text1, "quitte", EX.withdrawal, ns.GAF.denotedBy)

    text2 = "« Nous partons », dit Macron, président de la République à Paris."
    g2, ctx2 = _document(ds, "two", text2, "2020-06-09")
    g2.add((EX["doc/two"], vocab.KG.sourcePath, Literal("data/two.txt")))
    g2.add((EX.republic, RDF.type, rns.SDO.Organization))
    g2.add((EX.republic, RDFS.label, Literal("République française")))
    g2.add((EX.paris, RDF.type, rns.SDO.Place))
    g2.add((EX.paris, RDFS.label, Literal("Paris")))
    g2.add((EX.macron, ORG.headOf, EX.republic))
    g2.add((EX.quote, RDF.type, rns.SDO.Quotation))
    g2.add((EX.quote, rns.SDO.text, Literal("Nous partons")))
    g2.add((EX.quote, rns.SDO.creator, EX.macron))
    _mention(g2, ctx2, text2, "Macron", EX.macron, ns.ITSRDF.taIdentRef)
    return ds


class _Tags(HTMLParser):
    """Collects start tags with their attributes (script and style bodies are not parsed)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def _embedded_data(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL
    )
    assert match is not None
    return json.loads(match.group(1))


@pytest.fixture()
def page(tmp_path: Path) -> str:
    out = render_html(build_dataset(), tmp_path / "graph.html", title="Test graph")
    assert out == tmp_path / "graph.html"
    return out.read_text(encoding="utf-8")


def test_page_contains_labels_legend_and_title(page: str) -> None:
    data = _embedded_data(page)
    labels = {node["label"] for node in data["nodes"]}
    assert labels == {
        "Emmanuel Macron",
        "OMS",
        "quitte",
        "République française",
        "Paris",
        "Nous partons",
        "Article one",
        "Article two",
    }
    assert "<title>Test graph</title>" in page
    assert 'id="kg-legend"' in page
    for name in ("Event", "Person", "Organisation", "Quotation", "Document"):
        assert f"<span>{name}</span>" in page
    assert page.count('class="kg-kind"') == 6  # one filter box per kind (no untyped entities)
    assert 'data-kind="Document"' in page
    assert 'id="kg-search"' in page


def test_nodes_are_shaped_and_coloured_by_kind(page: str) -> None:
    nodes = {node["id"]: node for node in _embedded_data(page)["nodes"]}
    event, person, org = nodes[str(EX.withdrawal)], nodes[str(EX.macron)], nodes[str(EX.who)]
    assert event["shape"] == KIND_STYLES["Event"].shape == "diamond"
    assert person["shape"] == "dot" and org["shape"] == "square"
    assert nodes[str(EX.quote)]["shape"] == KIND_STYLES["Quotation"].shape
    assert len({KIND_STYLES[k].color for k in KIND_STYLES}) == len(KIND_STYLES)
    assert event["color"]["background"] == KIND_STYLES["Event"].color


def test_tooltips_show_type_date_evidence_and_source(page: str) -> None:
    data = _embedded_data(page)
    event = next(n for n in data["nodes"] if n["id"] == str(EX.withdrawal))
    assert "Type: Withdrawal" in event["title"]
    assert "Date: 2020-06-08" in event["title"]
    assert "Emmanuel Macron quitte l'OMS." in event["title"]
    assert "Article one" in event["title"]
    who = next(n for n in data["nodes"] if n["id"] == str(EX.who))
    assert "Wikidata: Q7817" in who["title"]
    edge = next(e for e in data["edges"] if e["role"] == "agent")
    assert "quitte —agent→ Emmanuel Macron" in edge["title"]
    assert "Emmanuel Macron quitte l'OMS." in edge["title"]


def test_edges_carry_roles(page: str) -> None:
    edges = {(e["from"], e["to"]): (e["role"], e["label"]) for e in _embedded_data(page)["edges"]}
    one, two = str(EX["doc/one"]), str(EX["doc/two"])
    assert edges == {
        (str(EX.withdrawal), str(EX.macron)): ("agent", "agent"),
        (str(EX.withdrawal), str(EX.who)): ("recipient", "recipient"),
        (str(EX.quote), str(EX.macron)): ("creator", "creator"),
        (str(EX.macron), str(EX.republic)): ("headOf", "headOf"),
        (one, str(EX.macron)): ("mentions", ""),
        (one, str(EX.who)): ("mentions", ""),
        (one, str(EX.withdrawal)): ("reports", ""),
        (two, str(EX.macron)): ("mentions", ""),
    }


def test_document_nodes_and_edges(page: str) -> None:
    data = _embedded_data(page)
    doc = next(n for n in data["nodes"] if n["id"] == str(EX["doc/one"]))
    assert doc["kind"] == "Document" and doc["label"] == "Article one"
    assert doc["shape"] == KIND_STYLES["Document"].shape == "star"
    assert doc["color"]["background"] == KIND_STYLES["Document"].color
    for text in ("Article one", "Kind: Document", "Published: 2020-06-08"):
        assert text in doc["title"]
    assert "URL: https://example.org/news/one" in doc["title"]
    assert "Source: data/one.txt" in doc["title"]
    doc_edges = [e for e in data["edges"] if e["from"] == str(EX["doc/one"])]
    assert {e["role"] for e in doc_edges} == {"mentions", "reports"}
    for edge in doc_edges:
        assert edge["weight"] == 1 and edge["arrows"] == ""  # undirected-looking, no label clutter
        assert "Article one —" in edge["title"]
    legend = re.search(r'<aside id="kg-legend".*?</aside>', page, re.DOTALL)
    assert legend is not None and "<polygon points=\"8,0.8" in legend.group(0)  # star swatch


def test_documents_can_be_left_out() -> None:
    net = render_network(build_dataset(), documents=False)
    assert not [n for n in net.nodes if n["kind"] == "Document"]
    assert not [e for e in net.edges if e["role"] in ("mentions", "reports", "quotes")]


def test_only_documents_is_e301(tmp_path: Path) -> None:
    ds = Dataset()
    _document(ds, "alone", "Rien.", "2020-01-01")
    with pytest.raises(KGError) as info:
        render_html(ds, tmp_path / "x.html")
    assert info.value.code == "E301"


def test_evidence_panel_data(page: str) -> None:
    data = _embedded_data(page)
    details, sources = data["details"], data["sources"]
    event = details[str(EX.withdrawal)]
    assert event["label"] == "quitte" and event["type_label"] == "Withdrawal"
    assert event["date"] == "2020-06-08"
    assert (event["from"], event["to"]) == ("2020-06-08", "2020-06-08")
    assert event["evidence"] == [
        {
            "doc": str(EX["doc/one"]),
            "sentence": "Emmanuel Macron quitte l'OMS.",
            "surfaces": ["quitte"],
        }
    ]
    assert event["mentions"] == 1
    assert details[str(EX.who)]["qid"] == "Q7817"
    assert "qid" not in details[str(EX.macron)]
    assert details[str(EX.quote)]["text"] == "Nous partons"
    assert sources[str(EX["doc/one"])] == {
        "title": "Article one",
        "url": "https://example.org/news/one",
        "path": "data/one.txt",
    }
    two = {"title": "Article two", "url": "", "path": "data/two.txt"}
    assert sources[str(EX["doc/two"])] == two
    doc = details[str(EX["doc/one"])]
    assert doc["title"] == "Article one" and doc["url"] == "https://example.org/news/one"
    assert doc["source_path"] == "data/one.txt" and doc["date"] == "2020-06-08"
    assert 'id="kg-panel"' in page and 'id="kg-panel-body"' in page
    assert data["label_cap"] == viz.MAX_VISIBLE_LABEL
    doc_node = next(n for n in data["nodes"] if n["id"] == str(EX["doc/one"]))
    assert doc_node["font"]["size"] > viz.MAX_VISIBLE_LABEL  # readable from afar


def test_panel_evidence_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tooltips, "MAX_PANEL_EVIDENCE", 1)
    details = render_network(build_dataset()).kg_details["details"]
    macron = details[str(EX.macron)]
    assert len(macron["evidence"]) == 1 and macron["more"] == 1


def _page_script() -> str:
    template = (Path(viz.__file__).parent / "templates" / "graph.html.j2").read_text("utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", template, re.DOTALL)
    page_script = [s for s in scripts if "vis.Network" in s]
    assert len(page_script) == 1
    return page_script[0]


def test_page_script_never_parses_data_as_html() -> None:
    template = (Path(viz.__file__).parent / "templates" / "graph.html.j2").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in template, sink
    script = _page_script()
    assert "textContent" in script and "createElement" in script
    assert "DOMParser" not in script and "createContextualFragment" not in script
    # links: only http(s) URLs become hrefs, and Wikidata ids are checked in Python
    assert "isWebUrl(src.url)" in script and "https://www.wikidata.org/wiki/" in script
    assert 'rel = "noopener noreferrer"' in script
    assert 'network.on("click"' in script and "closePanel()" in script


@pytest.mark.parametrize(
    ("qid", "kept"), [("Q7817", True), ("Q0", False), ("javascript:alert(1)", False)]
)
def test_only_wellformed_qids_reach_the_panel(qid: str, kept: bool) -> None:
    details: dict = {}
    info = viz._node_details("x", {"kind": "Organization", "label": "x", "qid": qid}, details)
    assert ("qid" in info) is kept


def test_time_filter_controls(page: str) -> None:
    tags = _tags(page)
    inputs = {attrs.get("id"): attrs for tag, attrs in tags if tag == "input"}
    for name in ("kg-date-from", "kg-date-to"):
        assert inputs[name]["type"] == "date"
        assert inputs[name]["min"] == "2020-06-08" and inputs[name]["max"] == "2020-06-08"
    assert inputs["kg-date-from"]["value"] == "2020-06-08"
    assert inputs["kg-date-to"]["value"] == "2020-06-08"
    assert inputs["kg-dated-only"]["type"] == "checkbox"
    assert "checked" not in inputs["kg-dated-only"]  # undated events are shown by default
    assert "only dated events" in page
    fieldset = next(attrs for tag, attrs in tags if tag == "fieldset")
    assert "disabled" not in fieldset
    script = _page_script()
    assert "datedOnly.checked" in script and "d.to < fromInput.value" in script


def test_time_filter_is_disabled_without_dated_events(tmp_path: Path) -> None:
    ds = build_dataset()
    for graph in ds.graphs():
        graph.remove((None, ns.SEM.hasTimeStamp, None))
    html = render_html(ds, tmp_path / "x.html").read_text(encoding="utf-8")
    fieldset = next(attrs for tag, attrs in _tags(html) if tag == "fieldset")
    assert "disabled" in fieldset
    assert all(not d.get("from") for d in _embedded_data(html)["details"].values())


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2020-06-08", ("2020-06-08", "2020-06-08")),
        ("2020-06-08T10:30:00", ("2020-06-08", "2020-06-08")),
        ("2012-02", ("2012-02-01", "2012-02-29")),
        ("2014", ("2014-01-01", "2014-12-31")),
        ("2020-13", None),
        ("2021-02-30", None),
        ("0000", None),
        ("-0044-03-15", None),
        ("hier", None),
        ("", None),
    ],
)
def test_date_span(value: str, span: tuple[str, str] | None) -> None:
    assert tooltips._date_span(value) == span


def test_page_is_offline(page: str) -> None:
    tags = _tags(page)
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts and all("src" not in attrs for attrs in scripts)
    assert not [attrs for tag, attrs in tags if tag == "link"]
    for _tag, attrs in tags:
        for name in ("src", "href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (name, value)
    assert not re.search(
        r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""",
        page,
        re.IGNORECASE,
    )
    assert "vis.Network" in page and "vis-network" in page  # the library is inlined


@pytest.mark.parametrize("hostile", HOSTILE_LABELS)
@pytest.mark.parametrize("where", ["person", "org", "title", "document"])
def test_hostile_text_is_escaped(tmp_path: Path, hostile: str, where: str) -> None:
    if where == "person":
        ds = build_dataset(person=hostile)
    elif where == "org":
        ds = build_dataset(org=hostile)
    else:
        ds = build_dataset(doc_title=hostile if where == "document" else None)
    title = hostile if where == "title" else "kg graph"
    html = render_html(ds, tmp_path / "x.html", title=title).read_text(encoding="utf-8")
    assert hostile not in html
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html.lower()
    assert "onerror=alert" not in html or "<img" not in html.lower()
    assert not [tag for tag, _ in _tags(html) if tag == "img"]
    script_tags = [attrs for tag, attrs in _tags(html) if tag == "script"]
    assert len(script_tags) == 3  # vis-network, the JSON data and the page script
    if where != "title":
        data = _embedded_data(html)
        labels = {n["label"] for n in data["nodes"]}
        assert hostile in labels  # shown to the user as text, intact
    if where == "document":
        assert data["sources"][str(EX["doc/one"])]["title"] == hostile
        assert data["details"][str(EX["doc/one"])]["title"] == hostile


def test_script_json_escapes_markup() -> None:
    text = viz._script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


@pytest.mark.parametrize("physics", [None, False])
def test_render_is_deterministic(tmp_path: Path, physics: bool | None) -> None:
    first = render_html(build_dataset(), tmp_path / "a.html", physics=physics).read_bytes()
    second = render_html(build_dataset(), tmp_path / "b.html", physics=physics).read_bytes()
    assert first == second
    hostile = build_dataset(doc_title=HOSTILE_LABELS[0], person=HOSTILE_LABELS[1])
    third = render_html(hostile, tmp_path / "c.html", physics=physics).read_bytes()
    hostile = build_dataset(doc_title=HOSTILE_LABELS[0], person=HOSTILE_LABELS[1])
    assert render_html(hostile, tmp_path / "d.html", physics=physics).read_bytes() == third


def test_no_temp_files_left_and_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "g.html"
    render_html(build_dataset(), out)
    render_html(build_dataset(), out, title="again")
    assert "again" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in out.parent.iterdir()) == ["g.html"]


@pytest.mark.parametrize("empty", [Dataset(), Graph()])
def test_empty_graph_raises_e301(tmp_path: Path, empty: Graph) -> None:
    with pytest.raises(KGError) as info:
        render_html(empty, tmp_path / "empty.html")
    assert info.value.code == "E301"
    assert info.value.error is Errors.E301
    assert not (tmp_path / "empty.html").exists()


def test_missing_vis_asset_raises_e302(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viz, "_VIS_JS", "no-such-file.js")
    with pytest.raises(KGError) as info:
        render_html(build_dataset(), tmp_path / "x.html")
    assert info.value.code == "E302"
    assert "no-such-file.js" in str(info.value)


@pytest.mark.parametrize(
    ("physics", "expect_physics", "expect_positions"),
    [(None, True, False), (True, True, False), (False, False, True)],
)
def test_physics_and_python_layout(
    physics: bool | None, expect_physics: bool, expect_positions: bool
) -> None:
    net = render_network(build_dataset(), physics=physics)
    assert net.options["physics"]["enabled"] is expect_physics
    assert all(("x" in n and "y" in n) is expect_positions for n in net.nodes)


def test_large_graph_uses_python_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viz, "LAYOUT_THRESHOLD", 3)
    first = render_network(build_dataset())
    second = render_network(build_dataset())
    assert first.options["physics"]["enabled"] is False
    positions = [(n["x"], n["y"]) for n in first.nodes]
    assert positions == [(n["x"], n["y"]) for n in second.nodes]
    assert len(set(positions)) == len(positions)


def test_max_nodes_keeps_best_connected(tmp_path: Path) -> None:
    net = render_network(build_dataset(), max_nodes=2, documents=False)
    assert [n["id"] for n in net.nodes] == [str(EX.macron), str(EX.withdrawal)]
    assert [(e["from"], e["to"]) for e in net.edges] == [(str(EX.withdrawal), str(EX.macron))]
    html = render_html(build_dataset(), tmp_path / "m.html", max_nodes=2, documents=False)
    assert "best connected of 6 nodes" in html.read_text(encoding="utf-8")
    # documents are hubs: with them, the article that mentions most is kept (ties by id)
    net = render_network(build_dataset(), max_nodes=3)
    assert [n["id"] for n in net.nodes] == [str(EX["doc/one"]), str(EX.macron), str(EX.withdrawal)]
    assert sorted((e["from"], e["to"], e["role"]) for e in net.edges) == [
        (str(EX["doc/one"]), str(EX.macron), "mentions"),
        (str(EX["doc/one"]), str(EX.withdrawal), "reports"),
        (str(EX.withdrawal), str(EX.macron), "agent"),
    ]
    html = render_html(build_dataset(), tmp_path / "m.html", max_nodes=3)
    assert "best connected of 8 nodes" in html.read_text(encoding="utf-8")


def test_render_network_is_a_pyvis_network_with_the_offline_page(tmp_path: Path) -> None:
    net = render_network(build_dataset(), title="Notebook")
    assert isinstance(net, KGNetwork)
    assert net.num_nodes() == entity_event_graph(build_dataset()).number_of_nodes()
    html = net.generate_html()
    assert "<title>Notebook</title>" in html and "cdnjs" not in html and "jsdelivr" not in html
    out = tmp_path / "nb.html"
    net.write_html(str(out))
    assert out.read_text(encoding="utf-8") == html
    assert not (tmp_path / "lib").exists()


# --- large graphs: top-k, ego networks, Python layout -----------------------------------------------


def test_top_k_is_max_nodes() -> None:
    by_top_k = render_network(build_dataset(), top_k=3)
    assert [n["id"] for n in by_top_k.nodes] == [n["id"] for n in render_network(build_dataset(), max_nodes=3).nodes]
    with pytest.raises(ValueError):
        render_network(build_dataset(), top_k=3, max_nodes=4)


@pytest.mark.parametrize("name", ["OMS", "oms", "  OMS ", str(EX.who)])
def test_find_nodes_by_label_or_iri(name: str) -> None:
    assert viz.find_nodes(entity_event_graph(build_dataset()), name) == [str(EX.who)]


def test_find_nodes_by_alias_and_not_documents() -> None:
    ds = build_dataset()
    ds.graph(EX["graph/one"]).add((EX.macron, rns.SDO.alternateName, Literal("Le Président")))
    view = entity_event_graph(ds)
    assert viz.find_nodes(view, "le président") == [str(EX.macron)]
    assert viz.find_nodes(view, "Article one") == []  # documents are found by IRI only
    assert viz.find_nodes(view, str(EX["doc/one"])) == [str(EX["doc/one"])]
    assert viz.find_nodes(view, "") == []


@pytest.mark.parametrize(
    ("hops", "expected"),
    [
        (0, {EX.who}),
        (1, {EX.who, EX.withdrawal, EX["doc/one"]}),
        # two hops: the event's other participant and the article that reports it; the article
        # is reached but not crossed, so what only it mentions stays out
        (2, {EX.who, EX.withdrawal, EX["doc/one"], EX.macron}),
        (3, {EX.who, EX.withdrawal, EX["doc/one"], EX.macron, EX.quote, EX.republic, EX["doc/two"]}),
    ],
)
def test_ego_network(hops: int, expected: set) -> None:
    net = render_network(build_dataset(), focus="OMS", hops=hops)
    assert {n["id"] for n in net.nodes} == {str(x) for x in expected}
    assert net.kg_stats["focus"] == "OMS" and net.kg_stats["total_nodes"] == 8
    ids = {n["id"] for n in net.nodes}
    assert all(e["from"] in ids and e["to"] in ids for e in net.edges)


def test_ego_network_of_a_document_crosses_it() -> None:
    view = entity_event_graph(build_dataset())
    ego = viz.ego_network(view, [str(EX["doc/two"])], hops=1)
    assert set(ego.nodes) == {str(EX["doc/two"]), str(EX.macron)}


def test_focus_with_top_k_keeps_the_entity(tmp_path: Path) -> None:
    net = render_network(build_dataset(), focus="République française", hops=2, top_k=2)
    assert str(EX.republic) in {n["id"] for n in net.nodes} and len(net.nodes) == 2
    html = render_html(build_dataset(), tmp_path / "f.html", focus="OMS", hops=1).read_text("utf-8")
    assert "within 1 hop of OMS (8 nodes in all)" in html


def test_unknown_focus_is_e304(tmp_path: Path) -> None:
    with pytest.raises(KGError) as info:
        render_html(build_dataset(), tmp_path / "x.html", focus="Nobody")
    assert info.value.code == "E304" and "'Nobody'" in str(info.value)
    assert not (tmp_path / "x.html").exists()
    with pytest.raises(ValueError):
        render_network(build_dataset(), focus="OMS", hops=-1)


def test_cli_viz_focus_top_k_and_e304(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    trig = tmp_path / "g.trig"
    build_dataset().serialize(trig, format="trig")
    runner = CliRunner()
    page = tmp_path / "ego.html"
    result = runner.invoke(app, ["viz", str(trig), "--focus", "oms", "--hops", "1", "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert {n["id"] for n in _embedded_data(page.read_text("utf-8"))["nodes"]} == {
        str(EX.who),
        str(EX.withdrawal),
        str(EX["doc/one"]),
    }
    for option in ("--top-k", "--max-nodes"):
        result = runner.invoke(app, ["viz", str(trig), option, "2", "-o", str(page)])
        assert result.exit_code == 0, result.output
        assert len(_embedded_data(page.read_text("utf-8"))["nodes"]) == 2
    result = runner.invoke(app, ["viz", str(trig), "--focus", "Nobody", "-o", str(page)])
    assert result.exit_code == 2 and "[E304]" in result.output


def _synthetic_view(docs: int = 30, per_doc: int = 12, entities: int = 60) -> nx.MultiDiGraph:
    """Articles that mention entities (popular ones in many articles) and report events."""
    view = nx.MultiDiGraph()
    for e in range(entities):
        view.add_node(f"e{e:03d}", kind="Person", label=f"E{e}")
    for d in range(docs):
        doc = f"d{d:03d}"
        view.add_node(doc, kind="Document", label=doc)
        for k in range(per_doc):
            event = f"v{d:03d}-{k:02d}"
            view.add_node(event, kind="Event", label=event)
            view.add_edge(doc, event, key="reports", role="reports")
            for target in {(d * 7 + k) % entities, k % 3}:  # 0, 1 and 2 are hubs
                view.add_edge(event, f"e{target:03d}", key="agent", role="agent")
                view.add_edge(doc, f"e{target:03d}", key="mentions", role="mentions")
    return view


@pytest.mark.parametrize("with_documents", [True, False])
def test_cluster_layout_of_large_components(monkeypatch: pytest.MonkeyPatch, with_documents: bool) -> None:
    view = _synthetic_view()
    if not with_documents:
        view.remove_nodes_from([n for n, kind in view.nodes(data="kind") if kind == "Document"])
    monkeypatch.setattr(layout, "FORCE_LAYOUT_LIMIT", 50)
    first = viz._layout(view)
    assert set(first) == set(view.nodes) and first == viz._layout(view)
    assert len(set(first.values())) >= 0.99 * len(first)  # nodes do not pile up
    if with_documents:
        # an article's events sit around it, closer to it than to the other articles
        doc, other = first["d005"], first["d020"]
        for k in range(12):
            x, y = first[f"v005-{k:02d}"]
            assert math.dist((x, y), doc) < math.dist((x, y), other)
    monkeypatch.setattr(viz, "LAYOUT_THRESHOLD", 100)
    net = render_network(Graph(), view=view)
    assert net.options["physics"]["enabled"] is False
    assert net.options["layout"]["improvedLayout"] is False
    assert net.options["interaction"]["hideEdgesOnDrag"] and net.options["interaction"]["hideEdgesOnZoom"]
    assert all("x" in n and "y" in n for n in net.nodes)


def test_page_signals_when_it_is_interactive() -> None:
    script = _page_script()
    assert "window.__kgReady = true" in script and "window.__kgReadyAt = performance.now()" in script
    assert 'network.once("afterDrawing", markReady)' in script


@pytest.mark.filterwarnings("ignore:Consider using IPython.display.IFrame")
def test_knowledge_graph_show_and_write_html_pass_focus_through(tmp_path: Path) -> None:
    from kg.api import KnowledgeGraph

    graph = KnowledgeGraph(build_dataset())
    net = graph.show(focus="OMS", hops=1)
    assert {n["id"] for n in net.nodes} == {str(EX.who), str(EX.withdrawal), str(EX["doc/one"])}
    page = graph.write_html(tmp_path / "g.html", top_k=2)
    assert len(_embedded_data(page.read_text("utf-8"))["nodes"]) == 2


# --- large graphs: the search finds the entities that are not drawn (issue 18) ------------------------


def test_undrawn_entities_are_searchable(tmp_path: Path) -> None:
    net = render_network(build_dataset(), max_nodes=2, documents=False)
    drawn = {n["id"] for n in net.nodes}
    others = net.kg_details["others"]
    view = entity_event_graph(build_dataset(), include_documents=False)
    entities = {n for n, kind in view.nodes(data="kind") if kind in ("Person", "Organization", "Place", "Entity")}
    assert {str(EX.republic), str(EX.paris)} <= entities
    assert {iri for iri, _, _ in others} == entities - drawn
    assert all(kind in ("Person", "Organization", "Place", "Entity") for _, _, kind in others)
    assert [o[1] for o in others] == sorted((o[1] for o in others), key=str.casefold)
    # ... and the index of a store's entities, minus those drawn
    index = [(str(EX.macron), "Emmanuel Macron", "Person"), ("https://example.org/entity/far", "Far Away", "Place")]
    net = render_network(build_dataset(), max_nodes=2, documents=False, index=index)
    assert ["https://example.org/entity/far", "Far Away", "Place"] in net.kg_details["others"]
    assert str(EX.macron) not in {o[0] for o in net.kg_details["others"]}  # drawn
    html = render_html(build_dataset(), tmp_path / "g.html", max_nodes=2, documents=False, index=index)
    text = html.read_text(encoding="utf-8")
    assert "Far Away" in json.dumps(_embedded_data(text)["others"], ensure_ascii=False)
    assert "entities not drawn" in text and 'id="kg-search-more"' in text
    # a graph drawn whole embeds no list
    whole = render_html(build_dataset(), tmp_path / "w.html")
    assert "others" not in _embedded_data(whole.read_text(encoding="utf-8"))


# --- the page written in pieces (issue 18, goal 3: a long document's page is never held whole) ----


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        {"b": [1, 2.5, None, True], "a": {"z": "é\u2028<&>", "y": []}, "c": ""},
        {"nodes": [{"id": "x", "label": "</script>"}, {"id": "y"}], "details": {"y": {"k": [1]}, "x": {}}},
        [[{"a": 1}], [], {}],
        "a text",
        {1: "int keys", 2: "dumped whole"},
    ],
)
@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_json_pieces_join_to_the_one_shot_json(data: object, depth: int) -> None:
    assert "".join(viz._json_pieces(data, depth)) == json.dumps(data, **viz._JSON_OPTIONS)


@pytest.mark.parametrize("piece", [1, 7, 1 << 20])
@pytest.mark.parametrize(
    "title",
    ["kg graph", HOSTILE_LABELS[0], "a title with the page's data mark \x00kg-page-data\x00 in it"],
)
def test_the_page_written_in_pieces_is_the_page_made_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int, title: str
) -> None:
    """render_html writes the page's data a piece at a time: the same bytes as the page rendered
    whole (generate_html), whatever the size of the pieces; a title holding the mark where the data
    goes gives the page made whole."""
    monkeypatch.setattr(viz, "_JSON_PIECE", piece)
    ds = build_dataset(doc_title=HOSTILE_LABELS[0], person=HOSTILE_LABELS[1])
    written = render_html(ds, tmp_path / "g.html", title=title).read_text(encoding="utf-8")
    whole = render_network(ds, title=title).generate_html()
    assert written == whole
    assert written.count('<script type="application/json" id="kg-data">') == 1


def test_the_page_drawn_from_the_digest_is_the_page_drawn_by_patterns(tmp_path: Path) -> None:
    """The page's embedded data from the view read through a digest of the triples (what
    render_html does) is the data of the view read by rdflib's patterns."""
    from kg.explore.views import _entity_event_graph, _union_view
    from kg.graph.rdf import new_dataset

    ds = new_dataset()
    for graph in build_dataset().graphs():
        for triple in graph:
            ds.graph(graph.identifier).add(triple)
    by_patterns = _entity_event_graph(
        _union_view(build_dataset()), lang="en", include_quotes=True, include_documents=True, max_evidence=None
    )
    ours = render_html(ds, tmp_path / "ours.html").read_bytes()
    theirs = render_html(build_dataset(), tmp_path / "theirs.html", view=by_patterns).read_bytes()
    assert ours == theirs
    assert not ds.store._spo  # (kg's store not indexed for it)
