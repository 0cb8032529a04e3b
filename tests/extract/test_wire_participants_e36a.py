"""Participants, times and speakers of English wire news (issue 17, e36a). Every sentence is invented.

Fixed classes: who pays, receives or incurs a fine is the fined party, the patient of the fine ("the
bank failed to pay the fine", "Rovers suffered their first defeat"; ``en/undergoer_support_pairs``,
the ``pay`` row of a penalty), and a
sum tagged as money is no participant ("paid a fine of 20 million pounds"); a numbered measure a
quantity moves by is no patient and the subject that moved is ("Kestrel shares shed 2 percent";
``en/change_measure_nouns``), unless it counts part of a thing ("cut 5 percent of its staff"); who
"was given until Friday to" act receives the time and acts, and the limit is no date of the giving
(``en/time_granting_verbs``, ``en/until_prepositions``); a date after "since" in a phrase that
ranks ("the first strike since 2019", "its biggest fall since 2008") dates nothing; a person whose
clause introduces a quotation after a colon speaks it ("Smith was blunt: « We will fight »"); a
department noun before a title keeps it with its possessor ("its finance director, John Reed"); a
span of time that counts a thing is a verb's object ("ending 12 years of Republican rule": the rule
ends, the voters do not).
The guards say what must not change. Publication date of the time rows: Thursday 18 March 2021.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc
from kg.extract.quotes import quotes_from_doc
from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow

ANY = object()

# (sentence, trigger, agent, patient, recipient); ANY skips a column
ARGUMENTS = [
    # a fine someone pays is theirs to undergo
    ("The bank failed to pay the fine.", "fine", None, "bank", ANY),
    ("The bank said it would pay the fine.", "fine", None, "it", ANY),
    ("The judge ordered Halvern to pay the fine.", "fine", None, "Halvern", ANY),
    ("The bank refused to pay the penalty.", "pay", None, "bank", ANY),
    ("Brisco Bank paid a fine of 20 million pounds.", "fine", None, "Brisco Bank", ANY),
    ("Acme paid 3 million dollars to its former chief executive.", "paid", "Acme", None, "executive"),
    # a defeat one suffers or concedes is one's own
    ("Doyle conceded defeat on Wednesday.", "defeat", None, "Doyle", ANY),
    ("Rovers suffered their first defeat of the season.", "defeat", None, "Rovers", ANY),
    # a measure a quantity moves by is no participant: the subject moved
    ("Kestrel shares lost 3 percent on Tuesday.", "lost", None, "Kestrel shares", ANY),
    ("Shares of Dalton Motors shed 2 percent.", "shed", None, "Shares of Dalton Motors", ANY),
    ("The index gained 120 points in early trading.", "gained", None, "index", ANY),
    ("The euro shed 1.2 percent against the dollar.", "shed", None, "euro", ANY),
    # a span of time that counts a thing is an object: the thing ends, not the subject
    ("Voters elected Laura Finch as governor, ending 12 years of Republican rule.", "ending", "Voters", "Republican rule", ANY),
    ("The vote ended two decades of one-party rule.", "ended", ANY, "party rule", ANY),
    # who is given time until a limit receives it and acts
    ("The union was given until Friday to call off the strike.", "given", None, None, "union"),
    ("The union was given until Friday to call off the strike.", "call", "union", "strike", ANY),
]

ARGUMENT_GUARDS = [
    ("Orsel cut its workforce by 10 percent.", "cut", "Orsel", "workforce", ANY),
    ("The regulator fined the bank 20 million pounds.", "fined", "regulator", "bank", ANY),
    ("Velmont shed 300 jobs last year.", "shed", "Velmont", "jobs", ANY),
    ("The strike ended on Monday.", "ended", None, "strike", ANY),
    ("The programme ended last week.", "ended", None, "programme", ANY),
    ("The defeat of the bill angered unions.", "defeat", None, "bill", ANY),
    ("The minister paid a visit to the flooded town.", "visit", ANY, None, ANY),
    ("Troops were sent until the end of the year to restore order.", "sent", None, "Troops", None),
    ("The league gave the club until October to respond.", "gave", "league", None, "club"),
    ("The league gave the club until October to respond.", "respond", "club", ANY, ANY),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.parametrize(("text", "trigger", "agent", "patient", "recipient"), ARGUMENTS + ARGUMENT_GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(ARGUMENTS + ARGUMENT_GUARDS)])
def test_wire_participants(en_nlp, text: str, trigger: str, agent, patient, recipient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    for slot, want in (("agent", agent), ("patient", patient), ("recipient", recipient)):
        if want is not ANY:
            assert _text(getattr(event, slot)) == want, slot


# (sentence, trigger, day): "!D" any day but D
TIMES = [
    ("The dispute is the first since 2019.", "dispute", "!2019"),
    ("The walkout was the first at the plant since 2019.", "walkout", "!2019"),
    ("The union was given until Friday to call off the strike.", "given", "!2021-03-19"),
    ("Shares posted their biggest daily fall since March 2020 on Monday.", "posted", "2021-03-15"),
    # guards: a perfect's "since" and a day of its own stay
    ("Velmont has cut 500 jobs since January.", "cut", "2021-01"),
    ("The walkout is the first at the plant since 2019, when pilots struck for a week.", "struck", "2019"),
    ("The bank refused on Tuesday to pay the fine.", "refused", "2021-03-16"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), TIMES, ids=[f"{c[1]}-{i}" for i, c in enumerate(TIMES)])
def test_wire_times(text: str, trigger: str, day: str) -> None:
    check_day(text, trigger, day, "en")


# (text, speaker of the quotation): a person's clause before a colon speaks the quotation
SPEAKERS = [
    ('Smith was blunt: "We will fight this ruling."', "Smith"),
    ('She was defiant: "I did nothing wrong."', "She"),
    ('Chief executive Anna Price was upbeat: "This is our best year."', "Anna Price"),
    # guards: a thing's clause speaks nothing, a verb of saying keeps its speaker
    ('The report was clear: "The dam was unsafe."', None),
    ('The sign read: "Closed for repairs."', None),
    ('Smith told reporters: "We will appeal the ruling."', "Smith"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS, ids=[f"q{i}" for i in range(len(SPEAKERS))])
def test_colon_speaker(en_nlp, text: str, speaker: str | None) -> None:
    quotes = list(quotes_from_doc(en_nlp(text), lang="en"))
    assert quotes, "no quotation"
    assert _text(quotes[0].speaker) == speaker


# (text, person, organisation of the membership): a department noun before a title keeps it with
# its possessor ("its finance director"; ``en/title_department_nouns``), another noun parts them
MEMBERSHIPS = [
    ("Kestrel Bank said that its finance director, John Reed, would step down.", "John Reed", "Kestrel Bank"),
    ("Acme said its marketing director, Jane Roe, had resigned.", "Jane Roe", "Acme"),
    ("Norvane's sales director, Tom Ash, left in May.", "Tom Ash", "Norvane"),
    # guards: a noun of another body, an adjective as before
    ("Kestrel Bank said that its union leader, John Reed, would step down.", "John Reed", None),
    ("Kestrel Bank said that its new chief executive, John Reed, would step down.", "John Reed", "Kestrel Bank"),
]


@pytest.mark.parametrize(("text", "person", "organisation"), MEMBERSHIPS, ids=[f"m{i}" for i in range(len(MEMBERSHIPS))])
def test_department_titles(en_nlp, text: str, person: str, organisation: str | None) -> None:
    from kg.extract.memberships import memberships_from_doc

    found = {_text(m.organisation) for m in memberships_from_doc(en_nlp(text), lang="en") if m.person.text == person}
    if organisation is None:
        assert "Kestrel Bank" not in found  # the union's leader is no office of the bank
    else:
        assert organisation in found
