"""A participant headed by a share or a quantity ("Half of the workers", « 35 % des contrôleurs »,
"thousands of protesters") is the group it is taken from: who walked out is the workers, not "half"
(``xx/partitive_heads``; issue 17, "who did what"). Counts and collective nouns that name a thing of
their own keep it ("the number of victims rose"). Every sentence is invented. A row is (language,
sentence, trigger, role, expected text of that role).
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

CASES = [
    ("en", "Half of the workers walked out on Monday.", "walked", "agent", "workers"),
    ("en", "About 30 percent of voters backed the plan.", "backed", "agent", "voters"),
    ("en", "Most of the employees joined the strike on Friday.", "joined", "agent", "employees"),
    ("en", "A majority of shareholders rejected the merger.", "rejected", "agent", "shareholders"),
    ("en", "Thousands of protesters marched through the capital.", "marched", "agent", "protesters"),
    ("en", "Police arrested dozens of demonstrators outside the embassy.", "arrested", "patient", "demonstrators"),
    ("en", "The company laid off a third of its staff.", "laid", "patient", "staff"),
    ("fr", "35 % des contrôleurs étaient en grève mercredi.", "grève", "agent", "contrôleurs"),
    ("fr", "Une centaine de policiers ont interpellé des dizaines de militants.", "interpellé", "agent", "policiers"),
    ("fr", "Une centaine de policiers ont interpellé des dizaines de militants.", "interpellé", "patient", "militants"),
    ("fr", "La majorité des salariés a manifesté devant le siège.", "manifesté", "agent", "salariés"),
]

GUARDS = [
    # a count names a thing of its own; a number before "of" is people, not a share
    ("en", "The number of victims rose to 30 on Sunday.", "rose", "patient", "number"),
    ("en", "Two of the suspects fled the scene.", "fled", "agent", "Two"),
    # a share with no "of" complement stays what it is
    ("en", "Thousands marched through the capital.", "marched", "agent", "Thousands"),
    ("en", "Most rejected the offer.", "rejected", "agent", "Most"),
    # a collective noun with a « de » complement names the collective
    ("fr", "Le groupe de luxe a racheté la marque.", "racheté", "agent", "groupe"),
]


def _role(nlp, lang: str, text: str, trigger: str, role: str) -> str | None:
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    span = getattr(events[0], role)
    return None if span is None else span.text


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "role", "expected"), CASES + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{c[3]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_a_share_of_a_group_stands_for_the_group(request, lang, text, trigger, role, expected) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    assert _role(nlp, lang, text, trigger, role) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "agent"), [
    ("La grève des contrôleurs a commencé mardi.", "contrôleurs"),
    ("La grève des aiguilleurs a paralysé le trafic.", "aiguilleurs"),
    ("La manifestation des viticulteurs a rassemblé 2 000 personnes.", "viticulteurs"),
    ("La grève des douaniers perturbe les ports.", "douaniers"),
])
def test_a_trade_on_strike_is_the_strikes_agent(fr_nlp, text: str, agent: str) -> None:
    """« la grève des contrôleurs »: the trade (``fr/human_nouns``) strikes; it was the patient."""
    (event,) = [e for e in events_from_doc(fr_nlp(text), lang="fr") if e.type == "Demonstrate"]
    assert event.agent is not None and event.agent.text == agent
    assert event.patient is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "patient"), [
    ("Acme bought 30 percent of Beta last year.", "bought", "percent"),
    ("Mehta, who owns 12 percent of the company, will join the board.", "owns", "percent"),
    ("The fund sold half of its stake on Monday.", "sold", "half"),
    # people in the plural are still the group
    ("Police arrested dozens of demonstrators outside the embassy.", "arrested", "demonstrators"),
])
def test_a_share_of_one_thing_stays_a_share(en_nlp, text: str, trigger: str, patient: str) -> None:
    """"bought 30 percent of Beta": a stake, not the company (review of the lead's own rule)."""
    assert _role(en_nlp, "en", text, trigger, "patient") == patient
