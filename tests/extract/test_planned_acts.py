"""What a plan, a deal or a threat says is to be done (issue 17, "who did what"): the infinitive of a
noun of intending (``<lang>/intention_nouns``: "Acme announced a plan to cut 500 jobs", « son
intention de racheter Beta ») is not asserted, so it is no fact of the day of the report; and a
plan's owner named before the noun does what the plan says, not whoever blocks or rejects it ("a
judge blocked a Forest Service plan to log the forest"). Every sentence is invented. A row is
(language, sentence, trigger, modality, agent); ``ANY`` skips a column.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()

CASES = [
    # the infinitive of a noun of intending is planned, not done
    ("en", "Acme announced on Monday a plan to cut 500 jobs.", "cut", "FUTURE", "Acme"),
    ("en", "Northwind unveiled a proposal to merge with Delta.", "merge", "FUTURE", ANY),
    ("en", "The union renewed its threat to strike on Friday.", "strike", "POSSIBLE", ANY),
    ("en", "Velto reached a deal to sell its truck unit.", "sell", "FUTURE", ANY),
    ("fr", "Le groupe a présenté lundi son projet de fermer l'usine de Lille.", "fermer", "FUTURE", ANY),
    ("fr", "Le club a confirmé sa volonté de recruter un attaquant.", "recruter", "FUTURE", ANY),
    # the owner named before the plan does what it says
    ("en", "A federal judge on Tuesday blocked a Forest Service plan to log the forest.", "log", ANY, "Forest Service"),
    ("en", "Regulators rejected the Acme proposal to buy Beta.", "buy", ANY, "Acme"),
]

GUARDS = [
    # an attempt or an effort may have succeeded: still asserted
    ("en", "The prisoner made an attempt to flee on Sunday.", "flee", "ASSERTED", ANY),
    ("en", "Rescuers joined the effort to free the miners.", "free", "ASSERTED", ANY),
    # a plan with no owner before it is still its governing subject's
    ("en", "Acme announced a plan to cut 500 jobs.", "cut", ANY, "Acme"),
    # a verb of intending keeps what it gave before
    ("en", "Acme plans to cut 500 jobs.", "cut", "FUTURE", "Acme"),
    # a purpose infinitive after a plain noun is no plan
    ("en", "Acme hired a consultant to review its accounts.", "review", "ASSERTED", ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "modality", "agent"), CASES + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_planned_acts_are_not_asserted_and_belong_to_the_plan(request, lang, text, trigger, modality, agent) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    if modality is not ANY:
        assert event.modality == modality
    if agent is not ANY:
        assert (event.agent.text if event.agent else None) == agent
