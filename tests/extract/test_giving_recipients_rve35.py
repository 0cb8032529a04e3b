"""Review of e35a's recipients of verbs of giving (issue 17, "to whom"): a place the tagger called a
person that the gazetteer knows only as a place, or a noun of a site, is where things are sent, not
who receives them ("sent two battalions to Niger", "shipped the engines to its factory",
``en/plant_nouns``, ``en/destination_nouns``); a "to" the parser tagged a particle is no recipient;
handing over anything but a loss or a blow is no support verb ("Police handed the investigation to
the FBI": the police do not investigate; ``en/inflicting_verbs``); who is given leave or time does
the infinitive also when the parser hung it on the verb ("gave Pelican Air a week to fix the
engines") or glued the one given to the noun ("gave Orvex permission to sell"). Every sentence is
invented. A row is (sentence, trigger, agent, patient, recipient); ``ANY`` skips a column."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()

CASES = [
    # a place or a site after "to" is where things go
    ("The army sent two battalions to Niger last month.", "sent", "army", "battalions", None),
    ("Halvern shipped the engines to its factory in Ohio.", "shipped", "Halvern", "engines", None),
    ("Rescuers sent the injured to hospital by helicopter.", "sent", "Rescuers", ANY, None),
    # handing over an act is no support: the one handed it acts
    ("Police handed the investigation to the FBI on Friday.", "investigation", None, ANY, ANY),
    ("The ministry handed the inquiry to a special prosecutor.", "inquiry", None, ANY, ANY),
    # who is given leave or time does the infinitive the parser hung on the verb
    ("The regulator gave Pelican Air a week to fix the engines.", "fix", "Pelican Air", "engines", ANY),
    ("Parliament gave the government the green light to borrow more.", "borrow", "government", ANY, ANY),
    # ... or glued to the noun of leave
    ("The judge gave Orvex permission to sell the plant.", "gave", "judge", None, "Orvex"),
    ("The judge gave Orvex permission to sell the plant.", "sell", "Orvex", "plant", ANY),
]

GUARDS = [
    # people and bodies after "to" still receive
    ("She handed the keys to her successor on Monday.", "handed", "She", "keys", "successor"),
    ("The company sent its condolences to the families of the victims.", "sent", "company", "condolences", "families"),
    ("The Pentagon awarded the contract to Boeing last year.", "awarded", ANY, "contract", "Boeing"),
    # a loss or a blow handed over is still dealt by the giver and suffered by the one handed it
    ("The army handed Rebel forces a crushing defeat near the border.", "defeat", "army", "Rebel forces", ANY),
    ("Rovers won 2-1 on Saturday, handing the leaders their first defeat of the season.", "defeat", ANY, "leaders", ANY),
    # a resignation handed over is still the giver's
    ("The minister handed his resignation to the president.", "resignation", "minister", ANY, ANY),
    # a compound that says what kind of leave is no one given it ("planning" does not build); a
    # thing given keeps the giver acting
    ("The council gave the firm planning permission to build homes.", "build", None, "homes", ANY),
    ("Acme gave workers a bonus to keep them.", "keep", "Acme", ANY, ANY),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "agent", "patient", "recipient"), CASES + GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_who_receives_what_is_sent(en_nlp, text: str, trigger: str, agent, patient, recipient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    for slot, want in (("agent", agent), ("patient", patient), ("recipient", recipient)):
        if want is not ANY:
            assert _text(getattr(event, slot)) == want, slot
