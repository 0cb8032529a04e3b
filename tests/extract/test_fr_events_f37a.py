"""French participants read on invented news (issue 17, f37a): every sentence is invented for
these tests; published Thursday 18 March 2021.

Fixed classes: the causer of « faire » + infinitive is the act's agent even when the parser labels
it the infinitive's passive subject (« Le préfet a fait évacuer l'immeuble »: agent the préfet,
patient those evacuated; also when the parse hangs the subject on « fait »); « a fait
savoir » is a statement, in an incise too (« « … », a fait savoir la CGT »: the CGT speaks); a participant the parser cut out of
a name the entity layer read whole is that name (« L'association UFC-Que Choisir a porté
plainte »: « UFC-Que Choisir », was « Choisir »); a state phrase set off by commas after the
subject (« Les salariés, en grève depuis dix jours, ont voté … ») has that subject for agent. The
other rows guard what must not change."""

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


# (text, trigger, agent, patient)
CAUSATIVE = [
    ("VANNES (AFP) - Le préfet du Morbihan a fait évacuer mercredi une centaine d'habitants, a indiqué la préfecture.",
     "évacuer", "préfet du Morbihan", "habitants"),
    ("VANNES (AFP) - Le préfet du Morbihan a fait fermer mercredi l'usine de Theix, a indiqué la préfecture.",
     "fermer", "préfet du Morbihan", "usine de Theix"),
    ("Le juge a fait interpeller mardi un militant.", "interpeller", "juge", "militant"),
    # guards: the plain verb, a reflexive causative whose subject undergoes the act, a causative
    # the parse reads right
    ("Les pompiers ont évacué une vingtaine d'habitants.", "évacué", "pompiers", "habitants"),
    ("Le suspect s'est fait arrêter mardi à Lorient.", "arrêter", None, "suspect"),
    ("La juge a fait arrêter le suspect lundi.", "arrêter", "juge", "suspect"),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), CAUSATIVE,
                         ids=[f"causative-{i}" for i in range(len(CAUSATIVE))])
def test_the_causer_of_faire_is_the_agent(text: str, trigger: str, agent: str | None, patient: str | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger)
    assert (_text(event.agent), _text(event.patient)) == (agent, patient)


# (text, agent of the Statement on « savoir », speaker of the first quotation or None)
MADE_KNOWN = [
    ("Le maire de Pornic, Yves Karadec, a fait savoir mercredi qu'il soutenait le projet.", "maire de Pornic, Yves Karadec",
     "Yves Karadec"),
    ("« Nous resterons mobilisés jusqu'au bout », a fait savoir la CFDT.", "CFDT", "CFDT"),
]


@pytest.mark.parametrize(("text", "agent", "speaker"), MADE_KNOWN, ids=[f"savoir-{i}" for i in range(len(MADE_KNOWN))])
def test_faire_savoir_is_a_statement(text: str, agent: str, speaker: str) -> None:
    result = analyse_text(text, "fr")
    event = _event(result, "savoir")
    assert (event.type, _text(event.agent)) == ("Statement", agent)
    assert [_text(q.speaker) for q in result.quotes][:1] == [speaker]


# guards: « savoir » alone is no statement
@pytest.mark.parametrize("text", ["Le maire sait que le projet est impopulaire.", "Il faut savoir que le site fermera."])
def test_savoir_alone_is_no_statement(text: str) -> None:
    assert not [e for e in analyse_text(text, "fr").events if e.trigger.text in ("sait", "savoir")]


# (text, trigger, agent)
WHOLE_NAMES = [
    ("L'association UFC-Que Choisir a porté plainte contre le fournisseur.", "plainte", "UFC-Que Choisir"),
    # guards: a name the parse reads whole, a description with a name inside stays the description
    ("La CFDT a porté plainte contre le fournisseur.", "plainte", "CFDT"),
    ("Le préfet de Loire-Atlantique a porté plainte contre le fournisseur.", "plainte", "préfet de Loire-Atlantique"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), WHOLE_NAMES, ids=[f"name-{i}" for i in range(len(WHOLE_NAMES))])
def test_a_participant_cut_out_of_a_name_is_the_name(text: str, trigger: str, agent: str) -> None:
    assert _text(_event(analyse_text(text, "fr"), trigger).agent) == agent


# (text, trigger, agent)
DETACHED_STATE = [
    ("Les salariés, en grève depuis dix jours, ont voté la reprise du travail.", "grève", "salariés"),
    ("Les contrôleurs, en grève depuis lundi, ont manifesté devant la gare.", "grève", "contrôleurs"),
    # guards: the state phrase hung on the subject, a copula, a phrase after the verb
    ("Les agents de la SNCF, en grève depuis lundi, réclament une prime.", "grève", "agents de la SNCF"),
    ("Les contrôleurs sont en grève depuis mardi.", "grève", "contrôleurs"),
    ("Les contrôleurs ont manifesté, en grève depuis lundi.", "grève", None),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), DETACHED_STATE, ids=[f"state-{i}" for i in range(len(DETACHED_STATE))])
def test_a_detached_state_phrase_has_the_subject_for_agent(text: str, trigger: str, agent: str | None) -> None:
    assert _text(_event(analyse_text(text, "fr"), trigger).agent) == agent


def test_a_speaker_cut_inside_a_name_runs_to_its_end() -> None:
    result = analyse_text("« Les tarifs ont flambé », a dénoncé l'association UFC-Que Choisir dans un communiqué.", "fr")
    assert [_text(q.speaker) for q in result.quotes] == ["association UFC-Que Choisir"]
    assert _text(_event(result, "dénoncé").agent) == "association UFC-Que Choisir"
