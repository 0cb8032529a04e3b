"""Which entity an event argument stands for in the graph (kg.graph.mentions.entity_for_span): a
French body named by its kind and its seat (« le tribunal correctionnel de Lyon ») is not the place
it sits in, while a town's own bodies (« la mairie de Paris ») and plain names stay linked (lead,
s31). Every text is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _agent(text: str, trigger: str) -> str | None:
    from kg.analyse.pipeline import analyse
    from kg.graph.mentions import entity_for_span
    from kg.types import Document, PartialDate

    (analysis,) = list(analyse([Document(id="t", text=text, source="test", date=PartialDate(2025, 5, 22), lang="fr")]))
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert event.agent is not None, event
    entity = entity_for_span(analysis, event.agent)
    return entity.label if entity is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("L'ancien maire a été condamné jeudi à deux ans de prison avec sursis par le tribunal correctionnel de "
         "Lyon.", "condamné", None),
        ("La cour d'appel de Rennes a condamné l'entreprise à une amende.", "condamné", None),
        # a body the text names is its own entity; a town acts through its town hall
        ("L'université de Lille a annoncé la fermeture du campus.", "annoncé", "université de Lille"),
        ("La mairie de Grenoble a annoncé la fermeture des piscines.", "annoncé", "Grenoble"),
        ("Le groupe Vatel a annoncé la fermeture de son usine de Lens.", "annoncé", "Vatel"),
    ],
)
def test_a_body_named_by_its_seat_is_not_the_place(text: str, trigger: str, agent: str | None) -> None:
    assert _agent(text, trigger) == agent
