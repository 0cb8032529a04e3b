"""Review of round t34b (issue 19): "that Friday" after a week the text gave, and a season with "early",
"late" or "mid" in a future clause, invented sentences read with the pipeline's clause tenses (as ``kg
analyse`` reads them). (2012-10-17 is a Wednesday, in the autumn; 2013-03-20 a Wednesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# "that Friday" after a week the text gave ("that week", "the end of that week", "two weeks ago"): the
# Friday of that week, not the one before the publication date; a week of the reference's keeps the bare
# weekday's reading
THAT_WEEKDAY_AFTER_WEEK = [
    ("The bill passed on Tuesday, Jan. 15. Lawmakers had debated it all that week, and that Friday they went home.",
     [("Tuesday, Jan. 15", "DATE", "2013-01-15"), ("that week", "DATE", "2013-W03"), ("that Friday", "DATE", "2013-01-18")]),
    ("The strike began on Monday, Jan. 28. By the end of that week, talks had collapsed, and that Saturday the "
     "union marched.",
     [("Monday, Jan. 28", "DATE", "2013-01-28"), ("the end of that week", "DATE", "2013-W05"),
      ("that Saturday", "DATE", "2013-02-02")]),
    ("He was elected on Tuesday, Nov. 6, 2012. That week the markets rallied, and that Thursday gold hit a record.",
     [("Tuesday, Nov. 6, 2012", "DATE", "2012-11-06"), ("That week", "DATE", "2012-W45"),
      ("that Thursday", "DATE", "2012-11-08")]),
    ("Two weeks ago, the port closed. That Friday, ships waited offshore.",
     [("Two weeks ago", "DATE", "2013-W10"), ("That Friday", "DATE", "2013-03-08")]),
    # unchanged: the reference's week, a day of the story
    ("Shares slid this week. That Monday, the index fell 3 percent.",
     [("this week", "DATE", "2013-W12"), ("That Monday", "DATE", "2013-03-18")]),
    ("The strike began on Wednesday, Jan. 9. That Monday, the unions met the minister.",
     [("Wednesday, Jan. 9", "DATE", "2013-01-09"), ("That Monday", "DATE", "2013-01-07")]),
]


@pytest.mark.parametrize(("text", "expected"), THAT_WEEKDAY_AFTER_WEEK, ids=[c[0][:40] for c in THAT_WEEKDAY_AFTER_WEEK])
def test_that_weekday_after_week(text, expected):
    assert _read(text, "2013-03-20") == expected


# "in early spring", "in late summer" in a future clause: the next one not over, as "in spring" and
# « à la fin de l'été »; a past keeps the last one begun
MODIFIED_SEASONS = [
    ("The company will report results in early spring.", [("early spring", "DATE", "2013-SP")]),
    ("The pipeline will be finished in late summer.", [("late summer", "DATE", "2013-SU")]),
    ("Talks are expected to resume by early spring.", [("early spring", "DATE", "2013-SP")]),
    # unchanged: a past clause
    ("The plant closed in late summer.", [("late summer", "DATE", "2012-SU")]),
    ("The drought began in mid-summer.", [("mid-summer", "DATE", "2012-SU")]),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIED_SEASONS, ids=[c[0][:40] for c in MODIFIED_SEASONS])
def test_modified_seasons(text, expected):
    assert _read(text, "2012-10-17") == expected
