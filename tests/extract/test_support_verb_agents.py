"""Light verbs whose subject does what their event noun says (issue 17, "who did what"): a fine
imposed or inflicted is the imposer's (« la CNIL a infligé une amende à l'opérateur », "regulators
imposed a fine on the bank"), talks resumed or reopened are the resumer's. Every sentence is
invented. A row is (language, sentence, event noun, agent text)."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

CASES = [
    ("fr", "La CNIL a infligé une amende de 5 millions d'euros à l'opérateur.", "amende", "CNIL"),
    ("fr", "L'Autorité avait imposé une amende record au groupe en 2021.", "amende", "Autorité"),
    ("en", "Regulators imposed a $5 million fine on Harwick Bank.", "fine", "Regulators"),
    ("fr", "La direction a repris les négociations avec les syndicats mardi.", "négociations", "direction"),
    ("en", "The two sides resumed talks on Friday.", "talks", "sides"),
    ("en", "The two party leaders struck a deal late on Wednesday.", "deal", "leaders"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "agent"), CASES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_light_verb_subject_is_the_agent_of_its_event_noun(request, lang, text, trigger, agent) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].agent is not None and events[0].agent.text.endswith(agent)
