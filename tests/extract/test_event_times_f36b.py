"""French dates and event dates (issues 19 and 17, f36b): every sentence is invented.

Fixed classes: a day counted from a date its complement writes (« la veille du 3 juin », « le
lendemain de Noël ») is counted from that date, not from the day last mentioned; a day counted the
other way after an eve (« Le PDG a été entendu mardi. La veille, … Le lendemain, … ») is counted from
the same day as the eve (Wednesday, not Tuesday); a holiday after « du » or « au » (« le défilé du
14-Juillet ») is a date; « en fin de semaine / de mois / d'année » with a verb in a compound past, told
before that end has begun, is the one gone by, and « en début de semaine / de mois » with a future,
told once that start is over, the one ahead. The other rows guard what must not change: a chain of
« le lendemain », an eve of an act the text does not date, a noun's date, the present unit's edge
told in its own part, « dernière » / « prochaine ». An event noun that a past participle right after it
dates (« a examiné mercredi l'incendie survenu il y a trois ans ») takes that date, not its verb's;
not a participle of reacting (« la grève annoncée le 3 mars »).
Publication date 18 March 2021, a Thursday, unless a row gives its own. A day « !D » must not be D.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow

MONDAY = PartialDate(2021, 3, 15)
THURSDAY = PartialDate(2021, 3, 18)
JANUARY = PartialDate(2021, 1, 8)

# A day counted from a date its complement writes, and an eve's counterpart.
COUNTED_FROM_CASES = [
    ("La veille du 3 mars, le ministre avait démissionné.", "démissionné", "2021-03-02"),
    ("Le lendemain de Noël, l'entraîneur a été limogé.", "limogé", "2020-12-26"),
    ("L'avant-veille du 14-Juillet, deux hommes ont été arrêtés.", "arrêtés", "2020-07-12"),
    ("Le PDG a été entendu mardi par les députés. La veille, il avait rencontré le ministre. "
     "Le lendemain, les salariés ont déclenché une grève.", "grève", "2021-03-17"),
    ("Le maire a été arrêté lundi. Le lendemain, il a été libéré. La veille, il avait démissionné.",
     "démissionné", "2021-03-14"),
    # guards: a chain of « le lendemain »; an eve of an act with no date; a plain eve; a date in a noun's complement
    ("Le 3 mars, le PDG a été arrêté. Le lendemain, il a été libéré. Le lendemain, il a démissionné.",
     "démissionné", "2021-03-05"),
    ("Le ministre a été limogé la veille du scrutin.", "limogé", None),
    ("Le PDG a été entendu mardi par les députés. La veille, il avait rencontré le ministre.", "rencontré",
     "2021-03-15"),
    ("Le ministre a démissionné la veille, a annoncé mardi son cabinet.", "démissionné", "!2021-03-02"),
]

# The same, as time expressions.
COUNTED_FROM_TIMEX_CASES = [
    ("La veille du 3 mars, le ministre avait démissionné.", "La veille", "2021-03-02"),
    ("Le lendemain du 8-Mai, le maire a démissionné.", "Le lendemain", "2020-05-09"),
    ("Le lendemain du 8-Mai, le maire a démissionné.", "8-Mai", "2020-05-08"),
    ("Au lendemain du 8 mai, le maire a démissionné.", "lendemain", "2020-05-09"),
    ("La foule a assisté au défilé du 14-Juillet.", "14-Juillet", "2020-07-14"),
    ("Les syndicats appellent à manifester au 1er-Mai.", "1er-Mai", "2021-05-01"),
    # guards: a name, a holiday with its article
    ("Le député Jean Toussaint a démissionné.", "Toussaint", None),
    ("Les pompiers ont défilé le 14-Juillet.", "le 14-Juillet", "2020-07-14"),
    ("Le maire a démissionné mardi, au lendemain de son arrestation.", "lendemain", "2021-03-16"),
]

# The start or end of the current unit, by its verb's tense.
EDGE_CASES = [
    ("Le ministre a été reçu en fin de semaine par le président.", "fin de semaine", "2021-W10", MONDAY),
    ("Les ventes ont été lancées en fin de mois.", "fin de mois", "2020-12", JANUARY),
    ("Le groupe a licencié 300 salariés en fin d'année.", "fin d'année", "2020", JANUARY),
    ("Le ministre sera reçu en début de semaine.", "début de semaine", "2021-W12", THURSDAY),
    ("Le texte sera examiné en début de mois par les députés.", "début de mois", "2021-04", THURSDAY),
    # guards: the end still ahead, the start already begun, told in the unit's own part, a direction
    ("Le ministre sera reçu en fin de semaine.", "fin de semaine", "2021-W11", MONDAY),
    ("Le ministre a été reçu en début de semaine.", "début de semaine", "2021-W11", THURSDAY),
    ("Le ministre a été reçu en fin de semaine.", "fin de semaine", "2021-W11", PartialDate(2021, 3, 20)),
    ("Le texte sera examiné en début de mois par les députés.", "début de mois", "2021-01", PartialDate(2021, 1, 4)),
    ("Le conseil a voté en fin de semaine dernière.", "fin de semaine dernière", "2021-W10", MONDAY),
]

# The same, on the event.
EDGE_EVENT_CASES = [
    ("Le ministre a été reçu en fin de semaine par le président.", "reçu", "2021-W10", MONDAY),
    ("Le ministre sera reçu en début de semaine.", "reçu", "2021-W12", THURSDAY),
    ("Le ministre sera reçu en fin de semaine.", "reçu", "2021-W11", MONDAY),
]

# An event noun dated by the participle that modifies it, not by the verb it is the object of.
PARTICIPLE_CASES = [
    ("Le tribunal a examiné mercredi l'incendie survenu il y a trois ans.", "incendie", "2018"),
    ("Le président a évoqué mardi l'attentat commis en 2008 à Lyon.", "attentat", "2008"),
    ("La ministre a salué lundi l'accord signé le 2 février.", "accord", "2021-02-02"),
    # guards: a participle of reacting; the verb keeps its own day; a participle with no date
    ("Le ministre a dénoncé mercredi la grève annoncée le 3 mars.", "grève", "!2021-03-03"),
    ("Le président a évoqué mardi l'attentat commis en 2008 à Lyon.", "évoqué", "2021-03-16"),
    ("Le tribunal a examiné mercredi l'incendie survenu à Lyon.", "incendie", "2021-03-17"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), PARTICIPLE_CASES)
def test_event_noun_dated_by_its_participle(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), COUNTED_FROM_CASES)
def test_day_counted_from(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "timex", "value"), COUNTED_FROM_TIMEX_CASES)
def test_day_counted_from_timex(text: str, timex: str, value: str | None) -> None:
    values = [t.value for t in analyse_text(text, "fr").timexes if t.text == timex]
    assert values == ([value] if value is not None else [])


@pytest.mark.parametrize(("text", "timex", "value", "published"), EDGE_CASES)
def test_unit_edge_by_tense(text: str, timex: str, value: str, published: PartialDate) -> None:
    values = [t.value for t in analyse_text(text, "fr", published=published).timexes if t.text == timex]
    assert values == [value]


@pytest.mark.parametrize(("text", "trigger", "day", "published"), EDGE_EVENT_CASES)
def test_unit_edge_by_tense_event(text: str, trigger: str, day: str, published: PartialDate) -> None:
    events = [e for e in analyse_text(text, "fr", published=published).events if e.trigger.text == trigger]
    assert events and events[0].time is not None and events[0].time.value == day
