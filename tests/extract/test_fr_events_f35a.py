"""French event participants read on invented news (issue 17, f35a): a sum of money paid or fined
is no participant (« une amende de 200 millions d'euros au réseau social Vizbo »: the fined party is
the patient; « a versé 3 millions à l'association »: the association receives), the act a verb of
persuading urges is not asserted, whether the persuasion worked or failed (« n'a pas réussi à
convaincre les députés de voter le texte »), an object clitic takes up the person named before (« La
police l'a arrêté »), and the noun after « laisser » and its intransitive infinitive does what the
infinitive says (« le préfet a laissé partir les manifestants »). Every sentence is invented for
these tests; published Thursday 18 March 2021."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _event(result: Any, trigger: str, nth: int = 0) -> Any:
    found = [e for e in result.events if e.trigger.text == trigger]
    assert len(found) > nth, [e.trigger.text for e in result.events]
    return found[nth]


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


# ---------------------------------------------------------------- sums of money
# (text, trigger, patient, recipient)
SUMS = [
    ("La Commission européenne a infligé mardi une amende de 200 millions d'euros au réseau social Vizbo.",
     "amende", "réseau social Vizbo", None),
    ("La CNIL a infligé une amende de 500 000 euros à la société Dravel.", "amende", "société Dravel", None),
    ("Le groupe Ardan a versé 500 000 euros à la fondation Horizon.", "versé", None, "fondation Horizon"),
    ("La région a versé 3 millions à l'association Terre Vive.", "versé", None, "association Terre Vive"),
    ("La société Kelmar a versé lundi 2 milliards de dollars à ses actionnaires.", "versé", None, "actionnaires"),
    ("L'amende de la banque Orsel a été confirmée mardi.", "amende", "banque Orsel", None),
    # near misses: what is paid when it is no sum stays the patient, a rate receives nothing, and
    # a fine's sentence keeps the condemned as its patient
    ("La banque a versé des indemnités aux salariés licenciés.", "versé", "indemnités", "salariés"),
    ("Le groupe a versé 3 millions d'euros à taux zéro.", "versé", None, None),
    ("Le tribunal a condamné la banque Orsel à une amende de 10 millions d'euros.", "condamné", "banque Orsel", None),
]


@pytest.mark.parametrize(("text", "trigger", "patient", "recipient"), SUMS, ids=[f"{c[1]}-{i}" for i, c in enumerate(SUMS)])
def test_a_sum_of_money_is_no_participant(text: str, trigger: str, patient: str | None, recipient: str | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger)
    assert _text(event.patient) == patient
    assert _text(event.recipient) == recipient


# ---------------------------------------------------------------- persuasion
# (text, language, trigger, modality)
PERSUADED = [
    ("Le ministre n'a pas réussi à convaincre les députés de voter le texte.", "fr", "voter", "REQUESTED"),
    ("Le gouvernement a persuadé les élus de voter la réforme.", "fr", "voter", "REQUESTED"),
    ("Le syndicat n'a pas convaincu les salariés de faire grève.", "fr", "grève", "REQUESTED"),
    ("The minister failed to convince lawmakers to pass the bill.", "en", "pass", "REQUESTED"),
    # near misses: a vote nobody urged happened
    ("Les députés ont voté le texte mardi.", "fr", "voté", "ASSERTED"),
    ("Les députés ont réussi à voter le texte.", "fr", "voter", "ASSERTED"),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "modality"), PERSUADED, ids=[f"{c[2]}-{i}" for i, c in enumerate(PERSUADED)])
def test_an_act_someone_is_persuaded_to_do_is_not_asserted(text: str, lang: str, trigger: str, modality: str) -> None:
    event = _event(analyse_text(text, lang), trigger)
    assert event.modality == modality
    assert event.polarity == "POS"


# ---------------------------------------------------------------- object clitics
def _patient_names(text: str, trigger: str) -> set[str]:
    """The names of the entity the patient of the first event on ``trigger`` belongs to."""
    result = analyse_text(text, "fr")
    patient = _event(result, trigger).patient
    assert patient is not None
    names: set[str] = set()
    for entity in result.entities:
        if any(m.start < patient.end and patient.start < m.end for m in (*entity.mentions, *entity.references)):
            names |= {m.text for m in entity.mentions}
    return names


# (text, trigger, the name the patient must stand for, or None: no named entity)
CLITICS = [
    ("Jean Dupuis a pris la fuite lundi. La police l'a arrêté mardi à Lyon.", "arrêté", "Jean Dupuis"),
    ("Marie Lenoir dirigeait la banque depuis 2015. Le conseil l'a limogée mardi.", "limogée", "Marie Lenoir"),
    # near miss: the subject of its own clause is never what the clitic takes up
    ("Paul Roux a été blessé lundi. Les gendarmes l'ont transporté à l'hôpital.", "blessé", "Paul Roux"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), CLITICS, ids=[c[1] for c in CLITICS])
def test_an_object_clitic_takes_up_the_person_named_before(text: str, trigger: str, name: str) -> None:
    assert name in _patient_names(text, trigger)


def test_an_article_is_no_clitic() -> None:
    # near miss: « la » and « les » before a noun are articles, which take up nobody
    text = "Jean Dupuis a pris la fuite lundi. La police a arrêté les suspects mardi."
    result = analyse_text(text, "fr")
    refs = [r.text.lower() for e in result.entities for r in e.references]
    assert "la" not in refs and "les" not in refs


# ---------------------------------------------------------------- « laisser » + infinitive
# (text, trigger, agent)
LET = [
    ("Le préfet a laissé partir les manifestants.", "partir", "manifestants"),
    ("Le juge a laissé partir le prévenu.", "partir", "prévenu"),
    # near miss: with no one after it, the infinitive's agent stays the subject's
    ("Le ministre a décidé de partir.", "partir", "ministre"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), LET, ids=[str(i) for i in range(len(LET))])
def test_the_noun_after_laisser_does_what_the_infinitive_says(text: str, trigger: str, agent: str) -> None:
    assert _text(_event(analyse_text(text, "fr"), trigger).agent) == agent


# ---------------------------------------------------------------- « par » of an arrest noun
# (text, trigger, agent, patient)
BY_UNDER_OBJECT = [
    ("L'interpellation des deux suspects par les gendarmes a eu lieu à Nîmes.", "interpellation", "gendarmes", "suspects"),
    ("L'arrestation des trois manifestants par les gendarmes a eu lieu lundi.", "arrestation", "gendarmes", "manifestants"),
    ("L'interpellation de deux jeunes par des policiers a choqué le quartier.", "interpellation", "policiers", "jeunes"),
    # near misses: a manner after « par » acts nothing
    ("La vente des actions par tranches a commencé.", "vente", None, "actions"),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), BY_UNDER_OBJECT, ids=[str(i) for i in range(len(BY_UNDER_OBJECT))])
def test_who_arrests_is_the_agent_of_the_arrest_noun(text: str, trigger: str, agent: str | None, patient: str | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger)
    assert _text(event.agent) == agent
    assert _text(event.patient) == patient


# ---------------------------------------------------------------- « le patron de X »
def _entity_type(text: str, name: str) -> str | None:
    result = analyse_text(text, "fr")
    types = {e.type for e in result.entities if any(m.text == name for m in e.mentions)}
    return next(iter(types)) if len(types) == 1 else None


# (text, name, type)
LED = [
    ("Le patron de Kortex a annoncé mardi 300 suppressions de postes.", "Kortex", "ORG"),
    ("La porte-parole de Norvanta, Léa Martin, a démenti toute fusion.", "Norvanta", "ORG"),
    ("Le directeur général d'Ovalis, Paul Marchand, a quitté ses fonctions.", "Ovalis", "ORG"),
    ("Selon le porte-parole de Batix, l'usine rouvrira en mai.", "Batix", "ORG"),
    # near misses: a person's full name and a town the gazetteer knows keep their type
    ("La porte-parole de Marine Le Pen a démenti mardi.", "Marine Le Pen", "PER"),
    ("Le maire de Tarare a dénoncé la fermeture de l'usine.", "Tarare", "LOC"),
]


@pytest.mark.parametrize(("text", "name", "kind"), LED, ids=[c[1] for c in LED])
def test_the_name_a_leader_heads_is_an_organisation(text: str, name: str, kind: str) -> None:
    assert _entity_type(text, name) == kind


def _members(text: str) -> set[tuple[str, str | None]]:
    result = analyse_text(text, "fr")
    return {(m.person.text, m.organisation.text if m.organisation else None) for m in result.memberships}


def test_the_organisation_a_leader_heads_holds_no_title() -> None:
    # the name after « le patron de » the model read as a person is no holder of the title before
    text = "Le PDG de Fenwell a démissionné lundi. Le patron de Kortex a annoncé 300 suppressions de postes."
    assert not any(person == "Kortex" for person, _org in _members(text))


def test_a_person_named_with_a_leaders_title_holds_it() -> None:
    # near miss: a person named in apposition keeps the title and the organisation
    text = "Le directeur général d'Ovalis, Paul Marchand, a quitté ses fonctions."
    assert ("Paul Marchand", "Ovalis") in _members(text)
