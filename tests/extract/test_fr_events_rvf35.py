"""Review of f35a (issue 17): sums of money, object clitics and leaders' organisations on new
invented French news. A sum the parser hangs who receives on still gives that recipient (« a versé
deux millions aux communes », « une amende de 40 millions d'euros au laboratoire Pharmex »), the
neuter « le » / « l' » of a verb of saying or doing takes up nobody (« Il l'a dit clairement »), and
a given name after « le patron de » stays a person. Every sentence is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _event(result: Any, trigger: str) -> Any:
    found = [e for e in result.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in result.events]
    return found[0]


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


# (text, trigger, patient, recipient)
SUMS = [
    # « aux X » is a « à » complement, not what the millions count
    ("Le conseil départemental a versé deux millions aux communes sinistrées de la vallée.", "versé", None, "communes"),
    # « aux ravisseurs »: determined by the contracted article
    ("La fondation a payé 12 000 dollars de rançon aux ravisseurs.", "payé", None, "ravisseurs"),
    # who is fined, hung on the sum, or a person the support verb fines
    ("L'autorité de la concurrence a infligé une amende de 40 millions d'euros au laboratoire Pharmex.", "amende", "laboratoire Pharmex", None),
    ("Le juge a infligé une amende de 300 euros au chauffeur du bus.", "amende", "chauffeur", None),
    # near misses: a count of things paid to someone, and a kind after « à »
    ("L'assureur a versé des millions de dollars aux victimes de l'ouragan.", "versé", None, "victimes de l'ouragan"),
    ("Le groupe a versé 3 millions d'euros à taux zéro.", "versé", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "patient", "recipient"), SUMS, ids=[str(i) for i in range(len(SUMS))])
def test_who_receives_a_sum(text: str, trigger: str, patient: str | None, recipient: str | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger)
    assert _text(event.patient) == patient
    assert _text(event.recipient) == recipient


def _references(text: str, name: str) -> list[str]:
    """The references of the entity one of whose mentions contains ``name``, lower case."""
    result = analyse_text(text, "fr")
    return [r.text.lower() for e in result.entities if any(name in m.text for m in e.mentions) for r in e.references]


# (text, name, whether « l' » / « le » takes the person up)
CLITICS = [
    ("Le ministre Paul Garnier a reçu les syndicats mardi. Il l'a dit clairement : la réforme sera votée.", "Paul Garnier", False),
    ("Le maire Louis Perrin a promis une nouvelle piscine. Il le fera avant 2025.", "Louis Perrin", False),
    ("Marc Lebrun est candidat. Il l'a répété dimanche devant ses partisans.", "Marc Lebrun", False),
    # near misses: the clitic of an act done to someone still takes up the person
    ("Sophie Tessier dirigeait le club depuis 2018. Le conseil d'administration l'a remerciée lundi.", "Sophie Tessier", True),
    ("Jean Dupuis a pris la fuite lundi. La police l'a arrêté mardi à Lyon.", "Jean Dupuis", True),
]


@pytest.mark.parametrize(("text", "name", "taken_up"), CLITICS, ids=[c[1] for c in CLITICS])
def test_a_neuter_clitic_takes_up_nobody(text: str, name: str, taken_up: bool) -> None:
    refs = _references(text, name)
    assert any(r in ("l'", "le") for r in refs) == taken_up, refs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La porte-parole de Sophie a démenti mardi toute séparation.", "Sophie"),
        ("Le patron de Julien a été licencié mardi. Julien travaille désormais seul.", "Julien"),
    ],
)
def test_a_given_name_after_a_leaders_title_is_no_organisation(text: str, name: str) -> None:
    # « la porte-parole de Sophie »: a person's spokeswoman, not a company called Sophie
    result = analyse_text(text, "fr")
    assert not [e for e in result.entities if e.type == "ORG" and any(m.text == name for m in e.mentions)]
