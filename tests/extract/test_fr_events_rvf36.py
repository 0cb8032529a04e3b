"""French clashes read on invented news (review of f36a, issue 17): people who face each other with
words, votes or games (« se sont affrontés verbalement », « sur les réseaux sociaux », « au conseil
municipal », « aux échecs », « l'affrontement verbal entre ») do not attack each other, while a
fight on the fringe of a match or against the police still does. Every sentence is invented for
these tests; published Thursday 18 March 2021."""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


# (text, trigger of the Attack or None for no attack, its agent)
CLASHES = [
    # a contest of words, votes or games: no attack
    ("Les supporters se sont affrontés verbalement sur les réseaux sociaux.", None, None),
    ("Les manifestants se sont affrontés oralement avec le préfet.", None, None),
    ("Les jeunes se sont affrontés au tournoi de basket du quartier.", None, None),
    ("Les jeunes des deux villages se sont affrontés au football dimanche.", None, None),
    ("Les habitants se sont affrontés au conseil municipal sur le projet d'éoliennes.", None, None),
    ("Les détenus se sont affrontés aux échecs lors d'un tournoi.", None, None),
    ("Les militants se sont affrontés sur la question des retraites.", None, None),
    ("L'affrontement verbal entre les militants et les policiers a duré une heure.", None, None),
    ("Les affrontements entre militants sur les réseaux sociaux se multiplient.", None, None),
    # near misses: a fight on the fringe of a match, after it or against the police still is one
    ("Des hooligans se sont affrontés en marge du match entre Lille et Lens.", "affrontés", "hooligans"),
    ("De violents affrontements entre supporters ont éclaté après le match.", "affrontements", "supporters"),
    ("Des casseurs se sont affrontés aux gendarmes devant la préfecture.", "affrontés", "casseurs"),
    ("Des militants se sont affrontés sur la place de la mairie.", "affrontés", "militants"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), CLASHES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CLASHES)])
def test_a_contest_of_words_or_games_is_no_attack(text: str, trigger: str | None, agent: str | None) -> None:
    attacks = [e for e in analyse_text(text, "fr").events if e.type == "Attack"]
    if trigger is None:
        assert not attacks, [e.trigger.text for e in attacks]
        return
    found = [e for e in attacks if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in attacks]
    assert found[0].agent is not None and found[0].agent.text == agent
