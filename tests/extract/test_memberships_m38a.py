"""Memberships of issue 17 that missed or pointed to the wrong organisation (m38a): a public office
held in a named place ("Chile's President Gabriel Boric", "Texas Governor Greg Abbott": the place,
kept by the graph), a former title glued to its company ("Ex-Beta president Alice Wong": Beta, a
former role), English verbs of designation ("Acme named Jane Roe CEO", "appointed Jane Roe as chief
executive"), a bare title given by a passive designation ("was named chief financial officer": the
company the text speaks of), a company's short form before a title ("Beta chief executive Jane Roe"
after "Beta Inc": Beta, never the company the text was speaking of), « administrateur de X » and a
weekday the tagger ran into the organisation's name. Every sentence is invented."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc

# (lang, text, (person, role, organisation or None, ended))
FOUND = [
    ("en", "Chile's President Gabriel Boric arrived in Lima on Monday.", ("Gabriel Boric", "President", "Chile", False)),
    ("en", "Gabriel Boric, Chile's president, arrived in Lima on Monday.", ("Gabriel Boric", "President", "Chile", False)),
    ("en", "Texas Governor Greg Abbott signed the bill on Friday.", ("Greg Abbott", "Governor", "Texas", False)),
    ("en", "Ex-Beta Inc president Alice Wong also testified.", ("Alice Wong", "President", "Beta Inc", True)),
    ("en", "Ex-Nortel chief executive Mike Zafir testified on Thursday.", ("Mike Zafir", "CEO", "Nortel", True)),
    ("en", "Acme Corp named Jane Roe CEO on Monday.", ("Jane Roe", "CEO", "Acme Corp", False)),
    (
        "en",
        "Harmon Stores named Maria Lopez chief financial officer on Monday.",
        ("Maria Lopez", "ChiefFinancialOfficer", "Harmon Stores", False),
    ),
    ("en", "Acme Corp appointed Jane Roe as chief executive.", ("Jane Roe", "CEO", "Acme Corp", False)),
    (
        "en",
        "Acme Corp said on Monday that it would buy Beta Inc. Beta chief executive Jane Roe will join the board.",
        ("Jane Roe", "CEO", "Beta", False),
    ),
    (
        "fr",
        "Paul Girard, président de Sorel Industries et administrateur de la Banque Rhodanienne, n'a pas souhaité s'exprimer.",
        ("Paul Girard", "Director", "Banque Rhodanienne", False),
    ),
    (
        "fr",
        "Claire Martin a été nommée directrice générale de Vendôme Distribution lundi.",
        ("Claire Martin", "CEO", "Vendôme Distribution", False),
    ),
]

# A bare title a passive verb of designation gives: the organisation the text speaks of (anaphoric).
ANAPHORIC = [
    ("en", "Maria Lopez was named chief financial officer on Monday.", ("Maria Lopez", "ChiefFinancialOfficer")),
    ("en", "Jane Roe was appointed as chairman on Monday.", ("Jane Roe", "Chair")),
    ("fr", "Claire Martin a été nommée directrice générale lundi.", ("Claire Martin", "CEO")),
]

# Near misses: no place for an adjective of nationality (the guide's « président algérien »), no
# organisation from a government or a place that designates, no anaphoric reading when the sentence
# names another organisation, with an article, or for a political title.
NOT_ANAPHORIC = [
    (
        "en",
        "Maria Lopez, who left Beta Inc last year, was named chief financial officer on Monday.",
        ("Maria Lopez", "ChiefFinancialOfficer"),
    ),
    ("en", "Maria Lopez was named a director on Monday.", ("Maria Lopez", "Director")),
    ("fr", "Claire Martin a été élue présidente lundi.", ("Claire Martin", "President")),
]

NO_ORGANISATION = [
    ("en", "French President Emmanuel Macron arrived in Rome.", ("Emmanuel Macron", "President")),
    ("en", "The government appointed Jane Roe as ambassador.", ("Jane Roe", "Ambassador")),
    ("en", "France appointed Jane Roe as ambassador.", ("Jane Roe", "Ambassador")),
    ("fr", "Le président chilien Gabriel Boric est arrivé lundi à Lima.", ("Gabriel Boric", "President")),
]


def _found(nlp, lang: str, text: str):
    return list(memberships_from_doc(nlp(text), lang=lang))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[c[2][0] + "-" + c[2][1] for c in FOUND])
def test_the_title_names_the_organisation(request, lang: str, text: str, expected) -> None:
    found = {
        (m.person.text, m.role, m.organisation.text if m.organisation else None, m.ended)
        for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    }
    assert expected in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), ANAPHORIC, ids=[c[2][0] for c in ANAPHORIC])
def test_a_bare_designated_title_is_the_company_spoken_of(request, lang: str, text: str, expected) -> None:
    found = {(m.person.text, m.role): m for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)}
    assert expected in found, found
    assert found[expected].organisation is None and found[expected].anaphoric


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), NOT_ANAPHORIC, ids=[c[1][:30] for c in NOT_ANAPHORIC])
def test_no_company_spoken_of_when_unsure(request, lang: str, text: str, expected) -> None:
    found = {(m.person.text, m.role): m for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)}
    assert expected not in found or not found[expected].anaphoric, found


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), NO_ORGANISATION, ids=[c[1][:30] for c in NO_ORGANISATION])
def test_no_organisation_from_an_adjective_or_a_designating_state(request, lang: str, text: str, expected) -> None:
    found = {(m.person.text, m.role): m for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)}
    assert expected not in found or (found[expected].organisation is None and not found[expected].anaphoric), found
