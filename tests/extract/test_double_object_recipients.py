"""The first object of an English double object receives ("Acme gave its workers a bonus", "the city
awarded Beta a contract"): who got what, asked of every verb, not only of the types whose rows name a
recipient (issue 17, "to whom"). Every sentence is invented. A row is (sentence, trigger, recipient,
patient); ``ANY`` skips a column."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()

CASES = [
    ("Acme gave its workers a bonus on Friday.", "gave", "workers", "bonus"),
    ("The city awarded Beta a contract for the new bridge.", "awarded", "Beta", "contract"),
    ("The council granted the firm a permit last week.", "granted", "firm", "permit"),
    ("The airline offered the union a new deal.", "offered", "union", ANY),
    ("Police showed reporters the weapon.", "showed", "reporters", "weapon"),
]

GUARDS = [
    # one object, or an object and its predicate, is no double object
    ("Acme bought its rival last year.", "bought", None, "rival"),
    ("They called him a liar.", "called", None, "him"),
    ("Acme sold the plant to Beta.", "sold", ANY, "plant"),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "recipient", "patient"), CASES + GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_the_first_of_two_objects_receives(en_nlp, text: str, trigger: str, recipient, patient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    if recipient is not ANY:
        assert _text(event.recipient) == recipient
    if patient is not ANY:
        assert _text(event.patient) == patient
