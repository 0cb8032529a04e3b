"""Wire-news temporal classes of issue 19 (round t32a): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2013-03-20 is a Wednesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# A four-digit wire clock time is a TIME with any zone after it: GMT or UTC in lower case too ("1100
# gmt"), another abbreviation as written ("0900 CET", with its weekday one TIME), or "local time"
# (left out of the extent, as after "7:30 a.m."); the figure is no year ("1100").
ZONED_CLOCKS = [
    ("The dollar was at 94.50 yen at 1100 gmt.", "2013-03-20", [("1100 gmt", "TIME", "2013-03-20T11:00Z")]),
    ("Gold traded at $1,600 an ounce at 1430 utc on Tuesday.", "2013-03-20",
     [("1430 utc", "TIME", "2013-03-19T14:30Z"), ("Tuesday", "DATE", "2013-03-19")]),
    ("Markets in Frankfurt opened at 0900 CET Friday.", "2013-03-20", [("0900 CET Friday", "TIME", "2013-03-15T09:00")]),
    ("The index was down 1.2 percent at 1045 CET.", "2013-03-20", [("1045 CET", "TIME", "2013-03-20T10:45")]),
    ("The euro slipped to $1.28 by 1600 EDT on Monday.", "2013-03-20",
     [("1600 EDT", "TIME", "2013-03-18T16:00"), ("Monday", "DATE", "2013-03-18")]),
    ("The quake struck at 0614 local time, the agency said.", "2013-03-20", [("0614", "TIME", "2013-03-20T06:14")]),
    # unchanged: GMT in capitals, a four-digit figure before no zone, a count before a name
    ("The dollar was at 94.50 yen at 1100 GMT.", "2013-03-20", [("1100 GMT", "TIME", "2013-03-20T11:00Z")]),
    ("Some 1500 ET employees lost their jobs.", "2013-03-20", []),
    ("Police arrested 1200 protesters.", "2013-03-20", []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ZONED_CLOCKS, ids=[c[0][:40] for c in ZONED_CLOCKS])
def test_zoned_four_digit_clock(text, dct, expected):
    assert _read(text, dct) == expected


# A conversion in square brackets is read as one in round ones: the clock times are of the day after
# it, and the day keeps the tense of the clause the bracket interrupts.
SQUARE_CONVERSIONS = [
    ("The talks will open at 10 a.m. EST [1500 GMT] on Thursday.", "2013-03-20",
     [("10 a.m. EST", "TIME", "2013-03-21T10:00"), ("1500 GMT", "TIME", "2013-03-21T15:00Z"),
      ("Thursday", "DATE", "2013-03-21")]),
    ("Polls will close at 8 p.m. [1900 GMT] on Sunday.", "2013-03-20",
     [("8 p.m.", "TIME", "2013-03-24T20:00"), ("1900 GMT", "TIME", "2013-03-24T19:00Z"), ("Sunday", "DATE", "2013-03-24")]),
    ("The rocket lifted off at 0730 local time [0430 GMT] on Monday.", "2013-03-20",
     [("0730", "TIME", "2013-03-18T07:30"), ("0430 GMT", "TIME", "2013-03-18T04:30Z"), ("Monday", "DATE", "2013-03-18")]),
    # unchanged: the same in round brackets
    ("The talks will open at 10 a.m. EST (1500 GMT) on Thursday.", "2013-03-20",
     [("10 a.m. EST", "TIME", "2013-03-21T10:00"), ("1500 GMT", "TIME", "2013-03-21T15:00Z"),
      ("Thursday", "DATE", "2013-03-21")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SQUARE_CONVERSIONS, ids=[c[0][:40] for c in SQUARE_CONVERSIONS])
def test_square_bracket_conversion(text, dct, expected):
    assert _read(text, dct) == expected


# "the fiscal year that begins Oct. 1": the fiscal year that date opens, named by the calendar year
# most of it lies in (as "the fiscal year ended Sept. 30" is named by the year it ends in).
FISCAL_BEGUN = [
    ("Congress must pass a budget for the fiscal year that begins Oct. 1.", "2013-03-20",
     [("the fiscal year", "DATE", "FY2014"), ("Oct. 1", "DATE", "2013-10-01")]),
    ("The cuts will hit the fiscal year beginning Oct. 1.", "2013-03-20",
     [("the fiscal year", "DATE", "FY2014"), ("Oct. 1", "DATE", "2013-10-01")]),
    ("Agencies have run short of cash in the fiscal year that began Oct. 1.", "2013-11-20",
     [("the fiscal year", "DATE", "FY2014"), ("Oct. 1", "DATE", "2013-10-01")]),
    ("Tokyo expects growth of 1.5 percent in the fiscal year starting April 1.", "2013-03-20",
     [("the fiscal year", "DATE", "FY2013"), ("April 1", "DATE", "2013-04-01")]),
    # unchanged: the fiscal year a date closes, and the current one
    ("The deficit narrowed in the fiscal year that ended Sept. 30.", "2013-11-20",
     [("the fiscal year", "DATE", "FY2013"), ("Sept. 30", "DATE", "2013-09-30")]),
    ("The agency expects a deficit in the current fiscal year.", "2013-03-20",
     [("the current fiscal year", "DATE", "FY2013")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FISCAL_BEGUN, ids=[c[0][:40] for c in FISCAL_BEGUN])
def test_fiscal_year_named_by_its_start(text, dct, expected):
    assert _read(text, dct) == expected


# "in recent years", "recent weeks": a vague length, DURATION PXY / PXW / PXM, as TimeML's corpora
# annotate them (FR-TimeBank « ces derniers jours » PXD, MEANTIME "over the years" PXY; rvt32 reverted
# t32a's DATE PAST_REF); "the past few years", "several months" are lengths too.
RECENT = [
    ("The region has grown fast in recent years.", "2013-03-20", [("recent years", "DURATION", "PXY")]),
    ("Fuel prices have climbed in recent weeks.", "2013-03-20", [("recent weeks", "DURATION", "PXW")]),
    ("Recent months have seen a rise in attacks.", "2013-03-20", [("Recent months", "DURATION", "PXM")]),
    ("Rebel raids have grown bolder in recent months.", "2013-03-20", [("recent months", "DURATION", "PXM")]),
    ("Shares in the carmaker have slid in recent days.", "2013-03-20", [("recent days", "DURATION", "PXD")]),
    # unchanged
    ("The region has grown fast over the past few years.", "2013-03-20", [("the past few years", "DURATION", "PXY")]),
    ("The talks could take several months.", "2013-03-20", [("several months", "DURATION", "PXM")]),
    ("Prices have risen 4 percent over the past 12 months.", "2013-03-20", [("the past 12 months", "DURATION", "P12M")]),
    ("Sales fell in the last three years.", "2013-03-20", [("the last three years", "DURATION", "P3Y")]),
    ("Les loyers ont flambé ces dernières années.", "2013-03-20", [("ces dernières années", "DURATION", "PXY")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), RECENT, ids=[c[0][:40] for c in RECENT])
def test_recent_units_are_a_vague_length(text, dct, expected):
    lang = "fr" if text.startswith("Les ") else "en"
    assert _read(text, dct, lang) == expected


# A year before a company name an abbreviation of xx/time_zones opens ("PT" of Indonesian firms, "BST",
# "ET") is no wire clock time: a zone other than GMT/UTC is read only before punctuation, a weekday or a
# word of en/bare_zone_followers, never before another capitalised word (rvt32).
YEAR_BEFORE_NAME = [
    ("In 2011 PT Freeport Indonesia halted output at its mine.", "2013-03-20", [("2011", "DATE", "2011")]),
    ("By 2015 PT Pertamina plans to double its refining capacity.", "2013-03-20", [("2015", "DATE", "2015")]),
    ("In 2010 BST Holdings bought the plant.", "2013-03-20", [("2010", "DATE", "2010")]),
    ("Since 2008 ET Water Systems has sold 500 units.", "2013-03-20", [("2008", "DATE", "2008")]),
    # unchanged: the zone before a weekday, punctuation or a follower word
    ("The firm will open its books at 0800 HKT Tuesday.", "2013-03-20", [("0800 HKT Tuesday", "TIME", "2013-03-26T08:00")]),
    ("Results are due at 1630 BST, the company said.", "2013-03-20", [("1630 BST", "TIME", "2013-03-20T16:30")]),
    ("Trading resumed at 1300 JST on the Tokyo exchange.", "2013-03-20", [("1300 JST", "TIME", "2013-03-20T13:00")]),
    ("Founded in 1920, GMT Holdings is based in London.", "2013-03-20", [("1920", "DATE", "1920")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_BEFORE_NAME, ids=[c[0][:40] for c in YEAR_BEFORE_NAME])
def test_year_before_a_zone_named_company(text, dct, expected):
    assert _read(text, dct) == expected


# Classes checked against the TimeML value conventions and found right: guards that must not change.
GUARDS = [
    ("Profit rose 5 percent in the first quarter.", "2013-10-20", [("the first quarter", "DATE", "2013-Q1")]),
    ("The firm lost money in the fourth quarter.", "2013-01-10", [("the fourth quarter", "DATE", "2012-Q4")]),
    ("The economy will grow in the third quarter.", "2013-03-20", [("the third quarter", "DATE", "2013-Q3")]),
    ("The central bank cut rates earlier this month.", "2013-03-20", [("earlier this month", "DATE", "2013-03")]),
    ("The bank will decide later this year.", "2013-03-20", [("later this year", "DATE", "2013")]),
    ("The president will visit Paris this week.", "2013-03-20", [("this week", "DATE", "2013-W12")]),
    ("Crime fell sharply in the 1990s.", "2013-03-20", [("the 1990s", "DATE", "199")]),
    ("The company now employs 500 people.", "2013-03-20", [("now", "DATE", "PRESENT_REF")]),
    ("He is currently in Paris.", "2013-03-20", [("currently", "DATE", "PRESENT_REF")]),
    ("The plant closed a year ago.", "2013-03-20", [("a year ago", "DATE", "2012")]),
    ("The decision came at Monday's meeting.", "2013-03-20", [("Monday", "DATE", "2013-03-18")]),
    ("He will attend Friday's summit.", "2013-03-20", [("Friday", "DATE", "2013-03-22")]),
    ("The vote is expected in mid-April.", "2013-03-20", [("mid-April", "DATE", "2013-04")]),
    ("The deal should close by the end of the year.", "2013-03-20", [("the end of the year", "DATE", "2013")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), GUARDS, ids=[c[0][:40] for c in GUARDS])
def test_wire_guards(text, dct, expected):
    assert _read(text, dct) == expected
