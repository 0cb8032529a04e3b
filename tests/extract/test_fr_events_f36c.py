"""French participants and dates (issue 17, f36c): every sentence is invented; published Thursday
18 March 2021.

Fixed classes: the object clitic « l' » before a compound past with « avoir » takes the gender its
participle shows (« le tribunal l'a relaxé »: a man), so a feminine thing named between (« L'audience
a duré trois heures ») no longer takes it from the person named two sentences back; a date after
« depuis » is the start of a state that still holds (« en grève depuis lundi »), not the day of the
event; a sentence the parser ends before a lower-case « puis » / « et » that coordinates two fronted
participles (« Élue en 2014 puis réélue en 2020, Mme Rolland préside … ») is one sentence again, and
both participles say what befell the main clause's subject (the one elected is the patient). The
other rows guard what must not change."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


# (text, name of the entity whose chain holds « l' », or None)
CLITIC_CASES = [
    ("Marc Lavergne était poursuivi pour fraude fiscale. L'audience a duré trois heures. Le tribunal l'a relaxé mercredi.",
     "Marc Lavergne"),
    ("Paul Girard était accusé de corruption. La procédure a duré deux ans. La cour l'a condamné mardi.", "Paul Girard"),
    # guards: one sentence back as before; a feminine participle is not the man's
    ("Marc Lavergne était poursuivi pour fraude fiscale. Le tribunal l'a relaxé mercredi.", "Marc Lavergne"),
    ("Marc Lavergne était poursuivi pour fraude fiscale. L'audience a duré trois heures. Le tribunal l'a relaxée mercredi.",
     None),
]


@pytest.mark.parametrize(("text", "name"), CLITIC_CASES, ids=[f"clitic-{i}" for i in range(len(CLITIC_CASES))])
def test_an_object_clitic_takes_the_gender_of_its_participle(text: str, name: str | None) -> None:
    result = analyse_text(text, "fr")
    holders = [e.label for e in result.entities if any(r.text == "l'" for r in e.references)]
    assert holders == ([name] if name else []), holders


# (text, trigger, day; "!D": any day but D)
SINCE_CASES = [
    ("Les salariés, en grève depuis lundi, réclament une hausse des salaires.", "grève", "!2021-03-15"),
    ("Les contrôleurs sont en grève depuis mardi.", "grève", "!2021-03-16"),
    ("Les enseignants sont en grève depuis le 8 mars.", "grève", "!2021-03-08"),
    # guards: a day with no « depuis » still dates the act
    ("Les salariés se sont mis en grève lundi.", "grève", "2021-03-15"),
    ("Le maire a démissionné lundi.", "démissionné", "2021-03-15"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), SINCE_CASES, ids=[f"since-{i}" for i in range(len(SINCE_CASES))])
def test_a_date_after_depuis_is_no_day_of_the_event(text: str, trigger: str, day: str) -> None:
    check_day(text, trigger, day, "fr")


# (text, trigger, agent, patient)
FRONTED_CASES = [
    ("Élue en 2014 puis réélue en 2020, Mme Rolland préside le conseil départemental.", "réélue", None, "Mme Rolland"),
    ("Élu en 2014 et réélu en 2020, le maire préside le conseil municipal.", "réélu", None, "maire"),
    # guards: a single fronted participle; a coordinated finite verb keeps its own subject
    ("Élue en 2014, Mme Rolland préside le conseil départemental.", "Élue", None, "Mme Rolland"),
    ("Le maire a été élu en 2014 puis il a démissionné en 2020.", "démissionné", "il", None),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), FRONTED_CASES,
                         ids=[f"fronted-{i}" for i in range(len(FRONTED_CASES))])
def test_coordinated_fronted_participles_befall_the_subject(text: str, trigger: str, agent: str | None,
                                                            patient: str | None) -> None:
    events = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    assert events, trigger
    assert (_text(events[0].agent), _text(events[0].patient)) == (agent, patient)

