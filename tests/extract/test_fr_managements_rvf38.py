"""Review of f38a's French participants (rvf38): every sentence is invented for these tests;
published Thursday 18 March 2021.

Fixed classes: a news agency the article names anywhere before a bare « la direction » (« interrogé
par l'AFP », « a indiqué Reuters ») runs no such management, so the noun stays unnamed rather than
taken for the agency's; « voter la mobilisation » is a vote of funds or troops, not a strike the
voters do. The other rows guard what must not change."""

from __future__ import annotations

import pytest

from tests.extract.event_days import agent_of, analyse_text, span_text

pytestmark = pytest.mark.slow


_text = span_text


def _agent(text: str, trigger: str) -> str | None:
    return agent_of(text, trigger, "fr")


# (text, trigger, agent)
MANAGEMENTS = [
    ("Interrogé par l'AFP, un salarié de Brémond a dénoncé la décision. La direction a confirmé la "
     "fermeture de l'atelier.", "confirmé", "direction"),
    ("« Nous allons fermer », a confié un cadre à l'agence Reuters. La direction a démenti mardi.",
     "démenti", "direction"),
    ("Le site de Pontivy emploie 200 personnes, a indiqué Reuters. La direction a annoncé la suppression "
     "de 50 postes.", "suppression", "direction"),
    # guards: a company named before the noun is still its company, the agency aside
    ("Selon l'AFP, la société Ardelis prépare un plan social. La direction a annoncé mardi le départ de "
     "30 cadres.", "annoncé", "Ardelis"),
    ("Le maire de Lille a visité lundi l'entreprise Textilor. La direction a présenté un plan de relance.",
     "présenté", "Textilor"),
    ("Reuters a révélé lundi les difficultés de la société Kerlan. La direction a annoncé une réunion.",
     "annoncé", "Kerlan"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), MANAGEMENTS, ids=[f"management-{i}" for i in range(len(MANAGEMENTS))])
def test_a_news_agency_runs_no_management(text: str, trigger: str, agent: str) -> None:
    assert _agent(text, trigger) == agent


# (text, trigger, agent)
VOTES = [
    ("Le conseil municipal a voté la mobilisation de deux millions d'euros pour les sinistrés.", "mobilisation", None),
    ("Les actionnaires ont voté la mobilisation de réserves pour financer le dividende.", "mobilisation", None),
    # guards: a strike voted or renewed
    ("Les chauffeurs de bus ont voté mardi une grève de 48 heures.", "grève", "chauffeurs"),
    ("Les agents de la RATP ont reconduit la grève jusqu'à lundi.", "grève", "agents de la RATP"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), VOTES, ids=[f"vote-{i}" for i in range(len(VOTES))])
def test_a_vote_of_funds_is_no_strike(text: str, trigger: str, agent: str | None) -> None:
    events = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    assert events, trigger
    assert _text(events[0].agent) == agent


# (text, (speaker, quotation, indirect) expected, or None: no quotation at all)
INCISES = [
    ("BREST (AFP) - Le chantier naval a perdu son principal client.\n\n« C'est grave », a réagi le maire.",
     ("maire", "C'est grave", False)),
    ("LYON (AFP) - La direction a annoncé mardi le licenciement de 40 salariés.\n\n"
     "« C'est inacceptable », a déclaré Marie Dubois, déléguée FO.", ("Marie Dubois", "C'est inacceptable", False)),
    # guards: one word is no quotation; an unquoted incise stays indirect speech
    ("Le tribunal a rejeté le recours.\n\n« Injuste », a dénoncé l'avocat de la famille.", None),
    ("Le maire a démissionné.\n\nLa ville reste sans exécutif, a regretté l'opposition.",
     ("opposition", "La ville reste sans exécutif", True)),
]


@pytest.mark.parametrize(("text", "expected"), INCISES, ids=[f"incise-{i}" for i in range(len(INCISES))])
def test_a_short_quotation_after_a_paragraph_break_is_reported(text: str, expected: tuple[str, str, bool] | None) -> None:
    quotes = [(_text(q.speaker), q.span.text, q.indirect) for q in analyse_text(text, "fr").quotes]
    if expected is None:
        assert quotes == [], quotes
    else:
        assert expected in quotes, quotes
