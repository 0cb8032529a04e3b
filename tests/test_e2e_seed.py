"""End to end on the seed article: SPARQL over the built graph asserts what users rely on.

Nothing here is hard-coded in the extractors: the names below come from the article, and the
rules that find them are general (see the unit tests of each extractor).
"""

from __future__ import annotations

import pytest

from kg.graph.query import run_query

pytestmark = pytest.mark.slow


def ask(build, sparql: str, **bindings) -> bool:
    return bool(run_query(build.dataset, "ASK { " + sparql + " }", bindings=bindings).askAnswer)


def test_built_without_errors(seed_build) -> None:
    assert seed_build.documents == 1 and not seed_build.errors


def test_ibm_is_an_organisation(seed_build) -> None:
    assert ask(seed_build, '?e a schema:Organization ; rdfs:label "IBM" .')


def test_arvind_krishna_is_a_person_and_head_of_ibm(seed_build) -> None:
    assert ask(seed_build, '?p a schema:Person ; rdfs:label "Arvind Krishna" ; org:headOf ?o . ?o rdfs:label "IBM" .')
    assert ask(seed_build, '?m org:member/rdfs:label "Arvind Krishna" ; org:organization/rdfs:label "IBM" ; org:role ?r .')


def test_withdrawal_with_agent_ibm_on_8_june_2020(seed_build) -> None:
    assert ask(
        seed_build,
        """?e a sem:Event ; sem:eventType evt:Withdrawal ; kg:agent ?a ; sem:hasActor ?a ;
              sem:hasTimeStamp "2020-06-08"^^xsd:date ; gaf:denotedBy ?m .
           ?a rdfs:label "IBM" . ?m a nif:Phrase .""",
    )


def test_cnn_and_the_tweet_date(seed_build) -> None:
    assert ask(seed_build, '?e a schema:Organization ; rdfs:label "CNN" .')
    assert ask(seed_build, '?m kg:timexValue "2020-06-09" ; kg:timexType "DATE" ; nif:anchorOf ?a . FILTER(CONTAINS(?a, "June 9"))')


@pytest.mark.parametrize(("anchor", "value"), [("8 juin", "2020-06-08"), ("lundi", "2020-06-08")])
def test_french_dates_normalised_against_publication_month(seed_build, anchor: str, value: str) -> None:
    assert ask(seed_build, "?m kg:timexValue ?v ; nif:anchorOf ?a . FILTER(CONTAINS(?a, ?anchor))", anchor=anchor, v=value)


@pytest.mark.parametrize(
    ("name", "cls"),
    [("George Floyd", "Person"), ("États-Unis", "Place"), ("Congrès américain", "Organization")],
)
def test_entity_types(seed_build, name: str, cls: str) -> None:
    assert ask(seed_build, f"?e a schema:{cls} ; schema:alternateName ?name .", name=name)


def test_axios_is_not_a_person(seed_build) -> None:
    assert ask(seed_build, '?e schema:alternateName "Axios" .')
    assert not ask(seed_build, '?e a schema:Person ; schema:alternateName "Axios" .')


def test_no_clitic_or_url_entities(seed_build) -> None:
    rows = run_query(
        seed_build.dataset,
        "SELECT ?n WHERE { ?e a ?c ; schema:alternateName|rdfs:label ?n . "
        "VALUES ?c { schema:Person schema:Organization schema:Place } }",
    )
    names = {str(r[0]) for r in rows}
    assert names, "no entities at all"
    bad = {n for n in names if n in {"n’", "n'", "qu’", "qu'"} or "http" in n or "t.co" in n or n.startswith("@")}
    assert not bad


def test_every_anchor_is_its_source_substring(seed_build) -> None:
    rows = list(
        run_query(
            seed_build.dataset,
            "SELECT ?a ?b ?e ?t WHERE { ?m nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; "
            "nif:referenceContext/nif:isString ?t }",
        )
    )
    assert len(rows) > 20
    for anchor, begin, end, text in rows:
        assert str(text)[int(begin) : int(end)] == str(anchor)


def test_conforms_to_shapes(seed_build) -> None:
    from kg.graph.validate import validate

    report = validate(seed_build.dataset)
    assert report.conforms, report.text


def test_provenance_of_the_named_graph(seed_build) -> None:
    assert ask(
        seed_build,
        "GRAPH ?g { ?g prov:wasDerivedFrom ?doc ; prov:wasGeneratedBy ?run . ?run kg:toolVersion ?v ; kg:model ?m . "
        '?doc a schema:NewsArticle ; schema:datePublished "2020-06"^^xsd:gYearMonth ; schema:inLanguage "fr" . }',
    )


@pytest.mark.parametrize(
    ("anchor", "extractor"),
    [("elle", "coref:pronoun"), ("Le groupe", "coref:nominal"), ("son", "coref:possessive"), ("Il", "coref:pronoun")],
)
def test_pronoun_and_nominal_mentions_of_ibm(seed_build, anchor: str, extractor: str) -> None:
    # « elle a précisé », « Le groupe IBM », « son retrait », « Il s'oppose »: IBM's chain (issue 17).
    assert ask(
        seed_build,
        """?m a nif:Phrase ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; itsrdf:taIdentRef ?e ;
              kg:extractor ?extractor ; kg:corefEvidence ?why . ?e rdfs:label "IBM" .""",
        anchor=anchor,
        extractor=extractor,
    )


def test_impersonal_il_joins_no_chain(seed_build) -> None:
    # « Il existe de nombreuses raisons »: an impersonal subject refers to nothing.
    assert not ask(seed_build, '?m nif:anchorOf "Il" ; kg:sentence ?s ; itsrdf:taIdentRef ?e . FILTER(STRSTARTS(?s, "Il existe"))')


def test_elle_a_precise_has_agent_ibm_through_coreference(seed_build) -> None:
    assert ask(
        seed_build,
        """?e kg:trigger/nif:anchorOf "précisé" ; kg:agent ?a ; kg:agentVia "coreference" . ?a rdfs:label "IBM" .""",
    )
