"""English roles read by kg.extract.memberships (issue 17, class 7): a named possessor before
adjectives and a title ("Beta's new chief financial officer, Jane Roe"), a former title before a
compound organisation ("former Acme CEO John Doe": a role held once), and a present-tense verb of
running ("Mark Stone, who heads Beta's European unit"). Every sentence is invented.
"""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc


def _found(nlp, text: str) -> set[tuple[str, str, str | None, bool, bool]]:
    return {
        (m.person.text, m.role, m.organisation.text if m.organisation else None, m.ended, m.head)
        for m in memberships_from_doc(nlp(text), lang="en")
    }


# (text, (person, role, organisation, ended, head)) that must be found
CASES = [
    # a named possessor before lower-case adjectives and the title
    ("Norvell's new chief financial officer, Jane Roe, said margins would improve.",
     ("Jane Roe", "ChiefFinancialOfficer", "Norvell", False, False)),
    ("Kestrel Bank's interim chief executive, Paul Marsh, resigned on Friday.",
     ("Paul Marsh", "CEO", "Kestrel Bank", False, True)),
    # a former title before a compound or possessor organisation: an ended role
    ("Former Velto CEO John Doe criticised the merger.", ("John Doe", "CEO", "Velto", True, True)),
    ("Velto's former chairman, Ian Brook, backed the bid.", ("Ian Brook", "Chair", "Velto", True, True)),
    # a present-tense verb of running: the organisation, or the possessor of the unit run
    ("Mark Stone, who heads Brannock Industries' European unit, resigned on Tuesday.",
     ("Mark Stone", "Director", "Brannock Industries", False, False)),
    ("Analysts said Dana Whitfield runs Kestrel Aviation with a firm hand.",
     ("Dana Whitfield", "Director", "Kestrel Aviation", False, True)),
]

# (text, person) that must give no membership of that person
NO_MEMBERSHIP = [
    # an object that is no organisation, a past tense, a subject that is no person
    ("Mark Stone, who leads the polls, said the race was open.", "Mark Stone"),
    ("Mark Stone, who headed Brannock Industries in the 1990s, died on Monday.", "Mark Stone"),
]

# near misses whose reading must stay as it was: no possessor, a current title
UNCHANGED = [
    ("The new chief executive, Tom Baker, said the plan would work.", ("Tom Baker", "CEO", None, False, True)),
    ("Velto CEO John Doe criticised the merger.", ("John Doe", "CEO", "Velto", False, True)),
]


@pytest.mark.parametrize(("text", "expected"), CASES + UNCHANGED, ids=[c[1][0] + "-" + c[1][1] for c in CASES + UNCHANGED])
def test_english_role_is_read(en_nlp, text: str, expected: tuple[str, str, str | None, bool, bool]) -> None:
    assert expected in _found(en_nlp, text)


@pytest.mark.parametrize(("text", "person"), NO_MEMBERSHIP)
def test_no_role_from_a_verb_of_running(en_nlp, text: str, person: str) -> None:
    assert not any(found[0] == person for found in _found(en_nlp, text))


# Through the whole pipeline: the parser may tag the possessor or the compound before a title as a
# person; the entity layer's organisation is the title's (kg.extract.memberships.with_chain_possessors)
ARTICLE = (
    "Velcora Corp agreed on Wednesday to acquire Norvane Systems for $4 billion. Norvane's new chief financial "
    "officer, Jane Roe, said the deal was good for shareholders.\n\nFormer Velcora CEO John Doe criticised the deal."
)
PIPELINE_CASES = [
    (ARTICLE, "Jane Roe", "Norvane", False),
    (ARTICLE, "John Doe", "Velcora", True),
    # near miss: a name the title does not follow stays out of it
    ("Velcora Corp said on Monday that Norvane had hired a new chief executive, Jane Roe, to run it.", "Jane Roe", None, False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "organisation", "ended"), PIPELINE_CASES, ids=["roe", "doe", "no-possessor"])
def test_entity_layer_organisation_before_a_title(text: str, person: str, organisation: str | None, ended: bool) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    (analysis,) = list(analyse([Document(id="t", text=text, source="test", date=PartialDate(2026, 3, 12), lang="en")]))
    found = [m for m in analysis.memberships if m.person.text == person]
    if organisation is None:
        assert all(m.organisation is None for m in found)
        return
    assert found, f"no membership of {person}"
    assert found[0].organisation is not None and found[0].organisation.text == organisation
    assert found[0].ended is ended
