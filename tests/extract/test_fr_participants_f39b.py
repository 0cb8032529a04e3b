"""French event participants the parse loses (issue 17, "who did what"): a weekday in lower case
after a verb's locution that the parser makes the root of a sentence of its own (« Le juge a mis en
examen jeudi deux anciens élus »), an accusative clitic before the auxiliary that makes the parser
read the verb as a modifier of the subject noun (« Les policiers les ont arrêtés »), and a share of
a group (« une partie des manifestants », « l'ensemble des suspects ») as the participant. Every
sentence is invented. A row is (sentence, trigger, role, expected text of that role or None).
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

CASES = [
    # a weekday cut off as a sentence of its own: the object after it is the verb's
    ("Le juge a mis en examen jeudi deux anciens élus.", "mis", "patient", "élus"),
    ("La juge a mis en examen mercredi deux anciens maires.", "mis", "patient", "maires"),
    ("Le parquet a mis en examen vendredi trois anciens dirigeants.", "mis", "patient", "dirigeants"),
    ("Le juge a mis en examen samedi deux jeunes militants.", "mis", "patient", "militants"),
    # an accusative clitic before the auxiliary: the noun before it is the subject
    ("Les policiers les ont arrêtés mardi.", "arrêtés", "agent", "policiers"),
    ("Les gendarmes les ont interpellés à Lyon.", "interpellés", "agent", "gendarmes"),
    ("Les soldats les ont libérés samedi.", "libérés", "agent", "soldats"),
    ("Les policiers les avaient arrêtés la veille.", "arrêtés", "agent", "policiers"),
    # a share of a group is the group (``xx/partitive_heads``), as agent and as patient
    ("L'ensemble des manifestants ont été interpellés mardi.", "interpellés", "patient", "manifestants"),
    ("Une partie des habitants a manifesté jeudi.", "manifesté", "agent", "habitants"),
    ("La police a interpellé une partie des manifestants mardi.", "interpellé", "patient", "manifestants"),
    ("La police a arrêté l'ensemble des suspects.", "arrêté", "patient", "suspects"),
    ("La police a interpellé la totalité des militants.", "interpellé", "patient", "militants"),
]

GUARDS = [
    # the weekday after the object, and a capitalised weekday opening its own sentence
    ("Le juge a mis en examen le maire jeudi.", "mis", "patient", "maire"),
    ("Le juge a entendu le maire. Jeudi, il a mis en examen deux anciens élus.", "mis", "agent", "il"),
    # a participle that describes its noun: the noun is what befell, not who acted
    ("Les militants arrêtés mardi ont été libérés.", "arrêtés", "agent", None),
    ("Les militants arrêtés mardi ont été libérés.", "arrêtés", "patient", "militants"),
    # a clitic already parsed as the object of a verb with its subject
    ("Les juges les ont condamnés à deux ans de prison.", "condamnés", "agent", "juges"),
    # a count out of a group stays the participant (MEANTIME)
    ("Deux des suspects ont été interpellés mardi.", "interpellés", "patient", "Deux"),
    # a collective noun with a « de » complement names the collective
    ("Le groupe de luxe a racheté la marque.", "racheté", "agent", "groupe"),
]


def _role(nlp, text: str, trigger: str, role: str) -> str | None:
    events = [e for e in events_from_doc(nlp(text), lang="fr") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    span = getattr(events[0], role)
    return None if span is None else span.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "role", "expected"), CASES + GUARDS,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_french_participant_survives_the_parse(fr_nlp, text: str, trigger: str, role: str, expected: str | None) -> None:
    assert _role(fr_nlp, text, trigger, role) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Le juge a mis en examen jeudi deux anciens élus.",
    "Le parquet a mis en examen vendredi trois anciens dirigeants.",
])
def test_a_weekday_cut_off_hangs_on_the_verb(fr_nlp, text: str) -> None:
    """The weekday is the verb's ``obl:mod`` in one sentence, so the event takes its date too."""
    doc = fr_nlp(text)
    weekday = next(t for t in doc if t.lower_ in ("jeudi", "vendredi"))
    assert len(list(doc.sents)) == 1
    assert weekday.head.lower_ == "mis" and weekday.dep_ == "obl:mod"


@pytest.mark.slow
def test_a_capitalised_weekday_after_a_full_stop_opens_its_sentence(fr_nlp) -> None:
    doc = fr_nlp("Le juge a entendu le maire. Jeudi, il a mis en examen deux anciens élus.")
    assert len(list(doc.sents)) == 2


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    # a share of one thing is no person: no arrest of « une partie du matériel »
    ("La police a arrêté une partie du matériel.", "arrêté"),
])
def test_a_share_of_a_thing_is_no_person(fr_nlp, text: str, trigger: str) -> None:
    assert not [e for e in events_from_doc(fr_nlp(text), lang="fr") if e.trigger.text == trigger]
