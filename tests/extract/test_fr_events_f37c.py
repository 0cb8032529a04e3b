"""French participants read on invented news (issue 17, f37c): every sentence is invented for
these tests; published Thursday 18 March 2021.

Fixed classes: a match's result is an event (French has no default row: « Lens a battu Marseille
2-1 » gave none); like English "Arsenal beat Chelsea", an Occurrence with the winner as agent and
the beaten side as patient, the side after « face à » / « contre » the patient when there is no
object (« Lens s'est imposé face à Nantes »), the holder of a draw the agent (« le PSG a été tenu en
échec par Monaco »); the object clitic of a verb whose object is a person (« La police l'a
interpellé ») takes up a person, passing over a thing named between; « lancer un appel à la grève »
is an appeal even when the parser hangs « à la grève » on « lancer », its agent the subject or the
cleft's focus (« C'est la CGT qui a lancé l'appel »). The other rows guard what must not change."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


# (text, trigger, type, agent, patient, day) or (text, trigger, None, ...) when no event on trigger
RESULTS = [
    ("Lens a battu Marseille 2-1 samedi soir.", "battu", "Occurrence", "Lens", "Marseille", "2021-03-13"),
    ("Lens a été battu par Marseille.", "battu", "Occurrence", "Marseille", "Lens", "2021-03-18"),
    ("Lens s'est imposé face à Nantes dimanche.", "imposé", "Occurrence", "Lens", "Nantes", "2021-03-14"),
    ("Le PSG a été tenu en échec par Monaco.", "tenu", "Occurrence", "Monaco", "PSG", "2021-03-18"),
    ("Kylian Mbappé a ouvert le score à la 12e minute.", "ouvert", "Occurrence", "Kylian Mbappé", None, "2021-03-18"),
    # guards: a record, a fight, a reform that is needed, a dialogue opened
    ("Le PSG a battu son record d'affluence.", "battu", None, None, None, None),
    ("Les deux hommes se sont battus.", "battus", None, None, None, None),
    ("Cette réforme s'impose face à la crise.", "impose", None, None, None, None),
    ("Le gouvernement a ouvert le dialogue.", "ouvert", None, None, None, None),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "agent", "patient", "day"), RESULTS,
                         ids=[f"result-{i}" for i in range(len(RESULTS))])
def test_a_match_result_is_an_event(text: str, trigger: str, kind: str | None, agent: str | None,
                                    patient: str | None, day: str | None) -> None:
    events = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    if kind is None:
        assert not events, [(e.type, _text(e.agent)) for e in events]
        return
    assert events, trigger
    event = events[0]
    value = event.time.value.split("T", 1)[0] if event.time is not None else None
    assert (event.type, _text(event.agent), _text(event.patient), value) == (kind, agent, patient, day)


# (text, name of the entity whose chain holds « l' », or None)
CLITICS = [
    ("Le chauffeur du car, Marc Petit, a pris la fuite. Les gendarmes ont bouclé le quartier. "
     "La police l'a interpellé mardi soir à Rennes.", "Marc Petit"),
    ("Le militant Paul Roux a manifesté devant la préfecture. Les agents ont fermé le portail. "
     "Les policiers l'ont interpellé peu après.", "Paul Roux"),
    # guards: one sentence back as before; a feminine participle is not the man's
    ("Le militant Marc Petit a manifesté devant la mairie. La police l'a interpellé.", "Marc Petit"),
    ("Le militant Marc Petit a manifesté devant la mairie. Les gendarmes ont bouclé le quartier. "
     "La police l'a interpellée.", None),
]


@pytest.mark.parametrize(("text", "name"), CLITICS, ids=[f"clitic-{i}" for i in range(len(CLITICS))])
def test_the_object_clitic_of_an_arrest_is_a_person(text: str, name: str | None) -> None:
    result = analyse_text(text, "fr")
    holders = [e.label for e in result.entities if any(r.text == "l'" for r in e.references)]
    assert holders == ([name] if name else []), holders


# (text, trigger, type or None, agent, antecedent of the agent)
APPEALS = [
    ("La CGT a lancé un appel à la grève.", "appel", "Appeal", "CGT", None),
    ("C'est la CGT qui a lancé l'appel à la grève.", "appel", "Appeal", "qui", "CGT"),
    # guards: « faire appel à » calls on someone; the plain « appel à » read as before
    ("La mairie a fait appel à un cabinet de conseil.", "appel", None, None, None),
    ("La CGT a appelé à la grève.", "appelé", "Appeal", "CGT", None),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "agent", "antecedent"), APPEALS,
                         ids=[f"appeal-{i}" for i in range(len(APPEALS))])
def test_launching_an_appeal_is_the_appeal(text: str, trigger: str, kind: str | None, agent: str | None,
                                           antecedent: str | None) -> None:
    events = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    if kind is None:
        assert not events, [(e.type, _text(e.agent)) for e in events]
        return
    assert events, trigger
    event = events[0]
    assert (event.type, _text(event.agent), _text(event.agent_antecedent)) == (kind, agent, antecedent)


# (text, reported words or None, speaker, channel)
UNQUOTED = [
    ("La circulation a été rétablie vers midi, a indiqué la préfecture dans un communiqué.",
     "La circulation a été rétablie vers midi", "préfecture", "statement"),
    ("Le suspect a été interpellé, a précisé le parquet.", "Le suspect a été interpellé", "parquet", None),
    ("Les négociations reprendront lundi, a annoncé mardi le ministre du Travail.",
     "Les négociations reprendront lundi", "ministre du Travail", None),
    # guards: a second act of the same subject; the quoted incise read as before
    ("Le maire a ouvert la séance, a rappelé le contexte puis a donné la parole.", None, None, None),
    ("« La circulation a été rétablie vers midi », a indiqué la préfecture dans un communiqué.",
     "La circulation a été rétablie vers midi", "préfecture", "statement"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "channel"), UNQUOTED,
                         ids=[f"unquoted-{i}" for i in range(len(UNQUOTED))])
def test_an_incise_reports_the_clause_before_it(text: str, words: str | None, speaker: str | None,
                                               channel: str | None) -> None:
    quotes = analyse_text(text, "fr").quotes
    if words is None:
        assert not quotes, [q.span.text for q in quotes]
        return
    assert [(q.span.text, _text(q.speaker), q.channel) for q in quotes] == [(words, speaker, channel)]
