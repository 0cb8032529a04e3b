"""Tests for kg.explore.views: the networkx entity-event view of the RDF graph."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib import namespace as rns
from rdflib.namespace import ORG

from kg.explore.views import DOCUMENT_ROLES, EDGE_ROLES, KINDS, entity_event_graph, union_graph
from kg.graph import namespaces as ns
from kg.graph import vocab
from kg.graph.memstore import GraphStore

# Namespaces are used through their modules: pytest probes module attributes while collecting,
# and rdflib's DefinedNamespace warns on every unknown attribute.
EX = Namespace("https://example.org/kg/")
HOSTILE = "<script>alert(1)</script>"

MACRON, ELYSEE, PARIS, WHO, MERKEL = EX.macron, EX.elysee, EX.paris, EX.who, EX.merkel
WITHDRAW, MEETING, QUOTE = EX["event/withdraw"], EX["event/meeting"], EX["quote/1"]


def _doc(
    ds: Dataset, name: str, text: str, *, date: str, url: str | None, title: str | None
) -> tuple[Graph, URIRef]:
    graph = ds.graph(EX[f"graph/{name}"])
    doc, ctx = EX[f"doc/{name}"], EX[f"doc/{name}#context"]
    graph.add((doc, RDF.type, rns.SDO.NewsArticle))
    datatype = {4: rns.XSD.gYear, 7: rns.XSD.gYearMonth}.get(len(date), rns.XSD.date)
    graph.add((doc, rns.SDO.datePublished, Literal(date, datatype=datatype)))
    graph.add((doc, rns.SDO.inLanguage, Literal("fr")))
    if title is not None:
        graph.add((doc, rns.SDO.name, Literal(title)))
    if url is not None:
        graph.add((doc, rns.SDO.url, Literal(url)))
    graph.add((ctx, RDF.type, ns.NIF.Context))
    graph.add((ctx, ns.NIF.isString, Literal(text)))
    graph.add((ctx, vocab.KG.document, doc))
    return graph, ctx


def _mention(graph: Graph, ctx: URIRef, text: str, surface: str, *, start: int = 0) -> URIRef:
    begin = text.index(surface, start)
    end = begin + len(surface)
    mention = URIRef(f"{ctx.split('#')[0]}#char={begin},{end}")
    sentence = next(s for s in text.split(". ") if surface in s)
    graph.add((mention, RDF.type, ns.NIF.Phrase))
    graph.add((mention, ns.NIF.referenceContext, ctx))
    graph.add((mention, ns.NIF.beginIndex, Literal(begin)))
    graph.add((mention, ns.NIF.endIndex, Literal(end)))
    graph.add((mention, ns.NIF.anchorOf, Literal(surface)))
    graph.add((mention, vocab.KG.sentence, Literal(sentence)))
    return mention


def _entity(
    graph: Graph, ctx: URIRef, text: str, node: URIRef, cls: URIRef, label: str, surface: str
) -> None:
    graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(label)))
    graph.add((node, rns.SDO.alternateName, Literal(surface)))
    graph.add((_mention(graph, ctx, text, surface), ns.ITSRDF.taIdentRef, node))


def build_dataset(*, hostile: bool = False) -> Dataset:
    """Two documents: a withdrawal (agent, recipient, place, date), a meeting, a quote, a head of."""
    ds = Dataset()
    macron_label = HOSTILE if hostile else "Emmanuel Macron"
    text1 = (
        "Emmanuel Macron a annoncé le retrait de la France de l'OMS à Paris. Il dirige l'Élysée."
    )
    title1 = HOSTILE if hostile else "Retrait"
    g1, ctx1 = _doc(ds, "a", text1, date="2020-06-08", url="https://example.org/a", title=title1)
    g1.add((EX["doc/a"], vocab.KG.sourcePath, Literal("data/a.txt")))
    _entity(g1, ctx1, text1, MACRON, rns.SDO.Person, macron_label, "Emmanuel Macron")
    g1.add((MACRON, OWL.sameAs, ns.WD.Q3052772))
    _entity(g1, ctx1, text1, WHO, rns.SDO.Organization, "Organisation mondiale de la santé", "OMS")
    _entity(g1, ctx1, text1, PARIS, rns.SDO.Place, "Paris", "Paris")
    _entity(g1, ctx1, text1, ELYSEE, rns.SDO.Organization, "Élysée", "Élysée")
    withdrawal_type = EX["type/Withdrawal"]
    g1.add((withdrawal_type, RDF.type, SKOS.Concept))
    g1.add((withdrawal_type, RDFS.label, Literal("Withdrawal", lang="en")))
    g1.add((withdrawal_type, RDFS.label, Literal("Retrait", lang="fr")))
    g1.add((WITHDRAW, RDF.type, ns.SEM.Event))
    g1.add((WITHDRAW, ns.SEM.eventType, withdrawal_type))
    g1.add((WITHDRAW, RDFS.label, Literal("retrait")))
    g1.add((WITHDRAW, ns.GAF.denotedBy, _mention(g1, ctx1, text1, "retrait")))
    g1.add((WITHDRAW, vocab.KG.agent, MACRON))
    g1.add((WITHDRAW, vocab.KG.recipient, WHO))
    g1.add((WITHDRAW, ns.SEM.hasActor, MACRON))
    g1.add((WITHDRAW, ns.SEM.hasActor, WHO))
    g1.add((WITHDRAW, ns.SEM.hasPlace, PARIS))
    g1.add((WITHDRAW, ns.SEM.hasTimeStamp, Literal("2020-06-08", datatype=rns.XSD.date)))
    g1.add((MACRON, ORG.headOf, ELYSEE))

    text2 = "Angela Merkel a rencontré Emmanuel Macron. « Nous restons unis », a déclaré Merkel."
    g2, ctx2 = _doc(ds, "b", text2, date="2020-06", url=None, title=None)
    _entity(g2, ctx2, text2, MERKEL, rns.SDO.Person, "Angela Merkel", "Angela Merkel")
    g2.add((_mention(g2, ctx2, text2, "Emmanuel Macron"), ns.ITSRDF.taIdentRef, MACRON))
    g2.add((MACRON, RDF.type, rns.SDO.Person))
    meeting_type = EX["type/Meeting"]
    g2.add((meeting_type, RDF.type, SKOS.Concept))
    g2.add((meeting_type, RDFS.label, Literal("Meeting", lang="en")))
    g2.add((meeting_type, RDFS.label, Literal("Rencontre", lang="fr")))
    g2.add((MEETING, RDF.type, ns.SEM.Event))
    g2.add((MEETING, ns.SEM.eventType, meeting_type))
    g2.add((MEETING, ns.GAF.denotedBy, _mention(g2, ctx2, text2, "rencontré")))
    g2.add((MEETING, vocab.KG.agent, MERKEL))
    g2.add((MEETING, vocab.KG.patient, MACRON))
    g2.add((MEETING, ns.SEM.hasActor, MERKEL))
    g2.add((MEETING, ns.SEM.hasActor, MACRON))
    g2.add((MEETING, ns.SEM.hasTimeStamp, Literal("2020-06", datatype=rns.XSD.gYearMonth)))
    g2.add((QUOTE, RDF.type, rns.SDO.Quotation))
    g2.add((QUOTE, rns.SDO.text, Literal("Nous restons unis")))
    g2.add((QUOTE, rns.SDO.creator, MERKEL))
    g2.add((QUOTE, ns.GAF.denotedBy, _mention(g2, ctx2, text2, "Nous restons unis")))
    second = text2.index("Merkel", text2.index("déclaré"))
    g2.add((_mention(g2, ctx2, text2, "Merkel", start=second), ns.ITSRDF.taIdentRef, MERKEL))
    return ds


@pytest.fixture()
def view() -> nx.MultiDiGraph:
    return entity_event_graph(build_dataset())


@pytest.mark.parametrize(
    ("node", "kind"),
    [
        (MACRON, "Person"),
        (MERKEL, "Person"),
        (WHO, "Organization"),
        (ELYSEE, "Organization"),
        (PARIS, "Place"),
        (WITHDRAW, "Event"),
        (MEETING, "Event"),
        (QUOTE, "Quotation"),
    ],
)
def test_node_kinds(view: nx.MultiDiGraph, node: URIRef, kind: str) -> None:
    assert view.nodes[str(node)]["kind"] == kind
    assert kind in KINDS


def test_only_entities_events_and_quotes_are_nodes_without_documents() -> None:
    view = entity_event_graph(build_dataset(), include_documents=False)
    assert set(view.nodes) == {
        str(n) for n in (MACRON, MERKEL, WHO, ELYSEE, PARIS, WITHDRAW, MEETING, QUOTE)
    }
    assert not [k for _, _, k in view.edges(keys=True) if k in ("mentions", "reports", "quotes")]


def test_documents_are_nodes(view: nx.MultiDiGraph) -> None:
    assert set(view.nodes) == {
        str(n)
        for n in (MACRON, MERKEL, WHO, ELYSEE, PARIS, WITHDRAW, MEETING, QUOTE)
        + (EX["doc/a"], EX["doc/b"])
    }
    assert "Document" in KINDS
    a = view.nodes[str(EX["doc/a"])]
    assert a["kind"] == "Document"
    assert a["label"] == a["title"] == "Retrait"
    assert a["date"] == "2020-06-08"
    assert a["url"] == "https://example.org/a"
    assert a["source_path"] == "data/a.txt"
    assert a["evidence"] == []
    b = view.nodes[str(EX["doc/b"])]
    assert b["label"] == "b"  # no title: the local name of the IRI
    assert (b["title"], b["url"], b["source_path"], b["date"]) == ("", "", "", "2020-06")


@pytest.mark.parametrize(
    ("doc", "target", "role", "weight"),
    [
        ("a", MACRON, "mentions", 1),
        ("a", WHO, "mentions", 1),
        ("a", PARIS, "mentions", 1),
        ("a", ELYSEE, "mentions", 1),
        ("a", WITHDRAW, "reports", 1),
        ("b", MACRON, "mentions", 1),
        ("b", MERKEL, "mentions", 2),
        ("b", MEETING, "reports", 1),
        ("b", QUOTE, "quotes", 1),
    ],
)
def test_document_edges(
    view: nx.MultiDiGraph, doc: str, target: URIRef, role: str, weight: int
) -> None:
    attrs = view.edges[str(EX[f"doc/{doc}"]), str(target), role]
    assert attrs["role"] == attrs["label"] == role
    assert attrs["weight"] == weight
    assert role in EDGE_ROLES


def test_document_edges_are_exactly_the_mentions(view: nx.MultiDiGraph) -> None:
    doc_edges = sorted(
        (u, v, k) for u, v, k in view.edges(keys=True) if view.nodes[u]["kind"] == "Document"
    )
    assert len(doc_edges) == 9
    assert not view.has_edge(str(EX["doc/b"]), str(WITHDRAW))  # each doc links its own mentions
    for _, target, key in doc_edges:
        assert key == DOCUMENT_ROLES.get(view.nodes[target]["kind"], "mentions")
    assert all(d["weight"] == 1 for u, _, d in view.edges(data=True) if u == str(MACRON))


def test_document_titles_are_kept_as_text() -> None:
    view = entity_event_graph(build_dataset(hostile=True))
    assert view.nodes[str(EX["doc/a"])]["title"] == HOSTILE
    assert view.nodes[str(MACRON)]["evidence"][0]["title"] == HOSTILE


def test_documents_without_mentions_are_nodes() -> None:
    ds = Dataset()
    _doc(ds, "lonely", "Rien.", date="2021", url=None, title="Seul")
    view = entity_event_graph(ds)
    assert list(view.nodes(data="kind")) == [(str(EX["doc/lonely"]), "Document")]
    assert view.number_of_edges() == 0


@pytest.mark.parametrize(
    ("source", "target", "role"),
    [
        (WITHDRAW, MACRON, "agent"),
        (WITHDRAW, WHO, "recipient"),
        (WITHDRAW, PARIS, "place"),
        (MEETING, MERKEL, "agent"),
        (MEETING, MACRON, "patient"),
        (QUOTE, MERKEL, "creator"),
        (MACRON, ELYSEE, "headOf"),
    ],
)
def test_edge_roles(view: nx.MultiDiGraph, source: URIRef, target: URIRef, role: str) -> None:
    assert view.has_edge(str(source), str(target), key=role)
    assert view.edges[str(source), str(target), role]["role"] == role


def test_sem_has_actor_is_not_duplicated_when_a_specific_role_exists(view: nx.MultiDiGraph) -> None:
    roles = sorted(
        k for _, _, k in view.edges(keys=True) if k not in ("mentions", "reports", "quotes")
    )
    assert "actor" not in roles
    assert len(roles) == 7


def test_event_attributes(view: nx.MultiDiGraph) -> None:
    withdrawal = view.nodes[str(WITHDRAW)]
    assert withdrawal["label"] == "retrait"
    assert withdrawal["type_label"] == "Withdrawal"
    assert withdrawal["date"] == "2020-06-08"
    meeting = view.nodes[str(MEETING)]
    assert meeting["date"] == "2020-06"
    assert meeting["label"] == "rencontré"  # no rdfs:label: falls back to the trigger


def test_type_label_language(view: nx.MultiDiGraph) -> None:
    french = entity_event_graph(build_dataset(), lang="fr")
    assert french.nodes[str(WITHDRAW)]["type_label"] == "Retrait"


def test_entity_attributes_and_evidence_from_both_documents(view: nx.MultiDiGraph) -> None:
    macron = view.nodes[str(MACRON)]
    assert macron["label"] == "Emmanuel Macron"
    assert macron["qid"] == "Q3052772"
    assert macron["aliases"] == ["Emmanuel Macron"]
    evidence = macron["evidence"]
    assert [e["doc"] for e in evidence] == [str(EX["doc/a"]), str(EX["doc/b"])]
    first, second = evidence
    assert set(first) >= {"doc", "url_or_source", "sentence", "begin", "end"}
    assert first["url_or_source"] == "https://example.org/a"
    assert first["sentence"].startswith("Emmanuel Macron a annoncé")
    assert (first["begin"], first["end"]) == (0, len("Emmanuel Macron"))
    assert (first["url"], first["source_path"]) == ("https://example.org/a", "data/a.txt")
    assert second["url_or_source"] == str(EX["doc/b"])  # no url: the document IRI
    assert (second["url"], second["source_path"]) == ("", "")
    assert view.nodes[str(WITHDRAW)]["evidence"][0]["sentence"].endswith("à Paris")


def test_quote_label_and_text(view: nx.MultiDiGraph) -> None:
    quote = view.nodes[str(QUOTE)]
    assert quote["text"] == "Nous restons unis"
    assert quote["label"] == "Nous restons unis"


@pytest.mark.parametrize("as_plain_graph", [False, True])
def test_dataset_and_plain_graph_give_the_same_view(as_plain_graph: bool) -> None:
    ds = build_dataset()
    source = union_graph(ds) if as_plain_graph else ds
    if as_plain_graph:
        assert type(source) is Graph
    view = entity_event_graph(source)
    reference = entity_event_graph(build_dataset())
    assert list(view.nodes(data=True)) == list(reference.nodes(data=True))
    assert list(view.edges(keys=True, data=True)) == list(reference.edges(keys=True, data=True))


def test_default_graph_triples_are_read() -> None:
    ds = Dataset()
    ds.default_graph.add((MERKEL, RDF.type, rns.SDO.Person))
    ds.default_graph.add((MERKEL, RDFS.label, Literal("Angela Merkel")))
    assert entity_event_graph(ds).nodes[str(MERKEL)]["label"] == "Angela Merkel"


def test_untyped_participants_get_a_kind() -> None:
    g = Graph()
    g.add((WITHDRAW, RDF.type, ns.SEM.Event))
    g.add((WITHDRAW, ns.SEM.hasActor, EX.someone))
    g.add((WITHDRAW, ns.SEM.hasPlace, EX.somewhere))
    view = entity_event_graph(g)
    assert view.nodes[str(EX.someone)]["kind"] == "Entity"
    assert view.nodes[str(EX.somewhere)]["kind"] == "Place"
    assert view.edges[str(WITHDRAW), str(EX.someone), "actor"]["role"] == "actor"


def test_membership_role_label() -> None:
    g = Graph()
    role = EX["role/minister"]
    g.add((role, RDF.type, SKOS.Concept))
    g.add((role, RDFS.label, Literal("minister", lang="en")))
    g.add((EX.ms, RDF.type, ORG.Membership))
    g.add((EX.ms, ORG.member, MERKEL))
    g.add((EX.ms, ORG.organization, ELYSEE))
    g.add((EX.ms, ORG.role, role))
    view = entity_event_graph(g)
    assert view.nodes[str(MERKEL)]["kind"] == "Person"
    assert view.nodes[str(ELYSEE)]["kind"] == "Organization"
    assert view.edges[str(MERKEL), str(ELYSEE), "minister"]["label"] == "minister"


def test_quotes_can_be_left_out() -> None:
    view = entity_event_graph(build_dataset(), include_quotes=False)
    assert str(QUOTE) not in view


def test_empty_graph_gives_an_empty_view() -> None:
    assert entity_event_graph(Dataset()).number_of_nodes() == 0


@pytest.mark.parametrize(
    ("cls", "kind"),
    [
        # A product and a stock market index each keep their own kind (and legend entry).
        (rns.SDO.Product, "Product"),
        (vocab.KG.MarketIndex, "MarketIndex"),
        # A market named by its street or its exchange ("on Wall Street") is no index: its own kind.
        (vocab.KG.FinancialMarket, "FinancialMarket"),
    ],
)
def test_products_and_market_indices_have_their_kind(cls: URIRef, kind: str) -> None:
    ds = Dataset()
    text = "Le CAC 40 a reculé de 2 %."
    graph, ctx = _doc(ds, "c", text, date="2020-06-08", url=None, title=None)
    _entity(graph, ctx, text, EX.thing, cls, "CAC 40", "CAC 40")
    assert entity_event_graph(ds).nodes[str(EX.thing)]["kind"] == kind
    assert kind in KINDS


# --- the digest the view reads (issue 18, goal 3: no index of kg's store made for the page) -------


def _copy_into(target: Dataset, source: Dataset) -> Dataset:
    """``source``'s graphs written into ``target`` graph after graph (as a build writes them)."""
    for graph in sorted(source.graphs(), key=lambda g: str(g.identifier)):
        for triple in graph:
            target.graph(graph.identifier).add(triple)
    return target


def _lazy(source: Dataset) -> Dataset:
    from kg.graph.rdf import new_dataset

    return _copy_into(new_dataset(), source)


def _tricky() -> Dataset:
    """Repeated and several-valued facts: a syndicated copy of a document, a triple in two graphs,
    two urls, two titles and labels in two languages across graphs, a blank-node participant,
    untyped and multiply typed nodes, a membership with two roles, default-graph triples."""
    ds = build_dataset()
    text = "Angela Merkel a rencontré Emmanuel Macron. « Nous restons unis », a déclaré Merkel."
    g3, ctx3 = _doc(ds, "c", text, date="2020-06-09", url="https://example.org/c", title="Copie")
    g3.add((EX["doc/c"], vocab.KG.duplicateOf, EX["doc/b"]))
    g3.add((EX["doc/c"], rns.SDO.url, Literal("https://example.org/c2")))
    g3.add((EX["doc/c"], rns.SDO.headline, Literal("Copie", lang="fr")))
    g3.add((_mention(g3, ctx3, text, "Angela Merkel"), ns.ITSRDF.taIdentRef, MERKEL))
    g3.add((MERKEL, RDFS.label, Literal("Angela Merkel", lang="de")))
    g3.add((MERKEL, rns.SDO.alternateName, Literal("Merkel")))
    g3.add((MERKEL, RDF.type, rns.SDO.Person))  # (in two graphs)
    g3.add((MERKEL, RDF.type, rns.SDO.Organization))  # typed twice: a Person first
    someone = BNode("someone")
    g3.add((MEETING, ns.SEM.hasActor, someone))
    g3.add((MEETING, ns.SEM.hasPlace, EX.berlin))
    g3.add((MEETING, ns.SEM.hasTimeStamp, Literal("2020-06-09", datatype=rns.XSD.date)))
    g3.add((QUOTE, rns.SDO.text, Literal("We stay united", lang="en")))
    ms = EX["membership/1"]
    g3.add((ms, RDF.type, ORG.Membership))
    g3.add((ms, ORG.member, MERKEL))
    g3.add((ms, ORG.organization, WHO))
    g3.add((ms, ORG.role, EX["role/chair"]))
    g3.add((ms, ORG.role, EX["role/member"]))
    g3.add((EX["role/chair"], SKOS.prefLabel, Literal("chair", lang="en")))
    g3.add((ms, ns.GAF.denotedBy, _mention(g3, ctx3, text, "Merkel", start=40)))
    g3.add((EX["event/other"], ns.GAF.denotes, ms))
    ds.default_graph.add((PARIS, rns.SDO.name, Literal("Paris (France)")))
    ds.default_graph.add((PARIS, OWL.sameAs, ns.WD.Q90))
    return ds


def _by_patterns(graph: Graph, **options: object) -> nx.MultiDiGraph:
    """The view read by rdflib's patterns (what entity_event_graph read before its digest)."""
    from kg.explore.views import _entity_event_graph, _union_view

    settings = {"lang": "en", "include_quotes": True, "include_documents": True, "max_evidence": None, **options}
    return _entity_event_graph(_union_view(graph), **settings)  # type: ignore[arg-type]


def _assert_same_view(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


SOURCES = {
    "two documents": build_dataset,
    "hostile": lambda: build_dataset(hostile=True),
    "two documents, kg's lazy store": lambda: _lazy(build_dataset()),
    "repeated and several-valued facts": _tricky,
    "repeated facts, kg's lazy store": lambda: _lazy(_tricky()),
    "a plain graph (the union)": lambda: union_graph(_tricky()),
    "one graph of kg's store": lambda: _lazy(_tricky()).graph(EX["graph/c"]),
    "empty": Dataset,
}


@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize(
    "options",
    [{}, {"lang": "fr"}, {"include_documents": False}, {"include_quotes": False}, {"max_evidence": 1}],
    ids=["default", "fr", "no documents", "no quotes", "one evidence"],
)
def test_the_digest_gives_the_view_the_patterns_give(name: str, options: dict) -> None:
    """The page's data read from a digest of the triples is the one read by rdflib's patterns:
    the same nodes and edges with the same attributes, in the same order."""
    graph = SOURCES[name]()
    _assert_same_view(entity_event_graph(graph, **options), _by_patterns(graph, **options))


def test_the_digest_of_kgs_store_makes_no_index() -> None:
    """An in-memory build's dataset (new_dataset's lazy store) is drawn without its three indexes
    (about 0.7 KB a triple), and the view is the one of an rdflib Memory dataset."""
    ds = _lazy(_tricky())
    store = ds.store
    assert isinstance(store, GraphStore)
    view = entity_event_graph(ds)
    assert not store._spo and not store._pos and not store._osp
    _assert_same_view(view, entity_event_graph(_tricky()))


@pytest.mark.parametrize(
    ("ask", "args"),
    [
        ("objects", (MERKEL, rns.SDO.email)),
        ("value", (MERKEL, RDFS.comment)),
        ("subject_objects", (rns.SDO.knows,)),
        ("subjects", (RDF.type, SKOS.Concept)),
        ("subjects", (vocab.KG.agent, MERKEL)),
    ],
)
def test_a_digest_refuses_what_it_does_not_hold(ask: str, args: tuple) -> None:
    """Nothing is answered from triples the digest left out: a predicate or class the view did not
    list raises instead of reading as empty."""
    from kg.explore.views import GraphDigest, graph_chunks

    digest = GraphDigest(graph_chunks(_tricky()))
    with pytest.raises(KeyError):
        list(getattr(digest, ask)(*args))


@pytest.mark.parametrize(
    ("ask", "args", "expected"),
    [
        ("objects", (MERKEL, RDF.type), [rns.SDO.Person, rns.SDO.Organization]),
        ("value", (EX["doc/c"], rns.SDO.url), Literal("https://example.org/c")),
        ("objects", (EX["doc/c"], rns.SDO.url), [Literal("https://example.org/c"), Literal("https://example.org/c2")]),
        ("value", (EX["doc/c"], vocab.KG.sourcePath), None),
        ("objects", (MERKEL, rns.SDO.alternateName), [Literal("Angela Merkel"), Literal("Merkel")]),
        ("subjects", (vocab.KG.duplicateOf, None), [EX["doc/c"]]),
        ("subject_objects", (ORG.role,), [(EX["membership/1"], EX["role/chair"]), (EX["membership/1"], EX["role/member"])]),
    ],
)
def test_a_digest_answers_as_the_graph(ask: str, args: tuple, expected: object) -> None:
    """Several objects each once (a triple in two graphs counts once), from rdflib's Memory and
    from kg's store (there in the order first met, which is the order its patterns give)."""
    from kg.explore.views import GraphDigest, graph_chunks

    for ds in (_tricky(), _lazy(_tricky())):
        digest = GraphDigest(graph_chunks(ds))
        found = getattr(digest, ask)(*args)
        rdflib_answer = getattr(union_graph(ds), ask)(*args)
        if ask == "value":  # the first of several (copied from Memory, in no set order)
            assert found == rdflib_answer
            assert found in ([expected] if not isinstance(expected, Literal) else [expected, Literal(f"{expected}2")])
            continue
        found, rdflib_answer = list(found), list(rdflib_answer)
        assert sorted(found) == sorted(expected) == sorted(rdflib_answer)  # type: ignore[type-var]
        if isinstance(ds.store, GraphStore):
            assert found == rdflib_answer
