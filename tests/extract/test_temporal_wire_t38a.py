"""Wire-news dates and event dates of issues 19 and 17 (round t38a): invented sentences, each read with
the pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2026-11-16 is a Monday, 2026-02-16 a Monday.)"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text
from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# « le 15 du mois prochain », « le 1er du mois dernier », "the first of next month": a day of the month that
# the shift gives, one expression (was « mois prochain » alone, the day lost; "the first" no digits)
DAY_OF_RELATIVE_MONTH = [
    ("Le contrat prendra effet le 15 du mois prochain.", "2026-11-16", "fr",
     [("le 15 du mois prochain", "DATE", "2026-12-15")]),
    ("Le contrat a pris effet le 1er du mois dernier.", "2026-11-16", "fr",
     [("le 1er du mois dernier", "DATE", "2026-10-01")]),
    ("Les loyers seront versés le 20 de ce mois.", "2026-11-16", "fr", [("le 20 de ce mois", "DATE", "2026-11-20")]),
    ("Le contrat prendra effet le premier du mois prochain.", "2026-12-16", "fr",
     [("le premier du mois prochain", "DATE", "2027-01-01")]),
    ("The new tariff takes effect on the first of next month.", "2026-11-16", "en",
     [("the first of next month", "DATE", "2026-12-01")]),
    # unchanged: a month alone, a named month, a day of no month, a possessive month
    ("Le contrat prendra effet le mois prochain.", "2026-11-16", "fr", [("le mois prochain", "DATE", "2026-12")]),
    ("Le contrat prendra effet le 15 décembre.", "2026-11-16", "fr", [("le 15 décembre", "DATE", "2026-12-15")]),
    ("Il est arrivé le 3 du mois.", "2026-11-16", "fr", []),
    ("He was named the first of next month's speakers.", "2026-11-16", "en", [("next month", "DATE", "2026-12")]),
]


@pytest.mark.parametrize(("text", "dct", "lang", "expected"), DAY_OF_RELATIVE_MONTH,
                         ids=[c[0][:40] for c in DAY_OF_RELATIVE_MONTH])
def test_day_of_relative_month(text, dct, lang, expected):
    assert _read(text, dct, lang) == expected


# « Les ventes ont reculé au quatrième trimestre », told in February: a compound past with « avoir » is the
# clause's own act, last year's quarter (was read as a date a participle sets for an event, the nearest)
QUARTER_IN_COMPOUND_PAST = [
    ("Les ventes ont reculé au quatrième trimestre.", "2026-02-16", [("quatrième trimestre", "DATE", "2025-Q4")]),
    ("Les ventes avaient nettement reculé au quatrième trimestre.", "2026-02-16",
     [("quatrième trimestre", "DATE", "2025-Q4")]),
    ("Les commandes ont fortement progressé au troisième trimestre.", "2026-02-16",
     [("troisième trimestre", "DATE", "2025-Q3")]),
    # unchanged: a future, a quarter already begun, a date a participle sets for an event
    ("Les ventes reculeront au quatrième trimestre.", "2026-02-16", [("quatrième trimestre", "DATE", "2026-Q4")]),
    ("Les ventes ont reculé au premier trimestre.", "2026-11-16", [("premier trimestre", "DATE", "2026-Q1")]),
    ("La grève annoncée pour le 5 avril a été annulée.", "2026-05-16", [("le 5 avril", "DATE", "2026-04-05")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), QUARTER_IN_COMPOUND_PAST,
                         ids=[c[0][:40] for c in QUARTER_IN_COMPOUND_PAST])
def test_quarter_in_compound_past(text, dct, expected):
    assert _read(text, dct, "fr") == expected


# "this time last year", « à la même époque l'an dernier », « la même période de l'an dernier »: one phrase,
# the period the text last gave a year before (was "last year" alone, the whole year)
SAME_TIME_LAST_YEAR = [
    ("At this time last year, the plant employed 400 people.", "2026-11-16", "en",
     [("this time last year", "DATE", "2025")]),
    ("In the third quarter, sales rose 4% from this time last year.", "2026-11-16", "en",
     [("the third quarter", "DATE", "2026-Q3"), ("this time last year", "DATE", "2025-Q3")]),
    ("À la même époque l'an dernier, l'usine comptait 400 salariés.", "2026-11-16", "fr",
     [("la même époque l'an dernier", "DATE", "2025")]),
    ("Au troisième trimestre, les ventes ont progressé de 4 % par rapport à la même période de l'an dernier.",
     "2026-11-16", "fr",
     [("troisième trimestre", "DATE", "2026-Q3"), ("la même période de l'an dernier", "DATE", "2025-Q3")]),
    ("En octobre, les ventes ont progressé par rapport à la même période de l'an passé.", "2026-11-16", "fr",
     [("octobre", "DATE", "2026-10"), ("la même période de l'an passé", "DATE", "2025-10")]),
    # unchanged: a possessive year, "this time" of its own, « l'an dernier » alone
    ("This time last year's winner crashed out.", "2026-11-16", "en", [("last year", "DATE", "2025")]),
    ("This time, last year's winner crashed out.", "2026-11-16", "en", [("last year", "DATE", "2025")]),
    ("L'usine comptait l'an dernier 400 salariés.", "2026-11-16", "fr", [("l'an dernier", "DATE", "2025")]),
]


@pytest.mark.parametrize(("text", "dct", "lang", "expected"), SAME_TIME_LAST_YEAR,
                         ids=[c[0][:40] for c in SAME_TIME_LAST_YEAR])
def test_same_time_last_year(text, dct, lang, expected):
    assert _read(text, dct, lang) == expected


# « « La semaine dernière, nous avons reçu les autorisations », a déclaré la directrice »: a date that opens a
# quotation dates what the quotation tells, not the verb that reports it (was the quotation's week)
_LEAD_FR = "Le groupe Valmont a annoncé lundi la réouverture de son usine de Brive.\n\n"
_LEAD_EN = "Valmont said on Monday it would reopen its plant in Brive.\n\n"
QUOTED_DATE = [
    (_LEAD_FR + "« La semaine dernière, nous avons reçu les autorisations », a déclaré sa directrice.", "fr",
     "déclaré", "2026-11-16"),
    (_LEAD_FR + "« Mardi, nous avons enfin signé l'accord avec la région », a indiqué le maire.", "fr",
     "indiqué", "2026-11-16"),
    # unchanged: a date at the quotation's end, the verb's own date after it, a date outside a quoted phrase
    (_LEAD_FR + "« Nous avons reçu les autorisations mardi dernier », a déclaré sa directrice.", "fr",
     "déclaré", "2026-11-16"),
    (_LEAD_FR + "« Nous avons reçu les autorisations », a déclaré mardi dernier sa directrice.", "fr",
     "déclaré", "2026-11-10"),
    (_LEAD_EN + "\"We received the permits on Tuesday,\" the director said.", "en", "said", "2026-11-16"),
    (_LEAD_EN + "\"We received the permits,\" the director said on Tuesday.", "en", "said", "2026-11-10"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lang", "trigger", "day"), QUOTED_DATE, ids=[c[0][-60:-20] for c in QUOTED_DATE])
def test_quoted_date(text, lang, trigger, day):
    result = analyse_text(text, lang, published=PartialDate(2026, 11, 16))
    events = [e for e in result.events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    times = [e.time.value.split("T", 1)[0] if e.time is not None else None for e in events]
    assert times[-1] == day
