"""Wire-news temporal classes of issue 19 (round t36a): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2012-11-26 is a Monday, Thanksgiving 2012 the 22nd and 2013 the 28th; 2012-12-04 a Tuesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# "Today's smartphones", "today's consumers": "today" before a noun of an era's things or people is the
# present (TimeML's generic "today", PRESENT_REF), as "today's youth"; the day's events stay the day
GENERIC_TODAY = [
    ("Today's smartphones are faster than laptops were a decade ago.", "2012-11-26",
     [("Today", "DATE", "PRESENT_REF"), ("a decade ago", "DATE", "200")]),
    ("Today's consumers want cheaper phones, analysts say.", "2012-11-26", [("Today", "DATE", "PRESENT_REF")]),
    ("In today's workplace, few employees stay with one firm for life.", "2012-11-26",
     [("today", "DATE", "PRESENT_REF")]),
    ("Today's shoppers compare prices on their phones.", "2012-11-26", [("Today", "DATE", "PRESENT_REF")]),
    # unchanged: the day's events and figures
    ("Today's vote was delayed.", "2012-11-26", [("Today", "DATE", "2012-11-26")]),
    ("Today's meeting will be held in Paris.", "2012-11-26", [("Today", "DATE", "2012-11-26")]),
    ("Today's consumer confidence report showed a drop.", "2012-11-26", [("Today", "DATE", "2012-11-26")]),
    ("Today, the Senate passed the bill.", "2012-11-26", [("Today", "DATE", "2012-11-26")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), GENERIC_TODAY, ids=[c[0][:40] for c in GENERIC_TODAY])
def test_generic_today(text, dct, expected):
    assert _read(text, dct) == expected


# "Bryant scored 30 points. The Lakers pulled away in the fourth quarter": a quarter right after a sentence
# of the same paragraph that tells a game is the game's, no calendar quarter, unless its own sentence
# names a business's figures
GAME_QUARTER_BEFORE = [
    ("Kobe Bryant scored 30 points. The Lakers pulled away in the fourth quarter.", "2012-11-26", []),
    ("The Jets led 20-10 at halftime. Brady found Welker early in the fourth quarter, and the Patriots won.",
     "2012-11-26", []),
    ("The Heat led 54-50 at the half. Miami pulled ahead in the third quarter.", "2013-03-18", []),
    # unchanged: a business's figures in the quarter's sentence, no game before, a new paragraph
    ("The team won 110-98. Revenue rose 5 percent in the third quarter.", "2012-11-26",
     [("the third quarter", "DATE", "2012-Q3")]),
    ("The economy grew 2 percent. Growth slowed in the fourth quarter.", "2012-11-26",
     [("the fourth quarter", "DATE", "2012-Q4")]),
    ("Kobe Bryant scored 30 points.\nThe company expects to hire 200 people in the fourth quarter.", "2012-11-26",
     [("the fourth quarter", "DATE", "2012-Q4")]),
    ("The Lakers pulled away in the fourth quarter.", "2012-11-26", [("the fourth quarter", "DATE", "2012-Q4")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), GAME_QUARTER_BEFORE,
                         ids=[c[0][:40] for c in GAME_QUARTER_BEFORE])
def test_game_quarter_before(text, dct, expected):
    assert _read(text, dct) == expected


# "The stores will close on Thanksgiving", told four days after it: a holiday's own verb in the future
# reaches next year's, a year and the days a holiday set by a weekday drifts away (371 days)
HOLIDAY_AHEAD = [
    ("The stores will be closed on Thanksgiving.", "2012-11-26", [("Thanksgiving", "DATE", "2013-11-28")]),
    ("The team will play the Cowboys on Thanksgiving.", "2012-11-26", [("Thanksgiving", "DATE", "2013-11-28")]),
    ("The stores closed early on Thanksgiving.", "2013-11-27", [("Thanksgiving", "DATE", "2012-11-22")]),
    # unchanged: a past, a holiday ahead, Easter's weeks of drift
    ("The stores closed on Thanksgiving.", "2012-11-26", [("Thanksgiving", "DATE", "2012-11-22")]),
    ("The stores will close on Christmas Day.", "2012-11-26", [("Christmas Day", "DATE", "2012-12-25")]),
    ("Parliament will return after Easter.", "2013-04-03", [("Easter", "DATE", "2013-03-31")]),
    ("The stores will close on Labor Day.", "2012-11-26", [("Labor Day", "DATE", "2013-09-02")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HOLIDAY_AHEAD, ids=[c[0][:40] for c in HOLIDAY_AHEAD])
def test_holiday_ahead(text, dct, expected):
    assert _read(text, dct) == expected


# "on Monday night, Dec. 10": a weekday with its part of the day and the date set after it is that
# date's part, and the date the year its weekday falls on (not a past a reporting verb gives)
WEEKDAY_PART_DATE = [
    ("They play the Houston Texans on Monday night, Dec. 10.", "2012-11-26",
     [("Monday night", "TIME", "2012-12-10TNI"), ("Dec. 10", "DATE", "2012-12-10")]),
    ("The vote is set for Tuesday morning, Dec. 4, aides said.", "2012-11-26",
     [("Tuesday morning", "TIME", "2012-12-04TMO"), ("Dec. 4", "DATE", "2012-12-04")]),
    ("The game kicks off Sunday night, Feb. 3, in New Orleans.", "2012-11-26",
     [("Sunday night", "TIME", "2013-02-03TNI"), ("Feb. 3", "DATE", "2013-02-03")]),
    # unchanged: a date on another weekday, one date with its weekday, no date after
    ("The vote was held on Tuesday morning, Nov. 20, aides said.", "2012-11-26",
     [("Tuesday morning", "TIME", "2012-11-20TMO"), ("Nov. 20", "DATE", "2012-11-20")]),
    ("The vote is set for Tuesday, Dec. 4, aides said.", "2012-11-26", [("Tuesday, Dec. 4", "DATE", "2012-12-04")]),
    ("The vote is set for Tuesday morning, and Dec. 5 is the deadline.", "2012-11-26",
     [("Tuesday morning", "TIME", "2012-11-27TMO"), ("Dec. 5", "DATE", "2012-12-05")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKDAY_PART_DATE, ids=[c[0][:40] for c in WEEKDAY_PART_DATE])
def test_weekday_part_date(text, dct, expected):
    assert _read(text, dct) == expected


# holidays and named days of North American, British and Commonwealth wire copy (lexicons/en/holidays.tsv)
NAMED_DAYS = [
    ("Congress will debate new funding after the Presidents Day recess.", "2013-01-09",
     [("Presidents Day", "DATE", "2013-02-18")]),
    ("Markets will be closed on Martin Luther King Jr. Day.", "2013-01-09",
     [("Martin Luther King Jr. Day", "DATE", "2013-01-21")]),
    ("Runners lined the streets of Boston on Patriots' Day.", "2012-05-02", [("Patriots' Day", "DATE", "2012-04-16")]),
    ("New Orleans will celebrate Mardi Gras next month.", "2013-01-09",
     [("Mardi Gras", "DATE", "2013-02-12"), ("next month", "DATE", "2013-02")]),
    ("Canadians will mark Victoria Day with fireworks.", "2013-01-09", [("Victoria Day", "DATE", "2013-05-20")]),
    ("Veterans' Day parades were held across the country.", "2012-11-12", [("Veterans' Day", "DATE", "2012-11-11")]),
    # unchanged: a team's name
    ("The New England Patriots beat the Jets.", "2012-11-26", []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NAMED_DAYS, ids=[c[0][:40] for c in NAMED_DAYS])
def test_named_days(text, dct, expected):
    assert _read(text, dct) == expected


# "Last year, the storm hit on Oct. 29", "Two years ago, the dam burst on May 3": a year told in words
# that opens its sentence gives its year to a day of that sentence, as "In 2011, …" does
OPENING_YEAR_WORDS = [
    ("Last year, the company cut 500 jobs on Aug. 5.", "2012-12-21",
     [("Last year", "DATE", "2011"), ("Aug. 5", "DATE", "2011-08-05")]),
    ("Last year, the storm hit on Oct. 29.", "2012-12-21", [("Last year", "DATE", "2011"), ("Oct. 29", "DATE", "2011-10-29")]),
    ("Two years ago, the dam burst on May 3.", "2012-12-21",
     [("Two years ago", "DATE", "2010"), ("May 3", "DATE", "2010-05-03")]),
    # unchanged: the day of a report, a year in another sentence or inside the sentence
    ("Last year, sales fell, the company said on Aug. 5.", "2012-12-21",
     [("Last year", "DATE", "2011"), ("Aug. 5", "DATE", "2012-08-05")]),
    ("Last year was tough. The storm hit on Oct. 29.", "2012-12-21",
     [("Last year", "DATE", "2011"), ("Oct. 29", "DATE", "2012-10-29")]),
    ("Sales fell last year, and the storm hit on Oct. 29.", "2012-12-21",
     [("last year", "DATE", "2011"), ("Oct. 29", "DATE", "2012-10-29")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), OPENING_YEAR_WORDS, ids=[c[0][:40] for c in OPENING_YEAR_WORDS])
def test_opening_year_words(text, dct, expected):
    assert _read(text, dct) == expected


# "after the March 11 disaster … 'We will never forget March 11'": a year-less day the text gave as an
# event's day keeps that year when named again alone; not as the time a new act is set for
EVENT_DAY_AGAIN = [
    ("The quake came a year after the March 11 disaster. \"We will never forget March 11,\" Noda said.", "2012-02-19",
     [("a year", "DURATION", "P1Y"), ("March 11", "DATE", "2011-03-11"), ("March 11", "DATE", "2011-03-11")]),
    ("Relatives marked the Sept. 11 attacks. \"We remember Sept. 11 every day,\" she said.", "2012-11-26",
     [("Sept. 11", "DATE", "2001-09-11"), ("Sept. 11", "DATE", "2001-09-11"), ("every day", "SET", "P1D")]),
    # unchanged: no event named before
    ("\"We will never forget March 11,\" Noda said.", "2012-02-19", [("March 11", "DATE", "2012-03-11")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), EVENT_DAY_AGAIN, ids=[c[0][:40] for c in EVENT_DAY_AGAIN])
def test_event_day_again(text, dct, expected):
    assert _read(text, dct) == expected


# "on the Saturday before Christmas", "the Monday after Thanksgiving": the weekday next before or after
# the day named, not the one nearest the reference
WEEKDAY_BEFORE_DAY = [
    ("Heavy rain kept shoppers at home on the Saturday before Christmas.", "2013-01-18",
     [("Saturday", "DATE", "2012-12-22"), ("Christmas", "DATE", "2012-12-25")]),
    ("Talks resumed on the Monday after Thanksgiving.", "2013-01-18",
     [("Monday", "DATE", "2012-11-26"), ("Thanksgiving", "DATE", "2012-11-22")]),
    ("The vote will be held on the Tuesday after Labor Day.", "2013-01-18",
     [("Tuesday", "DATE", "2013-09-03"), ("Labor Day", "DATE", "2013-09-02")]),
    ("The talks will resume on the Monday after Jan. 27.", "2013-01-18",
     [("Monday", "DATE", "2013-01-28"), ("Jan. 27", "DATE", "2013-01-27")]),
    # unchanged: no "the" before the weekday, a noun between
    ("He left on Saturday before Christmas.", "2013-01-18",
     [("Saturday", "DATE", "2013-01-12"), ("Christmas", "DATE", "2012-12-25")]),
    ("The market fell on the Monday after the Feb. 3 vote.", "2013-01-18",
     [("Monday", "DATE", "2013-01-14"), ("Feb. 3", "DATE", "2012-02-03")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKDAY_BEFORE_DAY, ids=[c[0][:40] for c in WEEKDAY_BEFORE_DAY])
def test_weekday_before_day(text, dct, expected):
    assert _read(text, dct) == expected
