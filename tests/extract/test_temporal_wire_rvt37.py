"""Review of round t37a (issue 19, English dates): invented sentences, each read with the pipeline's
clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2012-11-26 is a Monday, 2012-11-27 a Tuesday, 2012-11-29 a Thursday, 2012-11-30 a Friday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# An English present with "over the weekend" is the coming weekend from midweek on; told on a Monday or a
# Tuesday it is most often a state after the weekend just gone (was the coming one on any weekday)
WEEKEND_PRESENT_EARLY_WEEK = [
    ("Thousands remain without power after storms over the weekend.", "2012-11-26",
     [("the weekend", "DATE", "2012-W47-WE")]),
    ("Three suspects face charges over a brawl over the weekend.", "2012-11-26",
     [("the weekend", "DATE", "2012-W47-WE")]),
    ("Shares recover after steep losses over the weekend.", "2012-11-26", [("the weekend", "DATE", "2012-W47-WE")]),
    ("Two hikers remain missing after a snowstorm over the weekend.", "2012-11-27",
     [("the weekend", "DATE", "2012-W47-WE")]),
    # unchanged: a present later in the week looks ahead, a future on a Monday too, a past looks back
    ("The festival draws thousands of visitors over the weekend.", "2012-11-29",
     [("the weekend", "DATE", "2012-W48-WE")]),
    ("Organizers expect rain over the weekend.", "2012-11-30", [("the weekend", "DATE", "2012-W48-WE")]),
    ("Organizers will close the park over the weekend.", "2012-11-26", [("the weekend", "DATE", "2012-W48-WE")]),
    ("The mayor says the city lost millions over the weekend.", "2012-11-26",
     [("the weekend", "DATE", "2012-W47-WE")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKEND_PRESENT_EARLY_WEEK,
                         ids=[c[0][:40] for c in WEEKEND_PRESENT_EARLY_WEEK])
def test_weekend_present_early_week(text, dct, expected):
    assert _read(text, dct) == expected


# A year before "model(s)" is a model year and "the class of 2010" a cohort, but only there: a year after a
# preposition of time is a date ("In 2012 class sizes grew"), and "class" after a year is no cohort label
# ("a 2010 class action") (the year was dropped)
YEAR_LABELS_NEAR_MISSES = [
    ("In 2012 class sizes grew by 10 percent.", "2013-01-10", [("2012", "DATE", "2012")]),
    ("Since 2009 models have shrunk in size.", "2013-01-10", [("2009", "DATE", "2009")]),
    ("By 2011 model sales had doubled in Asia.", "2013-01-10", [("2011", "DATE", "2011")]),
    ("A 2010 class action against the bank was settled Tuesday.", "2013-01-10",
     [("2010", "DATE", "2010"), ("Tuesday", "DATE", "2013-01-08")]),
    ("The 2013 class of inductees includes two pitchers.", "2013-01-10", [("2013", "DATE", "2013")]),
    # unchanged: a model year, a cohort
    ("Police recovered a stolen 2009 model Toyota on Monday.", "2013-01-10", [("Monday", "DATE", "2013-01-07")]),
    ("The company's 2014 models go on sale in March.", "2013-01-10", [("March", "DATE", "2013-03")]),
    ("The class of 2012 was the largest in the school's history.", "2013-01-10", []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_LABELS_NEAR_MISSES,
                         ids=[c[0][:40] for c in YEAR_LABELS_NEAR_MISSES])
def test_year_labels_near_misses(text, dct, expected):
    assert _read(text, dct) == expected
