"""Review of the m38a memberships (rvm38): a capitalised noun of a kind of body before a title is no
short form of a company named earlier ("Union president Mary Kerr" after "Union Pacific"); a title
"of the year" given by a designation verb is an award, no post at the designator ("Forbes named
Jane Roe chief executive of the year"); and a designated title after the person keeps the
designating organisation when another title names another one before the person ("Acme named
former Beta executive Jane Roe as chief executive": Acme, a current role). Every sentence is
invented."""

from __future__ import annotations

import pytest

import kg

PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://w3id.org/newskg/ns#>
"""

# (text, person, role, organisation label or None for no membership in that role, ended)
CASES = [
    (
        "Union Pacific cut 500 jobs on Monday. Union president Mary Kerr said the strike would go on.",
        "Mary Kerr",
        "President",
        None,
        False,
    ),
    ("Bank of Ireland raised rates on Monday. Bank chairman Tom Fitch defended the move.", "Tom Fitch", "Chair", None, False),
    ("Forbes named Jane Roe chief executive of the year on Tuesday.", "Jane Roe", "CEO", None, False),
    (
        "Harmon Stores posted a loss. Maria Lopez was named chief executive of the year by a trade magazine.",
        "Maria Lopez",
        "CEO",
        None,
        False,
    ),
    ("Acme Corp has named former Beta Inc executive Jane Roe as chief executive.", "Jane Roe", "CEO", "Acme Corp", False),
    ("Acme Corp appointed Globex Industries director Tom Fitch as chairman on Friday.", "Tom Fitch", "Chair", "Acme Corp", False),
    # near misses that must keep their organisation
    (
        "Globex Industries agreed to acquire Norvel Systems. Norvel chairman Peter Hahn welcomed the offer.",
        "Peter Hahn",
        "Chair",
        "Norvel Systems",
        False,
    ),
    (
        "Harmon Stores named Maria Lopez chief financial officer on Monday.",
        "Maria Lopez",
        "ChiefFinancialOfficer",
        "Harmon Stores",
        False,
    ),
    (
        "Harmon Stores posted a loss. Maria Lopez was named chief executive on Monday.",
        "Maria Lopez",
        "CEO",
        "Harmon Stores",
        False,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "role", "organisation", "ended"), CASES, ids=[f"{c[1]}-{c[2]}-{c[3]}" for c in CASES])
def test_membership_after_review(text: str, person: str, role: str, organisation: str | None, ended: bool) -> None:
    graph = kg.build(["date: 2024-03-05\n" + text])
    rows = graph.query(
        PREFIXES
        + f"""SELECT ?ol (BOUND(?e) AS ?ended) WHERE {{
            ?m org:member ?p ; org:organization ?o ; org:role ?r . ?p rdfs:label "{person}" . ?o rdfs:label ?ol .
            FILTER(STRENDS(STR(?r), "{role}"))
            OPTIONAL {{ ?m kg:roleEnded ?e }}
        }}"""
    )
    found = (
        {(str(r[0]), bool(r[1].toPython()) if hasattr(r[1], "toPython") else bool(r[1])) for r in rows.itertuples(index=False)}
        if len(rows)
        else set()
    )
    if organisation is None:
        assert found == set()
    else:
        assert found == {(organisation, ended)}, found
