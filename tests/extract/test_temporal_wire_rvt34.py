"""Review of issue 19's wire-news dates (round rvt34): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2013-03-20 is a Wednesday, 2013-04-25 a Thursday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# A planned event's "is" tells its schedule only when the date is what "is" says of it: not a state at
# that date (a noun, an adjective, a phrase of "of", the event's own stage), read as any present
COPULA_STATES = [
    ("The latest poll is of 1,200 adults in October.", "2013-03-20", [("October", "DATE", "2012-10")]),
    ("The hearing is open to the public in November.", "2013-03-20", [("November", "DATE", "2012-11")]),
    ("The trial is in its third week in October.", "2013-03-20", [("October", "DATE", "2012-10")]),
    # still a schedule: a place beside the date, a second date after it
    ("The summit is in Brussels in November.", "2013-03-20", [("November", "DATE", "2013-11")]),
    ("The funeral is at St. Mary's church in December.", "2013-03-20", [("December", "DATE", "2013-12")]),
    ("The election is in November, two weeks after the budget.", "2013-03-20",
     [("November", "DATE", "2013-11"), ("two weeks", "DURATION", "P2W")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), COPULA_STATES, ids=[c[0][:40] for c in COPULA_STATES])
def test_copula_states(text, dct, expected):
    assert _read(text, dct) == expected


# A clock time written right after its day is of that day, even in a clause that looks ahead whose
# day is a few days gone; a clock time of another clause still looks ahead from the reference
TIME_AFTER_DAY = [
    ("The hearing is on March 12 at 10 a.m.", "2013-03-20",
     [("March 12", "DATE", "2013-03-12"), ("10 a.m.", "TIME", "2013-03-12T10:00")]),
    ("The ceremony will be on March 12 at noon.", "2013-03-20",
     [("March 12", "DATE", "2013-03-12"), ("noon", "TIME", "2013-03-12T12:00")]),
    ("The vote is set for March 12, 10 a.m.", "2013-03-20",
     [("March 12", "DATE", "2013-03-12"), ("10 a.m.", "TIME", "2013-03-12T10:00")]),
    # unchanged
    ("The storm hit on Monday and will move out at 4 p.m.", "2013-03-20",
     [("Monday", "DATE", "2013-03-18"), ("4 p.m.", "TIME", "2013-03-20T16:00")]),
    ("The hearing was at 10 a.m. on March 12.", "2013-03-20",
     [("10 a.m.", "TIME", "2013-03-12T10:00"), ("March 12", "DATE", "2013-03-12")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TIME_AFTER_DAY, ids=[c[0][:40] for c in TIME_AFTER_DAY])
def test_time_after_day(text, dct, expected):
    assert _read(text, dct) == expected


# "the same period last year", "a year ago": the year is the reference's; a period the text gave years
# before is no anchor ("a year earlier", "the previous year" still count from it)
SAME_PERIOD_DEICTIC = [
    ("The company was founded in March 1998. Sales rose 5 percent from the same period last year.", "2013-04-25",
     [("March 1998", "DATE", "1998-03"), ("the same period last year", "DATE", "2012")]),
    ("The strike began in 2011. Output fell 4 percent from the same period a year ago.", "2013-04-25",
     [("2011", "DATE", "2011"), ("the same period a year ago", "DATE", "2012")]),
    # unchanged: a period of this year or the last, an anaphoric year
    ("Fourth-quarter profit rose 5 percent from the same period last year.", "2013-02-05",
     [("Fourth-quarter", "DATE", "2012-Q4"), ("the same period last year", "DATE", "2011-Q4")]),
    ("In March 1998, sales rose 5 percent from the same month a year earlier.", "2013-04-25",
     [("March 1998", "DATE", "1998-03"), ("the same month a year earlier", "DATE", "1997-03")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SAME_PERIOD_DEICTIC,
                         ids=[c[0][:40] for c in SAME_PERIOD_DEICTIC])
def test_same_period_deictic(text, dct, expected):
    assert _read(text, dct) == expected


# "the same day / week / month / quarter" after a day or a week: that unit of it a year before
SAME_UNIT = [
    ("Sales on March 3 rose 5 percent from the same day last year.", "2013-04-25",
     [("March 3", "DATE", "2013-03-03"), ("the same day last year", "DATE", "2012-03-03")]),
    ("Retail sales in the week ended Saturday were flat from the same week a year earlier.", "2013-04-25",
     [("the week", "DATE", "2013-W16"), ("Saturday", "DATE", "2013-04-20"),
      ("the same week a year earlier", "DATE", "2012-W16")]),
    ("Net income in the quarter ended March 31 rose from the same quarter a year earlier.", "2013-04-25",
     [("the quarter", "DATE", "2013-Q1"), ("March 31", "DATE", "2013-03-31"),
      ("the same quarter a year earlier", "DATE", "2012-Q1")]),
    # unchanged: "period" after a day (which period is unknown), a 29 February
    ("On Tuesday, the company said sales in the same period last year had fallen.", "2013-04-25",
     [("Tuesday", "DATE", "2013-04-23"), ("the same period last year", "DATE", "2012")]),
    ("Sales on Feb. 29, 2012 were strong, but the same day a year earlier was weak.", "2013-04-25",
     [("Feb. 29, 2012", "DATE", "2012-02-29"), ("the same day a year earlier", "DATE", "2011")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SAME_UNIT, ids=[c[0][:40] for c in SAME_UNIT])
def test_same_unit(text, dct, expected):
    assert _read(text, dct) == expected


# "the same time last year's champion": the year is of the noun after it, not one phrase with "the
# same time" ("at the same time" an adverb of its own); "the same time last year" alone still is
SAME_PERIOD_POSSESSIVE = [
    ("At the same time last year's champion crashed out.", "2013-04-25", [("last year", "DATE", "2012")]),
    ("The same period last year-end saw losses.", "2013-04-25", [("last year", "DATE", "2012")]),
    # unchanged
    ("Sales in the first quarter fell, and at the same time last year they also fell.", "2013-04-25",
     [("the first quarter", "DATE", "2013-Q1"), ("the same time last year", "DATE", "2012-Q1")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SAME_PERIOD_POSSESSIVE,
                         ids=[c[0][:40] for c in SAME_PERIOD_POSSESSIVE])
def test_same_period_possessive(text, dct, expected):
    assert _read(text, dct) == expected
