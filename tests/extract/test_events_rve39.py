"""Issue 17, rve39 (review of e39a): what the new English event rules must not do.

Every sentence is invented for these tables (none comes from a corpus). The whole pipeline reads
each text, published Thursday 18 March 2021 (:data:`tests.extract.event_days.PUBLISHED`).
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _events(text: str, trigger: str) -> list:
    return [e for e in analyse_text(text, "en").events if e.trigger.text == trigger]


def _time(event) -> str | None:
    return None if event.time is None else event.time.value


# an act counted from another act whose date, moved by the count, lands after the publication date:
# the act counted from was read in the wrong year, so the act told as done is left undated
@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("The museum reopened six months after the fire in December.", "reopened", None),
    ("The bridge reopened two weeks after the collapse on 12 March.", "reopened", None),
    # near misses: a moved date before the publication date stays; an act to come may lie after it
    ("The museum reopened two months after the fire in December.", "reopened", "2021-02"),
    ("The museum will reopen six months after the fire in December.", "reopen", "2022-06"),
])
def test_a_counted_act_told_as_done_takes_no_date_after_the_publication(text, trigger, value):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    assert _time(events[0]) == value


# a first name that is also a word of a trigger's list is no title ("Bill" is no bill)
@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("The party adopted Bill Turner as its candidate on Sunday.", "adopted", "Legislate"),
    ("The Senate rejected Bill Morgan on Tuesday.", "rejected", "RejectLegislation"),
    ("Voters in the district passed Bill Hayes in the primary.", "passed", "Legislate"),
])
def test_a_first_name_is_no_title(text, trigger, etype):
    events = _events(text, trigger)
    assert not events or events[0].type != etype


# a title before the whole name still tells what the person is
@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Winger Jonas Keller was released by Dunmore City on Friday.", "released", "EndPosition"),
    ("Defender Luke Amos joined Renfield Town on loan.", "joined", "StartPosition"),
])
def test_a_title_before_a_full_name_still_counts(text, trigger, etype):
    events = _events(text, trigger)
    assert events and events[0].type == etype


# joining a party or a union is becoming a member, no position taken
@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("He joined the Conservative Party in 2005.", "joined", "!StartPosition"),
    ("The teacher joined the National Union of Teachers.", "joined", "!StartPosition"),
    ("The mayor joined the Green Party after the election.", "joined", "!StartPosition"),
    # near misses: an employer or a club is still a position
    ("The engineer joined Pellmark in 2015.", "joined", "StartPosition"),
    ("The midfielder joined the squad for the training camp.", "joined", "StartPosition"),
])
def test_joining_a_party_or_a_union_is_no_start_position(text, trigger, etype):
    events = _events(text, trigger)
    assert events, f"no event on {trigger!r}"
    if etype.startswith("!"):
        assert events[0].type != etype[1:]
    else:
        assert events[0].type == etype
