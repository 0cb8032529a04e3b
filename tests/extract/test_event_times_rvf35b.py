"""Review of f35b's French event dates (issue 17, class 8 "Event time"): every sentence is invented.

Fixed: a « pendant / lors de / au cours de » phrase lends the clause the date of a noun's « de »
complement that is no event (« la réunion du conseil municipal de mardi »), not the date of a
complement in « sur », « contre »… (« pendant le débat sur la réforme de 2019 ») nor of an event of
its own (« lors de la commémoration de l'attentat de 2015 »); « ce week-end » / « cet automne » that
complements a noun (« Le concert de ce week-end a été annulé ») is not the one gone by for the past of
the verb of that noun's clause. The other rows guard f35b's gains.
Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


SIMULTANEOUS_CASES = [
    # a complement in « sur » or an event of its own keeps its date
    ("La ministre a été interpellée pendant le débat sur la réforme de 2019.", "interpellée", "!2019"),
    ("Un manifestant a été arrêté pendant le débat sur le budget de 2020.", "arrêté", "!2020"),
    ("Une élue a été blessée durant la manifestation contre la loi de 2019.", "blessée", "!2019"),
    ("Le maire a démissionné lors de la commémoration de l'attentat du 13 novembre 2015.", "démissionné",
     "!2015-11-13"),
    # guards: a « de » complement that is no event lends its date to the phrase
    ("Un militant a été interpellé pendant la réunion du conseil municipal de mardi.", "interpellé", "2021-03-16"),
    ("Le capitaine s'est blessé lors de la finale de la coupe de dimanche.", "blessé", "2021-03-14"),
    ("L'entraîneur a été limogé au cours de la trêve de février.", "limogé", "2021-02"),
]

NOUN_COMPLEMENT_TIMEX_CASES = [
    ("Le concert de ce week-end a été annulé.", "ce week-end", "2021-W11-WE"),
    ("Le match de ce week-end a été reporté à cause de la neige.", "ce week-end", "2021-W11-WE"),
    ("Les élections de cet automne ont été repoussées.", "cet automne", "2021-FA"),
    # guards: the date is the verb's own
    ("Les ventes ont progressé ce week-end selon les commerçants.", "ce week-end", "2021-W10-WE"),
    ("Le chômage a baissé cet été, selon l'Insee.", "cet été", "2020-SU"),
    ("Les secours ont été mobilisés tout ce week-end.", "ce week-end", "2021-W10-WE"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), SIMULTANEOUS_CASES)
def test_simultaneous_phrase_complement(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "timex", "value"), NOUN_COMPLEMENT_TIMEX_CASES)
def test_noun_complement_this_weekend(text: str, timex: str, value: str) -> None:
    values = [t.value for t in analyse_text(text, "fr", published=PartialDate(2021, 3, 18)).timexes
              if t.text == timex]
    assert values == [value]
