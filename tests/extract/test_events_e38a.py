"""Issue 17, e38a: English corporate acts with a type of their own, acts dated by a count from
another act, and headline verbs the parser read as nouns.

Every sentence is invented for these tables (none comes from a corpus). The whole pipeline
(:func:`kg.analyse.pipeline.analyse`) reads each text, so the tests see the document-level steps
(time attachment) too.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _events(text: str, trigger: str) -> list:
    return [e for e in analyse_text(text, "en").events if e.trigger.text == trigger]


def _span(text: str, span) -> str | None:
    return None if span is None else text[span.start : span.end]


# --- class 1: recalls, groundings, freezes, charges ----------------------------------------------

TYPED = [
    ("Norland Motors recalled 750,000 vehicles over faulty airbag inflators.", "recalled", "Recall"),
    ("The carmaker is recalling 12,000 sedans built in 2020.", "recalling", "Recall"),
    ("Drugmaker Pellion recalled two batches of its blood pressure pills on Tuesday.", "recalled", "Recall"),
    ("A recall of 40,000 vans will cost Orvane about $30 million.", "recall", "Recall"),
    ("Skyway Airlines grounded its fleet of 40 jets on Wednesday.", "grounded", "Suspension"),
    ("All eight planes were grounded after the inspection.", "grounded", "Suspension"),
    ("Halvard Bank froze the accounts of three exporters.", "froze", "Suspension"),
    ("The ministry announced a hiring freeze for next year.", "freeze", "Suspension"),
    ("Police charged a 34-year-old man on Monday.", "charged", "ChargeIndict"),
    ("A second man has been charged.", "charged", "ChargeIndict"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), TYPED)
def test_corporate_and_police_acts_have_their_type(text, trigger, etype):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0].type == etype


# near misses: another sense of the same word keeps its old type
UNTYPED = [
    ("He recalled that the plant had closed in 2019.", "recalled", "Recall"),
    ("The senator recalled the long night of the vote.", "recalled", "Recall"),
    ("Voters in the county backed a recall election.", "recall", "Recall"),
    ("Temperatures will freeze overnight in the north.", "freeze", "Suspension"),
    ("The bank charged customers $5 for each transfer.", "charged", "ChargeIndict"),
    ("The company charges a monthly fee.", "charges", "ChargeIndict"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), UNTYPED)
def test_other_senses_keep_their_type(text, trigger, etype):
    assert all(e.type != etype for e in _events(text, trigger))


# --- class 2: an act counted from another act ---------------------------------------------------
# Published Thursday 18 March 2021.

COUNTED = [
    # the act counted from has no day: the counted act has none (not the publication date)
    ("The minister resigned two days after the vote.", "resigned", None),
    ("The council met on Monday. The mayor resigned two days after the vote.", "resigned", None),
    ("Skyway resumed its flights a week after the grounding.", "resumed", None),
    # the act counted from has a day: that day moved by the count
    ("The airline grounded the jets two days after the regulator ordered checks on Saturday.", "grounded", "2021-03-15"),
    ("The mayor resigned a day before the council voted on Tuesday.", "resigned", "2021-03-15"),
    ("Hours after the blast on Tuesday, police evacuated the station.", "evacuated", "2021-03-16"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), COUNTED)
def test_an_act_counted_from_another_takes_its_day_or_none(text, trigger, day):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value[:10] if events[0].time is not None else None
    assert value == day


# near misses: a day of its own, a length, a date counted from
OWN_DAY = [
    ("Skyway grounded the jets on Monday, hours after an engine fire.", "grounded", "2021-03-15"),
    ("The mayor resigned on Tuesday.", "resigned", "2021-03-16"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), OWN_DAY)
def test_an_act_with_its_own_day_keeps_it(text, trigger, day):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0].time is not None and events[0].time.value[:10] == day


def test_a_count_that_is_a_length_leaves_the_act_dated():
    # "for two days after the storm": how long, not when; the act keeps a time (here the writing's)
    events = _events("The port closed for two days after the storm.", "closed")
    assert events and events[0].time is not None


# a date of a clause or participle describing another noun of an event noun's phrase is not the
# event noun's; the noun's own date still is
NOUN_DAYS = [
    ("The recall, which covers models built between 2019 and 2022, was announced on Monday.", "recall", "2021-03-15"),
    ("The strike of workers hired in 2019 ended on Tuesday.", "strike", "!2019"),
    ("The March 2 meeting of ministers ended.", "meeting", "2021-03-02"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), NOUN_DAYS)
def test_a_date_describing_another_noun_is_not_the_event_nouns(text, trigger, day):
    from tests.extract.event_days import check_day

    check_day(text, trigger, day, "en")


# --- class 3: a headline verb the parser read as a plural noun ---------------------------------

HEADLINES = [
    ("EU fines Vantor 800 million euros over data transfers\n\nBRUSSELS (Wire) - The European "
     "Commission fined Vantor 800 million euros on Monday.", "fines", "EU", "Vantor"),
    ("Brussels fines Kestrel 2 billion euros for abusing dominance\n\nBRUSSELS (Wire) - The "
     "Commission fined Kestrel on Monday.", "fines", "Brussels", "Kestrel"),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), HEADLINES)
def test_headline_verb_read_as_noun_takes_its_sides(text, trigger, agent, patient):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert _span(text, events[0].agent) == agent
    assert (_span(text, events[0].patient) or "").startswith(patient)


def test_plural_event_noun_in_a_sentence_is_no_headline():
    text = "The EU fines on Vantor were upheld by the court on Monday."
    (event,) = _events(text, "fines")
    assert _span(text, event.agent) == "EU"
    assert _span(text, event.patient) == "Vantor"
