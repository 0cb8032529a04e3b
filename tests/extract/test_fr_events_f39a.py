"""French event types and participants read on invented news (issue 17, f39a): every sentence is
invented for these tests; published Thursday 18 March 2021.

Fixed classes: the object of a verb set after a bare « en » locution and a time word (« a placé en
garde à vue mardi un ancien adjoint »), which the parser hangs on the locution, is the patient; a
subject the parser labels passive under « avoir » alone (« Le juge l'a remis en liberté ») is the
agent; « déférer » a person is a ChargeIndict; « départs » with no complement of their own in a
sentence about job losses (« Les départs se feront sans licenciement ») are people leaving their
jobs; an infinitive the tagger reads as a noun after « faire » / « laisser » (« a fait licencier
trois cadres ») is the causative's infinitive; « à l'initiative de X », « sous l'impulsion de X »
name the agent of an event noun, as « de la part de X » did. The other rows guard what must not
change (sources given by « d'après », « selon » stay out of the events)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _events(result: Any, trigger: str) -> list[Any]:
    return [e for e in result.events if e.trigger.text == trigger]


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


def _summary(text: str, trigger: str) -> tuple[str, str | None, str | None] | None:
    found = _events(analyse_text(text, "fr"), trigger)
    if not found:
        return None
    event = found[0]
    return (event.type, _text(event.agent), _text(event.patient))


# (text, trigger, (type, agent, patient) or None for no event)
JUSTICE = [
    # the object after « en garde à vue » and a weekday, hung on the locution by the parser
    ("LYON (AFP) - Le parquet de Lyon a placé en garde à vue mardi un ancien adjoint au maire de Villeurbanne.",
     "placé", ("ArrestJail", "parquet de Lyon", "adjoint")),
    ("Le préfet a fait placer en garde à vue deux complices présumés.", "placer", ("ArrestJail", "préfet", "complices")),
    # « avoir » alone: an active verb whatever label the parser gives its subject
    ("Le juge d'instruction l'a ensuite remis en liberté sous contrôle judiciaire.", "remis",
     ("ReleaseParole", "juge", "l'")),
    # « déférer » a person
    ("RENNES (AFP) - Deux suspects ont été déférés jeudi devant le parquet de Rennes.", "déférés",
     ("ChargeIndict", None, "suspects")),
    # guards: a law referred to a court, a locution with no person, a fronted participle, the
    # plain cases the parser reads right
    ("Le gouvernement a déféré la loi au Conseil constitutionnel.", "déféré", None),
    ("La mairie a mis en vente mardi un immeuble du centre-ville.", "mis", None),
    ("Placé en garde à vue, le suspect a avoué le vol.", "Placé", ("ArrestJail", None, "suspect")),
    ("Les policiers ont placé en détention jeudi deux hommes.", "placé", ("ArrestJail", "policiers", "hommes")),
    ("Le juge a mis en examen mardi le maire de Lyon pour corruption.", "mis", ("ChargeIndict", "juge", "maire de Lyon")),
    ("Il a été remis en liberté lundi.", "remis", ("ReleaseParole", None, "Il")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), JUSTICE, ids=[f"justice-{i}" for i in range(len(JUSTICE))])
def test_justice_acts_take_their_object_as_patient(text: str, trigger: str, expected: tuple[str, str | None, str | None] | None) -> None:
    assert _summary(text, trigger) == expected


# (text, trigger, type of the first event on it, or None for no event)
DEPARTURES = [
    ("Les départs se feront sans licenciement, a précisé la direction.", "départs", "EndPosition"),
    ("Le groupe prévoit des départs en préretraite et aucun licenciement sec.", "départs", "EndPosition"),
    ("Les départs se feront sur la base du volontariat, a précisé le groupe.", "départs", "EndPosition"),
    # guards: a journey, a delay at a station, staff named by the noun's own complement
    ("Les départs en vacances ont commencé samedi.", "départs", "Transport"),
    ("Les départs ont été retardés à la gare de Lyon samedi.", "départs", "Transport"),
    ("Le départ des salariés est prévu en juin.", "départ", "EndPosition"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DEPARTURES, ids=[f"departure-{i}" for i in range(len(DEPARTURES))])
def test_departures_of_staff_are_end_positions(text: str, trigger: str, expected: str | None) -> None:
    found = _events(analyse_text(text, "fr"), trigger)
    assert (found[0].type if found else None) == expected


# (text, trigger, (type, agent, patient) or None)
CAUSATIVES = [
    ("Le directeur a fait licencier trois cadres en mars.", "licencier", ("EndPosition", "directeur", "cadres")),
    ("Le patron a fait licencier le syndicaliste.", "licencier", ("EndPosition", "patron", "syndicaliste")),
    # guards: a noun with its article after « faire », « a fait savoir », a causative read right
    ("Le ministre a fait le tour des usines.", "tour", None),
    ("La CGT a fait savoir qu'elle soutenait le mouvement.", "savoir", ("Statement", "CGT", None)),
    ("La juge a fait arrêter le suspect lundi.", "arrêter", ("ArrestJail", "juge", "suspect")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CAUSATIVES, ids=[f"causative-{i}" for i in range(len(CAUSATIVES))])
def test_infinitive_read_as_noun_after_faire(text: str, trigger: str, expected: tuple[str, str | None, str | None] | None) -> None:
    assert _summary(text, trigger) == expected


# (text, trigger, agent)
INITIATIVE = [
    ("Une grève a été lancée sous l'impulsion de la CGT.", "grève", "CGT"),
    ("La réunion à l'initiative de la préfète a duré trois heures.", "réunion", "préfète"),
    # guards: « de la part de » as before, « pour sa part », a noun « initiative » of its own
    ("Une lettre de la part du syndicat a été remise au ministre.", "lettre", "syndicat"),
    ("Pour sa part, le syndicat a lancé une grève mardi.", "grève", "syndicat"),
    ("Le ministre a reçu les syndicats à l'initiative de la préfète.", "reçu", "ministre"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), INITIATIVE, ids=[f"initiative-{i}" for i in range(len(INITIATIVE))])
def test_initiative_locutions_name_the_agent(text: str, trigger: str, agent: str | None) -> None:
    found = _events(analyse_text(text, "fr"), trigger)
    assert found, [e.trigger.text for e in analyse_text(text, "fr").events]
    assert _text(found[0].agent) == agent


# guards: a newspaper or agency given as a source takes no part in the reported event
SOURCES = [
    ("Le groupe Norvalis va supprimer 300 emplois, d'après Libération.", "supprimer", "groupe Norvalis"),
    ("La direction de Norvalis a annoncé la fermeture du site, selon l'AFP.", "fermeture", "Norvalis"),
    ("La société a licencié vingt salariés, a rapporté Le Monde.", "licencié", "société"),
    ("Selon des informations obtenues auprès de la CGT, la direction de Norvalis a annoncé la fermeture du site.",
     "fermeture", "Norvalis"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), SOURCES, ids=[f"source-{i}" for i in range(len(SOURCES))])
def test_sources_are_no_participants(text: str, trigger: str, agent: str) -> None:
    found = _events(analyse_text(text, "fr"), trigger)
    assert found and _text(found[0].agent) == agent
