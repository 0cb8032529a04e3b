"""Wire-news temporal classes of issue 19 (round t34a): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2013-03-20 is a Wednesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# "a three-day-long summit": "-long" after a counted unit is in the extent, as in "month-long" and
# "decades-long" (one adjective, TimeML's whole modifier)
LONG_LENGTHS = [
    ("The three-day-long summit ended without a deal.", "2013-03-20", [("three-day-long", "DURATION", "P3D")]),
    ("The 16-day-long shutdown of the port cost $2 billion.", "2013-03-20", [("16-day-long", "DURATION", "P16D")]),
    ("Talks ended after a two-week-long strike.", "2013-03-20", [("two-week-long", "DURATION", "P2W")]),
    # unchanged: a plural unit, one unit, a count without "-long", an age
    ("They settled a decades-long dispute over water.", "2013-03-20", [("decades-long", "DURATION", "PXY")]),
    ("The month-long strike cost $2 billion.", "2013-03-20", [("month-long", "DURATION", "P1M")]),
    ("Workers staged a 24-hour strike.", "2013-03-20", [("24-hour", "DURATION", "PT24H")]),
    ("A 45-year-old man was arrested.", "2013-03-20", []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), LONG_LENGTHS, ids=[c[0][:40] for c in LONG_LENGTHS])
def test_long_lengths(text, dct, expected):
    assert _read(text, dct) == expected


# "the following two weeks", "the preceding two decades", "the remaining three years", "the final two
# days": the whole noun phrase, as "the past two years" and "the first nine months"
LENGTH_PHRASES = [
    ("In the following three months, prices rose 8 percent.", "2013-03-20",
     [("the following three months", "DURATION", "P3M")]),
    ("The city grew fast over the preceding two decades.", "2013-03-20",
     [("the preceding two decades", "DURATION", "P20Y")]),
    ("The remaining two years of his term will be hard.", "2013-03-20",
     [("The remaining two years", "DURATION", "P2Y")]),
    ("Turnout rose in the final two days of the campaign.", "2013-03-20",
     [("the final two days", "DURATION", "P2D")]),
    # unchanged: "following" as a preposition, and the modifiers already read
    ("Following two weeks of talks, the strike ended.", "2013-03-20", [("two weeks", "DURATION", "P2W")]),
    ("Prices have doubled over the past five years.", "2013-03-20", [("the past five years", "DURATION", "P5Y")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), LENGTH_PHRASES, ids=[c[0][:40] for c in LENGTH_PHRASES])
def test_length_phrases(text, dct, expected):
    assert _read(text, dct) == expected


# "the week ahead", "the quarter ahead": the next one, as "the coming week"
UNIT_AHEAD = [
    ("Stocks could be volatile in the week ahead.", "2013-03-20", [("the week ahead", "DATE", "2013-W13")]),
    ("The month ahead will be busy for investors.", "2013-03-20", [("The month ahead", "DATE", "2013-04")]),
    ("The chipmaker sees sales rising in the quarter ahead.", "2013-03-20", [("the quarter ahead", "DATE", "2013-Q2")]),
    # unchanged: "ahead of" the event, an indefinite year, plural units (a vague length)
    ("Troops massed on the border in the week ahead of the vote.", "2013-03-20", []),
    ("The bank faces a tough year ahead.", "2013-03-20", []),
    ("The weeks ahead are crucial for the talks.", "2013-03-20", [("The weeks ahead", "DURATION", "PXW")]),
    ("Investors will watch the data in the coming week.", "2013-03-20", [("the coming week", "DATE", "2013-W13")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), UNIT_AHEAD, ids=[c[0][:40] for c in UNIT_AHEAD])
def test_unit_ahead(text, dct, expected):
    assert _read(text, dct) == expected


# "from the same period last year", "the same month a year earlier": one phrase, the period the text last
# gave a year before, as "the year-earlier period"; the reference's year when none was given
SAME_PERIOD = [
    ("Profit in the first quarter rose 8 percent from the same period last year.", "2013-04-25",
     [("the first quarter", "DATE", "2013-Q1"), ("the same period last year", "DATE", "2012-Q1")]),
    ("Sales in March rose 4 percent from the same month a year earlier.", "2013-04-25",
     [("March", "DATE", "2013-03"), ("the same month a year earlier", "DATE", "2012-03")]),
    ("Net income in the fourth quarter of 2012 fell from the same quarter of the previous year.", "2013-04-25",
     [("the fourth quarter of 2012", "DATE", "2012-Q4"), ("the same quarter of the previous year", "DATE", "2011-Q4")]),
    ("Sales fell 3 percent from the same period last year.", "2013-04-25",
     [("the same period last year", "DATE", "2012")]),
    # unchanged: no year after it, a year named
    ("Losses widened in the same quarter.", "2013-04-25", []),
    ("Sales fell compared with the same period of 2012.", "2013-04-25", [("2012", "DATE", "2012")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SAME_PERIOD, ids=[c[0][:40] for c in SAME_PERIOD])
def test_same_period_last_year(text, dct, expected):
    assert _read(text, dct) == expected


# A planned event in the simple present with its date ("the election is Nov. 5", "the vote is in
# November"), told in March: the date ahead, within a future's reach, not last year's nearer one
SCHEDULED_COPULA = [
    ("The election is Nov. 5.", "2013-03-20", [("Nov. 5", "DATE", "2013-11-05")]),
    ("The next election is in November, and the party is ready.", "2013-03-20", [("November", "DATE", "2013-11")]),
    ("The vote is on Nov. 5.", "2013-03-20", [("Nov. 5", "DATE", "2013-11-05")]),
    ("The hearing is in October.", "2013-03-20", [("October", "DATE", "2013-10")]),
    # unchanged: a past event, a date a few weeks gone, figures in the present, a verb of schedule
    ("The election was on Nov. 6.", "2013-03-20", [("Nov. 6", "DATE", "2012-11-06")]),
    ("The deadline is March 1.", "2013-03-20", [("March 1", "DATE", "2013-03-01")]),
    ("The unemployment rate is 7.6 percent in May.", "2013-06-10", [("May", "DATE", "2013-05")]),
    ("The trial is set for Nov. 5.", "2013-03-20", [("Nov. 5", "DATE", "2013-11-05")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SCHEDULED_COPULA, ids=[c[0][:40] for c in SCHEDULED_COPULA])
def test_scheduled_copula(text, dct, expected):
    assert _read(text, dct) == expected
