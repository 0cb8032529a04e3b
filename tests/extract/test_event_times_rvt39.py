"""Event dates next to a period figures are compared with (issue 17, class 8 "Event time"; review rvt39 of
t39a): every sentence is invented.

Fixed: t39a undated a verb whenever "a year ago", "a year earlier" or "the same day a year earlier" came
after it with any word of comparison between them (``en/comparison_signals``: "from", "with", "to", "on"),
so a preposition of the verb itself made the date a comparison ("was released from prison a year ago",
"met with union leaders a year ago", "cut rates to 2% a year ago", "pulled out of the town on the same
day a year earlier": all lost the year of the act). The period is compared with only right after the word
of comparison ("fell from a year earlier"; "on" with a figure: "up 5% on the same period a year earlier")
or after the figure such a word opens (``en/figure_comparison_signals``: "from $548 million in the same
period a year earlier"). Publication date 18 March 2021. A day « !D » must not be D.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow


CASES = [
    # a preposition of the verb before the date: the act is of a year before
    ("Reed was released from prison a year ago, his lawyer said.", "released", "2020", "en"),
    ("The mayor met with union leaders a year ago.", "met", "2020", "en"),
    ("The bank withdrew from Russia a year ago, the minister said on Tuesday.", "withdrew", "2020", "en"),
    ("She returned to the board a year earlier.", "returned", "2020", "en"),
    ("He was elected to parliament a year ago.", "elected", "2020", "en"),
    ("The airline cut 300 jobs from its staff a year ago.", "cut", "2020", "en"),
    ("The central bank cut rates to 2% a year ago.", "cut", "2020", "en"),
    ("The company laid off over 300 people a year ago.", "laid", "2020", "en"),
    ("Troops pulled out of the town on the same day a year earlier.", "pulled", "2020", "en"),
    # a comparison of figures: the period dates the old figure, not the change (guards of t39a's class)
    ("Net income rose to $1.2 billion from $900 million a year ago.", "rose", "!2020", "en"),
    ("Exports fell 2% compared to a year ago.", "fell", "!2020", "en"),
    ("Output rose 5% on the same period a year earlier.", "rose", "!2020", "en"),
    ("Sales slipped 3% from a year earlier.", "slipped", "!2020", "en"),
    ("The group earned $61 million, compared with $69 million in the same period a year earlier.", "earned",
     "!2020", "en"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), CASES, ids=[c[0][:40] for c in CASES])
def test_compared_period_event_time(text: str, trigger: str, day: str, lang: str) -> None:
    check_day(text, trigger, day, lang)
