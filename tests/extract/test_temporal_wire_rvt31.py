"""Review of round t31a's wire-news temporal classes (issue 19, round rvt31): invented sentences,
each read with the pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse``
reads them. (2013-03-20 is a Wednesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, lang)]


# A clock time with its weekday under a plan told in a past ("were to meet at 1400 GMT Thursday") is
# the nearest such weekday, as the bare weekday is: the tense is read at the weekday, not at the
# clock time the TIME starts with (round t31a's "1100 GMT Friday" had turned these into last week's).
PLANNED_CLOCK_WEEKDAY = [
    ("Foreign ministers were to meet at 1400 GMT Thursday.", "2013-03-20",
     [("1400 GMT Thursday", "2013-03-21T14:00Z")]),
    ("The ceasefire was due to take effect at 1100 GMT Saturday.", "2013-03-20",
     [("1100 GMT Saturday", "2013-03-23T11:00Z")]),
    ("The suspect was to be questioned at 10 a.m. Friday.", "2013-03-20", [("10 a.m. Friday", "2013-03-22T10:00")]),
    ("The envoy was scheduled to land at 6:30 p.m. Thursday in Cairo.", "2013-03-20",
     [("6:30 p.m. Thursday", "2013-03-21T18:30")]),
    # negatives: a past act at a clock time of a weekday stays in the past
    ("Foreign ministers met at 1400 GMT Thursday.", "2013-03-20", [("1400 GMT Thursday", "2013-03-14T14:00Z")]),
    ("The suspect was questioned at 10 a.m. Friday.", "2013-03-20", [("10 a.m. Friday", "2013-03-15T10:00")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PLANNED_CLOCK_WEEKDAY,
                         ids=[c[0][:40] for c in PLANNED_CLOCK_WEEKDAY])
def test_planned_clock_weekday(text, dct, expected):
    assert _read(text, dct) == expected


# A bracketed zone conversion may write its zone after the weekday ("(9 p.m. Tuesday ET)"): still the
# same moment, within a day of the time it converts.
CONVERSION_ZONE_AFTER = [
    ("The vote will take place at 1 a.m. Wednesday (9 p.m. Tuesday ET).", "2013-03-20",
     [("1 a.m. Wednesday", "2013-03-20T01:00"), ("9 p.m. Tuesday", "2013-03-19T21:00")]),
    ("Polls close at 2 a.m. Wednesday (10 p.m. Tuesday EDT).", "2013-03-20",
     [("2 a.m. Wednesday", "2013-03-20T02:00"), ("10 p.m. Tuesday", "2013-03-19T22:00")]),
    # (2013-03-22 is a Friday)
    ("The debate is set for 3 a.m. Friday (7 p.m. Thursday PT).", "2013-03-22",
     [("3 a.m. Friday", "2013-03-22T03:00"), ("7 p.m. Thursday", "2013-03-21T19:00")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CONVERSION_ZONE_AFTER,
                         ids=[c[0][:40] for c in CONVERSION_ZONE_AFTER])
def test_conversion_with_zone_after_weekday(text, dct, expected):
    assert _read(text, dct) == expected
