"""Wire-news temporal classes of issue 19 (round t37a): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2012-11-27 is a Tuesday, 2012-11-28 a Wednesday, 2013-01-10 a Thursday, 2012-01-16 a Monday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# "the 15th of next month", "the 30th of last month": a day of the month that "next", "last" or "this"
# gives, one expression (was "next month" alone, the day lost)
DAY_OF_RELATIVE_MONTH = [
    ("Seasonal workers will start on the 15th of next month.", "2012-11-27",
     [("the 15th of next month", "DATE", "2012-12-15")]),
    ("The plant closed on the 30th of last month, the union said.", "2012-11-27",
     [("the 30th of last month", "DATE", "2012-10-30")]),
    ("Payments were due on the 1st of this month.", "2012-11-27", [("the 1st of this month", "DATE", "2012-11-01")]),
    ("The new rules take effect on the 3rd of next month.", "2012-12-18",
     [("the 3rd of next month", "DATE", "2013-01-03")]),
    # unchanged: a named month, a month alone, a day alone
    ("Seasonal workers will start on the 15th of December.", "2012-11-27",
     [("the 15th of December", "DATE", "2012-12-15")]),
    ("Seasonal workers will start next month.", "2012-11-27", [("next month", "DATE", "2012-12")]),
    ("Seasonal workers will start on the 15th.", "2012-11-27", [("the 15th", "DATE", "2012-12-15")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DAY_OF_RELATIVE_MONTH,
                         ids=[c[0][:40] for c in DAY_OF_RELATIVE_MONTH])
def test_day_of_relative_month(text, dct, expected):
    assert _read(text, dct) == expected


# "a 2012 model Ford", "the class of 2010": a model year or a cohort is a label, no date
# (``en/year_label_nouns``); a year of the same nouns' phrase that dates something stays
YEAR_LABELS = [
    ("Dorsey drives a 2012 model Ford.", "2013-01-10", []),
    ("The 2013 models will cost more, the dealer said.", "2013-01-10", []),
    ("She graduated with the class of 2010.", "2013-01-10", []),
    # unchanged: a year after a preposition of time, before another noun; a cohort already left out
    ("Members of the Class of 2012 held a reunion.", "2013-01-10", []),
    ("The model was unveiled in 2012.", "2013-01-10", [("2012", "DATE", "2012")]),
    ("The 2012 season ended early.", "2013-01-10", [("2012", "DATE", "2012")]),
    ("He joined the class in 2010.", "2013-01-10", [("2010", "DATE", "2010")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_LABELS, ids=[c[0][:40] for c in YEAR_LABELS])
def test_year_labels(text, dct, expected):
    assert _read(text, dct) == expected


# "The team plays two games over the weekend", told on a Wednesday: an English present is a schedule, the
# coming weekend, as with a weekday (was the weekend gone by); a past stays the one gone by
WEEKEND_PRESENT = [
    ("The team plays two games over the weekend.", "2012-11-28", [("the weekend", "DATE", "2012-W48-WE")]),
    ("The company expects more gains over the weekend.", "2012-11-28", [("the weekend", "DATE", "2012-W48-WE")]),
    # unchanged: a past, a present perfect, a future, a weekend begun
    ("Crews worked over the weekend to restore power.", "2012-11-28", [("the weekend", "DATE", "2012-W47-WE")]),
    ("Crews have worked over the weekend to restore power.", "2012-11-28", [("the weekend", "DATE", "2012-W47-WE")]),
    ("Police said three people were killed over the weekend.", "2012-11-28",
     [("the weekend", "DATE", "2012-W47-WE")]),
    ("Talks will continue over the weekend.", "2012-11-28", [("the weekend", "DATE", "2012-W48-WE")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKEND_PRESENT, ids=[c[0][:40] for c in WEEKEND_PRESENT])
def test_weekend_present(text, dct, expected):
    assert _read(text, dct) == expected


# "Tickets for the title game go on sale at 10 a.m. ET Tuesday": a main verb with its own subject that the
# tagger took for a base form after a noun ("game go") is a present, a schedule (was the last Tuesday)
BASE_FORM_PRESENT = [
    ("Tickets for the title game go on sale at 10 a.m. ET Tuesday.", "2012-01-16",
     [("10 a.m. ET Tuesday", "TIME", "2012-01-17T10:00")]),
    # unchanged: a past, a tagged present, a future
    ("Tickets for the title game went on sale at 10 a.m. ET Tuesday.", "2012-01-16",
     [("10 a.m. ET Tuesday", "TIME", "2012-01-10T10:00")]),
    ("Tickets go on sale at 10 a.m. ET Tuesday.", "2012-01-16", [("10 a.m. ET Tuesday", "TIME", "2012-01-17T10:00")]),
    ("Tickets will go on sale at 10 a.m. Tuesday.", "2012-01-16", [("10 a.m. Tuesday", "TIME", "2012-01-17T10:00")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), BASE_FORM_PRESENT, ids=[c[0][:40] for c in BASE_FORM_PRESENT])
def test_base_form_present(text, dct, expected):
    assert _read(text, dct) == expected
