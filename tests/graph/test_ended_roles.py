"""A role the text says the person left is written as a former membership: ``kg:roleEnded`` and
no ``org:headOf``; a current head role keeps ``org:headOf``.

The sentences are invented for the tests.
"""

from __future__ import annotations

import pytest

import kg

PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <https://w3id.org/newskg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

CASES = [
    # (text, ended)
    ("date: 2024-03-05\nPaul Garnier a démissionné de la présidence de Renault mardi.", True),
    ("date: 2024-03-05\nPaul Garnier, président de Renault, a inauguré l'usine mardi.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "ended"), CASES)
def test_ended_role_has_no_head_of(text: str, ended: bool) -> None:
    graph = kg.build([text])
    rows = graph.query(
        PREFIXES
        + """SELECT ?m ?ended WHERE {
            ?m org:member ?p ; org:organization ?o .
            ?p rdfs:label "Paul Garnier" . ?o rdfs:label "Renault" .
            OPTIONAL { ?m kg:roleEnded ?ended }
        }"""
    )
    assert len(rows) == 1
    assert bool(rows.iloc[0]["ended"]) is ended if ended else rows.iloc[0]["ended"] is None
    heads = graph.query(
        PREFIXES + 'ASK { ?p rdfs:label "Paul Garnier" ; org:headOf ?o . ?o rdfs:label "Renault" . }'
    )
    assert bool(heads.iloc[0, 0]) is not ended
