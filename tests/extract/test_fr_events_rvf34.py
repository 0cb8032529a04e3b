"""Review of f34a's French event rules on invented news (issue 17, rvf34): the definite « de la
route » is an accident's kind but what collapses after another incident noun (« l'effondrement de
la route »), an act « après avoir » dated in its own phrase is a fact even before a main clause in
the future, and a headline's event does not take in the lead's act of a person told by another
common noun; an English "to" infinitive a date parts from its verb of refusing or succeeding is still
its complement ("did not manage on Tuesday to approve"). Every sentence is invented for these
tests; published Thursday 18 March 2021."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _event(result: Any, trigger: str, nth: int = 0) -> Any:
    found = [e for e in result.events if e.trigger.text == trigger]
    assert len(found) > nth, [e.trigger.text for e in result.events]
    return found[nth]


# (text, trigger, expected patient text or None)
INCIDENT_PATIENTS = [
    # another incident noun than « accident »: the road is what collapses
    ("L'effondrement de la route a coupé le village de Saint-Martin mardi.", "effondrement", "route"),
    ("L'effondrement de la route a bloqué les secours lundi près de Gap.", "effondrement", "route"),
    # near misses: after « accident », « de la route », « de la circulation » are its kind
    ("Un accident de la route a fait deux morts lundi près d'Albi.", "accident", None),
    ("Un accident de la circulation a blessé trois cyclistes mardi à Caen.", "accident", None),
    ("L'effondrement d'une route a coupé le village mardi.", "effondrement", "route"),
]


@pytest.mark.parametrize(("text", "trigger", "patient"), INCIDENT_PATIENTS, ids=[str(i) for i in range(len(INCIDENT_PATIENTS))])
def test_a_definite_setting_is_a_kind_only_after_the_nouns_it_is_listed_for(text: str, trigger: str, patient: str | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger)
    assert (event.patient.text if event.patient else None) == patient


# (text, trigger, modality)
PRIOR_ACTS = [
    # an act « après avoir » with its own day is done, whatever the main clause's tense
    ("Après avoir arrêté lundi le suspect, la police le présentera vendredi à un juge.", "arrêté", "ASSERTED"),
    ("Après avoir signé mardi le contrat, le joueur rejoindra le club en juillet.", "contrat", "ASSERTED"),
    # near misses: with no day of its own it is as sure as the main clause, and an act « avant de »
    # comes after the main clause's, to come like it even with a day
    ("Après avoir racheté son concurrent, le groupe supprimera 300 postes.", "racheté", "FUTURE"),
    ("Avant de fermer lundi le site, la société versera une prime aux salariés.", "fermer", "FUTURE"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), PRIOR_ACTS, ids=[f"{c[1]}-{i}" for i, c in enumerate(PRIOR_ACTS)])
def test_a_dated_act_after_which_the_main_clause_comes_is_a_fact(text: str, trigger: str, modality: str) -> None:
    assert _event(analyse_text(text, "fr"), trigger).modality == modality


# (text, trigger, whether the lead's mention joins the headline's)
HEADLINE_LEADS = [
    ("Le ministre de la Santé démissionne\n\n"
     "La secrétaire d'État à la Santé a démissionné lundi, deux jours avant le remaniement.", "démission", False),
    ("Le directeur de l'hôpital de Vienne démissionne\n\n"
     "La présidente de l'hôpital de Vienne a démissionné lundi, a annoncé l'agence régionale de santé.", "démission", False),
    # near misses: two places tell them apart already, and the same common noun tells the same act again
    ("Le maire de Lens démissionne\n\n"
     "Le préfet du Pas-de-Calais a démissionné lundi, a annoncé le ministère.", "démission", False),
    ("Un policier blessé à Marseille\n\n"
     "Un policier a été blessé mardi à Marseille lors d'une interpellation.", "blessé", True),
]


@pytest.mark.parametrize(("text", "stem", "joined"), HEADLINE_LEADS, ids=[str(i) for i in range(len(HEADLINE_LEADS))])
def test_a_headlines_event_is_not_another_persons_act_in_the_lead(text: str, stem: str, joined: bool) -> None:
    result = analyse_text(text, "fr")
    found = [e for e in result.events if e.trigger.text.startswith(stem[:6])]
    assert len(found) >= 2, [e.trigger.text for e in result.events]
    headline, lead = found[0], found[1]
    assert (lead.coref is not None and lead.coref.start == headline.trigger.start) is joined


# (text, trigger, polarity)
SPLIT_INFINITIVES = [
    # a date between the verb of refusing or succeeding and its "to" infinitive (parsed as an
    # adverbial clause): the complement is still what did not happen
    ("The board did not manage on Tuesday to approve the merger with Vernal.", "approve", "NEG"),
    ("The regulator refused on Monday to approve the acquisition of Ovalis.", "approve", "NEG"),
    # near misses: a success happened, and a verb with an object of its own has a purpose clause
    ("The board managed on Tuesday to approve the merger.", "approve", "POS"),
    ("The company did not manage the plant in Ohio to cut costs.", "cut", "POS"),
]


@pytest.mark.parametrize(("text", "trigger", "polarity"), SPLIT_INFINITIVES, ids=[str(i) for i in range(len(SPLIT_INFINITIVES))])
def test_a_refused_infinitive_after_a_date_is_negated(text: str, trigger: str, polarity: str) -> None:
    assert _event(analyse_text(text, "en"), trigger).polarity == polarity
