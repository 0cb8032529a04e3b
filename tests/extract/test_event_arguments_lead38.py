"""Issue 17 (lead38): a statement or an announcement named under a preposition that is no channel
("shares rose after the announcement", « a démissionné après l'annonce ») was not made by its
clause's subject; under a channel's preposition ("said in a statement", « dans un communiqué ») it
still is. Every sentence is invented. A row is (language, sentence, trigger, agent)."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

CASES = [
    ("en", "Shares of Brannock rose 4 percent after the announcement.", "announcement", None),
    ("en", "Velto's shares fell sharply following the statement.", "statement", None),
    ("en", "The mayor resigned two days after the announcement.", "announcement", None),
    ("fr", "Le maire de Valbonne a démissionné après l'annonce.", "annonce", None),
    ("fr", "Le cours de l'action a chuté avant la déclaration.", "déclaration", None),
    # a channel's preposition: the subject wrote or said it
    ("en", "Brannock said in a statement that it would appeal.", "statement", "Brannock"),
    ("en", "The minister announced the plan in a letter to lawmakers.", "letter", "minister"),
    ("fr", "La préfecture a indiqué par communiqué que la route était fermée.", "communiqué", "préfecture"),
    ("fr", "Le groupe a confirmé dans un communiqué la fermeture du site.", "communiqué", "groupe"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "agent"), CASES, ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_communication_noun_agent_only_under_a_channel(en_nlp, fr_nlp, lang: str, text: str, trigger: str,
                                                       agent: str | None) -> None:
    nlp = en_nlp if lang == "en" else fr_nlp
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert (events[0].agent.text if events[0].agent is not None else None) == agent


# A verdict told by what a verb says of the accused (the trigger lexicon's ``pred`` key): "was found
# guilty" is a conviction, "found not guilty" an acquittal; other findings stay plain occurrences, an
# admission of guilt is no verdict. A row is (language, sentence, trigger, type, patient).
VERDICTS = [
    ("en", "The former mayor was found guilty in March of two counts of bribery.", "found", "Convict", "mayor"),
    ("en", "A jury in Leeds found him guilty of manslaughter.", "found", "Convict", "him"),
    ("en", "The nurse was found not guilty of all charges.", "found", "Acquit", "nurse"),
    ("en", "Police found the stolen car abandoned near the river.", "found", "Occurrence", "car"),
    ("en", "The court found the new law unconstitutional.", "found", "Occurrence", "ANY"),
    ("fr", "L'ancien maire a été reconnu coupable de favoritisme.", "reconnu", "Convict", "maire"),
    ("fr", "Le tribunal l'a déclarée coupable de fraude fiscale.", "déclarée", "Convict", "ANY"),
    ("fr", "L'accusé s'est déclaré non coupable devant la cour.", "déclaré", "Statement", None),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "patient"), VERDICTS,
                         ids=[f"{c[3]}-{i}" for i, c in enumerate(VERDICTS)])
def test_verdict_by_secondary_predicate(en_nlp, fr_nlp, lang: str, text: str, trigger: str, etype: str,
                                        patient: str | None) -> None:
    nlp = en_nlp if lang == "en" else fr_nlp
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].type == etype
    if patient != "ANY":
        assert (events[0].patient.text if events[0].patient is not None else None) == patient


# A penalty's "for" / « pour » complement names the offence, no participant; a person or a company
# there still is. A row is (language, sentence, trigger, patient).
PENALTY_FOR = [
    ("fr", "La société a écopé d'une amende de 10 000 euros pour pollution.", "amende", None),
    ("fr", "Le tribunal lui a infligé une amende pour favoritisme.", "amende", None),
    ("en", "Regulators imposed a fine for market abuse last year.", "fine", None),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "patient"), PENALTY_FOR, ids=[f"{c[2]}-{i}" for i, c in enumerate(PENALTY_FOR)])
def test_penalty_offence_is_no_patient(en_nlp, fr_nlp, lang: str, text: str, trigger: str, patient: str | None) -> None:
    nlp = en_nlp if lang == "en" else fr_nlp
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert (events[0].patient.text if events[0].patient is not None else None) == patient


# A report with a subject of its own, joined by "and" / « et » to a dated clause, is of the time of
# reporting (the publication day here), not of the first clause's date; a shared subject or a
# conjunct that is no report still shares it. A row is (language, sentence, trigger, day or year).
REPORT_CONJUNCTS = [
    ("en", "The drug was approved in Canada in March, and the regulator said it was monitoring the case.", "said",
     "2024-06-19"),
    ("en", "The mill closed in 2019, and the owners said they would not reopen it.", "said", "2024-06-19"),
    ("fr", "L'usine a fermé en 2019 et la direction a indiqué qu'elle ne rouvrirait pas.", "indiqué", "2024-06-19"),
    ("en", "The minister resigned on Monday and said he would leave politics.", "said", "2024-06-17"),
    ("en", "Police arrested the driver in March and charged him with manslaughter.", "charged", "2024-03"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "day"), REPORT_CONJUNCTS,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(REPORT_CONJUNCTS)])
def test_report_conjunct_keeps_its_own_time(lang: str, text: str, trigger: str, day: str) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    (result,) = list(analyse([Document(id="t", text=text, source="test", date=PartialDate.parse("2024-06-19"), lang=lang)]))
    events = [e for e in result.events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].time is not None and events[0].time.value == day


# A group named by a common noun (``xx/agentive_nouns``: « collectif », « intersyndicale ») that calls
# a protest is the appeal's agent, as a union named by its name is. A row is (sentence, trigger, agent).
GROUP_CALLS = [
    ("Des manifestants se sont rassemblés devant la mairie à l'appel du collectif Vallée en colère.", "appel",
     "collectif Vallée"),
    ("Les enseignants ont défilé à l'appel de l'intersyndicale.", "appel", "intersyndicale"),
    ("Les salariés ont débrayé à l'appel de la CGT.", "appel", "CGT"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), GROUP_CALLS, ids=[c[2] for c in GROUP_CALLS])
def test_group_noun_calling_is_the_agent(fr_nlp, text: str, trigger: str, agent: str) -> None:
    events = [e for e in events_from_doc(fr_nlp(text), lang="fr") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].agent is not None and events[0].agent.text.startswith(agent), events[0].agent
