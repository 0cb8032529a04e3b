"""Review of round t38a's wire-news dates (rvt38): invented sentences, each read with the pipeline's clause
tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them. (2026-02-16 and 2026-11-16 are
Mondays.)"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text
from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, lang)]


# « le juge a renvoyé au 12 mai le procès », told in February: a day after « au » that a compound past with
# « avoir » sets is still a date set for the event, to come (was last year's: the « avoir » reading of a
# quarter, « ont reculé au quatrième trimestre », took every date)
DAY_SET_IN_COMPOUND_PAST = [
    ("Le juge a renvoyé au 12 mai le procès de l'ancien maire.", [("12 mai", "2026-05-12")]),
    ("Le conseil municipal a fixé au 3 mars la date du scrutin.", [("3 mars", "2026-03-03")]),
    ("La ministre a programmé au 20 avril la conférence sociale.", [("20 avril", "2026-04-20")]),
    # unchanged: a period after « au » in a compound past is the clause's own
    ("Les exportations ont chuté au deuxième trimestre, selon les douanes.", [("deuxième trimestre", "2025-Q2")]),
    ("Le chiffre d'affaires a bondi au troisième trimestre.", [("troisième trimestre", "2025-Q3")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_SET_IN_COMPOUND_PAST, ids=[c[0][:40] for c in DAY_SET_IN_COMPOUND_PAST])
def test_day_set_in_compound_past(text, expected):
    assert _read(text, "2026-02-16", "fr") == expected


# "The strike began in March. This time last year, …": "this time", « la même époque » are the telling's, a
# year back (was the month the text last gave, a year back); a comparison of figures still takes that period
THIS_TIME_LAST_YEAR = [
    ("The union called the strike in March. At this time last year, the plant employed 400 people.", "en",
     [("March", "2026-03"), ("this time last year", "2025")]),
    ("The mill shut in May. This time a year ago, it ran three shifts.", "en",
     [("May", "2026-05"), ("This time a year ago", "2025")]),
    ("La grève a commencé en mars. À la même époque l'an dernier, l'usine tournait à plein.", "fr",
     [("mars", "2026-03"), ("la même époque l'an dernier", "2025")]),
    # unchanged: a comparison of figures, the same period
    ("Sales in October were up 3% from this time a year ago.", "en",
     [("October", "2026-10"), ("this time a year ago", "2025-10")]),
    ("Les ventes d'octobre ont progressé par rapport à la même époque l'an dernier.", "fr",
     [("octobre", "2026-10"), ("la même époque l'an dernier", "2025-10")]),
    ("Le chômage a reculé en septembre par rapport à la même période de l'année dernière.", "fr",
     [("septembre", "2026-09"), ("la même période de l'année dernière", "2025-09")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), THIS_TIME_LAST_YEAR, ids=[c[0][:40] for c in THIS_TIME_LAST_YEAR])
def test_this_time_last_year(text, lang, expected):
    assert _read(text, "2026-11-16", lang) == expected


# « l'usine rouvrirait « au plus tard à la fin du mois de mars » »: words a verb quotes as its own complement
# date it (was dropped as a quotation apart); a quoted clause of its own still does not date the report
_LEAD_FR = "Le groupe Valmont a annoncé lundi la réouverture de son usine de Brive.\n\n"
_LEAD_EN = "Valmont said on Monday it would reopen its plant in Brive.\n\n"
QUOTED_COMPLEMENT = [
    (_LEAD_FR + "La préfète a promis que l'usine rouvrirait « au plus tard à la fin du mois de mars ».", "fr",
     "rouvrirait", "2027-03"),
    (_LEAD_EN + "The mayor said the plant would reopen \"no later than the end of March\".", "en", "reopen", "2027-03"),
    # unchanged: a quoted clause of its own
    (_LEAD_FR + "« Jeudi dernier, les ouvriers ont voté la reprise », a expliqué le délégué syndical.", "fr",
     "expliqué", "2026-11-16"),
    (_LEAD_EN + "“On Friday we signed the lease with the city,” the chief executive told reporters.", "en", "told",
     "2026-11-16"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lang", "trigger", "value"), QUOTED_COMPLEMENT, ids=[c[0][-50:-10] for c in QUOTED_COMPLEMENT])
def test_quoted_complement(text, lang, trigger, value):
    result = analyse_text(text, lang, published=PartialDate(2026, 11, 16))
    times = [e.time.value if e.time is not None else None for e in result.events if e.trigger.text == trigger]
    assert times, f"no event on {trigger!r}"
    assert times[-1] == value
