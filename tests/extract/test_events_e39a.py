"""Issue 17, e39a: English events on wire news kg was not tuned on: acts counted in months or years
from another act, sport transfers, hiring freezes, what is sold and who cancels.

Every sentence is invented for these tables (none comes from a corpus). The whole pipeline
(:func:`kg.analyse.pipeline.analyse`) reads each text, published Thursday 18 March 2021, so the tests
see the document-level steps (time attachment) too.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _events(text: str, trigger: str) -> list:
    return [e for e in analyse_text(text, "en").events if e.trigger.text == trigger]


def _span(text: str, span) -> str | None:
    return None if span is None else text[span.start : span.end]


def _time(event) -> str | None:
    return None if event.time is None else event.time.value


# --- class 1: an act counted in months or years from another act --------------------------------

COUNTED = [
    # the act counted from has a month or a day: moved by the count, to the month
    ("A year after the merger of the two trusts in March 2019, the hospital group lifted its pay cap.",
     "lifted", "2020-03"),
    ("The warehouse reopened a month after the fire on January 12.", "reopened", "2021-02"),
    ("The bank collapsed two years after the merger in June 2018.", "collapsed", "2020-06"),
    ("The minister resigned six months before the election in November 2020.", "resigned", "2020-05"),
    # a year alone, moved by whole years
    ("The lender collapsed two years after the 2017 merger.", "collapsed", "2019"),
    # the act counted from has no date: none for the counted act (not the publication date)
    ("Six months before the election, the government cut fuel duty.", "cut", None),
    ("The port reopened a year after the flood.", "reopened", None),
]


@pytest.mark.parametrize(("text", "trigger", "value"), COUNTED)
def test_an_act_counted_in_months_or_years_takes_the_moved_month_or_none(text, trigger, value):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert _time(events[0]) == value


# near misses: a date of its own, a length, days still counted to the day
COUNTED_GUARDS = [
    ("The plant closed on Monday, a year after the merger.", "closed", "2021-03-15"),
    ("The airline grounded the jets two days after the regulator ordered checks on Saturday.", "grounded",
     "2021-03-15"),
    # a month of its own after the opening phrase
    ("Five years after its launch, the streaming service in February passed its rival.", "passed", "2021-02"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), COUNTED_GUARDS)
def test_an_act_with_its_own_day_or_a_day_count_keeps_its_day(text, trigger, value):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert _time(events[0]) is not None and _time(events[0])[:10] == value


def test_news_in_the_present_perfect_counted_from_an_undated_act_stays_dated():
    # "has rolled out": the news of the day, however late
    events = _events("Three years after it was first due, Boeing has rolled out the jet.", "rolled")
    assert events and events[0].time is not None


def test_a_count_of_months_that_is_a_length_leaves_the_act_dated():
    events = _events("The port closed for six months after the storm.", "closed")
    assert events and events[0].time is not None


# --- class 2: sport transfers and squads --------------------------------------------------------

TRANSFERS = [
    ("Striker Tomas Verhoeven was released by Hallam Rovers on Tuesday.", "released", "EndPosition",
     "Hallam Rovers", "Striker Tomas Verhoeven"),
    ("The player was released by the club on Monday.", "released", "EndPosition", "club", "player"),
    ("The winger was released by the club after one season.", "released", "EndPosition", "club", "winger"),
    ("Hallam Rovers released goalkeeper Dan Poole on Monday.", "released", "EndPosition", "Hallam Rovers",
     "goalkeeper Dan Poole"),
    ("Defender Kofi Mensah joined Brentwick on loan.", "joined", "StartPosition", "Defender Kofi Mensah",
     "Brentwick"),
    ("She joined the firm in 2019 as head of sales.", "joined", "StartPosition", "She", "firm"),
    ("The club signed striker Ali Sarr from Marseille.", "signed", "StartPosition", "club", "striker Ali Sarr"),
    ("Tom Bell signed for Carlton Athletic on Wednesday.", "signed", "StartPosition", "Tom Bell", None),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), TRANSFERS)
def test_a_player_let_go_or_taken_on_changes_position(text, trigger, etype, agent, patient):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0].type == etype
    assert _span(text, events[0].agent) == agent
    if patient is not None:
        assert _span(text, events[0].patient) == patient


# near misses: people freed, things released, other things joined or signed
TRANSFER_GUARDS = [
    ("The suspect was released on bail.", "released", "ReleaseParole"),
    ("Police released the man without charge.", "released", "ReleaseParole"),
    ("The militants released two hostages on Sunday.", "released", "ReleaseParole"),
    ("Goalkeeper Ben Hart was released from hospital on Monday.", "released", "Occurrence"),
    ("The club released a statement on Monday.", "released", "!EndPosition"),
    ("In 2001 Apple released the iPod music player.", "released", "ProductLaunch"),
    ("He joined the protest outside the factory.", "joined", "!StartPosition"),
    ("France joined the coalition in 2014.", "joined", "!StartPosition"),
    ("Acme signed a supply contract with Beta on Friday.", "signed", "!StartPosition"),
    ("The governor signed the bill on Friday.", "signed", "Legislate"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), TRANSFER_GUARDS)
def test_other_releases_joins_and_signings_keep_their_type(text, trigger, etype):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    if etype.startswith("!"):
        assert events[0].type != etype[1:]
    else:
        assert events[0].type == etype


# --- class 3: hiring freezes and pauses ---------------------------------------------------------

FREEZES = [
    ("Northgate Council froze hiring on Monday.", "froze", "Northgate Council"),
    ("The council paused recruitment in all departments.", "paused", "council"),
    ("The retailer paused hiring at its stores.", "paused", "retailer"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), FREEZES)
def test_a_hiring_freeze_is_a_suspension(text, trigger, agent):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0].type == "Suspension"
    assert _span(text, events[0].agent) == agent


@pytest.mark.parametrize("text", [
    "Northgate Council froze hiring on Monday.",
    "The hospital group lifted its hiring freeze.",
    "The ministry announced a hiring freeze for next year.",
])
def test_the_hiring_a_freeze_stops_is_no_hiring(text):
    assert not _events(text, "hiring")


# near misses: hiring that happens
@pytest.mark.parametrize(("text", "trigger"), [
    ("The company is hiring 200 engineers.", "hiring"),
    ("The council resumed hiring in May.", "hiring"),
    ("Pellmark hired 300 workers.", "hired"),
])
def test_hiring_that_happens_is_a_start_position(text, trigger):
    events = _events(text, trigger)
    assert events and events[0].type == "StartPosition"


# --- class 4: what is sold, and who cancels -----------------------------------------------------

def test_sales_of_a_product_hold_the_product_as_patient_not_agent():
    text = "Sales of Slimora rose 40 percent in the third quarter, Harlow Pharma said."
    events = _events(text, "Sales")
    assert events and events[0].type == "TransferOwnership"
    assert _span(text, events[0].agent) != "Slimora"
    assert _span(text, events[0].patient) == "Slimora"


def test_a_companys_sales_keep_the_company_as_seller():
    text = "Its sales rose 3 percent."
    events = _events(text, "sales")
    assert events and _span(text, events[0].agent) == "Its"


CANCELLATIONS = [
    ("Skyway's cancellation of the Dublin route was criticised.", "Occurrence", "Skyway", "Dublin route"),
    ("The cancellation of 400 flights by Ryanair was criticised.", "Occurrence", "Ryanair", None),
    ("The government announced the cancellation of the frigate programme.", "ProductDiscontinuation",
     None, "frigate programme"),
]


@pytest.mark.parametrize(("text", "etype", "agent", "patient"), CANCELLATIONS)
def test_a_cancellation_is_an_event_with_its_canceller(text, etype, agent, patient):
    events = _events(text, "cancellation")
    assert events, "no event on 'cancellation'"
    assert events[0].type == etype
    if agent is not None:
        assert _span(text, events[0].agent) == agent
    if patient is not None:
        assert _span(text, events[0].patient) == patient


def test_a_cancellation_fee_is_no_event():
    assert not _events("The airline said the cancellation fee would be waived.", "cancellation")
