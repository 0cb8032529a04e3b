"""French event dates (issue 17, class 8 "Event time", f35b): every sentence is invented.

Fixed classes: a clause set at the time of an event noun whose own complement is the date (« lors de
la manifestation du 13 mars », « pendant la réunion de jeudi soir », « au cours de la conférence de
presse de lundi ») takes that date, whatever the parser made of « lors » or « pendant »; an event
noun whose own complement is a date (« a critiqué mercredi l'accord de 1991 ») keeps it, not the
day of the verb it is the object of; « ce week-end » and « cet été » / « cet hiver » whose own verb
is in a compound past (« a été arrêté ce week-end », told on a Thursday) are the weekend and season
gone by, not the ones ahead. The other rows guard what must not change: « après » / « une semaine
après » phrases, a verb's own date, a deadline, a request, the future and the present, « le
week-end dernier », a season with « en », a weekend told on a Sunday.
Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


# A clause at the time of an event noun that carries its own date.
SIMULTANEOUS_CASES = [
    ("Le maire a démissionné pendant la réunion de mercredi soir.", "démissionné", "2021-03-17"),
    ("Le président a annoncé sa candidature au cours de la conférence de presse de lundi.", "annoncé",
     "2021-03-15"),
    ("Deux policiers ont été blessés lors de la manifestation du 13 mars.", "blessés", "2021-03-13"),
    ("Un supporter a été interpellé durant le match de dimanche.", "interpellé", "2021-03-14"),
    # guards: a sequence word is no simultaneity; the verb's own date; a noun's date dates no verb
    ("Le ministre a démissionné jeudi après la manifestation de samedi.", "démissionné", "2021-03-18"),
    ("Le maire a démissionné mercredi, une semaine après la réunion de mardi.", "démissionné", "2021-03-17"),
    ("Le ministre a critiqué l'accord de 1991.", "critiqué", "!1991"),
]

# An event noun whose own complement is a date.
OWN_DATE_CASES = [
    ("Le ministre a critiqué mercredi l'accord de 1991.", "accord", "1991"),
    ("Le président a évoqué mardi l'attentat de 2015.", "attentat", "2015"),
    ("Le ministre a critiqué mercredi l'accord du 3 mars.", "accord", "2021-03-03"),
    # guards: a month already read as the noun's; the verb keeps its day; a date after the noun that is
    # no complement of it; a deadline
    ("La députée a dénoncé lundi le licenciement de février.", "licenciement", "2021-02"),
    ("Le ministre a critiqué mercredi l'accord de 1991.", "critiqué", "2021-03-17"),
    ("Le syndicat a appelé mardi à une grève jeudi.", "grève", "2021-03-18"),
    ("Le groupe a annoncé mardi la suppression de 300 postes d'ici 2024.", "suppression", "2024"),
]

# « ce week-end », « cet été » with a verb in a compound past, on an event.
DONE_THIS_CASES = [
    ("Le suspect a été arrêté ce week-end à Lyon.", "arrêté", "2021-W10-WE"),
    ("Le club a limogé son entraîneur ce week-end.", "limogé", "2021-W10-WE"),
    ("L'usine a été fermée cet été, a indiqué la direction.", "fermée", "2020-SU"),
    # guards: the future, « le week-end dernier »
    ("Le suspect sera jugé ce week-end.", "jugé", "2021-W11-WE"),
    ("La ville ouvrira une nouvelle piscine cet été.", "ouvrira", "2021-SU"),
    ("Le suspect a été arrêté le week-end dernier.", "arrêté", "2021-W10-WE"),
]

# The same, as time expressions (values of the timex itself).
DONE_THIS_TIMEX_CASES = [
    ("Des orages violents ont frappé le sud du pays ce week-end.", "ce week-end", "2021-W10-WE", PartialDate(2021, 3, 18)),
    ("La neige a bloqué des centaines d'automobilistes cet hiver.", "cet hiver", "2020-WI", PartialDate(2021, 3, 18)),
    ("La sécheresse a détruit une partie des récoltes cet été.", "cet été", "2020-SU", PartialDate(2021, 3, 18)),
    # guards: a present, a generic season, a past told on the weekend itself, a summer begun already
    ("Les musées sont gratuits ce week-end.", "ce week-end", "2021-W11-WE", PartialDate(2021, 3, 18)),
    ("Les ventes ont baissé en été.", "été", "XXXX-SU", PartialDate(2021, 3, 18)),
    ("Des orages violents ont frappé le sud du pays ce week-end.", "ce week-end", "2021-W11-WE", PartialDate(2021, 3, 21)),
    ("La sécheresse a détruit une partie des récoltes cet été.", "cet été", "2021-SU", PartialDate(2021, 8, 20)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), SIMULTANEOUS_CASES)
def test_simultaneous_phrase_dates_clause(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), OWN_DATE_CASES)
def test_event_noun_own_date(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), DONE_THIS_CASES)
def test_done_this_weekend_or_season(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "timex", "value", "published"), DONE_THIS_TIMEX_CASES)
def test_done_this_weekend_or_season_timex(text: str, timex: str, value: str, published: PartialDate) -> None:
    values = [t.value for t in analyse_text(text, "fr", published=published).timexes if t.text == timex]
    assert values == [value]
