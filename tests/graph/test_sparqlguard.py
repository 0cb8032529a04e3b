"""The lexical guard against SPARQL that reaches the network (SERVICE, LOAD): a table of cases.

Each refused case is a way to write a federated query or a LOAD; each allowed case is an ordinary
query that mentions the words in a name, a string, an IRI or a comment. The engines themselves are
checked against a canary server in ``test_serve_security.py``.
"""

from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.graph.sparqlguard import check_query, check_update, expand_escapes, network_uses

C = "http://127.0.0.1:9/sparql"

REFUSED_QUERIES = [
    ("where", f"SELECT * WHERE {{ SERVICE <{C}> {{ ?s ?p ?o }} }}"),
    ("lower case", f"select * where {{ service <{C}> {{ ?s ?p ?o }} }}"),
    ("mixed case", f"SELECT * {{ SeRvIcE <{C}> {{ ?s ?p ?o }} }}"),
    ("silent", f"SELECT * {{ SERVICE SILENT <{C}> {{ ?s ?p ?o }} }}"),
    ("subquery", f"SELECT * {{ {{ SELECT ?s {{ SERVICE <{C}> {{ ?s ?p ?o }} }} }} }}"),
    ("optional", f"SELECT * {{ ?a ?b ?c OPTIONAL {{ SERVICE <{C}> {{ ?s ?p ?o }} }} }}"),
    ("union", f"SELECT * {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{C}> {{ ?s ?p ?o }} }} }}"),
    ("minus", f"SELECT * {{ ?a ?b ?c MINUS {{ SERVICE <{C}> {{ ?a ?p ?o }} }} }}"),
    ("exists", f"SELECT * {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{C}> {{ ?a ?p ?o }} }} }}"),
    ("graph", f"SELECT * {{ GRAPH ?g {{ SERVICE <{C}> {{ ?s ?p ?o }} }} }}"),
    ("prefixed iri", "PREFIX c: <http://127.0.0.1:9/> SELECT * { SERVICE c:sparql { ?s ?p ?o } }"),
    ("variable", "SELECT * { VALUES ?e { <http://127.0.0.1:9/sparql> } SERVICE ?e { ?s ?p ?o } }"),
    ("after a dot", f"SELECT * {{ ?a ?b ?c .SERVICE<{C}>{{ ?s ?p ?o }} }}"),
    ("comment inside", f"SELECT * {{ SERVICE# a comment\n<{C}> {{ ?s ?p ?o }} }}"),
    ("unicode escape", f"SELECT * {{ \\u0053ERVICE <{C}> {{ ?s ?p ?o }} }}"),
    ("long escape", f"SELECT * {{ \\U00000073ervice <{C}> {{ ?s ?p ?o }} }}"),
    ("escape closes a string", f'SELECT * {{ BIND("\\u0022 AS ?x) SERVICE <{C}> {{ ?s ?p ?o }} BIND("\\u0022" AS ?y) }}'),
    ("tab and newline", f"SELECT *\n{{\tSERVICE\n<{C}>\t{{ ?s ?p ?o }} }}"),
    ("unterminated string", f"SELECT * {{ BIND(\"x AS ?x) SERVICE <{C}> {{ ?s ?p ?o }} }}"),
]

ALLOWED_QUERIES = [
    ("variable named service", "SELECT ?service WHERE { ?service a ?t }"),
    ("dollar variable", "SELECT $SERVICE WHERE { $SERVICE ?p ?o }"),
    ("string", 'SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?o), "SERVICE <http://127.0.0.1:9/> {")) }'),
    ("single quotes", "SELECT * { ?s ?p 'SERVICE' }"),
    ("long string", "SELECT * { ?s ?p '''a\nSERVICE <http://127.0.0.1:9/> { }\n''' }"),
    ("comment", "# SERVICE <http://127.0.0.1:9/> { }\nSELECT * { ?s ?p ?o }"),
    ("iri", "SELECT * { ?s a <http://schema.org/SERVICE> }"),
    ("local name", "PREFIX ex: <http://example.org/> SELECT * { ?s a ex:SERVICE }"),
    ("prefix named service", "PREFIX service: <http://example.org/> SELECT * { ?s service:p ?o }"),
    ("longer word", "SELECT * { ?s ?p ?o } # SERVICES"),
    ("blank node label", "SELECT * { _:service ?p ?o }"),
    ("kg vocabulary", "SELECT ?e WHERE { ?e a schema:Service ; rdfs:label ?n }"),
]


@pytest.mark.parametrize("text", [t for _, t in REFUSED_QUERIES], ids=[n for n, _ in REFUSED_QUERIES])
def test_service_is_refused(text: str) -> None:
    with pytest.raises(KGError) as info:
        check_query(text)
    assert info.value.code == "E408" and "SERVICE" in str(info.value)


@pytest.mark.parametrize("text", [t for _, t in ALLOWED_QUERIES], ids=[n for n, _ in ALLOWED_QUERIES])
def test_ordinary_queries_pass(text: str) -> None:
    check_query(text)
    assert network_uses(text) == []


LOADS = [
    # (name, update, allow_load, refused)
    ("load", "LOAD <http://127.0.0.1:9/data.ttl>", (), True),
    ("lower case", "load <http://127.0.0.1:9/data.ttl>", (), True),
    ("silent into graph", "LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:g>", (), True),
    ("allowed", "LOAD <http://127.0.0.1:9/data.ttl>", ("http://127.0.0.1:9/data.ttl",), False),
    ("allowed silent", "LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:g>", ("http://127.0.0.1:9/data.ttl",), False),
    ("another url", "LOAD <http://127.0.0.1:9/other.ttl>", ("http://127.0.0.1:9/data.ttl",), True),
    ("prefix of an allowed url", "LOAD <http://127.0.0.1:9/data.ttl.evil>", ("http://127.0.0.1:9/data.ttl",), True),
    ("prefixed name", "PREFIX c: <http://127.0.0.1:9/> LOAD c:data.ttl", ("http://127.0.0.1:9/data.ttl",), True),
    ("relative iri", "BASE <http://127.0.0.1:9/> LOAD <data.ttl>", ("data.ttl", "http://127.0.0.1:9/data.ttl"), True),
    ("second operation", "INSERT DATA { <urn:a> <urn:b> 1 } ; LOAD <http://127.0.0.1:9/x>", (), True),
    ("escaped keyword", "\\u004cOAD <http://127.0.0.1:9/data.ttl>", (), True),
    ("file url", "LOAD <file:///etc/passwd>", (), True),
    ("service in where", "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", (), True),
    ("service despite allow", "DELETE WHERE { SERVICE <http://127.0.0.1:9/data.ttl> { ?s ?p ?o } }", ("http://127.0.0.1:9/data.ttl",), True),
    ("plain insert", "INSERT DATA { <urn:a> <urn:b> 'LOAD <http://127.0.0.1:9/x>' }", (), False),
    ("graph named load", "PREFIX load: <urn:> INSERT DATA { GRAPH load:g { <urn:a> <urn:b> 1 } }", (), False),
]


@pytest.mark.parametrize(("update", "allow", "refused"), [c[1:] for c in LOADS], ids=[c[0] for c in LOADS])
def test_load_only_from_allowed_iris(update: str, allow: tuple[str, ...], refused: bool) -> None:
    if refused:
        with pytest.raises(KGError) as info:
            check_update(update, allow_load=allow)
        assert info.value.code == "E408"
    else:
        check_update(update, allow_load=allow)


@pytest.mark.parametrize(
    ("text", "expanded"),
    [("\\u0053", "S"), ("\\U0001F600", "\U0001f600"), ("\\u00", "\\u00"), ("\\UFFFFFFFF", "\\UFFFFFFFF"), ("plain", "plain")],
)
def test_escapes_expand_as_sparql_does(text: str, expanded: str) -> None:
    assert expand_escapes(text) == expanded
