"""French names and event dates (issues 21 and 17, f37b): every sentence is invented.

Fixed classes: a party's abbreviation between a role noun and a person's name (« le sénateur Modem
Jean Arthuis », « le député UMP Paul Vasseur ») is the person's affiliation: the role noun describes
the person, and the party stays an organisation, never retyped a person by the role noun; a name the
French model reads whole as MISC with the office before it (« l'ancien Premier ministre Dominique de
Villepin ») is a person, not the country a given name spells (« Dominique », Dominica); « Bercy » is
the French economy ministry, as « Matignon » and « le Quai d'Orsay » are government bodies. A part of
the day said with no day (« en milieu de journée », « dans la soirée ») in the narrative's past, right
after a day that a sentence in the pluperfect gave (« Le 12, une tornade avait endommagé … »), is the
story's own day, not that background day. The other rows guard what must not change: a descriptor
with its organisation (« le syndicat CGT »), a role noun right before the person, a part of the day
after a day of the narrative itself or in a pluperfect clause of its own.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow

TORNADO_DAY = PartialDate(2024, 10, 3)  # a Thursday


def _types(text: str) -> dict[str, str]:
    """Every entity's label and mention texts → the entity's type."""
    entities = analyse_text(text, "fr").entities
    return {**{m.text: e.type for e in entities for m in e.mentions}, **{e.label: e.type for e in entities}}


def _described(text: str) -> dict[str, list[str]]:
    """Every entity's label → the texts of the descriptions that take it up."""
    return {e.label: [r.text for r in e.references] for e in analyse_text(text, "fr").entities}


# A party between the role noun and the name; the entity of ``mention`` has ``type``.
AFFILIATION_TYPE_CASES = [
    ("Le sénateur Modem Jean Arthuis a critiqué la réforme.", "Modem", "ORG"),
    ("Le sénateur Modem Jean Arthuis a critiqué la réforme.", "Jean Arthuis", "PER"),
    # guards: a party the role noun was already linked past; a descriptor names its organisation;
    # a role noun right before a person
    ("Le sénateur UMP Paul Vasseur a réagi jeudi.", "UMP", "ORG"),
    ("La députée UDI Claire Marchal a voté contre le texte.", "UDI", "ORG"),
    ("Le syndicat CGT a appelé à la grève.", "CGT", "ORG"),
    ("Le sénateur Paul Vasseur a réagi jeudi.", "Paul Vasseur", "PER"),
]

# The role noun describes the person, never the party before the name.
AFFILIATION_ROLE_CASES = [
    ("Le sénateur UMP Paul Vasseur a réagi jeudi.", "Paul Vasseur", "Le sénateur"),
    ("Le sénateur Modem Jean Arthuis a critiqué la réforme.", "Jean Arthuis", "Le sénateur"),
    # guard: the descriptor of an organisation stays its own
    ("Le syndicat CGT a appelé à la grève.", "CGT", "Le syndicat"),
]

# An office before a person's name, and the government bodies named by their seat.
NAME_TYPE_CASES = [
    ("L'ancien Premier ministre Dominique de Villepin et le député Nicolas Dupont-Aignan ont critiqué jeudi la réforme.",
     "Dominique de Villepin", "PER"),
    ("Bercy a annoncé une baisse des prévisions de croissance.", "Bercy", "ORG"),
    ("Selon Bercy, la dette publique a encore augmenté.", "Bercy", "ORG"),
    # guards: the other seats of government
    ("Une réunion s'est tenue à Matignon mardi.", "Matignon", "ORG"),
    ("Le Quai d'Orsay a convoqué l'ambassadeur.", "Quai d'Orsay", "ORG"),
]

# A part of the day after a background day in the pluperfect: (text, timex, value).
DAY_PART_CASES = [
    ("En septembre, la région avait connu deux orages. Le 12, une tornade avait endommagé des maisons.\n\n"
     "Enedis a mobilisé 600 techniciens, a annoncé la préfecture en milieu de journée.",
     "milieu de journée", "2024-10-03"),
    ("Le 12, une tornade avait endommagé des maisons. Enedis a mobilisé 600 techniciens dans la soirée.",
     "la soirée", "2024-10-03TEV"),
    # guards: the narrative's own day; a part of the day in a pluperfect clause of its own
    ("Le 12 septembre, une tornade a endommagé des maisons. Dans la soirée, Enedis a mobilisé 600 techniciens.",
     "la soirée", "2024-09-12TEV"),
    ("Le 12, une tornade avait endommagé des maisons. Dans la soirée, les pompiers étaient intervenus.",
     "la soirée", "2024-09-12TEV"),
]


@pytest.mark.parametrize(("text", "mention", "etype"), AFFILIATION_TYPE_CASES)
def test_party_between_role_and_name_stays_an_organisation(text: str, mention: str, etype: str) -> None:
    assert _types(text).get(mention) == etype


@pytest.mark.parametrize(("text", "label", "description"), AFFILIATION_ROLE_CASES)
def test_role_noun_describes_the_person_after_the_party(text: str, label: str, description: str) -> None:
    assert description in _described(text).get(label, [])


@pytest.mark.parametrize(("text", "mention", "etype"), NAME_TYPE_CASES)
def test_office_holder_and_government_seats(text: str, mention: str, etype: str) -> None:
    assert _types(text).get(mention) == etype


@pytest.mark.parametrize(("text", "timex", "value"), DAY_PART_CASES)
def test_day_part_after_a_pluperfect_day(text: str, timex: str, value: str) -> None:
    found = {t.text: t.value for t in analyse_text(text, "fr", published=TORNADO_DAY).timexes}
    assert found.get(timex) == value


def test_event_of_a_day_part_after_a_pluperfect_day() -> None:
    text = DAY_PART_CASES[0][0]
    (event,) = [e for e in analyse_text(text, "fr", published=TORNADO_DAY).events if e.trigger.text == "annoncé"]
    assert event.time is not None and event.time.value == "2024-10-03"


@pytest.mark.parametrize(("surface", "expected"), [
    ("Premier ministre Dominique de Villepin", "Dominique de Villepin"),
    ("ministre Paul Vasseur", "Paul Vasseur"),
    # guards: an office alone, a prize, a single capitalised word after the office
    ("Premier ministre", None),
    ("Prix Nobel de la paix", None),
    ("ministre Vasseur", None),
])
def test_name_after_function(surface: str, expected: str | None) -> None:
    from kg.extract.entities import _name_after_function

    at = _name_after_function(surface)
    assert (surface[at:] if at is not None else None) == expected
