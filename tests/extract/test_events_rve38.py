"""Review rve38 of e38a: the senses, counts and headlines e38a read too widely.

Every sentence is invented for these tables (none comes from a corpus). The whole pipeline reads
each text (published Thursday 18 March 2021), so the time attachment is seen too.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _events(text: str, trigger: str) -> list:
    return [e for e in analyse_text(text, "en").events if e.trigger.text == trigger]


def _day(event) -> str | None:
    return None if event.time is None else event.time.value[:10]


# a person's memory of products, riot police rushing at a crowd: not a recall, not a charge
NOT_TYPED = [
    ("She recalled the cars she drove as a teenager.", "recalled", "Recall"),
    ("My grandfather recalled the trucks he repaired after the war.", "recalled", "Recall"),
    ("Riot police charged hundreds of students near the campus.", "charged", "ChargeIndict"),
    ("Police charged thousands of marchers on the bridge.", "charged", "ChargeIndict"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), NOT_TYPED)
def test_other_senses_are_not_typed(text, trigger, etype):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert all(e.type != etype for e in events)


# the company's own voice and a police charge of one person keep their type
STILL_TYPED = [
    ("It recalled 5,000 cars on Monday.", "recalled", "Recall"),
    ("We recalled the helmets as a precaution, the spokesman said.", "recalled", "Recall"),
    ("Police charged two men after the brawl.", "charged", "ChargeIndict"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), STILL_TYPED)
def test_recall_and_charge_still_typed(text, trigger, etype):
    events = _events(text, trigger)
    assert events and events[0].type == etype


# a count only moves the acts of its own clause: not the verb that reports or believes it, nor
# the act of another clause joined by "and"
NOT_COUNTED = [
    ("Officials said the mayor resigned two days after the vote.", "said"),
    ("Analysts said the airline resumed flights a week after the grounding.", "said"),
    ("Investigators believe the gunman bought the rifle a week before the shooting.", "believe"),
    ("The storm hit the coast and the port reopened two days after the landfall.", "hit"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_COUNTED)
def test_a_count_leaves_the_acts_of_other_clauses_dated(text, trigger):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0].time is not None


COUNTED = [
    # the counted act itself still loses the publication date
    ("Officials said the mayor resigned two days after the vote.", "resigned", None),
    # both verbs that share their subject are counted
    ("Police arrested and charged a man two days after the attack.", "arrested", None),
    # past a comma the act is the main clause's, not the one counted from (was Tuesday + 7)
    ("The minister, who resigned a week after the scandal, said on Tuesday he had no regrets.", "resigned", None),
    # a day counted in an opening phrase with its own day: the resolver's reading stands (was + 1 again)
    ("A day after the crash on Friday, investigators recovered the flight recorder.", "recovered", "2021-03-12"),
    # a day in the phrase and no act to count from: the day stays
    ("Minutes before the kick-off on Sunday, fans stormed the pitch.", "stormed", "2021-03-14"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), COUNTED)
def test_counted_acts_take_the_right_day(text, trigger, day):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert _day(events[0]) == day


def _span(text: str, span) -> str | None:
    return None if span is None else text[span.start : span.end]


# a headline noun phrase with no object after the plural noun: the name is a place, not an agent
HEADLINES = [
    ("Madrid protests in pictures\n\nMADRID (Wire) - Thousands marched on Sunday.", "protests", None),
    ("Kenya attacks on police stations\n\nNAIROBI (Wire) - Gunmen struck on Monday.", "attacks", None),
    # a headline verb with its object still takes its sides
    ("Berlin bans diesel cars from city centre\n\nBERLIN (Wire) - The council voted on Monday.", "bans", "Berlin"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), HEADLINES)
def test_headline_noun_phrase_is_no_verb(text, trigger, agent):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert _span(text, events[0].agent) == agent
