"""A government portfolio before a title, maybe after a nationality ("German Finance Minister
Christian Lindner", "Philippine Defence Secretary Gilberto Teodoro"), names a field of work: no
organisation of the membership, and no organisation entity (lead38b, issues 17 and 21). A company or
a party there still is one. Every sentence is invented. A row is (text, person, role, organisation)."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc

CASES = [
    ("German Finance Minister Karl Brenner said the budget was sound.", "Karl Brenner", "Minister", None),
    ("Philippine Defence Secretary Ramon Cruz signed the pact.", "Ramon Cruz", "Secretary", None),
    ("British Foreign Secretary Anna Hale met her counterpart.", "Anna Hale", "Secretary", None),
    ("Trade Minister Jane Roe left for Tokyo.", "Jane Roe", "Minister", None),
    # a body or a party before the title is the membership's
    ("Labour spokesman Tom Harding said the plan would fail.", "Tom Harding", "Spokesperson", "Labour"),
    ("Velcora Inc CEO Mark Dunn resigned on Monday.", "Mark Dunn", "CEO", "Velcora Inc"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "role", "org"), CASES, ids=[c[1] for c in CASES])
def test_portfolio_before_title_is_no_organisation(en_nlp, text: str, person: str, role: str, org: str | None) -> None:
    found = {(m.person.text, m.role): m for m in memberships_from_doc(en_nlp(text), lang="en")}
    assert (person, role) in found, found
    membership = found[(person, role)]
    assert (membership.organisation.text if membership.organisation is not None else None) == org


ENTITY_CASES = [
    ("Philippine Defence Secretary Ramon Cruz signed the pact.", "Philippine Defence"),
    ("Japanese Trade Minister Ken Sato arrived on Monday.", "Japanese Trade"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surface"), ENTITY_CASES, ids=[c[1] for c in ENTITY_CASES])
def test_portfolio_after_nationality_is_no_organisation_entity(text: str, surface: str) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    (result,) = list(analyse([Document(id="t", text=text, source="test", date=PartialDate.parse("2024-06-19"), lang="en")]))
    labels = [e.label for e in result.entities]
    assert surface not in labels and not any(label.endswith(surface.split()[-1]) and e.type == "ORG"
                                             for e, label in zip(result.entities, labels, strict=True)), labels
