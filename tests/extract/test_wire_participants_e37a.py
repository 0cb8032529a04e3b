"""Participants, memberships and times of English wire news (issue 17, e37a). Every sentence is invented.

Fixed classes: a procedure by which a body acted gives way to the body as the agent ("approved by a
vote of the city council": the council; ``xx/procedure_agent_nouns``), a count staying ("by a vote of
52 to 48"); names before a verb of intention the parser read as a noun heading the sentence are the
subject of its infinitive ("The WHO and UNICEF plan to vaccinate": both vaccinate), an acronym the
tagger took for a common noun coordinating as a name; whom a tribute or homage is paid to receives
it ("paid tribute to the victims": recipient, was the patient), what is heeded staying the patient;
a "by" agent the parser hung on the object a passive keeps is the agent ("was fined 30 million
pounds by the Financial Conduct Authority", was none); a capitalised name before a governing body is the organisation of a member of that body ("a member
of the Dalton board": Dalton, was none); a present perfect or a state of "has been on" that lasts
"since" a date or "for" a span is dated by neither that date nor the publication date ("Workers
have been on strike since January": no time, was January). The guards say what must not change.
Publication date of the time rows: Thursday 18 March 2021.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc
from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow

ANY = object()

# (sentence, trigger, agent, patient, recipient); ANY skips a column
ARGUMENTS = [
    # a procedure of a body: the body acted
    ("The plan was approved by a vote of the city council on Tuesday.", "approved", "city council", "plan", ANY),
    ("The budget was adopted by a vote of shareholders.", "adopted", "shareholders", "budget", ANY),
    ("The merger was blocked by a ruling of the Supreme Court.", "blocked", "Supreme Court", ANY, ANY),
    # "by" hung on the object a passive keeps
    ("The lender was fined 30 million pounds by the Financial Conduct Authority.", "fined", "Financial Conduct Authority", "lender", ANY),
    ("Acme was fined 2 million euros by the regulator on Monday.", "fined", "regulator", "Acme", ANY),
    # names before a verb of intention read as a noun: they do what the infinitive says
    ("The WHO and UNICEF plan to vaccinate 5 million children against measles.", "vaccinate", "WHO", "children", ANY),
    ("Union leaders plan to stage a strike on Friday.", "stage", "Union leaders", "strike", ANY),
    # whom an honour is paid to receives it
    ("The governor paid tribute to the victims of the flood.", "paid", "governor", None, "victims"),
    ("Thousands paid homage to the late poet.", "paid", "Thousands", None, "poet"),
    ("Mourners paid their respects to the former president.", "paid", "Mourners", None, "president"),
]

ARGUMENT_GUARDS = [
    # a count, a vote of something else
    ("The law was passed by a vote of 52 to 48.", "passed", "vote", "law", ANY),
    ("The government survived a vote of confidence.", "survived", "government", "vote", ANY),
    ("The plan was approved by the city council.", "approved", "city council", "plan", ANY),
    ("Acme was fined 2 million euros by the end of the year.", "fined", None, "Acme", ANY),
    # a plan's owner before it, a subject that plans
    ("Acme's plan to close the plant angered workers.", "close", "Acme", ANY, ANY),
    ("Halvern plans to cut 300 jobs.", "cut", "Halvern", "jobs", ANY),
    ("The Gaza plan to rebuild homes.", "rebuild", None, "homes", ANY),
    # what is heeded, a visit paid, money paid
    ("Traders paid little attention to the warning.", "paid", "Traders", "warning", None),
    ("The envoy paid a brief visit to Kabul on Tuesday.", "paid", "envoy", None, None),
    ("Halvern paid 4 million dollars to its suppliers.", "paid", "Halvern", None, "suppliers"),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.parametrize(("text", "trigger", "agent", "patient", "recipient"), ARGUMENTS + ARGUMENT_GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(ARGUMENTS + ARGUMENT_GUARDS)])
def test_wire_participants_e37a(en_nlp, text: str, trigger: str, agent, patient, recipient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    for slot, want in (("agent", agent), ("patient", patient), ("recipient", recipient)):
        if want is not ANY:
            assert _text(getattr(event, slot)) == want, slot


def test_coordinated_acronyms_both_act(en_nlp) -> None:
    """Both names before the misread verb of intention act: the second is a co-agent."""
    doc = en_nlp("The WHO and UNICEF plan to vaccinate 5 million children against measles.")
    (event,) = [e for e in events_from_doc(doc, lang="en") if e.trigger.text == "vaccinate"]
    assert [s.text for s in event.co_agents] == ["UNICEF"]


# (text, person, organisation); None: no organisation
MEMBERSHIPS = [
    ("Anna Ricci, a member of the Dalton board, resigned on Thursday.", "Anna Ricci", "Dalton"),
    ("Paul Weir, a member of the Kestrel supervisory board, quit.", "Paul Weir", "Kestrel"),
    # guards: a family is no organisation; a board of a named company stays
    ("Anna Ricci, a member of the Dalton family, resigned on Thursday.", "Anna Ricci", None),
    ("Anna Ricci, a member of the board of Halvern Steel, resigned.", "Anna Ricci", "Halvern Steel"),
]


@pytest.mark.parametrize(("text", "person", "organisation"), MEMBERSHIPS)
def test_member_of_named_board(text: str, person: str, organisation: str | None) -> None:
    found = [m for m in analyse_text(text, "en").memberships if m.person.text == person]
    assert found, "no membership"
    assert _text(found[0].organisation) == organisation


# (text, trigger, day); None: no time
TIMES = [
    ("Workers at the plant have been on strike since January.", "strike", None),
    ("The two sides have been in talks for months.", "talks", None),
    ("Halvern has produced steel in the town for 40 years.", "produced", None),
    ("The mill has been closed since March 2.", "closed", None),
    # guards: a dated act, a simple past with a span, a present perfect alone
    ("Nurses went on strike on Monday.", "strike", "2021-03-15"),
    ("The mill closed for two weeks in January.", "closed", "2021-01"),
    ("Halvern has closed its mill.", "closed", "2021-03-18"),
    ("Orsel has hired 200 engineers since January.", "hired", "2021-01"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), TIMES)
def test_lasting_states_undated(text: str, trigger: str, day: str | None) -> None:
    check_day(text, trigger, day, "en")
