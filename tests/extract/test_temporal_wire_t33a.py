"""Wire-news temporal classes of issue 19 (round t33a): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.
(2013-03-20 is a Wednesday.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# "the year ended Dec. 31", "the month ending Feb. 28": the year or month the date closes, as "the quarter
# ended June 30" is that quarter; a year closed in another month is a fiscal year named by the year it ends in
PERIOD_ENDED = [
    ("The insurer earned $1.2 billion in the year ended Dec. 31.", "2013-03-20",
     [("the year", "DATE", "2012"), ("Dec. 31", "DATE", "2012-12-31")]),
    ("Net income for the year ending December 31, 2012 was $40 million.", "2013-03-20",
     [("the year", "DATE", "2012"), ("December 31, 2012", "DATE", "2012-12-31")]),
    ("The retailer lost $8 million in the year ended June 30.", "2013-08-20",
     [("the year", "DATE", "FY2013"), ("June 30", "DATE", "2013-06-30")]),
    ("Car sales rose 4 percent in the month ended Feb. 28.", "2013-03-20",
     [("the month", "DATE", "2013-02"), ("Feb. 28", "DATE", "2013-02-28")]),
    # unchanged: no date closes it, and the quarter and week forms
    ("The year ended with a rally on Wall Street.", "2013-03-20", []),
    ("Profit rose 4 percent in the quarter ended Dec. 31.", "2013-03-20",
     [("the quarter", "DATE", "2012-Q4"), ("Dec. 31", "DATE", "2012-12-31")]),
    ("Jobless claims fell in the week ended March 16.", "2013-03-20",
     [("the week", "DATE", "2013-W11"), ("March 16", "DATE", "2013-03-16")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PERIOD_ENDED, ids=[c[0][:40] for c in PERIOD_ENDED])
def test_period_ended(text, dct, expected):
    assert _read(text, dct) == expected


# A bare "first half" is a half year when the sentence tells figures before it, also as a sum or a share
# written with its sign or "percent" ("earned $300 million", "grew 2 percent", "rose 12%"); not a match's
# half ("scored 60 percent of his points")
HALF_FIGURES = [
    ("The economy grew 2.1 percent in the first half.", "2013-09-20", [("the first half", "DATE", "2013-H1")]),
    ("The miner earned $300 million in the first half.", "2013-08-05", [("the first half", "DATE", "2013-H1")]),
    ("Shares of the carmaker rose 12% in the first half.", "2013-08-05", [("the first half", "DATE", "2013-H1")]),
    ("The economy contracted in the second half.", "2013-08-05", [("the second half", "DATE", "2013-H2")]),
    # unchanged: no figures, a match's half, what a half is of
    ("He scored twice in the first half.", "2013-08-05", []),
    ("Smith scored 60 percent of his points in the first half.", "2013-08-05", []),
    ("The studio spent $20 million on the first half of the film.", "2013-08-05", []),
    ("Net profit rose in the first half of the year.", "2013-08-05", [("the first half of the year", "DATE", "2013-H1")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HALF_FIGURES, ids=[c[0][:40] for c in HALF_FIGURES])
def test_half_after_figures(text, dct, expected):
    assert _read(text, dct) == expected


# A year that closes an aside set off by commas after the subject ("The company, founded in 1998, said")
# gives no year to a month of the clause the aside interrupts: that month is read against the reference
ASIDE_YEARS = [
    ("The brewer, founded in 1998, said sales rose in February.", "2013-03-20",
     [("1998", "DATE", "1998"), ("February", "DATE", "2013-02")]),
    ("Apple, which went public in 1980, will report results in April.", "2013-03-20",
     [("1980", "DATE", "1980"), ("April", "DATE", "2013-04")]),
    ("The law, passed in 2010, takes effect in January.", "2013-03-20",
     [("2010", "DATE", "2010"), ("January", "DATE", "2014-01")]),
    ("Jones, who joined the bank in 2005, will step down in June.", "2013-03-20",
     [("2005", "DATE", "2005"), ("June", "DATE", "2013-06")]),
    # unchanged: a year that opens its sentence, or of the clause itself
    ("In 2010, the law was passed. It took effect in January.", "2013-03-20",
     [("2010", "DATE", "2010"), ("January", "DATE", "2010-01")]),
    ("In 1998 the brewer moved to Leeds in March.", "2013-03-20",
     [("1998", "DATE", "1998"), ("March", "DATE", "1998-03")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ASIDE_YEARS, ids=[c[0][:40] for c in ASIDE_YEARS])
def test_aside_year(text, dct, expected):
    assert _read(text, dct) == expected


ASIDE_YEARS_FR = [
    ("La brasserie, fondée en 1998, a annoncé en février une hausse de ses ventes.", "2013-03-20",
     [("1998", "DATE", "1998"), ("février", "DATE", "2013-02")]),
    ("Le club, qui a été relégué en 2009, jouera la finale en mai.", "2013-03-20",
     [("2009", "DATE", "2009"), ("mai", "DATE", "2013-05")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ASIDE_YEARS_FR, ids=[c[0][:40] for c in ASIDE_YEARS_FR])
def test_aside_year_fr(text, dct, expected):
    assert _read(text, dct, "fr") == expected


# The premodifier "year-ago" is "year-earlier": the same period a year before the one the text last gave
# ("in the first quarter from the year-ago quarter": 2012-Q1), not only the year before the reference
YEAR_AGO = [
    ("Revenue rose 5 percent in the first quarter from the year-ago quarter.", "2013-04-25",
     [("the first quarter", "DATE", "2013-Q1"), ("year-ago", "DATE", "2012-Q1")]),
    ("Sales in January rose 3 percent from year-ago levels.", "2013-04-25",
     [("January", "DATE", "2013-01"), ("year-ago", "DATE", "2012-01")]),
    ("Sales in 2012 rose 3 percent from year-ago levels.", "2013-04-25",
     [("2012", "DATE", "2012"), ("year-ago", "DATE", "2011")]),
    # unchanged: with no period before it, the year before the reference; "year-earlier" as it was
    ("Profit fell 10 percent from year-ago levels.", "2013-04-25", [("year-ago", "DATE", "2012")]),
    ("Revenue rose 5 percent in the first quarter from the year-earlier period.", "2013-04-25",
     [("the first quarter", "DATE", "2013-Q1"), ("year-earlier", "DATE", "2012-Q1")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_AGO, ids=[c[0][:40] for c in YEAR_AGO])
def test_year_ago_premodifier(text, dct, expected):
    assert _read(text, dct) == expected
