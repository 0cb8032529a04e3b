"""Event dates in news paragraphs (issue 17, class 8 "Event time"; review rvf31b of f31b): every
paragraph is invented.

Fixed: words in quotation marks that a word runs into and no act reports (« the film "We Own the
Night" », "starred in "I Know …"", « the slogan "We Build Britain" ») are a title or a slogan, no
speech: their verb in the simple present gets no time (f31b's quoted present gave them the
publication date); speech that opens its sentence keeps it. A French deadline (« d'ici 2026 »)
bounds what comes before it, not a noun after it in a done act's clause (« a annoncé mardi la
suppression de 2 000 postes d'ici 2026, selon un communiqué »: the communiqué is not of 2026).
Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow


CASES = [
    # a title or a slogan in quotation marks: no speech, no time of its own
    ("The film \"We Own the Night\" opens in cinemas next week.", "Own", None, "en"),
    ("She starred in \"I Know What You Did Last Summer\" in 1997.", "Know", None, "en"),
    ("The campaign slogan \"We Build Britain\" appeared on posters on Monday.", "Build", None, "en"),
    # speech: the time of the speaking (guards)
    ("The singer thanked the crowd. \"We love you all.\"", "love", "2021-03-18", "en"),
    ("The mayor said: \u201cWe need more buses.\u201d", "need", "2021-03-18", "en"),
    # a deadline dates what it follows, not the source or the occasion of a done act
    ("Le constructeur automobile Renault a annoncé mardi la suppression de 2 000 postes en France d'ici 2026, "
     "selon un communiqué publié dans la soirée.", "communiqué", "!2026", "fr"),
    ("Le gouvernement a promis lundi un référendum d'ici 2026, lors d'un discours à Lyon.", "discours",
     "2021-03-15", "fr"),
    ("Le maire a annoncé lundi la fermeture de l'usine d'ici juin, lors d'une conférence de presse.", "conférence",
     "2021-03-15", "fr"),
    # the deadline still dates what it bounds (guards)
    ("Le groupe a présenté mardi son plan de départs d'ici 2025, dans un communiqué.", "départs", "2025", "fr"),
    ("Le maire a annoncé lundi la fermeture de l'usine d'ici juin, lors d'une conférence de presse.", "fermeture",
     "2021-06", "fr"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), CASES)
def test_event_time(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)
