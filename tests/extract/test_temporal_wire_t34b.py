"""Wire-news temporal classes of issue 19 (round t34b): the year of a season without one, by the tense
of its clause, invented sentences read with the pipeline's clause tenses (kg.analyse.pipeline._tense_lookup),
as ``kg analyse`` reads them. (2012-10-17 is a Wednesday, in the autumn.)"""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in wire_timexes(text, dct, lang)]


# "will close in spring", « fermera au printemps »: a bare season after "in", « en », « au » is any
# year's in a present clause, but a future (or an English past) tells one: the next not over, the last
# begun; « à l'été », « à la fin de l'été » in a French future: the next one, as "in the summer"
TENSED_SEASONS = [
    ("The carmaker will close the plant in spring.", "2012-10-17", "en", [("spring", "DATE", "2013-SP")]),
    ("The company plans to launch the phone in spring.", "2012-10-17", "en", [("spring", "DATE", "2013-SP")]),
    ("The new bridge was finished in spring.", "2012-10-17", "en", [("spring", "DATE", "2012-SP")]),
    ("L'usine fermera au printemps.", "2012-10-17", "fr", [("printemps", "DATE", "2013-SP")]),
    ("Le chantier devrait être achevé au printemps.", "2012-10-17", "fr", [("printemps", "DATE", "2013-SP")]),
    ("Le groupe va lancer le modèle au printemps.", "2012-10-17", "fr", [("printemps", "DATE", "2013-SP")]),
    ("La ligne rouvrira à l'été.", "2012-10-17", "fr", [("l'été", "DATE", "2013-SU")]),
    ("Le chantier sera achevé à la fin de l'été.", "2012-10-17", "fr", [("la fin de l'été", "DATE", "2013-SU")]),
    ("Le ministre se rendra à Pékin en hiver.", "2012-10-17", "fr", [("hiver", "DATE", "2012-WI")]),
    # unchanged: a present (any year's), a French clause not in a future, a season with its year,
    # a pair of seasons
    ("Sales usually fall in summer.", "2012-10-17", "en", [("summer", "DATE", "XXXX-SU")]),
    ("In winter, the mountain roads are closed.", "2012-10-17", "en", [("winter", "DATE", "XXXX-WI")]),
    ("Les ventes de glaces baissent en hiver.", "2012-10-17", "fr", [("hiver", "DATE", "XXXX-WI")]),
    ("Le chantier a été achevé au printemps.", "2012-10-17", "fr", [("printemps", "DATE", "XXXX-SP")]),
    ("L'hiver, les routes de montagne sont fermées.", "2012-10-17", "fr", [("L'hiver", "DATE", "2012-WI")]),
    ("The company launched the phone in spring 2011.", "2012-10-17", "en", [("spring 2011", "DATE", "2011-SP")]),
    ("Le refuge est ouvert été comme hiver.", "2012-10-17", "fr",
     [("été", "DATE", "XXXX-SU"), ("hiver", "DATE", "XXXX-WI")]),
]


@pytest.mark.parametrize(("text", "dct", "lang", "expected"), TENSED_SEASONS, ids=[c[0][:40] for c in TENSED_SEASONS])
def test_tensed_seasons(text, dct, lang, expected):
    assert _read(text, dct, lang) == expected


# "that Friday": the weekday of the week of the day the text last gave, as "that day" (TimeML's distal
# demonstrative anchored on the narrative's time); after a verb of saying, "that" is a conjunction
THAT_WEEKDAY = [
    ("The trial opened on Monday, Jan. 7. The jury reached a verdict that Friday.", "2013-03-20",
     [("Monday, Jan. 7", "DATE", "2013-01-07"), ("that Friday", "DATE", "2013-01-11")]),
    ("The storm hit on March 2, 2012. That Sunday, crews restored power.", "2013-03-20",
     [("March 2, 2012", "DATE", "2012-03-02"), ("That Sunday", "DATE", "2012-03-04")]),
    ("He was arrested on Thursday, Feb. 14. He had met his contact that Monday.", "2013-03-20",
     [("Thursday, Feb. 14", "DATE", "2013-02-14"), ("that Monday", "DATE", "2013-02-11")]),
    ("The talks will open on April 8. That Thursday, the ministers will sign the deal.", "2013-03-20",
     [("April 8", "DATE", "2013-04-08"), ("That Thursday", "DATE", "2013-04-11")]),
    ("He said that Friday was the deadline.", "2013-03-20", [("Friday", "DATE", "2013-03-15")]),
    # unchanged: no day given before, a day of the reference's week, "this"
    ("That Friday, the market crashed.", "2013-03-20", [("That Friday", "DATE", "2013-03-15")]),
    ("Stocks fell on Monday. That Friday night, the index hit a low.", "2013-03-20",
     [("Monday", "DATE", "2013-03-18"), ("That Friday night", "TIME", "2013-03-15TNI")]),
    ("The trial opened on Monday, Jan. 7. This Friday, the judge will rule.", "2013-03-20",
     [("Monday, Jan. 7", "DATE", "2013-01-07"), ("This Friday", "DATE", "2013-03-22")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), THAT_WEEKDAY, ids=[c[0][:40] for c in THAT_WEEKDAY])
def test_that_weekday(text, dct, expected):
    assert _read(text, dct) == expected
