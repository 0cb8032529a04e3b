"""Review of e34a's coordinated participants (issue 17): names that a coordination seems to add to
an event but that take no part in it. A name after "and not" is the one left out; a last name the
parse hangs on the event's clause is the subject of the clause after it; the two sides after
« entre » are a relation, as after "between"; the second half of another member's "&" name is no
member of its own. The coordinations that do add a participant still do. Every sentence is
invented. A row is (language, sentence, trigger, co-agents, co-patients).
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

NOT_MEMBERS = [
    # a negated name is the one left out
    ("en", "Halbury and not Ferrow won the contract.", "won", [], []),
    # the last name is the subject of the next clause, which the parse left without one
    ("en", "Ferrow hired Ann Bell and Tom Ryan joined Lintell.", "hired", [], []),
    ("en", "Police questioned Ann Bell and Tom Ryan resigned.", "questioned", [], []),
    ("en", "Ferrow fired Ann Bell and Tom Ryan has quit.", "fired", [], []),
    # the two sides of a relation, in French too
    ("fr", "Les négociations entre Renault et Nissan ont échoué.", "négociations", [], []),
    # the second half of another member's "&" name
    ("en", "Ferrow sued Lintell and Marsh & McLennan on Monday.", "sued", [], ["Marsh & McLennan"]),
    ("en", "Boeing announced new orders from Air Dalby and Kelso Aviation Lease & Finance of Norway.", "orders",
     ["Kelso Aviation Lease & Finance of Norway"], []),
]

STILL_MEMBERS = [
    # a clause after the coordination that has its own subject, or none after it
    ("en", "Police arrested Ian Moss and Kate Byrne and charged them.", "arrested", [], ["Kate Byrne"]),
    ("en", "Police arrested Ian Moss and Kate Byrne yesterday and released them.", "arrested", [], ["Kate Byrne"]),
    ("en", "Ferrow hired Ann Bell and Tom Ryan, who joined in May.", "hired", [], ["Tom Ryan"]),
    ("en", "Ferrow told Ann Bell and Tom Ryan to leave.", "leave", ["Tom Ryan"], []),
    ("en", "Kemp Foods and Ferrow agreed to merge.", "agreed", ["Ferrow"], []),
    ("fr", "La police a interpellé Paul Morel et Lucie Garnier puis les a relâchés.", "interpellé", [], ["Lucie Garnier"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "co_agents", "co_patients"),
    NOT_MEMBERS + STILL_MEMBERS,
    ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(NOT_MEMBERS + STILL_MEMBERS)],
)
def test_coordinated_members(en_nlp, fr_nlp, lang, text, trigger, co_agents, co_patients) -> None:
    nlp = en_nlp if lang == "en" else fr_nlp
    event = next(e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger)
    assert ([s.text for s in event.co_agents], [s.text for s in event.co_patients]) == (co_agents, co_patients)
