"""Acceptance of the event layer on the seed article, read through SPARQL (issue 4)."""

from __future__ import annotations

import pytest

from kg.graph.query import run_query

pytestmark = pytest.mark.slow


def ask(build, sparql: str, **bindings) -> bool:
    return bool(run_query(build.dataset, "ASK { " + sparql + " }", bindings=bindings).askAnswer)


def test_withdrawal_reported_by_a_statement(seed_build) -> None:
    assert ask(
        seed_build,
        """?w sem:eventType evt:Withdrawal ; kg:agent/rdfs:label "IBM" ; sem:hasTimeStamp "2020-06-08"^^xsd:date ;
              kg:polarity "POS" ; kg:reportedBy ?s .
           ?s sem:eventType ?t . VALUES ?t { evt:Statement evt:Announcement }""",
    )


def test_letter_from_ibm_to_the_us_congress(seed_build) -> None:
    assert ask(
        seed_build,
        """?e sem:eventType ?t ; kg:agent/rdfs:label "IBM" ; kg:recipient/owl:sameAs wd:Q11268 .
           VALUES ?t { evt:Letter evt:PhoneWrite }""",
    )


def test_opposition_statement_quoted_from_the_ceo(seed_build) -> None:
    assert ask(
        seed_build,
        """?s sem:eventType evt:Statement ; kg:quotation ?q .
           ?q a schema:Quotation ; schema:text ?text ; schema:creator ?p .
           FILTER (CONTAINS(?text, "oppose"))
           ?p rdfs:label "Arvind Krishna" .
           ?m org:member ?p ; org:organization/rdfs:label "IBM" ; org:role role:CEO .""",
    )


def test_statement_to_axios(seed_build) -> None:
    assert ask(seed_build, '?s sem:eventType evt:Statement ; kg:recipient/schema:alternateName "Axios" .')


def test_death_of_george_floyd(seed_build) -> None:
    assert ask(seed_build, '?e sem:eventType evt:Die ; kg:patient/rdfs:label "George Floyd" .')


def test_protests_in_the_united_states(seed_build) -> None:
    assert ask(seed_build, "?e sem:eventType evt:Demonstrate ; sem:hasPlace/owl:sameAs wd:Q30 .")


def test_protests_are_events(seed_build) -> None:
    assert ask(seed_build, "?e sem:eventType evt:Demonstrate ; gaf:denotedBy/nif:anchorOf ?a .")


def test_cnn_tweet_of_9_june(seed_build) -> None:
    assert ask(
        seed_build,
        """?s sem:eventType evt:Statement ; kg:agent/rdfs:label "CNN" ; sem:hasTimeStamp "2020-06-09"^^xsd:date ;
              kg:channel "tweet" ; kg:quotation/schema:text ?text .
           FILTER (STRSTARTS(?text, "IBM is canceling"))""",
    )


def test_negated_future_sales_are_not_a_positive_sale(seed_build) -> None:
    # "ces produits ne seront plus commercialisés, vendus ou mis à jour"
    assert ask(
        seed_build,
        """?e sem:eventType evt:ProductDiscontinuation ; kg:modality "FUTURE" ; kg:polarity "POS" ;
              gaf:denotedBy/nif:anchorOf "vendus" .""",
    )
    assert not ask(
        seed_build,
        """?e sem:eventType evt:TransferOwnership ; kg:polarity "POS" ; kg:modality "ASSERTED" ;
              gaf:denotedBy/nif:anchorOf ?a . FILTER (?a IN ("vendus", "commercialisés"))""",
    )


def test_inferred_times_are_flagged(seed_build) -> None:
    rows = list(
        run_query(
            seed_build.dataset,
            "SELECT ?e ?t WHERE { ?e a sem:Event ; sem:hasTimeStamp ?t ; kg:timeInferred true }",
        )
    )
    assert rows, "no event had its time inferred"
    assert not ask(seed_build, '?e kg:timeInferred true ; kg:modality "FUTURE" .')
