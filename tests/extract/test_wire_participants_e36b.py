"""Participants of English wire news, after review of e36a (issue 17, e36b). Every sentence is invented.

Fixed classes: "pay" with a noun of honour, heed or a call ("paid tribute to", "paid homage",
"paid attention", "paid a visit") pays no money, and "pay a visit" is a support verb of the visit,
whose subject visits (``en/noun_support_pairs``); whom the subject of a verb of undergoing suffers
its event noun against is no patient ("suffered a heavy defeat against Leeds": the club undergoes
it; ``en/undergoer_support_pairs``); a share or a sum of money counting one thing that is no
organisation gives way to it ("won 58 percent of the vote", "sold 3 million euros of bonds"), while
a stake in an organisation stays ("will sell 20 percent of the airline"); the passive of a verb of
giving that keeps its second object makes its subject who receives ("Dorvan was granted a stay").
The guards say what must not change.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

pytestmark = pytest.mark.slow

ANY = object()

# (sentence, trigger, type, agent, patient, recipient); ANY skips a column
ARGUMENTS = [
    # a tribute, homage or heed paid is no payment
    # (e37a: whom the tribute is paid to receives it)
    ("The governor paid tribute to the flood victims on Sunday.", "paid", "Occurrence", "governor", None, "flood victims"),
    ("Thousands paid homage to the late poet.", "paid", "Occurrence", "Thousands", None, "poet"),
    ("Traders paid little attention to the warning.", "paid", "Occurrence", "Traders", ANY, None),
    # who pays a visit visits
    ("The envoy paid a brief visit to Kabul on Tuesday.", "visit", "Transport", "envoy", None, ANY),
    ("The envoy paid a brief visit to Kabul on Tuesday.", "paid", "Occurrence", "envoy", None, None),
    # who suffers a defeat against a side undergoes it; the side is none
    ("Dunmore suffered a heavy defeat against Harwick on Saturday.", "defeat", ANY, None, "Dunmore", ANY),
    ("The side suffered a 3-0 defeat against Leeds.", "defeat", ANY, None, "side", ANY),
    # a share or a sum of one thing is the thing
    ("Marlowe won 58 percent of the vote on Sunday.", "won", ANY, "Marlowe", "vote", ANY),
    ("The fund sold 3 million euros of bonds.", "sold", ANY, "fund", "bonds", ANY),
    ("Drayco lost 30 percent of its market value in a week.", "lost", ANY, "Drayco", "market value", ANY),
    ("The state bought 5 billion dollars of debt.", "bought", ANY, "state", "debt", ANY),
    # the passive of giving with an object kept: the subject receives
    ("Dorvan was granted a stay until March.", "granted", ANY, None, "stay", "Dorvan"),
    ("The nurses were paid a bonus in May.", "paid", "TransferMoney", None, "bonus", "nurses"),
    ("The players were paid 2 million dollars.", "paid", "TransferMoney", None, None, "players"),
    ("The town was sent a warning by the agency.", "sent", ANY, "agency", "warning", "town"),
]

GUARDS = [
    # money paid is a payment
    ("Halvern paid 4 million dollars to its suppliers.", "paid", "TransferMoney", "Halvern", None, "suppliers"),
    ("The council paid the bill on Monday.", "paid", "TransferMoney", "council", "bill", ANY),
    ("The club paid a high price for the striker.", "paid", "TransferMoney", "club", ANY, ANY),
    ("The minister made a visit to the plant on Monday.", "visit", "Transport", "minister", None, ANY),
    # "against" of another noun stays its patient; a fine paid stays the payer's
    ("Farmers staged a protest against the new tax.", "protest", ANY, ANY, "tax", ANY),
    ("The bank paid a fine for the leak.", "fine", ANY, None, "bank", ANY),
    # a stake in an organisation, a share of things, a measure of a move
    ("The government will sell 20 percent of the airline.", "sell", ANY, "government", "percent", ANY),
    ("Acme bought 30 percent of Beta last year.", "bought", ANY, "Acme", "percent", ANY),
    ("Orsel cut 5 percent of its staff.", "cut", ANY, "Orsel", "staff", ANY),
    ("Kestrel shares lost 3 percent on Tuesday.", "lost", ANY, None, "Kestrel shares", ANY),
    # a passive with nothing kept, an active double object
    ("The contract was awarded to Beta.", "awarded", ANY, None, "contract", "Beta"),
    ("A stay was granted to Halvern.", "granted", ANY, None, "stay", "Halvern"),
    ("The court granted Halvern a stay until March.", "granted", ANY, "court", "stay", "Halvern"),
    ("Brisco was given a week to respond.", "given", ANY, ANY, None, "Brisco"),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.parametrize(("text", "trigger", "kind", "agent", "patient", "recipient"), ARGUMENTS + GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(ARGUMENTS + GUARDS)])
def test_wire_participants_e36b(en_nlp, text: str, trigger: str, kind, agent, patient, recipient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    if kind is not ANY:
        assert event.type == kind
    for slot, want in (("agent", agent), ("patient", patient), ("recipient", recipient)):
        if want is not ANY:
            assert _text(getattr(event, slot)) == want, slot
