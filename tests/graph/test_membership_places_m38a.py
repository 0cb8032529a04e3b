"""The graph keeps a public office held in the place its title names ("the President of Chile",
« le maire de Lyon »: the place is the membership's org:organization, with no org:headOf), gives a
company's short form before a title its company ("Beta chief executive Jane Roe" after "Beta Inc."),
and the company the text speaks of to a bare title given by a passive designation ("Maria Lopez was
named chief financial officer"). A company role whose organisation is a place stays out. The
sentences are invented for the tests."""

from __future__ import annotations

import pytest

import kg

PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

CASES = [
    # (text, person, organisation label, or None for no membership at all)
    ("date: 2024-03-05\nThe President of Chile, Gabriel Boric, arrived in Lima on Monday.", "Gabriel Boric", "Chile"),
    ("date: 2024-03-05\nLe maire de Lyon, Paul Benet, a inauguré le pont mardi.", "Paul Benet", "Lyon"),
    (
        "date: 2024-03-05\nAcme Corp said on Monday that it would buy Beta Inc. Beta chief executive Jane Roe will join the board.",
        "Jane Roe",
        "Beta Inc.",
    ),
    (
        "date: 2024-03-05\nHarmon Stores reported a quarterly loss on Friday. Maria Lopez was named chief financial officer on "
        "Monday. The retailer said she would start in May.",
        "Maria Lopez",
        "Harmon Stores",
    ),
    # near miss: the organisation is named only after the title, so none is taken
    (
        "date: 2024-03-05\nMaria Lopez was named chief financial officer on Monday. The retailer, Harmon Stores, said she would start in May.",
        "Maria Lopez",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "organisation"), CASES, ids=[c[1] + "-" + str(c[2]) for c in CASES])
def test_membership_organisation(text: str, person: str, organisation: str | None) -> None:
    graph = kg.build([text])
    rows = graph.query(
        PREFIXES
        + f"""SELECT ?ol WHERE {{
            ?m org:member ?p ; org:organization ?o . ?p rdfs:label "{person}" . ?o rdfs:label ?ol .
        }}"""
    )
    labels = {str(v) for v in rows.iloc[:, 0]} if len(rows) else set()
    if organisation is None:
        assert labels == set()
    else:
        assert organisation in labels, labels
        assert len(labels) == 1, labels


@pytest.mark.slow
def test_a_place_office_has_no_head_of() -> None:
    graph = kg.build(["date: 2024-03-05\nThe President of Chile, Gabriel Boric, arrived in Lima on Monday."])
    heads = graph.query(PREFIXES + 'ASK { ?p rdfs:label "Gabriel Boric" ; org:headOf ?o . }')
    assert not bool(heads.iloc[0, 0])
