"""What was refused or failed is of the time of the refusal (issue 17, event time): "In 2019, the two
sides failed to agree on a price" dated the agreement that did not come to the publication day; it
is of 2019, and undated when the failure is ("a bill collapsed after the two chambers failed to
agree"). A refusal to speak stays of the time of writing. Every text is invented; published
Thursday 18 March 2021."""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

CASES = [
    ("In 2019, the two sides failed to agree on a price.", "agree", "2019"),
    ("On Monday the minister refused to resign.", "resign", "2021-03-15"),
    ("Last year, a similar bill collapsed after the two chambers failed to agree on funding.", "agree", None),
    # a refusal to speak is the press's question, of the time of writing
    ("Police arrested him on Monday. He declined to comment.", "comment", "2021-03-18"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "day"), CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_a_refused_act_has_the_refusals_time(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "en")
