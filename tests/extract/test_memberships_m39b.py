"""Memberships of local offices (issue 17, m39b): a judge's title with the court or the county it
names ("Marlow County Judge Rosa Delgado", "Judge Alan Marsh of Kestford Crown Court"; no
membership for a judge with neither), an organisation named right after a title and its name ("CEO
Jane Roe of Acme Corp"), a local council named by its place and a lower-case council's name
("Dunmore council leader Sarah Pike", « le conseil départemental du Nord ») as one organisation,
and a council led by a verb of running, in the past an ended role ("who led Dunmore council until
2022"). Near misses: "council tax", "the council said", a place after a title that names its
company. Every sentence is invented."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc
from kg.extract.mentions import entity_mentions_from_doc

# (lang, text, (person, role, organisation, ended))
FOUND = [
    ("en", "Marlow County Judge Rosa Delgado said on Monday the shelters would open.", ("Rosa Delgado", "Judge", "Marlow County", False)),
    ("en", "Judge Alan Marsh of Kestford Crown Court said the evidence was weak.", ("Alan Marsh", "Judge", "Kestford Crown Court", False)),
    ("en", "CEO Jane Roe of Acme Corp said the plant would close.", ("Jane Roe", "CEO", "Acme Corp", False)),
    ("en", "Dunmore council leader Sarah Pike said the budget would be cut.", ("Sarah Pike", "Leader", "Dunmore council", False)),
    ("en", "Halbury city council leader Tom Reyes resigned on Friday.", ("Tom Reyes", "Leader", "Halbury city council", False)),
    ("en", "Sarah Pike, who led Dunmore council until 2022, said the budget would be cut.", ("Sarah Pike", "Leader", "Dunmore council", True)),
    ("en", "Sarah Pike, who leads Dunmore council, said the budget would be cut.", ("Sarah Pike", "Leader", "Dunmore council", False)),
    ("en", "Tom Reyes, who ran Acme Corp until 2019, joined the board.", ("Tom Reyes", "Director", "Acme Corp", True)),
    (
        "fr",
        "Le président du conseil départemental du Nord, Christian Poiret, a présenté jeudi le budget.",
        ("Christian Poiret", "Chair", "conseil départemental du Nord", False),
    ),
    (
        "fr",
        "La présidente du conseil régional d'Occitanie, Carole Delga, a présenté jeudi un plan.",
        ("Carole Delga", "Chair", "conseil régional d'Occitanie", False),
    ),
]

# (lang, text, person, the roles the person must not hold with an organisation, or None for any)
NOT_FOUND = [
    # A judge with no court nor county named holds no membership.
    ("en", "Judge Alan Marsh told the court that the evidence was weak.", "Alan Marsh", None),
    # A verb of leading with a contest's course or with no organisation is no post.
    ("en", "Sarah Pike, who led the protest until 2022, said the budget would be cut.", "Sarah Pike", None),
    ("en", "Tom Reyes led Kestford Rovers to victory on Saturday.", "Tom Reyes", None),
]

# (lang, text, person, role, organisation): the organisation stays the one the title names.
KEPT = [
    ("en", "Acme Corp CEO Mike Bird of Walsall said the budget would be cut.", "Mike Bird", "CEO", "Acme Corp"),
    ("fr", "Le maire de Lille, Martine Aubry, a réuni le conseil municipal jeudi.", "Martine Aubry", "Mayor", "Lille"),
]

# (lang, text, (surface, label)): a local council named by its place is one organisation mention.
COUNCILS = [
    ("en", "Dunmore council leader Sarah Pike said the budget would be cut.", ("Dunmore council", "ORG")),
    ("en", "Kestford county council said the road would reopen on Monday.", ("Kestford county council", "ORG")),
    ("en", "The leader of Halbury borough council, Tom Reyes, resigned on Friday.", ("Halbury borough council", "ORG")),
    ("fr", "Le conseil municipal de Lille a voté jeudi le budget.", ("conseil municipal de Lille", "ORG")),
    ("fr", "Le conseil départemental du Nord a voté jeudi le budget.", ("conseil départemental du Nord", "ORG")),
]

# (lang, text, a surface that is no organisation mention)
NO_COUNCIL = [
    ("en", "Council tax will rise by 5% next year, the council said.", "Council tax"),
    ("en", "Council tax will rise by 5% next year, the council said.", "the council"),
    ("en", "Dunmore council tax will rise by 5% next year.", "Dunmore council"),
    ("en", "The council said the road would reopen on Monday.", "The council"),
    ("fr", "Le conseil municipal a voté jeudi le budget.", "conseil municipal"),
]


def _found(nlp, lang: str, text: str):
    return list(memberships_from_doc(nlp(text), lang=lang))


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_local_office_memberships(request, lang: str, text: str, expected) -> None:
    found = {
        (m.person.text, m.role, m.organisation.text if m.organisation else None, m.ended)
        for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    }
    assert expected in found


@pytest.mark.parametrize(("lang", "text", "person", "roles"), NOT_FOUND)
def test_no_membership_without_an_organisation(request, lang: str, text: str, person: str, roles) -> None:
    found = [m for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text) if m.person.text == person]
    assert not [m for m in found if roles is None or m.role in roles]


@pytest.mark.parametrize(("lang", "text", "person", "role", "org"), KEPT)
def test_the_title_keeps_its_organisation(request, lang: str, text: str, person: str, role: str, org: str) -> None:
    found = {(m.person.text, m.role, m.organisation.text if m.organisation else None) for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)}
    assert (person, role, org) in found


def _mentions(lang: str, text: str) -> list[tuple[str, str]]:
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    nlp = load_model(lang)
    doc = nlp(text)
    remember_text(doc, text)
    found = entity_mentions_from_doc(doc, nlp=nlp, lang=lang, model="test", gazetteer=default_gazetteer())
    return [(m.text, m.label) for m in found]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNCILS)
def test_a_council_named_by_its_place_is_one_organisation(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(lang, text)


@pytest.mark.parametrize(("lang", "text", "absent"), NO_COUNCIL)
def test_no_council_without_its_place(lang: str, text: str, absent: str) -> None:
    assert absent not in [surface for surface, _ in _mentions(lang, text)]
