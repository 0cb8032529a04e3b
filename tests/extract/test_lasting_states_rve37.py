"""Lasting states left undated (e37a), reviewed (rve37). Every sentence is invented.

A state that has lasted up to the time of writing takes no date ("has produced steel for 40 years",
"have been on strike since January"), but an act does: a simple present with a span (a headline's
"Fire closes highway for six hours", a plan's "travels to Paris for three days next week"), a span
of another event word ("have agreed to extend the ban for six months") or one that measures a noun
("has approved a plan for two years of cuts"), and a passive that counts acts since a date ("200
engineers have been hired since January", "has been fined three times since 2018").
Publication date: Thursday 18 March 2021.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow

# (text, trigger, day); None: no time
TIMES = [
    # a simple present with a span: an act, dated as before
    ("Fire closes highway for six hours.", "closes", "2021-03-18"),
    ("Acme shuts its plant for two weeks.", "shuts", "2021-03-18"),
    ("The minister travels to Paris for three days next week.", "travels", "2021-W12"),
    # the span of an infinitive or of a noun after the event word
    ("Ministers have agreed to extend the ban for six months.", "agreed", "2021-03-18"),
    ("The board has approved a plan for two years of cuts.", "approved", "2021-03-18"),
    # acts counted since a date keep it
    ("More than 200 engineers have been hired since January.", "hired", "2021-01"),
    ("The senator has been arrested twice since 2019.", "arrested", "2019"),
    ("The bank has been fined three times since 2018.", "fined", "2018"),
    # guards: states that last stay undated
    ("She has served as mayor for twelve years.", "served", None),
    ("Farmers have been on strike for a week over fuel prices.", "strike", None),
    ("The union has been in dispute with management since last autumn.", "dispute", None),
    ("The port has been closed for three days after the storm.", "closed", None),
]


@pytest.mark.parametrize(("text", "trigger", "day"), TIMES, ids=[f"{c[1]}-{i}" for i, c in enumerate(TIMES)])
def test_lasting_states_reviewed(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "en")
