"""Review of f39a's French staff departures and causative infinitives (issue 17, rvf39): every
sentence is invented for these tests; published Thursday 18 March 2021.

Fixed: a noun of departure with no complement is people leaving their jobs only when a job loss
states its terms (« Les départs se feront sans licenciement », « 150 départs et aucun
licenciement »), not when a job loss merely shares its sentence (« Les départs ont été annulés en
raison d'une grève contre les licenciements »: trains, a journey). An infinitive the tagger read as a
noun after « faire » keeps the object the parser hung on that noun (« a fait licencier des
salariés », « sans préavis douze salariés »)."""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text, span_text

pytestmark = pytest.mark.slow


# (text, trigger, type of the first event on it)
DEPARTURES = [
    # a job loss in the sentence that is not the departures' terms: journeys
    ("Les départs ont été annulés en raison d'une grève contre les licenciements.", "départs", "Transport"),
    ("Les départs sont prévus toutes les heures malgré le licenciement de dix conducteurs.", "départs", "Transport"),
    ("Les départs ont été perturbés samedi à la gare après le licenciement d'un aiguilleur.", "départs", "Transport"),
    # guards: the terms of the departures, coordinated or hung on the departures' verb
    ("Le plan social prévoit 150 départs et aucun licenciement.", "départs", "EndPosition"),
    ("Les départs se feront en priorité par des préretraites.", "départs", "EndPosition"),
    ("Les départs se feront sans licenciement sec, a assuré la direction.", "départs", "EndPosition"),
    ("Les départs se feront sur la base du volontariat, selon le syndicat.", "départs", "EndPosition"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DEPARTURES, ids=[f"departure-{i}" for i in range(len(DEPARTURES))])
def test_departures_are_staff_only_with_their_terms(text: str, trigger: str, expected: str) -> None:
    found = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    assert found and found[0].type == expected


# (text, trigger, (type, agent, patient))
CAUSATIVES = [
    ("La direction a fait licencier sans préavis douze salariés.", "licencier", ("EndPosition", "direction", "salariés")),
    ("La patronne a fait licencier des dizaines de salariés.", "licencier", ("EndPosition", "patronne", "salariés")),
    # guards: a plain plural object, an infinitive the parser read right, a bare number object
    ("Le directeur a fait licencier des salariés.", "licencier", ("EndPosition", "directeur", "salariés")),
    ("La juge a fait arrêter deux militants jeudi.", "arrêter", ("ArrestJail", "juge", "militants")),
    ("Le patron a fait licencier trois cadres.", "licencier", ("EndPosition", "patron", "cadres")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CAUSATIVES, ids=[f"causative-{i}" for i in range(len(CAUSATIVES))])
def test_noun_read_infinitive_keeps_its_object(text: str, trigger: str, expected: tuple[str, str, str]) -> None:
    found = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    assert found
    event = found[0]
    assert (event.type, span_text(event.agent), span_text(event.patient)) == expected
