"""French possessive participants of event nouns (issue 17, f31a): « sa nomination », « son
arrestation », « son départ ». A French possessive agrees with the noun it determines, not with its
owner, so the owner of the noun of an event a person undergoes is a person, never the company that
acted before; and an event noun that is the subject of the verb it hangs on never does itself
(« Son arrestation a choqué la ville »). Every sentence is invented for these tests. The arguments
are read as ``kg eval`` reads them: the possessive stands for its antecedent.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

pytestmark = pytest.mark.slow

ANY = object()  # do not check this column


def _resolved(text: str, trigger: str) -> dict[str, str]:
    """The event on ``trigger``'s arguments by role, each read through its chain (as ``kg eval``)."""
    from kg.analyse.pipeline import analyse
    from kg.evaluation.runner import system_output
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="fr")]))
    assert not isinstance(result, Exception), result
    start = text.index(trigger)
    out = system_output(result, bare_names=True)
    assert any(e.start == start for e in out.events), [e.text for e in out.events]
    return {a.role: a.argument.text for a in out.resolved_arguments if a.trigger.start == start}


# (text, trigger, role, the name the possessive must stand for)
POSSESSIVE_CASES = [
    # the appointee, not the company that appointed him
    ("Le groupe Acme a nommé Paul Durand directeur général. Sa nomination à la tête de Beta a surpris les analystes.",
     "nomination", "patient", "Paul Durand"),
    ("Le conseil d'administration de Beta a choisi Marie Leroy. Sa nomination a été saluée par les syndicats.",
     "nomination", "patient", "Marie Leroy"),
    # who is arrested, not the police
    ("La police a interpellé Paul Durand samedi à Lyon. Son arrestation a choqué ses voisins.",
     "arrestation", "patient", "Paul Durand"),
    # who leaves, not the club that sacked him
    ("Le club a limogé l'entraîneur Jean Martin. Son départ était attendu.", "départ", "agent", "Jean Martin"),
    # a noun an organisation undergoes keeps it (« son rachat »: the company bought)
    ("Renault a annoncé jeudi la fermeture de son usine de Douai. Son rachat par Stellantis a été démenti.",
     "rachat", "patient", "Renault"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), POSSESSIVE_CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(POSSESSIVE_CASES)])
def test_a_possessive_of_an_event_noun_stands_for_its_participant(text: str, trigger: str, role: str, name: str) -> None:
    args = _resolved(text, trigger)
    assert name in args.get(role, ""), args


@pytest.fixture(scope="module")
def nlp(fr_nlp):
    return fr_nlp


# (sentence, trigger, agent, patient): ``ANY`` skips a column, ``None`` means the slot must be empty
SUBJECT_NOUN_CASES = [
    ("Son arrestation a choqué la ville.", "arrestation", None, "Son"),
    ("Sa nomination à la tête de Beta a surpris les analystes.", "nomination", None, "Sa"),
    ("Sa démission a provoqué la colère des élus.", "démission", "Sa", None),
    ("Sa visite à Paris a été reportée.", "visite", "Sa", None),
    # near misses that keep their reading: a noun that is an object takes its verb's subject
    ("Le ministre a annoncé sa visite à Lyon.", "visite", ANY, ANY),
    ("La visite du ministre a été reportée.", "visite", "ministre", None),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), SUBJECT_NOUN_CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(SUBJECT_NOUN_CASES)])
def test_an_event_noun_that_is_its_verbs_subject_does_not_do_itself(nlp, text, trigger, agent, patient) -> None:
    found = [e for e in events_from_doc(nlp(text), lang="fr") if e.trigger.text == trigger]
    assert found, text
    event = found[0]
    assert event.agent is None or event.agent.text != trigger
    if agent is not ANY:
        assert (event.agent.text if event.agent else None) == agent
    if patient is not ANY:
        assert (event.patient.text if event.patient else None) == patient


def _chain_texts(text: str) -> dict[str, set[str]]:
    """Each named entity's first name with every reference of its chain."""
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="fr")]))
    assert not isinstance(result, Exception), result
    return {e.mentions[0].text: {r.text for r in e.references} for e in result.entities if e.mentions}


# A determined role phrase set off by commas right after a person's name at the head of a sentence
# (« Marie Leroy, la présidente de la région, a présenté … »): the French parser makes the phrase
# the subject and hangs the name on the verb (or the verb on the name); the phrase is still the
# name's apposition, so the person's chain holds it and the pronouns that take it up.
# (text, name, references that must be in its chain, references that must not)
APPOSITION_CASES = [
    ("Paul Durand, le maire de Lyon, a démissionné. « Le conseil municipal doit être renouvelé », a-t-il déclaré.",
     "Paul Durand", {"le maire de Lyon", "il"}, set()),
    ("Marie Leroy, la présidente de la région, a présenté son budget jeudi. Elle a annoncé la fermeture du lycée.",
     "Marie Leroy", {"la présidente de la région", "Elle"}, set()),
    # near miss: a role phrase of another clause after a comma is no apposition of the name
    ("Après la réunion, Paul Durand a quitté la salle, le ministre a refusé de commenter.", "Paul Durand", set(), {"la salle"}),
]


@pytest.mark.parametrize(("text", "name", "inside", "outside"), APPOSITION_CASES, ids=[f"appos-{i}" for i in range(len(APPOSITION_CASES))])
def test_a_role_phrase_after_a_name_at_the_head_of_a_sentence_is_its_apposition(text, name, inside, outside) -> None:
    chains = _chain_texts(text)
    assert inside <= chains.get(name, set()), chains
    assert not outside & chains.get(name, set()), chains
