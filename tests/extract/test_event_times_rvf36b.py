"""French days counted from another and unit edges, reviewed (rvf36b, after f36b): every sentence is invented.

Fixed classes: a day the text names after an eve (« La veille, … Lundi soir, … Le lendemain, … ») ends
the eve's story, so a later « le lendemain » counts from that day, not from the day the eve was
counted from; « au lendemain du 8 mai » dates its event on the day after (the parser hangs the date
too on the verb); a present passive (« le ministre est reçu en fin de semaine », « est interpellé ce
week-end ») is a present, not a thing done, so the current week's edge or weekend is not moved back.
The other rows guard what must not change: a compound past, a verb conjugated with « être », an
imperfect passive, an act that a day is counted from, a different day named in between.
Publication date 18 March 2021, a Thursday, unless a row gives its own.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow

MONDAY = PartialDate(2021, 3, 15)
TUESDAY = PartialDate(2021, 3, 16)
THURSDAY = PartialDate(2021, 3, 18)

# A day named after an eve ends the eve's story; a day counted from a written date dates its event.
CHAIN_CASES = [
    ("Le PDG a été entendu mardi. La veille, il avait rencontré le ministre. Lundi soir, il a dîné avec "
     "le préfet. Le lendemain, il a démissionné.", "démissionné", "2021-03-16"),
    ("Le PDG a été entendu mardi. La veille, il avait rencontré le ministre. Le 15 mars, il avait aussi vu "
     "le préfet. Le lendemain, il a démissionné.", "démissionné", "2021-03-16"),
    ("Au lendemain du 8 mai, le maire a démissionné.", "démissionné", "2020-05-09"),
    # guards: another day in between; the day itself; an act a day is counted from
    ("Au lendemain du 14-Juillet, deux policiers ont été blessés.", "blessés", "2020-07-15"),
    ("Le ministre a été entendu mardi. La veille, il avait reçu les syndicats. Mercredi, il a présenté son "
     "plan. Le lendemain, il a démissionné.", "démissionné", "2021-03-18"),
    ("Le maire a démissionné le 8 mai, au lendemain de son arrestation.", "démissionné", "2020-05-08"),
    ("L'avant-veille du 11 novembre, un soldat a été tué.", "tué", "2020-11-09"),
]

# The start or end of the current week, or its weekend, by its verb's tense.
EDGE_CASES = [
    ("Le ministre est reçu en fin de semaine par le président.", "fin de semaine", "2021-W11", MONDAY),
    ("Les députés sont convoqués en fin de semaine.", "fin de semaine", "2021-W11", TUESDAY),
    ("Un homme est interpellé ce week-end à Lyon.", "ce week-end", "2021-W11-WE", THURSDAY),
    # guards: a compound past, a verb conjugated with « être », an imperfect passive
    ("Un homme a été interpellé ce week-end à Lyon.", "ce week-end", "2021-W10-WE", THURSDAY),
    ("Le ministre est arrivé en fin de semaine à Paris.", "fin de semaine", "2021-W10", MONDAY),
    ("Le suspect était interpellé en fin de semaine.", "fin de semaine", "2021-W10", MONDAY),
]


@pytest.mark.parametrize(("text", "trigger", "day"), CHAIN_CASES)
def test_day_counted_after_eve(text: str, trigger: str, day: str) -> None:
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "timex", "value", "published"), EDGE_CASES)
def test_present_passive_unit_edge(text: str, timex: str, value: str, published: PartialDate) -> None:
    values = [t.value for t in analyse_text(text, "fr", published=published).timexes if t.text == timex]
    assert values == [value]
