"""French agents and roles read on invented news (issue 17, f33a): the « par X » agent of an event
noun when X is a name the tagger read as a common noun or a title's name stands between (« le
rachat de Norvia par Altéa », « le rachat du quotidien La Gazette par le groupe Mediapress »), the
postposed speaker's name set off by a comma at the end of an incise (« a déclaré son PDG, Marc
Delorme. Il a précisé … »), and « X a nommé Y directrice générale » (a membership of Y at X).
Every sentence is invented for these tests. An argument is read as ``kg eval`` reads it: through
the chain of the entity it belongs to.
"""

from __future__ import annotations

import pytest

from tests.extract.test_fr_participants_f32a import _analysis, _argument_names

pytestmark = pytest.mark.slow


# (text, trigger, role, a name of the chain the argument must belong to)
AGENT_CASES = [
    # a company's name after « par » that the tagger read as a common noun with no determiner is
    # no manner (« par hasard »): it acts
    ("Le rachat de Norvia par Altéa a été validé par l'Autorité de la concurrence.", "rachat", "agent", "Altéa"),
    ("La banque a confirmé le rachat de Norvia par Altéa pour 2 milliards d'euros.", "rachat", "agent", "Altéa"),
    # the « par » phrase hung on the newspaper's title that follows its noun
    ("Le rachat du quotidien La Gazette par le groupe Mediapress a été annoncé vendredi.", "rachat", "agent", "Mediapress"),
    # the speaker's name set off after a possessive title ends the incise: « il » / « elle » next is
    # that person, not the company of the sentence before
    ("Le groupe Vernal a annoncé mardi la fermeture de son usine de Vénissieux. « Nous n'avons pas d'autre "
     "choix », a déclaré son PDG, Marc Delorme. Il a précisé que 300 salariés seraient reclassés.",
     "précisé", "agent", "Marc Delorme"),
    ("Le constructeur Orvane a annoncé mercredi la suppression de 1 200 postes. « La situation est difficile », "
     "a expliqué sa directrice financière, Sophie Marchal. Elle a ajouté que l'usine de Douai serait vendue.",
     "expliqué", "agent", "Sophie Marchal"),
    ("Le constructeur Orvane a annoncé mercredi la suppression de 1 200 postes. « La situation est difficile », "
     "a expliqué sa directrice financière, Sophie Marchal. Elle a ajouté que l'usine de Douai serait vendue.",
     "ajouté", "agent", "Sophie Marchal"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), AGENT_CASES)
def test_french_event_agent(text: str, trigger: str, role: str, name: str) -> None:
    assert any(name in n for n in _argument_names(text, trigger, role))


# Near misses that must not change: a medium after « par » is no agent, and the company stays the
# topic when no name closes the incise.
def test_par_platform_is_no_agent() -> None:
    from kg.evaluation.runner import system_output

    text = "Le club a annoncé le départ de son entraîneur par Twitter mardi."
    out = system_output(_analysis(text), bare_names=True)
    agents = [a.argument.text for a in out.arguments if a.role == "agent" and a.trigger.text == "départ"]
    assert "Twitter" not in agents


def test_incise_without_name_keeps_the_company() -> None:
    text = ("Le groupe Vernal a annoncé mardi la fermeture de son usine de Vénissieux, a indiqué la direction. "
            "Il a précisé que 300 salariés seraient reclassés.")
    assert not any("Marc" in n for n in _argument_names(text, "précisé", "agent"))


# (text, person, organisation or None)
MEMBERSHIP_CASES = [
    # « X a nommé Y directrice générale »: the parser reads the title as a second object
    ("Le groupe Altéa a nommé Claire Bonnet directrice générale.", "Claire Bonnet", "Altéa"),
    ("La société Norvel a nommé Paul Lenoir président du directoire.", "Paul Lenoir", "Norvel"),
]


@pytest.mark.parametrize(("text", "person", "org"), MEMBERSHIP_CASES)
def test_named_to_a_title_by_an_organisation(text: str, person: str, org: str) -> None:
    result = _analysis(text)
    found = [(m.person.text, m.organisation.text if m.organisation else None) for m in result.memberships]
    assert any(p == person and o is not None and org in o for p, o in found), found


def test_named_by_a_person_is_no_membership_of_them() -> None:
    result = _analysis("Le président Paul Garnier a nommé Claire Bonnet directrice de cabinet.")
    assert not any(m.organisation is not None and "Garnier" in m.organisation.text for m in result.memberships)
