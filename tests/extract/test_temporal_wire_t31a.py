"""Wire-news temporal classes of issue 19 (round t31a): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them."""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, lang)]


# A passive infinitive under a past "be" or a schedule word ("was to be arraigned", "was due to be
# launched") is the wire's future in the past, as the active one is: the nearest such weekday.
# (2013-03-20 is a Wednesday.)
PASSIVE_PLANS = [
    ("The suspect was to be arraigned Friday in federal court.", "2013-03-20", [("Friday", "2013-03-22")]),
    ("He was to be charged on Thursday, police said.", "2013-03-20", [("Thursday", "2013-03-21")]),
    ("The satellite was due to be launched on Thursday.", "2013-03-20", [("Thursday", "2013-03-21")]),
    ("The rebel leader was scheduled to be sentenced Friday.", "2013-03-20", [("Friday", "2013-03-22")]),
    ("The body was to be buried on Saturday.", "2013-03-20", [("Saturday", "2013-03-23")]),
    # the nearest one may lie behind the telling
    ("The hostages were to be freed on Monday.", "2013-03-20", [("Monday", "2013-03-18")]),
    # negatives: a plain past passive, and a past passive with no infinitive, stay in the past
    ("The suspect was arraigned Friday in federal court.", "2013-03-20", [("Friday", "2013-03-15")]),
    ("He was charged on Thursday, police said.", "2013-03-20", [("Thursday", "2013-03-14")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PASSIVE_PLANS, ids=[c[0][:40] for c in PASSIVE_PLANS])
def test_passive_future_in_the_past(text, dct, expected):
    assert _read(text, dct) == expected


# A clock time in brackets after a dated one is the same moment in another zone: its weekday is at
# most a day from the first one's, whatever the tense of the clause.
CONVERSIONS = [
    ("The vote is set for 1 a.m. Wednesday (9 p.m. ET Tuesday).", "2013-03-20",
     [("1 a.m. Wednesday", "2013-03-20T01:00"), ("9 p.m. ET Tuesday", "2013-03-19T21:00")]),
    ("The vote will be held at 1 a.m. Thursday (9 p.m. ET Wednesday).", "2013-03-20",
     [("1 a.m. Thursday", "2013-03-21T01:00"), ("9 p.m. ET Wednesday", "2013-03-20T21:00")]),
    ("The launch is scheduled for 11 p.m. Friday (4 a.m. GMT Saturday).", "2013-03-20",
     [("11 p.m. Friday", "2013-03-22T23:00"), ("4 a.m. GMT Saturday", "2013-03-23T04:00Z")]),
    ("The blast happened at 2 a.m. Sunday (8 p.m. Saturday ET).", "2013-03-20",
     [("2 a.m. Sunday", "2013-03-17T02:00"), ("8 p.m. Saturday", "2013-03-16T20:00")]),
    # negative: a weekday in brackets after no dated time is read by its clause
    ("The vote (set for Tuesday) will be close.", "2013-03-20", [("Tuesday", "2013-03-26")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CONVERSIONS, ids=[c[0][:40] for c in CONVERSIONS])
def test_bracketed_zone_conversion_keeps_the_day(text, dct, expected):
    assert _read(text, dct) == expected


# A four-digit wire clock time with its zone and the weekday after it is one TIME ("0345 GMT
# Wednesday"), as "9 a.m. EST Friday" is; "on" between, or a possessive, keeps them apart.
ZONED_WEEKDAY = [
    ("The euro rose to $1.30 by 1100 GMT Friday.", "2013-03-20", [("1100 GMT Friday", "2013-03-15T11:00Z")]),
    ("The vote came at 11:45 p.m. Tuesday (0345 GMT Wednesday).", "2013-03-20",
     [("11:45 p.m. Tuesday", "2013-03-19T23:45"), ("0345 GMT Wednesday", "2013-03-20T03:45Z")]),
    ("Trading resumed at 0800 GMT on Monday.", "2013-03-20", [("0800 GMT", "2013-03-18T08:00Z"), ("Monday", "2013-03-18")]),
    ("The euro rose to $1.30 by 1100 GMT.", "2013-03-20", [("1100 GMT", "2013-03-20T11:00Z")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ZONED_WEEKDAY, ids=[c[0][:40] for c in ZONED_WEEKDAY])
def test_zoned_wire_clock_and_its_weekday(text, dct, expected):
    assert _read(text, dct) == expected
