"""Issue 17, e39c: English acts counted in months or years from an act that is a noun dated inside its
own phrase ("two years after the data breach in 2018") or from a plain date ("six months after March
2020"): the counted act takes that date moved by the count.

Every sentence is invented for these tables (none comes from a corpus). The whole pipeline
(:func:`kg.analyse.pipeline.analyse`) reads each text, published Thursday 18 March 2021.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _time(text: str, trigger: str) -> str | None:
    events = [e for e in analyse_text(text, "en").events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    return None if events[0].time is None else events[0].time.value


COUNTED_FROM_PHRASE_DATE = [
    # a noun counted from, dated by its own "in" date right after the preposition
    ("The insurer was fined two years after the data breach in 2018.", "fined", "2020"),
    ("A year before the Olympics in 2012, the city opened a new stadium.", "opened", "2011"),
    ("Nine months after the referendum in June 2016, the cabinet invoked the treaty clause.", "invoked",
     "2017-03"),
    ("The regulator fined the lender three years after the scandal in October 2015.", "fined", "2018-10"),
    # a year written inside the noun phrase
    ("The retailer was fined two years after the 2017 data leak.", "fined", "2019"),
    # a plain date after the preposition
    ("The insurer was fined two years after 2018.", "fined", "2020"),
    ("The plant reopened six months after March 2020.", "reopened", "2020-09"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), COUNTED_FROM_PHRASE_DATE)
def test_an_act_counted_from_a_dated_phrase_takes_its_date_moved(text, trigger, value):
    assert _time(text, trigger) == value


# near misses: an undated noun, a length, a date of its own, a count of days, another act's date
GUARDS = [
    # the noun counted from has no date: none for the counted act
    ("The insurer was fined two years after the data breach.", "fined", None),
    # a count that is a length: the date stays the act's
    ("The port stayed closed for six months after the storm in 2019.", "closed", "2019"),
    # a date of its own before the phrase
    ("In 2022 the insurer was fined two years after the breach in 2019.", "fined", "2022"),
    # a count of days: counted to the day, as before
    ("The shop closed two days after the flood on 3 March 2020.", "closed", "2020-03-05"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), GUARDS)
def test_other_counts_and_undated_nouns_keep_their_time(text, trigger, value):
    assert _time(text, trigger) == value
