"""English agents and patients of business events (issue 17, "who did what to whom"): the "by"
agent of an event noun hung on its "of" object or on the active verb ("the acquisition of Beta by
Acme"), a passive's "by" agent set off after an aside ("was acquired in 2019, after months of
talks, by Gamma"), what "supply X with Y" supplies, a headline's "to" infinitive ("Velcora to buy Norvane"), and the bid nouns of light verbs ("made an offer for Beta", "launched a bid
for Beta": a bid, no product launch). Every sentence is invented. A row is (sentence, trigger,
type, agent, patient); ``ANY`` skips a column, ``None`` means no event or an empty slot.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()


def _event(nlp, text: str, trigger: str):
    events = [e for e in events_from_doc(nlp(text), lang="en") if e.trigger.text == trigger]
    return events[0] if events else None


def _text(span) -> str | None:
    return span.text if span is not None else None


CASES = [
    # an event noun's "by" agent under its "of" object, or after its phrase under an active verb
    ("The acquisition of Beta by Acme still needs approval from regulators.", "acquisition", "TransferOwnership",
     "Acme", "Beta"),
    ("The takeover of Brannock by Velto Motors was completed in May.", "takeover", "TransferOwnership",
     "Velto Motors", "Brannock"),
    ("Regulators blocked the purchase of the airline by Gamma last year.", "purchase", "TransferOwnership",
     "Gamma", "airline"),
    # a passive's "by" agent after an aside the parser hung it in
    ("Norvane was acquired in 2019, after months of talks with several rival bidders, by Gamma Holdings.",
     "acquired", "TransferOwnership", "Gamma Holdings", "Norvane"),
    ("The plant was closed last year, two decades after it opened, by Velto.", "closed", ANY, "Velto", "plant"),
    # light verbs: the bid noun is the event, with its "for" patient
    ("Delta, which had made an offer for Norvane in January, said it would not raise its bid.", "offer", "Bid",
     "which", "Norvane"),
    ("Velto rejected a takeover offer from Brannock.", "offer", "Bid", "Brannock", ANY),
    # "supply X with Y": X receives, Y is supplied
    ("Northwind won a contract to supply the Air Force with 179 new tankers.", "supply", "TransferOwnership",
     "Northwind", "tankers"),
    ("The Navy was supplied with new frigates by Northwind.", "supplied", "TransferOwnership", "Northwind", "frigates"),
    # ... also when the parser hangs "with" on the verb above
    ("Velto has won a contract to supply the Royal Navy ( RN ) with twelve new patrol boats .", "supply",
     "TransferOwnership", ANY, "patrol boats"),
    # a headline's "to" infinitive hung on the name whose plan it tells
    ("Velcora to buy Norvane in $4 billion deal", "buy", "TransferOwnership", "Velcora", "Norvane"),
]

# near misses that must stay as they were
GUARDS = [
    # read before: the parser hangs "by" on the noun or the verb itself; "launched a bid" bids
    ("The acquisition of Norvane by Kestrel Bank still needs approval.", "acquisition", "TransferOwnership",
     "Kestrel Bank", "Norvane"),
    ("Norvane was bought last year, after a long fight with its founders, by Kestrel Bank.", "bought",
     "TransferOwnership", "Kestrel Bank", "Norvane"),
    ("Velto launched a bid for Brannock last month.", "bid", "Bid", "Velto", "Brannock"),
    # "by" a quantity or a means, or the aside's own passive, is no agent
    ("Acme increased the sale of phones by 10 percent.", "sale", ANY, None, ANY),
    ("The plant was closed in 2019, a year after it was bought, by Velto.", "closed", ANY, None, "plant"),
    ("Costs were reduced last year, the report said, by cutting staff.", "reduced", ANY, None, ANY),
    ("The firm was fined on Tuesday, for the second time in a year, by the European Commission.", "fined", "Fine",
     "European Commission", "firm"),
    # an offer of help or of a job is no bid; a product is still launched
    ("She turned down a job offer from Brannock.", "offer", None, ANY, ANY),
    ("The union accepted an offer of a 3 percent raise.", "offer", None, ANY, ANY),
    ("Velto launched the new phone in March.", "launched", "ProductLaunch", "Velto", "phone"),
    ("Northwind will supply tankers to the Air Force.", "supply", "TransferOwnership", "Northwind", "tankers"),
    ("Velto won a deal to supply engines with Brannock.", "supply", "TransferOwnership", ANY, "engines"),
    # a common noun's plan is no headline subject
    ("Plans to buy Norvane in doubt", "buy", "TransferOwnership", None, "Norvane"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), CASES + GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_english_business_event_arguments(en_nlp, text: str, trigger: str, etype, agent, patient) -> None:
    event = _event(en_nlp, text, trigger)
    if etype is None:
        assert event is None, f"{trigger!r} is no event here"
        return
    assert event is not None, f"no event on {trigger!r}"
    if etype is not ANY:
        assert event.type == etype
    if agent is not ANY:
        assert _text(event.agent) == agent, "agent"
    if patient is not ANY:
        assert _text(event.patient) == patient, "patient"


def test_a_bid_launched_is_no_product_launch(en_nlp) -> None:
    events = events_from_doc(en_nlp("Velto launched a bid for Brannock last month."), lang="en")
    assert not any(e.type == "ProductLaunch" for e in events)


def test_supply_with_gives_the_object_as_recipient(en_nlp) -> None:
    event = _event(en_nlp, "Northwind won a contract to supply the Air Force with 179 new tankers.", "supply")
    assert event is not None and _text(event.recipient) == "Air Force"
