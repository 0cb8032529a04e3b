"""Tests of kg.extract.arguments on French agents: inverted subject clitics ("dit-il"), postposed
subjects the parser reads as adjectival complements, and the author of an event noun given by a
claim participle ("revendiqués par X"). Control, spokespersons and relatives are covered too.

The sentences are invented for the tests.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc


@pytest.fixture(scope="module")
def fr(fr_nlp):
    return fr_nlp


def _agent(nlp, text: str, trigger: str) -> str | None:
    events = [e for e in events_from_doc(nlp(text), lang="fr") if e.trigger.text == trigger]
    assert events, f"no event {trigger!r}"
    agent = events[0].agent
    return agent.text if agent is not None else None


# (text, trigger, a word the agent span contains, or None for no agent)
CASES = [
    # an inverted subject clitic is the subject, not the quotation's first word
    ("« Moi, dit-elle, je ne signerai jamais ce texte ».", "dit", "-elle"),
    ("« Nous, a-t-il déclaré, nous refusons ce plan ».", "déclaré", "-il"),
    ("« Je pense, ajoute-t-elle, que le projet échouera ».", "ajoute", "-elle"),
    # postposed subject read as an adjectival complement of the verb
    ("« Les loyers doivent baisser, ils doivent revenir à la normale », affirme un jeune locataire, Marc Jolivet.",
     "affirme", "locataire"),
    ("« Rien ne change », a déclaré le ministre Henri Vasseur.", "déclaré", "Vasseur"),
    # the author of an attack given by a claim participle
    ("Les attentats contre des casernes, revendiqués par le groupe Al-Chabab, ont fait dix morts.",
     "attentats", "Chabab"),
    ("L'attaque, revendiquée par les Brigades rouges, a fait trois blessés.", "attaque", "Brigades"),
    # control, spokesperson, relative
    ("Le groupe Danone a annoncé arrêter la production à Lyon.", "arrêter", "Danone"),
    ("Un porte-parole de Renault a déclaré que l'usine fermera.", "déclaré", "Renault"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, agent", CASES, ids=[c[0][:40] for c in CASES])
def test_french_agents(fr, text, trigger, agent):
    found = _agent(fr, text, trigger)
    assert found is not None and agent in found, found


@pytest.mark.slow
def test_relative_subject_is_resolved_to_its_antecedent(fr):
    text = "Le ministre Henri Vasseur, qui a annoncé la réforme, a quitté Paris."
    event = next(e for e in events_from_doc(fr(text), lang="fr") if e.trigger.text == "annoncé")
    assert event.agent is not None and event.agent.text == "qui"
    assert event.agent_antecedent is not None and "Vasseur" in event.agent_antecedent.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, trigger",
    [
        # a hyphenated word that is no clitic leaves the subject alone
        ("Le week-end dernier, Paul Morin a déclaré forfait.", "déclaré"),
    ],
)
def test_clitic_rule_needs_a_clitic(fr, text, trigger):
    found = _agent(fr, text, trigger)
    assert found is None or "-" not in found


def _timex(text: str, part: str, value: str):
    from kg.types import Timex

    start = text.index(part)
    return Timex(start, start + len(part), part, "DATE", value)


# (text, trigger, [(timex text, value)], expected value)
RANGE_CASES = [
    ("Les 4 et 5 mai, des émeutiers ont attaqué la mairie.", "attaqué",
     [("4", "2021-05-04"), ("5 mai", "2021-05-05")], "2021-05-04"),
    ("Du 4 au 7 mai, la police a arrêté dix personnes.", "arrêté",
     [("4", "2021-05-04"), ("7 mai", "2021-05-07")], "2021-05-04"),
    ("Entre le 4 et le 7 mai, la police a arrêté dix personnes.", "arrêté",
     [("4", "2021-05-04"), ("le 7 mai", "2021-05-07")], "2021-05-04"),
    # two dates that are no range: the closest one in the clause
    ("Le 2 mai, la police a arrêté dix personnes, puis le 9 mai elle les a libérées.", "arrêté",
     [("Le 2 mai", "2021-05-02"), ("le 9 mai", "2021-05-09")], "2021-05-02"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, timexes, value", RANGE_CASES, ids=[c[0][:40] for c in RANGE_CASES])
def test_a_range_dates_its_event_by_its_first_day(fr, text, trigger, timexes, value):
    stamps = [_timex(text, part, v) for part, v in timexes]
    event = next(e for e in events_from_doc(fr(text), lang="fr", timexes=stamps) if e.trigger.text == trigger)
    assert event.time is not None and event.time.value == value
