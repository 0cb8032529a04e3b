"""Wire-news dates and event dates of issues 19 and 17 (round t39a): invented sentences, each read with
the pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2026-10-12 is a Monday, 2026-11-12 a Thursday, 2026-02-05 a Thursday.)"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text
from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# « renvoyé à jeudi », « fixé à vendredi », "adjourned until Monday": a day something is put off to lies
# ahead, and is never the day of the telling (told on a Monday, « renvoyé à lundi » is the next Monday; was
# the past Thursday for « renvoyer », today for the same weekday)
POSTPONED_TO_WEEKDAY = [
    ("Le procès de l'ancien maire a été renvoyé à jeudi.", "2026-10-12", "fr", [("jeudi", "DATE", "2026-10-15")]),
    ("Le procès de l'ancien maire a été renvoyé à lundi.", "2026-10-12", "fr", [("lundi", "DATE", "2026-10-19")]),
    ("L'audience est reportée à lundi.", "2026-10-12", "fr", [("lundi", "DATE", "2026-10-19")]),
    ("La réunion a été décalée à jeudi.", "2026-10-12", "fr", [("jeudi", "DATE", "2026-10-15")]),
    ("La séance s'est ouverte lundi 12 octobre. Elle a été renvoyée à lundi.", "2026-10-12", "fr",
     [("lundi 12 octobre", "DATE", "2026-10-12"), ("lundi", "DATE", "2026-10-19")]),
    ("The hearing was adjourned until Monday.", "2026-10-12", "en", [("Monday", "DATE", "2026-10-19")]),
    # unchanged: a day of the act of putting off, a weekday of a past, a weekday ahead
    ("Le procès a été renvoyé lundi.", "2026-10-12", "fr", [("lundi", "DATE", "2026-10-12")]),
    ("Le dossier a été remis lundi au juge.", "2026-10-12", "fr", [("lundi", "DATE", "2026-10-12")]),
    ("Le procès s'est ouvert jeudi.", "2026-10-12", "fr", [("jeudi", "DATE", "2026-10-08")]),
    ("L'audience est reportée à vendredi.", "2026-10-12", "fr", [("vendredi", "DATE", "2026-10-16")]),
    ("The hearing was adjourned on Monday.", "2026-10-12", "en", [("Monday", "DATE", "2026-10-12")]),
]


@pytest.mark.parametrize(("text", "dct", "lang", "expected"), POSTPONED_TO_WEEKDAY,
                         ids=[c[0][:40] for c in POSTPONED_TO_WEEKDAY])
def test_postponed_to_weekday(text, dct, lang, expected):
    assert _read(text, dct, lang) == expected


# "this time next year", "the same period next year": one phrase, a year ahead (was "next year" alone, or
# nothing of "the same period")
THIS_TIME_NEXT_YEAR = [
    ("By this time next year, the company expects to have doubled its output.", "2026-11-12",
     [("this time next year", "DATE", "2027")]),
    ("This time next year, the plant will be closed.", "2026-11-12", [("This time next year", "DATE", "2027")]),
    ("Third-quarter sales are expected to double by the same period next year.", "2026-11-12",
     [("Third-quarter", "DATE", "2026-Q3"), ("the same period next year", "DATE", "2027-Q3")]),
    # unchanged: a year back, "next year" alone, a possessive year
    ("At this time last year, the plant employed 400 people.", "2026-11-12", [("this time last year", "DATE", "2025")]),
    ("Next year, the plant will close.", "2026-11-12", [("Next year", "DATE", "2027")]),
    ("This time, next year's budget will pass.", "2026-11-12", [("next year", "DATE", "2027")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), THIS_TIME_NEXT_YEAR, ids=[c[0][:40] for c in THIS_TIME_NEXT_YEAR])
def test_this_time_next_year(text, dct, expected):
    assert _read(text, dct) == expected


# A fiscal quarter compared with the year before: the same fiscal quarter a year back (FY2025-Q3, was the
# calendar year 2025), also when a day closes the quarter ("its fiscal first quarter, ended Dec. 31":
# FY2025-Q1, was 2024, the closing day a year back); a second comparison is with the same period again
# (was counted from the first, two years back)
FISCAL_COMPARISONS = [
    ("Fiscal third-quarter net income rose 18% from the year-earlier period.", "2026-11-12",
     [("Fiscal third-quarter", "DATE", "FY2026-Q3"), ("year-earlier", "DATE", "FY2025-Q3")]),
    ("Profit in the fiscal second quarter fell 5% from the same quarter a year earlier.", "2026-11-12",
     [("the fiscal second quarter", "DATE", "FY2026-Q2"), ("the same quarter a year earlier", "DATE", "FY2025-Q2")]),
    ("Revenue in fiscal 2026 rose 4% from a year earlier.", "2026-11-12",
     [("fiscal 2026", "DATE", "FY2026"), ("a year earlier", "DATE", "FY2025")]),
    ("Profit in its fiscal first quarter, ended Dec. 31, fell 12% from the year-earlier quarter. It earned $61 "
     "million, compared with $69 million in the same period a year earlier.", "2026-02-05",
     [("fiscal first quarter", "DATE", "FY2026-Q1"), ("Dec. 31", "DATE", "2025-12-31"),
      ("year-earlier", "DATE", "FY2025-Q1"), ("the same period a year earlier", "DATE", "FY2025-Q1")]),
    ("Third-quarter profit rose 5% from the year-earlier period. Sales were flat from the same period a year "
     "earlier.", "2026-11-12",
     [("Third-quarter", "DATE", "2026-Q3"), ("year-earlier", "DATE", "2025-Q3"),
      ("the same period a year earlier", "DATE", "2025-Q3")]),
    ("Profit rose 5% from the year-earlier period. Sales were flat from a year earlier.", "2026-11-12",
     [("year-earlier", "DATE", "2025"), ("a year earlier", "DATE", "2025")]),
    # unchanged: a calendar quarter, a story told back year by year
    ("Third-quarter net income rose 18% from the year-earlier period.", "2026-11-12",
     [("Third-quarter", "DATE", "2026-Q3"), ("year-earlier", "DATE", "2025-Q3")]),
    ("The plant opened in 2010. A year earlier, the firm had moved. A year earlier, it was founded.", "2026-11-12",
     [("2010", "DATE", "2010"), ("A year earlier", "DATE", "2009"), ("A year earlier", "DATE", "2008")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FISCAL_COMPARISONS, ids=[c[0][:40] for c in FISCAL_COMPARISONS])
def test_fiscal_comparisons(text, dct, expected):
    assert _read(text, dct) == expected


# The period a figure is compared with dates the old figure, not the change: "climbed to $611 million from
# $548 million in the same period a year earlier" is no rise of a year before (was dated 2025)
COMPARED_PERIOD_EVENT = [
    ("Norvale Industries said Thursday its fiscal third-quarter revenue climbed to $611 million from $548 "
     "million in the same period a year earlier.", "climbed", "!2025"),
    ("Norvale Industries said Thursday its third-quarter net income rose 18% from the year-earlier period.",
     "rose", "!2025"),
    # unchanged: a year back told of its own
    ("Norvale Industries said Thursday that a year earlier, its profit fell 18%.", "fell", "2025"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), COMPARED_PERIOD_EVENT, ids=[c[0][:40] for c in COMPARED_PERIOD_EVENT])
def test_compared_period_event(text, trigger, day):
    events = [e for e in analyse_text(text, "en", published=PartialDate(2026, 11, 12)).events if e.trigger.text == trigger]
    assert events, trigger
    value = events[0].time.value if events[0].time is not None else None
    if day.startswith("!"):
        assert value is None or not value.startswith(day[1:])
    else:
        assert value is not None and value.startswith(day)
