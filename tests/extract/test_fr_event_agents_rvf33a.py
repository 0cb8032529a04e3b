"""Review of f33a's French agents and roles on invented news (rvf33a): the title a speaker's name
sets off at the end of an incise is no patient of the verb of saying, a place's name the tagger
read as a common noun after « par » is a movement's route (not its agent), and the subject of « a
nommé X directrice générale » is no employer when the title or the subject has a complement of its
own; the title the parser hung on the name as an apposition (« Norvel a nommé Paul Lenoir directeur
financier ») is a post at the subject too. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.test_fr_participants_f32a import _analysis, _argument_names

pytestmark = pytest.mark.slow


def _arguments(text: str, trigger: str, role: str) -> list[str]:
    """The texts of the ``role`` arguments of the event on the first ``trigger`` of ``text``."""
    from kg.evaluation.runner import system_output

    start = text.index(trigger)
    out = system_output(_analysis(text), bare_names=True)
    return [a.argument.text for a in out.arguments if a.trigger.start == start and a.role == role]


# (text, verb of saying, the speaker's name, the title that describes them)
SET_OFF_CASES = [
    ("Le club a perdu dimanche. « Nous avons manqué de rigueur », a reconnu son entraîneur, Didier "
     "Lamarque. Il a promis une réaction.", "reconnu", "Didier Lamarque", "entraîneur"),
]


@pytest.mark.parametrize(("text", "verb", "name", "title"), SET_OFF_CASES)
def test_set_off_title_is_no_patient(text: str, verb: str, name: str, title: str) -> None:
    assert any(name in n for n in _argument_names(text, verb, "agent"))
    assert not any(title in a for a in _arguments(text, verb, "patient"))


# (text, movement noun, the place it goes by): a route, never the agent
ROUTE_CASES = [
    ("L'évacuation des blessés par Roissy a duré toute la nuit.", "évacuation", "Roissy"),
    ("Le rapatriement des touristes par Roissy a commencé mardi.", "rapatriement", "Roissy"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), ROUTE_CASES)
def test_misread_place_after_par_is_a_route(text: str, trigger: str, place: str) -> None:
    assert place not in _arguments(text, trigger, "agent")


# A company's name the tagger misread the same way still acts on a takeover (f33a's case).
def test_misread_company_after_par_still_acts() -> None:
    assert "Altéa" in _arguments("Le rachat de Norvia par Altéa a été validé.", "rachat", "agent")


# (text, person, a word the organisation must not hold): the subject of the verb of designation is
# no employer when the title names its body (« de sa filiale … ») or the subject is a body with a
# complement of its own (a council of ministers names to posts outside it)
NOT_EMPLOYER_CASES = [
    ("Le Conseil des ministres a nommé Claire Bonnet directrice générale.", "Claire Bonnet", "Conseil"),
    ("Le Haut Conseil de la santé a nommé Anne Roux présidente.", "Anne Roux", "Haut Conseil"),
    ("Le groupe Altéa a nommé Claire Bonnet directrice générale de sa filiale Norvia.", "Claire Bonnet", "Altéa"),
]


@pytest.mark.parametrize(("text", "person", "word"), NOT_EMPLOYER_CASES)
def test_designating_subject_is_no_employer(text: str, person: str, word: str) -> None:
    found = [(m.person.text, m.organisation.text if m.organisation else None) for m in _analysis(text).memberships]
    assert not any(p == person and o is not None and word in o for p, o in found), found


# (text, person, organisation): the title the parser made an apposition of the name, no comma
NAMED_BY_CASES = [
    ("Norvel a nommé Paul Lenoir directeur financier.", "Paul Lenoir", "Norvel"),
]


@pytest.mark.parametrize(("text", "person", "org"), NAMED_BY_CASES)
def test_title_apposed_to_the_named_person(text: str, person: str, org: str) -> None:
    found = [(m.person.text, m.organisation.text if m.organisation else None) for m in _analysis(text).memberships]
    assert any(p == person and o is not None and org in o for p, o in found), found


# Near misses: a verb that names no one to a post, a comma before the title
@pytest.mark.parametrize("text", [
    "Vernal a licencié Sophie Marchal directrice juridique.",
    "Norvel a reçu Paul Lenoir, directeur financier.",
])
def test_no_designation_no_employer(text: str) -> None:
    orgs = [m.organisation.text for m in _analysis(text).memberships if m.organisation is not None]
    assert not any(o in ("Vernal", "Norvel") for o in orgs), orgs
