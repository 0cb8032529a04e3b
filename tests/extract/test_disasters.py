"""Fires, accidents and disasters are events (`Incident`; issue 17): « un incendie s'est déclaré
dans l'usine » and "a fire broke out at the plant" gave no event at all. Figures of speech and the
nouns' other senses are not ("opened fire", "under fire", "the fire department", « une explosion
de joie », « une avalanche de critiques », "a landslide victory", "a storm of criticism"), and a
scale is no participant (« un séisme de magnitude 6 »). Every sentence is invented. A row is
(language, sentence, trigger, type or None for no Incident, patient)."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()

CASES = [
    ("fr", "Un incendie s'est déclaré mardi soir dans une usine de Rouen.", "incendie", "Incident", ANY),
    ("fr", "L'incendie de l'entrepôt a mobilisé cent pompiers.", "incendie", "Incident", "entrepôt"),
    ("fr", "Une explosion a soufflé un immeuble à Lyon.", "explosion", "Incident", ANY),
    ("fr", "Un accident de la route a fait deux morts samedi.", "accident", "Incident", ANY),
    ("fr", "L'avion s'est écrasé dans la nuit de lundi.", "écrasé", "Incident", "avion"),
    ("fr", "Un immeuble s'est effondré à Marseille.", "effondré", "Incident", "immeuble"),
    ("fr", "Un séisme de magnitude 6 a frappé le Japon.", "séisme", "Incident", None),
    ("fr", "Une avalanche a emporté trois skieurs.", "avalanche", "Incident", ANY),
    ("en", "A fire broke out at the plant on Tuesday.", "fire", "Incident", ANY),
    ("en", "The blaze destroyed 40 homes.", "blaze", "Incident", ANY),
    ("en", "Floods killed 12 people in the north.", "Floods", "Incident", ANY),
    ("en", "The storm knocked out power to 10,000 homes.", "storm", "Incident", ANY),
    ("en", "A landslide buried the village.", "landslide", "Incident", ANY),
]

GUARDS = [
    ("fr", "Une explosion de joie a suivi l'annonce.", "explosion", None, ANY),
    ("fr", "Une avalanche de critiques a visé le ministre.", "avalanche", None, ANY),
    ("fr", "Les cours se sont effondrés à la Bourse.", "effondrés", None, ANY),
    ("fr", "Le gouvernement a essuyé une tempête de critiques.", "tempête", None, ANY),
    ("en", "Soldiers opened fire on the crowd.", "fire", None, ANY),
    ("en", "The minister came under fire for the plan.", "fire", None, ANY),
    ("en", "The fire department said no one was hurt.", "fire", None, ANY),
    ("en", "A flood of complaints followed the decision.", "flood", None, ANY),
    ("en", "A storm of criticism hit the minister.", "storm", None, ANY),
    ("en", "He won a landslide victory in May.", "landslide", None, ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "patient"), CASES + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_disasters_are_incidents(request, lang, text, trigger, etype, patient) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger and e.type == "Incident"]
    if etype is None:
        assert not events, f"{trigger!r} is no incident here"
        return
    assert events, f"no incident on {trigger!r}"
    if patient is not ANY:
        assert (events[0].patient.text if events[0].patient else None) == patient


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "agent"), [
    ("The bridge the storm collapsed last winter was rebuilt.", "collapsed", "storm"),
    ("The blaze destroyed 40 homes.", "destroyed", "blaze"),
    ("The explosion shattered windows across the street.", "shattered", "explosion"),
])
def test_a_disaster_acts(en_nlp, text: str, trigger: str, agent: str) -> None:
    """A fire, a storm or an explosion is an event and still the agent of what it does (an event of
    the default row otherwise keeps no event as its agent: "the announcement came")."""
    (event,) = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert event.agent is not None and event.agent.text == agent
