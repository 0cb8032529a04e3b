"""Review of round t36a's wire-news dates (rvt36): invented sentences, read with the pipeline's clause
tenses as ``kg analyse`` reads them. (2012-11-26 is a Monday; 2012-12-10 a Monday, 2013-12-10 a Tuesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, lang)]


# "today's" before a noun of people that is itself the modifier of the day's event ("today's parents
# meeting") or that carries its own possessive ("today's workers' strike") is the day, not the present
GENERIC_TODAY_NEAR_MISSES = [
    ("Today's workers' strike shut the port.", [("Today", "2012-11-26")]),
    ("Today's women's final was postponed by rain.", [("Today", "2012-11-26")]),
    ("Today's parents meeting starts at 6 p.m.", [("Today", "2012-11-26"), ("6 p.m.", "2012-11-26T18:00")]),
    ("Today's media briefing was canceled.", [("Today", "2012-11-26")]),
    ("Today's farmers rally drew 3,000 people.", [("Today", "2012-11-26")]),
    # unchanged: the generic present
    ("Today's workers change jobs more often than their parents did.", [("Today", "PRESENT_REF")]),
    ("In today's media, rumors travel fast.", [("today", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_TODAY_NEAR_MISSES,
                         ids=[c[0][:40] for c in GENERIC_TODAY_NEAR_MISSES])
def test_generic_today_near_misses(text, expected):
    assert _read(text, "2012-11-26") == expected


# a quarter after a game's sentence whose own sentence names a company's shares, stock, attendance or
# orders is the calendar's quarter
GAME_BEFORE_BUSINESS = [
    ("The Lakers beat the Celtics 101-95. Separately, Nike said shares jumped in the third quarter.",
     [("the third quarter", "2012-Q3")]),
    ("The Giants won 24-20. The league said attendance fell in the third quarter.",
     [("the third quarter", "2012-Q3")]),
    ("The Bulls won 98-90. The team's stock slid in the second quarter.", [("the second quarter", "2012-Q2")]),
    ("The Jets won 17-14. Boeing said orders rose in the third quarter.", [("the third quarter", "2012-Q3")]),
    # unchanged: the game's quarter
    ("Kobe Bryant scored 30 points. The Lakers pulled away in the fourth quarter.", []),
]


@pytest.mark.parametrize(("text", "expected"), GAME_BEFORE_BUSINESS, ids=[c[0][:40] for c in GAME_BEFORE_BUSINESS])
def test_game_before_business_quarter(text, expected):
    assert _read(text, "2012-11-26") == expected


# a weekday with its part before a year-less date: only a year within half a year of the reference; a
# weekday that fits none (a slip) does not move the date a year away
WEEKDAY_DATE = [
    ("The vote is set for Tuesday night, Dec. 10.", [("Tuesday night", "2012-11-27TNI"), ("Dec. 10", "2012-12-10")]),
    # unchanged: a weekday that fits no year of the three, one that fits a near year
    ("The report is due Wednesday evening, Jan. 6.", [("Wednesday evening", "2012-11-28TEV"), ("Jan. 6", "2013-01-06")]),
    ("Talks resume Thursday morning, March 14.", [("Thursday morning", "2013-03-14TMO"), ("March 14", "2013-03-14")]),
    ("Police said the suspect fled on Monday night, Dec. 10.",
     [("Monday night", "2012-12-10TNI"), ("Dec. 10", "2012-12-10")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_DATE, ids=[c[0][:40] for c in WEEKDAY_DATE])
def test_weekday_part_date(text, expected):
    assert _read(text, "2012-11-26") == expected


# a relative year in words opening a quotation sets the year of a later month-day in it, as it does at a
# sentence's opening
QUOTED_OPENING_YEAR = [
    ("\"Last year, we lost everything on Oct. 29,\" she said.", [("Last year", "2011"), ("Oct. 29", "2011-10-29")]),
    ("'Two years ago, the river rose on Aug. 3,' the mayor said.",
     [("Two years ago", "2010"), ("Aug. 3", "2010-08-03")]),
    ("“Last year, the harvest ended on Sept. 30,” he said.", [("Last year", "2011"), ("Sept. 30", "2011-09-30")]),
    # unchanged: not at the quotation's opening
    ("\"We lost everything on Oct. 29,\" she said last year.", [("Oct. 29", "2012-10-29"), ("last year", "2011")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_OPENING_YEAR, ids=[c[0][:40] for c in QUOTED_OPENING_YEAR])
def test_quoted_opening_year(text, expected):
    assert _read(text, "2012-11-26") == expected
