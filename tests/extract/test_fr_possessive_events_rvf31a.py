"""Review of f31a's French possessive participants and sentence-head appositions (issue 17, rvf31a).
Near misses the first version got wrong: a possessive of « départ », « retraite », « élection » or a
plural (« ses licenciements ») after a verb whose subject is a company, a country or an army is that
subject's (« Renault a confirmé son départ de Russie »); a name after « Selon », « Pour », a postposed
subject, or one of two coordinated names takes no role phrase after a comma as its apposition; and
« X a justifié Y par « … » » is X's statement. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _chains(text: str) -> dict[str, set[str]]:
    """Each entity's first mention with every reference of its chain."""
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="fr")]))
    assert not isinstance(result, Exception), result
    return {e.mentions[0].text: {r.text for r in e.references} for e in result.entities if e.mentions}


# (text, entity, the possessive its chain must hold): the owner the verb's subject names
OWNER_CASES = [
    ("Renault a confirmé jeudi son départ de Russie. Le constructeur a cédé ses usines à l'État russe.", "Renault", "son"),
    ("L'armée ukrainienne a annoncé sa retraite de la ville de Bakhmout. Le commandement a évoqué des pertes.",
     "armée ukrainienne", "sa"),
    ("Le groupe Acme a annoncé mardi ses licenciements dans trois usines. Les syndicats ont dénoncé la décision.",
     "Acme", "ses"),
    ("La Tunisie a organisé dimanche son élection présidentielle. La participation a été faible.", "Tunisie", "son"),
]


@pytest.mark.parametrize(("text", "entity", "possessive"), OWNER_CASES, ids=[f"owner-{c[1]}" for c in OWNER_CASES])
def test_a_shared_event_noun_after_a_subject_is_the_subjects(text: str, entity: str, possessive: str) -> None:
    chains = _chains(text)
    assert possessive in chains.get(entity, set()), chains


# (text, name, a word no reference of the name's chain may contain)
NOT_APPOSITION_CASES = [
    ("Selon Paul Durand, le gouvernement a menti aux électeurs.", "Paul Durand", "gouvernement"),
    ("Pour Marie Leroy, la décision du tribunal est injuste.", "Marie Leroy", "décision"),
    ("« Nous irons jusqu'au bout », a déclaré Paul Durand, le maire de Lyon, devant la presse.", "Paul Durand", "presse"),
    ("Marie Leroy, la présidente de la région, et Jean Martin, le maire de Lille, ont signé un accord.",
     "Marie Leroy", "Jean Martin"),
]


@pytest.mark.parametrize(("text", "name", "word"), NOT_APPOSITION_CASES, ids=[f"not-appos-{i}" for i in range(len(NOT_APPOSITION_CASES))])
def test_a_phrase_after_a_name_that_does_not_head_its_sentence_is_no_apposition(text: str, name: str, word: str) -> None:
    chains = _chains(text)
    assert not any(word in ref for ref in chains.get(name, set())), chains


# (text, trigger, the agent): « justifier / motiver … par « … » » is the subject's statement
JUSTIFY_CASES = [
    ("Le directeur général du groupe, Luca de Meo, a justifié cette décision par « la baisse durable des ventes ».",
     "justifié", "Luca de Meo"),
    ("Le maire a motivé son refus par « le coût du projet ».", "motivé", "maire"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), JUSTIFY_CASES, ids=[c[1] for c in JUSTIFY_CASES])
def test_a_justification_by_a_quotation_is_the_subjects_statement(text: str, trigger: str, agent: str) -> None:
    from kg.analyse.pipeline import analyse
    from kg.evaluation.runner import system_output
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="fr")]))
    assert not isinstance(result, Exception), result
    out = system_output(result, bare_names=True)
    start = text.index(trigger)
    assert any(e.start == start for e in out.events), [e.text for e in out.events]
    args = {a.role: a.argument.text for a in out.resolved_arguments if a.trigger.start == start}
    assert agent in args.get("agent", ""), args
