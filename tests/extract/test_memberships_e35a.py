"""Roles of people who work for an organisation as economists, analysts or engineers, read from an
inverted incise's apposition (issue 17, "who said what" and memberships): "said Peter Hall, chief
economist at Norvane Capital" is a membership of Norvane Capital; a title with no organisation
named gives none. Every sentence is invented."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc


def _found(nlp, text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    return {
        (m.person.text, m.role, m.organisation.text if m.organisation else None)
        for m in memberships_from_doc(nlp(text), lang=lang)
    }


CASES = [
    ('"We expect more cuts," said Peter Hall, chief economist at Norvane Capital.', ("Peter Hall", "Employee", "Norvane Capital")),
    ("Tom Wilkes, a senior engineer at Brannock Motors, designed the gearbox.", ("Tom Wilkes", "Employee", "Brannock Motors")),
]

# a title with no organisation named, and near misses that must stay as they were
GUARDS = [
    ('"Rates will fall," said Jane Roe, an independent economist.', "Jane Roe", None),
    ('"Demand is weak," said John Smith, a spokesman for Kestrel Bank.', "John Smith", ("John Smith", "Spokesperson", "Kestrel Bank")),
    ("Jane Roe, an analyst at Kestrel Securities, said the deal was too expensive.", "Jane Roe", ("Jane Roe", "Analyst", "Kestrel Securities")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_a_working_role_at_an_organisation(en_nlp, text: str, expected) -> None:
    assert expected in _found(en_nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "expected"), GUARDS, ids=[g[1] + str(i) for i, g in enumerate(GUARDS)])
def test_near_misses(en_nlp, text: str, person: str, expected) -> None:
    mine = {m for m in _found(en_nlp, text) if m[0] == person and m[2] is not None}
    assert mine == (set() if expected is None else {expected})
