"""Review of round t33a's wire-news temporal classes (round rvt33): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them."""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, lang)]


# A comparison of figures ("from the year-ago quarter", "from a year earlier") is with the period before the
# one the figures are of, never with a year that closes an aside; a story told on from it keeps it
ASIDE_COMPARISONS = [
    ("The chipmaker, founded in 1987, said profit rose 8 percent from the year-ago quarter.", "2013-04-25",
     [("1987", "1987"), ("year-ago", "2012")]),
    ("The airline, which was privatised in 1995, reported a loss compared with a year earlier.", "2013-04-25",
     [("1995", "1995"), ("a year earlier", "2012")]),
    ("Nokia, founded in 1865, said sales fell 20 percent from a year earlier.", "2013-04-25",
     [("1865", "1865"), ("a year earlier", "2012")]),
    ("The carmaker, hit by a recall in 2010, said sales in the first quarter rose from the year-ago quarter.",
     "2013-04-25", [("2010", "2010"), ("the first quarter", "2013-Q1"), ("year-ago", "2012-Q1")]),
    # unchanged: a story told on from the aside's year, or from a year of the clause itself
    ("The plant, opened in 2002, closed two years later.", "2013-04-25",
     [("2002", "2002"), ("two years later", "2004")]),
    ("The town, hit by floods in 2010, was flooded again a year later.", "2013-04-25",
     [("2010", "2010"), ("a year later", "2011")]),
    ("Sales in 2012 rose 3 percent from year-ago levels.", "2013-04-25",
     [("2012", "2012"), ("year-ago", "2011")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ASIDE_COMPARISONS, ids=[c[0][:40] for c in ASIDE_COMPARISONS])
def test_aside_year_not_compared(text, dct, expected):
    assert _read(text, dct) == expected


# More shapes of an aside: brackets, an age before it, an apposition opened by an article
ASIDE_SHAPES = [
    ("The museum (built in 1902) will reopen in May.", "2013-03-20", "en", [("1902", "1902"), ("May", "2013-05")]),
    ("Brown, 54, who joined the board in 2007, said in February that he would leave.", "2013-03-20", "en",
     [("2007", "2007"), ("February", "2013-02")]),
    ("The senator, a Democrat first elected in 1996, will retire in January.", "2013-03-20", "en",
     [("1996", "1996"), ("January", "2014-01")]),
    ("Le musée (construit en 1902) rouvrira en mai.", "2013-03-20", "fr", [("1902", "1902"), ("mai", "2013-05")]),
    ("Le maire, un socialiste élu en 2008, a démissionné en février.", "2013-03-20", "fr",
     [("2008", "2008"), ("février", "2013-02")]),
    # unchanged: a year that opens its sentence, a bracket that is no aside
    ("In 1937, the bridge, a marvel of its time, was opened in May.", "2013-03-20", "en",
     [("1937", "1937"), ("May", "1937-05")]),
    ("En 2009, le club, basé à Lyon, a été vendu en mars.", "2013-03-20", "fr", [("2009", "2009"), ("mars", "2009-03")]),
    ("Sales (up 4% in 2012) rose again in February.", "2013-03-20", "en", [("2012", "2012"), ("February", "2012-02")]),
]


@pytest.mark.parametrize(("text", "dct", "lang", "expected"), ASIDE_SHAPES, ids=[c[0][:40] for c in ASIDE_SHAPES])
def test_aside_shapes(text, dct, lang, expected):
    assert _read(text, dct, lang) == expected


# A share alone tells no figures of a half year ("shot 60 percent", "70 percent of possession": a match's
# half); a share that changed does ("grew 1.5 percent")
HALF_SHARES = [
    ("The team shot 60 percent in the first half.", "2013-08-05", []),
    ("The Lakers made 45% of their shots in the first half and led by 12.", "2013-08-05", []),
    ("United had 70 percent of possession in the first half.", "2013-08-05", []),
    # unchanged
    ("The economy grew 1.5 percent in the first half, the ministry said.", "2013-08-05", [("the first half", "2013-H1")]),
    ("Revenue at the club rose 12 percent in the first half.", "2013-08-05", [("the first half", "2013-H1")]),
    ("Copper prices fell by 4% in the second half.", "2013-08-05", [("the second half", "2013-H2")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HALF_SHARES, ids=[c[0][:40] for c in HALF_SHARES])
def test_half_after_share(text, dct, expected):
    assert _read(text, dct) == expected
