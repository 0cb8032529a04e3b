"""French participants read on invented news (issue 17, f38a): every sentence is invented for
these tests; published Thursday 18 March 2021.

Fixed classes: a bare management noun (« La direction a annoncé ») acts for the company the article
named last before it as the document types its names, not as the model labels them (a headline's
name the model ran over the paragraph break gave the agent « \\n\\n »; a dateline's town the model
called an organisation gave « LYON »); a fronted « après avoir » / « avant de » infinitive the parser
made the sentence's root, hanging the main clause under it, is done by the main clause's subject
(« Après avoir racheté Vitalis, Danone a licencié »); « voter » and « reconduire » a strike are
support verbs of the strike, their subject its agent (« Les enseignants ont voté la grève »). The
other rows guard what must not change."""

from __future__ import annotations

import pytest

from tests.extract.event_days import agent_of, analyse_text, span_text

pytestmark = pytest.mark.slow


_text = span_text


def _agent(text: str, trigger: str) -> str | None:
    return agent_of(text, trigger, "fr")


# (text, trigger, agent)
MANAGEMENTS = [
    ("Grève chez Valmont\n\nLYON (AFP) - Un mouvement de grève a débuté lundi chez Valmont, fabricant de "
     "pompes. La direction a annoncé mardi le licenciement de 40 salariés.", "annoncé", "Valmont"),
    ("Grève chez Valmont\n\nLYON (AFP) - Un mouvement de grève a débuté lundi chez Valmont, fabricant de "
     "pompes. La direction a annoncé mardi le licenciement de 40 salariés.", "licenciement", "Valmont"),
    ("LYON (AFP) - La direction a annoncé la fermeture du site.", "annoncé", "direction"),
    ("NANTES (AFP) - Les salariés de la société Kerlan ont débrayé lundi. La direction a annoncé mardi "
     "une réunion.", "annoncé", "Kerlan"),
    ("Les salariés de la société Kerlan ont débrayé. « C'est une provocation », a dénoncé Karim Benali, "
     "délégué syndical CGT. La direction a annoncé une réunion.", "annoncé", "Kerlan"),
    # guards: no company named before the noun, a complement of its own
    ("TOULOUSE (AFP) - La direction a confirmé mardi la suppression de 80 postes.", "confirmé", "direction"),
    ("La direction de Kerlan a annoncé une réunion.", "annoncé", "direction de Kerlan"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), MANAGEMENTS, ids=[f"management-{i}" for i in range(len(MANAGEMENTS))])
def test_a_management_acts_for_the_company_the_document_names(text: str, trigger: str, agent: str) -> None:
    assert _agent(text, trigger) == agent


# (text, trigger, agent)
FRONTED = [
    ("Après avoir racheté Vitalis, Danone a licencié 200 salariés.", "racheté", "Danone"),
    ("Après avoir racheté la société Vitalis, Danone a licencié 200 salariés.", "racheté", "Danone"),
    # guards: a parse that is right already, a main clause of its own
    ("Danone a licencié 200 salariés après avoir racheté Vitalis.", "racheté", "Danone"),
    ("Avant de quitter ses fonctions, le maire a signé le permis.", "quitter", "maire"),
    ("Danone a licencié 200 salariés.", "licencié", "Danone"),
    ("Après avoir racheté la société que Danone avait fondée, Lactis a licencié 200 salariés.", "fondée", "Danone"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), FRONTED, ids=[f"fronted-{i}" for i in range(len(FRONTED))])
def test_a_fronted_infinitive_is_done_by_the_main_subject(text: str, trigger: str, agent: str) -> None:
    assert _agent(text, trigger) == agent


# (text, trigger, type, agent)
VOTES = [
    ("Les enseignants ont voté la grève pour le 12 avril.", "grève", "Demonstrate", "enseignants"),
    ("Les salariés de l'usine ont voté la grève mardi.", "grève", "Demonstrate", "salariés"),
    ("Les cheminots ont reconduit la grève jeudi.", "grève", "Demonstrate", "cheminots"),
    # guards: a chamber votes a reform (the vote is the act), a strike nobody votes, a suspension
    # voted (the vote is the council's act)
    ("Les députés ont voté la réforme des retraites.", "voté", "Legislate", "députés"),
    ("La grève a paralysé la ville mardi.", "grève", "Demonstrate", None),
    ("Le conseil municipal a voté la suspension du directeur de la régie.", "suspension", "Suspension", None),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "agent"), VOTES, ids=[f"vote-{i}" for i in range(len(VOTES))])
def test_who_votes_a_strike_strikes(text: str, trigger: str, kind: str, agent: str | None) -> None:
    events = [e for e in analyse_text(text, "fr").events if e.trigger.text == trigger]
    assert events, trigger
    assert (events[0].type, _text(events[0].agent)) == (kind, agent)


# (text, (speaker, quotation) expected, or None: no quotation opening with ``wrong``)
INCISES = [
    ("LYON (AFP) - La direction a annoncé mardi le licenciement de 40 salariés.\n\n"
     "« C'est inacceptable », a déclaré Marie Dubois, déléguée FO.", None),
    ("La mesure est « injuste », a déclaré le syndicat.", ("syndicat", "La mesure est « injuste »")),
    # guard: an unquoted incise of f37c
    ("La circulation a été rétablie vers midi, a indiqué la préfecture dans un communiqué.",
     ("préfecture", "La circulation a été rétablie vers midi")),
]


@pytest.mark.parametrize(("text", "expected"), INCISES, ids=[f"incise-{i}" for i in range(len(INCISES))])
def test_an_incise_reports_no_clause_of_the_paragraph_before(text: str, expected: tuple[str, str] | None) -> None:
    quotes = [(_text(q.speaker), q.span.text) for q in analyse_text(text, "fr").quotes]
    if expected is None:
        assert not any(said.startswith("La direction") for _, said in quotes), quotes
    else:
        assert expected in quotes, quotes
