"""French event participants read on invented news (issue 17, f36a): a name the parser hangs on the
weekday after the verb is its object (« a relaxé mercredi Marc Lavergne »), a name with its
descriptor (« le fonds Kerlan ») is a member of a coordinated subject like a bare name (« Fabrel et
le fonds Kerlan ont signé »), who receives a thing given hangs on the sum it is worth (« une aide
de 3 milliards d'euros aux agriculteurs ») and « à la sortie de » is no addressee. Every sentence is
invented for these tests; published Thursday 18 March 2021."""

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


# ---------------------------------------------------------------- object after a weekday
# (text, trigger, patient)
AFTER_WEEKDAY = [
    ("Le tribunal de Nantes a relaxé mercredi Marc Lavergne, poursuivi pour fraude.", "relaxé", "Marc Lavergne"),
    ("Le tribunal correctionnel de Grenoble a relaxé mercredi Marc Lavergne.", "relaxé", "Marc Lavergne"),
    # near misses: a determined object and a name right after the verb stay as they were
    ("Le tribunal a relaxé mercredi le prévenu.", "relaxé", "prévenu"),
    ("Le tribunal a relaxé Marc Lavergne mercredi.", "relaxé", "Marc Lavergne"),
    ("La juge a condamné lundi Paul Girard à deux ans de prison.", "condamné", "Paul Girard"),
]


@pytest.mark.parametrize(("text", "trigger", "patient"), AFTER_WEEKDAY, ids=[f"{c[1]}-{i}" for i, c in enumerate(AFTER_WEEKDAY)])
def test_a_name_after_the_weekday_is_the_object(text: str, trigger: str, patient: str) -> None:
    assert _text(_event(analyse_text(text, "fr"), trigger).patient) == patient


def test_an_address_after_the_weekday_is_no_object() -> None:
    event = _event(analyse_text("Les salariés ont manifesté samedi place de la République.", "fr"), "manifesté")
    assert event.patient is None


# ---------------------------------------------------------------- coordinated subjects
# (text, trigger, every agent)
COORDINATED = [
    ("Fabrel et le fonds Kerlan ont signé un protocole d'accord en février.", "signé", {"fonds Kerlan", "Fabrel"}),
    # near misses: two common nouns are no pair of names, and one named subject stays alone
    ("La direction et les syndicats ont signé un accord dans la nuit.", "accord", None),
    ("Le fonds Kerlan a signé un protocole d'accord en février.", "signé", {"fonds Kerlan"}),
]


@pytest.mark.parametrize(("text", "trigger", "agents"), COORDINATED, ids=[f"{c[1]}-{i}" for i, c in enumerate(COORDINATED)])
def test_a_described_name_is_a_member_of_a_coordinated_subject(text: str, trigger: str, agents: set[str] | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger)
    found = {s.text for s in (event.agent, *event.co_agents) if s is not None}
    if agents is None:
        assert not event.co_agents
    else:
        assert found == agents


# ---------------------------------------------------------------- recipients
# (text, trigger, recipient)
RECIPIENTS = [
    ("Le gouvernement a débloqué une aide de 3 milliards d'euros aux agriculteurs.", "débloqué", "agriculteurs"),
    ("« Je suis soulagé », a déclaré Marc Lavergne à la sortie de l'audience.", "déclaré", None),
    ("Le maire a parlé à la sortie du conseil municipal.", "parlé", None),
    # near misses: who is spoken to, and a loan's rate
    ("Le ministre a répondu aux journalistes à l'issue de la réunion.", "répondu", "journalistes"),
    ("Le gouvernement a débloqué une aide de 3 milliards d'euros à taux zéro.", "débloqué", None),
]


@pytest.mark.parametrize(("text", "trigger", "recipient"), RECIPIENTS, ids=[f"{c[1]}-{i}" for i, c in enumerate(RECIPIENTS)])
def test_who_receives(text: str, trigger: str, recipient: str | None) -> None:
    assert _text(_event(analyse_text(text, "fr"), trigger).recipient) == recipient


# ---------------------------------------------------------------- people who fight each other
# (text, trigger or None for no attack, agent)
CLASHES = [
    ("Des supporters des deux clubs se sont affrontés samedi près du stade.", "affrontés", "supporters"),
    ("Des jeunes se sont affrontés mardi soir à Lyon.", "affrontés", "jeunes"),
    ("De violents affrontements entre manifestants et policiers ont éclaté à Nantes.", "affrontements", "manifestants"),
    # near misses: a match and a debate are no attack
    ("Les deux équipes se sont affrontées en finale dimanche.", None, None),
    ("Les deux candidats se sont affrontés lors d'un débat télévisé.", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), CLASHES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CLASHES)])
def test_people_who_fight_each_other_attack(text: str, trigger: str | None, agent: str | None) -> None:
    result = analyse_text(text, "fr")
    if trigger is None:
        assert not [e for e in result.events if e.type == "Attack"]
        return
    event = _event(result, trigger)
    assert event.type == "Attack"
    assert _text(event.agent) == agent


# ---------------------------------------------------------------- places after « près de »
# (text, trigger, patient)
NEAR = [
    ("Des supporters se sont affrontés samedi près du stade.", "affrontés", None),
    ("Le militant a manifesté près de la mairie.", "manifesté", None),
    # near miss: « près de » before a number is about a count, and the count is the patient
    ("Les assaillants ont tué près de 30 personnes.", "tué", "personnes"),
]


@pytest.mark.parametrize(("text", "trigger", "patient"), NEAR, ids=[f"{c[1]}-{i}" for i, c in enumerate(NEAR)])
def test_a_place_near_which_it_happens_is_no_patient(text: str, trigger: str, patient: str | None) -> None:
    assert _text(_event(analyse_text(text, "fr"), trigger).patient) == patient
