"""Tests for kg.viz: the offline, self-contained interactive HTML page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib import namespace as rns
from rdflib.namespace import ORG

from kg import namespaces as ns
from kg import viz, vocab
from kg.errors import Errors, KGError
from kg.views import entity_event_graph
from kg.viz import KIND_STYLES, KGNetwork, render_html, render_network

# Namespaces are used through their modules: pytest probes module attributes while collecting,
# and rdflib's DefinedNamespace warns on every unknown attribute.
EX = Namespace("https://example.org/kg/")
HOSTILE_LABELS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')


def _document(ds: Dataset, name: str, text: str, date: str) -> tuple[Graph, URIRef]:
    graph = ds.graph(EX[f"graph/{name}"])
    doc, ctx = EX[f"doc/{name}"], EX[f"doc/{name}#ctx"]
    graph.add((doc, RDF.type, rns.SDO.NewsArticle))
    graph.add((doc, rns.SDO.datePublished, Literal(date, datatype=rns.XSD.date)))
    graph.add((doc, rns.SDO.inLanguage, Literal("fr")))
    graph.add((doc, rns.SDO.name, Literal(f"Article {name}")))
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


def build_dataset(*, person: str = "Emmanuel Macron", org: str = "OMS") -> Dataset:
    """Two named graphs: an event with agent and recipient, a person head of an org, a quote."""
    ds = Dataset()
    text1 = "Emmanuel Macron quitte l'OMS."
    g1, ctx1 = _document(ds, "one", text1, "2020-06-08")
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
    }
    assert "<title>Test graph</title>" in page
    assert 'id="kg-legend"' in page
    for name in ("Event", "Person", "Organisation", "Quotation"):
        assert f"<span>{name}</span>" in page
    assert page.count('class="kg-kind"') == 5  # one filter box per kind (no untyped entities)
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
    edges = {(e["from"], e["to"]): e["label"] for e in _embedded_data(page)["edges"]}
    assert edges == {
        (str(EX.withdrawal), str(EX.macron)): "agent",
        (str(EX.withdrawal), str(EX.who)): "recipient",
        (str(EX.quote), str(EX.macron)): "creator",
        (str(EX.macron), str(EX.republic)): "headOf",
    }


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
@pytest.mark.parametrize("where", ["person", "org", "title"])
def test_hostile_text_is_escaped(tmp_path: Path, hostile: str, where: str) -> None:
    ds = build_dataset(person=hostile) if where == "person" else build_dataset(org=hostile)
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
        labels = {n["label"] for n in _embedded_data(html)["nodes"]}
        assert hostile in labels  # shown to the user as text, intact


def test_script_json_escapes_markup() -> None:
    text = viz._script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_render_is_deterministic(tmp_path: Path) -> None:
    first = render_html(build_dataset(), tmp_path / "a.html").read_bytes()
    second = render_html(build_dataset(), tmp_path / "b.html").read_bytes()
    assert first == second


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
    net = render_network(build_dataset(), max_nodes=2)
    assert [n["id"] for n in net.nodes] == [str(EX.macron), str(EX.withdrawal)]
    assert [(e["from"], e["to"]) for e in net.edges] == [(str(EX.withdrawal), str(EX.macron))]
    html = render_html(build_dataset(), tmp_path / "m.html", max_nodes=2).read_text(
        encoding="utf-8"
    )
    assert "best connected of 6 nodes" in html


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
