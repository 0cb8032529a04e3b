"""Products with their maker, tickers, handles and agency credits in the graph."""

from __future__ import annotations

from itertools import accumulate

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.graph.rdf import IRIs, add_analysis, new_dataset
from kg.graph.validate import validate
from kg.graph.vocab import KG
from kg.types import AGENCY_CREDIT, PUBLISHER_CREDIT, Analysis, Document, Entity, EntityMention, Segment, Span

TEXT = "Zorba (NASDAQ: ZRB) unveiled the Zorba Z10. Jane Roe (@jroe) said so (Le Journal/AFP)."


def _mention(surface: str, label: str, **kw: object) -> EntityMention:
    start = TEXT.index(surface)
    return EntityMention(start, start + len(surface), surface, label, "test", "en", **kw)  # type: ignore[arg-type]


def _analysis() -> Analysis:
    zorba = _mention("Zorba", "ORG", ticker="NASDAQ:ZRB")
    z10 = _mention("Zorba Z10", "PRO", evidence=("model designation: Z10",), maker="Zorba")
    jane = _mention("Jane Roe", "PER", accounts=("@jroe",))
    journal = _mention("Le Journal", "ORG", evidence=(PUBLISHER_CREDIT,))
    afp = _mention("AFP", "ORG", qid="Q40464", evidence=(AGENCY_CREDIT,))
    entities = (
        Entity("org-zorba", "Zorba", "ORG", (zorba,), tickers=("NASDAQ:ZRB",)),
        Entity("pro-zorba-z10", "Zorba Z10", "PRO", (z10,), maker="Zorba"),
        Entity("per-jane-roe", "Jane Roe", "PER", (jane,), accounts=("@jroe",)),
        Entity("org-le-journal", "Le Journal", "ORG", (journal,)),
        Entity("Q40464", "Agence France-Presse", "ORG", (afp,), qid="Q40464"),
    )
    doc = Document(id="d1", text=TEXT, source="test", lang="en")
    return Analysis(doc, (Segment(0, len(TEXT), "en"),), (Span(0, len(TEXT), TEXT),), entities, ())


def test_products_tickers_handles_and_credits() -> None:
    ds = new_dataset()
    iris = IRIs()
    add_analysis(ds, _analysis(), iris=iris)
    g = ds.graph(iris.graph("d1"))
    product, maker = iris.entity("pro-zorba-z10"), iris.entity("org-zorba")
    assert (product, RDF.type, SDO.Product) in g
    assert (product, SDO.manufacturer, maker) in g
    assert (maker, SDO.tickerSymbol, Literal("NASDAQ:ZRB")) in g
    account = iris.account("@jroe")
    assert (iris.entity("per-jane-roe"), SDO.sameAs, account) in g
    assert (account, RDFS.label, Literal("@jroe")) in g
    doc = iris.document("d1")
    assert (doc, SDO.author, iris.entity("Q40464")) in g
    assert (doc, SDO.publisher, iris.entity("org-le-journal")) in g
    assert (doc, SDO.author, maker) not in g
    assert isinstance(account, URIRef)
    assert validate(ds).conforms


def test_a_market_index_is_no_product() -> None:
    # A stock market index (FIN) is a kg:MarketIndex, with no maker, and the graph stays valid.
    text = "The CAC 40 fell 2 percent as Zorba unveiled the Zorba Z10."
    index = EntityMention(4, 10, "CAC 40", "FIN", "market index", "en", evidence=("market index: known index name",))
    zorba = EntityMention(29, 34, "Zorba", "ORG", "test", "en")
    entities = (Entity("fin-cac-40", "CAC 40", "FIN", (index,)), Entity("org-zorba", "Zorba", "ORG", (zorba,)))
    doc = Document(id="d2", text=text, source="test", lang="en")
    analysis = Analysis(doc, (Segment(0, len(text), "en"),), (Span(0, len(text), text),), entities, ())
    ds = new_dataset()
    iris = IRIs()
    add_analysis(ds, analysis, iris=iris)
    g = ds.graph(iris.graph("d2"))
    node = iris.entity("fin-cac-40")
    assert (node, RDF.type, KG.MarketIndex) in g
    assert (node, RDF.type, SDO.Product) not in g
    assert not list(g.objects(node, SDO.manufacturer))
    assert validate(ds).conforms


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        # A market named by its street or its exchange is a kg:FinancialMarket, an index a
        # kg:MarketIndex; both are FIN, and the graph stays valid.
        (("market: a street named for its market",), KG.FinancialMarket),
        (("market: the exchange shares trade on",), KG.FinancialMarket),
        (("market index: known index name",), KG.MarketIndex),
    ],
)
def test_a_market_is_no_index(evidence: tuple[str, ...], expected: object) -> None:
    text = "Stocks fell on Wall Street as Zorba lost 3 percent."
    market = EntityMention(15, 26, "Wall Street", "FIN", "market street", "en", evidence=evidence)
    zorba = EntityMention(30, 35, "Zorba", "ORG", "test", "en")
    entities = (Entity("fin-wall-street", "Wall Street", "FIN", (market,)), Entity("org-zorba", "Zorba", "ORG", (zorba,)))
    doc = Document(id="d3", text=text, source="test", lang="en")
    analysis = Analysis(doc, (Segment(0, len(text), "en"),), (Span(0, len(text), text),), entities, ())
    ds = new_dataset()
    iris = IRIs()
    add_analysis(ds, analysis, iris=iris)
    g = ds.graph(iris.graph("d3"))
    node = iris.entity("fin-wall-street")
    assert set(g.objects(node, RDF.type)) == {expected}
    assert validate(ds).conforms


def test_many_products_find_their_makers_from_one_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makers are looked up in one index of the document's organisations (was products × aliases):
    names are normalised once per organisation name and once per product, not per pair. Counted
    rather than timed, so the test cannot flake on a loaded machine."""
    import kg.knowledge.gazetteer as gazetteer

    calls = 0
    real = gazetteer.normalise_name

    def counting(name: str) -> str:
        nonlocal calls
        calls += 1
        return real(name)

    monkeypatch.setattr(gazetteer, "normalise_name", counting)
    n = 300
    parts, entities, pos = [], [], 0
    for i in range(n):
        org, pro = f"Maker{i}", f"iThing{i}"
        parts.append(f"{org}'s {pro}. ")
        entities.append(Entity(f"org-{i}", org, "ORG", (EntityMention(pos, pos + len(org), org, "ORG", "t", "en"),)))
        at = pos + len(org) + 3
        entities.append(Entity(f"pro-{i}", pro, "PRO", (EntityMention(at, at + len(pro), pro, "PRO", "t", "en"),), maker=f"Maker{n - 1 - i}"))
        pos += len(parts[-1])
    text = "".join(parts)
    sentences = tuple(Span(a, a + len(p), p) for a, p in zip(accumulate([0, *map(len, parts[:-1])]), parts))
    analysis = Analysis(Document(id="d", text=text, source="t", lang="en"), (Segment(0, len(text), "en"),), sentences, tuple(entities), ())
    ds, iris = new_dataset(), IRIs()
    add_analysis(ds, analysis, iris=iris)
    graph = ds.graph(iris.graph("d"))
    assert all((iris.entity(f"pro-{i}"), SDO.manufacturer, iris.entity(f"org-{n - 1 - i}")) in graph for i in range(n))
    # Each organisation's label and aliases once, each product's maker once; pairs would be n * n.
    assert calls <= 4 * n, calls


def test_photo_credit_is_no_author() -> None:
    from kg.types import PHOTO_CREDIT

    text = "Le maire a démissionné. photo Keystone"
    start = text.index("Keystone")
    keystone = EntityMention(start, start + 8, "Keystone", "ORG", "credit", "fr", evidence=(PHOTO_CREDIT,))
    doc = Document(id="d2", text=text, source="test", lang="fr")
    analysis = Analysis(doc, (Segment(0, len(text), "fr"),), (Span(0, len(text), text),), (Entity("org-keystone", "Keystone", "ORG", (keystone,)),), ())
    ds = new_dataset()
    iris = IRIs()
    add_analysis(ds, analysis, iris=iris)
    g = ds.graph(iris.graph("d2"))
    assert (iris.document("d2"), SDO.author, iris.entity("org-keystone")) not in g
