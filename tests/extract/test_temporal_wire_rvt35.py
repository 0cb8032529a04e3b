"""Review of round t35a's wire-news dates (issue 19, rvt35): invented sentences, each read with the
pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them."""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# a range of bare ordinals that moves along a ranking is no pair of days: its second end counts a noun,
# it runs backward, or it follows a verb of change and is set in a scale; a lap or an inning is counted
# by a verb only sport uses
RANKINGS = [
    ("Federer dropped from the 2nd to the 5th in the world.", "2013-03-20", []),
    ("The firm fell from the 8th to the 20th on the list of top employers.", "2013-03-20", []),
    ("The country moved up from the 30th to the 21st in the index.", "2013-03-20", []),
    ("Her party slipped from the 2nd to the 4th place.", "2013-03-20", []),
    ("Alonso pitted on the 12th and rejoined in fourth place.", "2013-03-20", []),
    ("The Red Sox trailed until the 7th, when Ortiz homered.", "2013-03-20", []),
    # unchanged: two days
    ("The strike lasted from the 8th to the 20th.", "2013-03-20",
     [("the 8th", "DATE", "2013-03-08"), ("the 20th", "DATE", "2013-03-20")]),
    ("The index rose from the 3rd to the 10th, traders said.", "2013-03-20",
     [("the 3rd", "DATE", "2013-03-03"), ("the 10th", "DATE", "2013-03-10")]),
    ("The hearings will run from the 4th to the 6th.", "2013-03-20",
     [("the 4th", "DATE", "2013-04-04"), ("the 6th", "DATE", "2013-04-06")]),
    ("The tanker ran aground off the coast on the 2nd.", "2013-03-20", [("the 2nd", "DATE", "2013-03-02")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), RANKINGS, ids=[c[0][:40] for c in RANKINGS])
def test_ranking_ordinals(text, dct, expected):
    assert _read(text, dct) == expected


# a day of the month alone is of the month the text has just given (the story's), when that is not the
# reference's: English "on the 15th" and French « le 15 » alike
MONTH_GIVEN = [
    ("In May, the plant cut 200 jobs. On the 15th, workers went on strike.", "2013-07-20", "en",
     [("May", "DATE", "2013-05"), ("the 15th", "DATE", "2013-05-15")]),
    ("The summit was held on April 2. On the 4th, leaders signed the deal.", "2013-07-20", "en",
     [("April 2", "DATE", "2013-04-02"), ("the 4th", "DATE", "2013-04-04")]),
    ("The inquiry will report in June. By the 30th, ministers must respond.", "2013-03-20", "en",
     [("June", "DATE", "2013-06"), ("the 30th", "DATE", "2013-06-30")]),
    ("Le sommet s'est tenu le 2 avril. Le 4, les dirigeants ont signé l'accord.", "2013-07-20", "fr",
     [("le 2 avril", "DATE", "2013-04-02"), ("Le 4", "DATE", "2013-04-04")]),
    ("En mai, l'usine a licencié. Le 15, les ouvriers se sont mis en grève.", "2013-07-20", "fr",
     [("mai", "DATE", "2013-05"), ("Le 15", "DATE", "2013-05-15")]),
    # unchanged: a day of the reference's month given last, a month without that day, a month long before
    ("Officials met on Monday. On the 28th, the airline had grounded its jets.", "2013-03-20", "en",
     [("Monday", "DATE", "2013-03-18"), ("the 28th", "DATE", "2013-02-28")]),
    ("Sales fell in February. On the 30th, the board met.", "2013-07-31", "en",
     [("February", "DATE", "2013-02"), ("the 30th", "DATE", "2013-07-30")]),
    ("In May, the plant cut jobs. Unions protested. Talks failed. Police came. On the 15th, workers struck.",
     "2013-07-20", "en", [("May", "DATE", "2013-05"), ("the 15th", "DATE", "2013-07-15")]),
]


@pytest.mark.parametrize(("text", "dct", "lang", "expected"), MONTH_GIVEN, ids=[c[0][:40] for c in MONTH_GIVEN])
def test_day_of_month_given(text, dct, lang, expected):
    assert _read(text, dct, lang) == expected


# a French month alone whose own verb is in a compound past is the last one gone by, up to a year back, as
# an English simple past reads it (« en mai … a supprimé », told in March: May of last year)
FR_PAST_MONTHS = [
    ("En mai, l'entreprise a supprimé 300 postes.", "2013-03-20", [("mai", "DATE", "2012-05")]),
    ("La grève a paralysé le port en avril.", "2013-03-20", [("avril", "DATE", "2012-04")]),
    ("Au mois de mai, le groupe a fermé deux usines.", "2013-03-20", [("mois de mai", "DATE", "2012-05")]),
    # unchanged: a future, a month gone by this year, a present
    ("En mai, l'entreprise supprimera 300 postes.", "2013-03-20", [("mai", "DATE", "2013-05")]),
    ("En février, la grève a paralysé le port.", "2013-03-20", [("février", "DATE", "2013-02")]),
    ("En mai, l'usine va rouvrir.", "2013-03-20", [("mai", "DATE", "2013-05")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FR_PAST_MONTHS, ids=[c[0][:40] for c in FR_PAST_MONTHS])
def test_french_past_months(text, dct, expected):
    assert _read(text, dct, "fr") == expected
